"use strict";
// Read-only fields marked data-select-on-focus (shareable preview links) select their whole
// text when focused or clicked, ready to copy. A file, not an onclick attribute: the admin's
// Content-Security-Policy runs no inline handlers.
document.addEventListener("focusin", function (event) {
  if (event.target.matches("input[data-select-on-focus]")) event.target.select();
});
document.addEventListener("click", function (event) {
  if (event.target.matches("input[data-select-on-focus]")) event.target.select();
});
