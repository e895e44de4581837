"use strict";
// Find quotes: dim a rejected suggestion and its highlight in the body.
document.addEventListener("DOMContentLoaded", function () {
  const form = document.getElementById("find-quotes-form");
  if (!form) return;
  function sync(card) {
    const checked = card.querySelector('input[type="radio"][name$="-decision"]:checked');
    const rejected = checked && checked.value === "reject";
    card.classList.toggle("fq-rejected", rejected);
    const mark = document.getElementById("quote-" + card.dataset.quote);
    if (mark) mark.classList.toggle("fq-rejected", rejected);
  }
  form.querySelectorAll(".fq-card").forEach(function (card) {
    sync(card);
    card.addEventListener("change", function () { sync(card); });
  });
});
