"use strict";
// Story form, quote inline: when a source is picked, show how often the newsroom has quoted
// them in published stories (last quoted, quotes in the last 30 days, recent stories).
(function () {
  const script = document.currentScript;
  const url = script && script.dataset.usageUrl;
  if (!url) return;
  const SELECT = 'select[name^="quotes-"][name$="-source"]';

  function panelFor(select) {
    // Below the row that holds the source field, aligned like the admin's help texts.
    const row = select.closest(".form-row") || select.parentElement;
    let panel = row.querySelector(":scope > .source-usage");
    if (!panel) {
      panel = document.createElement("div");
      panel.className = "source-usage help";
      panel.setAttribute("aria-live", "polite");
      row.append(panel);
    }
    return panel;
  }

  function formatDate(iso) {
    return new Date(iso).toLocaleDateString(undefined, { year: "numeric", month: "short", day: "numeric" });
  }

  function render(panel, usage) {
    panel.replaceChildren();
    if (!usage || !usage.quotes_total) {
      panel.textContent = "Not quoted in a published story yet.";
      return;
    }
    panel.append(
      "Last quoted " + formatDate(usage.last_quoted) + "; " + usage.quotes_recent +
      " quote" + (usage.quotes_recent === 1 ? "" : "s") + " in the last " + usage.days + " days; " +
      usage.quotes_total + " in " + usage.stories_total + " published stor" +
      (usage.stories_total === 1 ? "y" : "ies") + ". Recent: "
    );
    usage.stories.forEach(function (story, i) {
      if (i) panel.append(", ");
      const link = document.createElement("a");
      link.href = story.url;
      link.target = "_blank";
      link.rel = "noopener";
      link.textContent = story.headline;
      panel.append(link);
    });
  }

  function refresh(selects) {
    const wanted = selects.filter(function (s) { return s.value; });
    selects.filter(function (s) { return !s.value; }).forEach(function (s) {
      const panel = s.parentElement && panelFor(s);
      if (panel) panel.textContent = "";
    });
    if (!wanted.length) return;
    const ids = Array.from(new Set(wanted.map(function (s) { return s.value; })));
    fetch(url + "?ids=" + encodeURIComponent(ids.join(",")), { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (!data) return;
        wanted.forEach(function (s) { render(panelFor(s), data.sources[s.value]); });
      });
  }

  function onChange(event) {
    const target = event.target;
    if (target && target.matches && target.matches(SELECT)) refresh([target]);
  }

  document.addEventListener("DOMContentLoaded", function () {
    refresh(Array.from(document.querySelectorAll(SELECT)));
    // The admin's autocomplete (select2) announces a pick through jQuery only; jQuery's
    // handler also sees native change events, so one listener serves both.
    if (window.django && window.django.jQuery) {
      window.django.jQuery(document).on("change", SELECT, function () { refresh([this]); });
    } else {
      document.addEventListener("change", onChange);
    }
  });
})();
