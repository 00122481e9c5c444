// dossier: a little progressive enhancement. Every page works without it.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  // "/" focuses the search box.
  document.addEventListener("keydown", function (e) {
    var t = e.target;
    if (e.key === "/" && !(t instanceof HTMLInputElement) && !(t instanceof HTMLTextAreaElement) && !(t instanceof HTMLSelectElement)) {
      var q = document.querySelector(".quick-search input");
      if (q) { e.preventDefault(); q.focus(); }
    }
  });
  // The review form's correction fields only matter for "correct".
  var form = document.querySelector(".review-form");
  if (form) {
    var fields = form.querySelectorAll("fieldset")[1];
    var sync = function () {
      var checked = form.querySelector("input[name=action]:checked");
      fields.disabled = !(checked && checked.value === "corrected");
    };
    form.addEventListener("change", sync);
    sync();
  }
  // Bring the focused claim sentence into view.
  var focus = document.querySelector(".focus");
  if (focus && !location.hash) { focus.scrollIntoView({block: "center"}); }
});
