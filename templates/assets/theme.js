// Dark mode toggle. The choice is kept in localStorage and applied before first paint by the inline script in
// <head> (partials/theme-script.liquid); without a stored choice the site follows prefers-color-scheme.
(function () {
  "use strict";
  var root = document.documentElement;
  var button = document.getElementById("theme-toggle");
  if (!button) return;
  var media = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;

  function current() {
    return root.dataset.theme || (media && media.matches ? "dark" : "light");
  }

  function sync() {
    button.setAttribute("aria-pressed", current() === "dark" ? "true" : "false");
  }

  button.hidden = false;
  sync();
  button.addEventListener("click", function () {
    var next = current() === "dark" ? "light" : "dark";
    root.dataset.theme = next;
    try { localStorage.setItem("hotpass-theme", next); } catch (e) { /* storage off: the choice lasts this page */ }
    sync();
  });
  if (media && media.addEventListener) media.addEventListener("change", sync);
})();
