// The story form never loses a person's work (templates/admin/articles/article/change_form.html):
// leaving it with unsaved changes (a link, History, the browser's back, a button that posts
// elsewhere such as "Create a preview link") asks first; destructive buttons (data-confirm)
// ask first, naming what will be lost; the status bar's "Return…", "Withdraw…" buttons jump
// to the text they need.
"use strict";
(function () {
  var UNSAVED_LINK =
    "This story has unsaved changes. Leave this page? Your unsaved changes would be lost.\n\n" +
    "Cancel to stay, then use Save.";
  var UNSAVED_BUTTON =
    "This story has unsaved changes, and this button does not save them: they would be lost.\n\n" +
    "Cancel to stay, then use Save first.";
  var SHOWS_SAVED =
    "The preview shows the story as last saved, without your unsaved changes. Open it anyway?";

  function ready(fn) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", fn);
    else fn();
  }

  ready(function () {
    var form = document.getElementById("article_form");
    if (!form) return;
    var initial = null;
    var leaving = false;
    // A form shown again after an error holds text that was never saved.
    var unsavedFromStart = !!document.querySelector(".errornote");

    function snapshot() {
      var parts = [];
      new FormData(form).forEach(function (value, key) {
        if (key === "csrfmiddlewaretoken") return;
        parts.push(key + "=" + (typeof value === "string" ? value : value.name + ":" + value.size));
      });
      return parts.join("&");
    }
    function dirty() {
      if (unsavedFromStart) return true;
      return initial !== null && snapshot() !== initial;
    }
    form.dataset.unsaved = "false";
    function settle() {
      // After the rich-text editor and the tag chips have set their fields up.
      document.querySelectorAll(".prose-editor .ProseMirror[contenteditable]").forEach(function (surface) {
        surface.setAttribute("spellcheck", "true");
      });
      initial = snapshot();
      form.dataset.settled = "true";
    }
    if (document.readyState === "complete") setTimeout(settle, 500);
    else window.addEventListener("load", function () { setTimeout(settle, 500); });
    ["input", "change", "keyup"].forEach(function (type) {
      form.addEventListener(type, function () { form.dataset.unsaved = String(dirty()); });
    });

    function leavesPage(link) {
      var href = link.getAttribute("href") || "";
      if (!href || href.charAt(0) === "#" || href.indexOf("javascript:") === 0) return false;
      if (link.target === "_blank") return false;
      if (link.classList.contains("related-widget-wrapper-link")) return false;
      return true;
    }

    document.addEventListener("click", function (event) {
      var jump = event.target.closest("a.wf-jump");
      if (jump) {
        var input = document.getElementById(jump.dataset.focus);
        if (input) {
          event.preventDefault();
          input.scrollIntoView({ block: "center" });
          input.focus();
        }
        return;
      }
      var button = event.target.closest("button[type=submit], input[type=submit]");
      if (button && button.form) {
        var saves = button.form === form && !button.hasAttribute("formaction");
        var questions = [];
        if (button.dataset.confirm) questions.push(button.dataset.confirm);
        if (!saves && dirty()) questions.push(UNSAVED_BUTTON);
        if (questions.length && !window.confirm(questions.join("\n\n"))) {
          event.preventDefault();
          event.stopImmediatePropagation();
          return;
        }
        leaving = true;
        return;
      }
      var link = event.target.closest("a[href]");
      if (!link || !dirty()) return;
      if (link.hasAttribute("data-shows-saved")) {
        if (!window.confirm(SHOWS_SAVED)) event.preventDefault();
        return;
      }
      if (!leavesPage(link)) return;
      if (window.confirm(UNSAVED_LINK)) leaving = true;
      else event.preventDefault();
    }, true);

    // A new quote, byline or related-link row comes after the last one, not at order 0.
    document.addEventListener("formset:added", function (event) {
      var row = event.target;
      var prefix = event.detail && event.detail.formsetName;
      var order = row.querySelector("input[name$='-order']");
      if (!prefix || !order) return;
      var highest = -1;
      form.querySelectorAll("input[name^='" + prefix + "-'][name$='-order']").forEach(function (input) {
        if (input !== order && input.value !== "" && !input.name.includes("__prefix__")) {
          highest = Math.max(highest, parseInt(input.value, 10) || 0);
        }
      });
      order.value = String(highest + 1);
    });

    window.addEventListener("beforeunload", function (event) {
      if (leaving || !dirty()) return;
      event.preventDefault();
      event.returnValue = "";
    });
  });
})();
