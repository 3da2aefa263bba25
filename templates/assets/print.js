// Printed links: paper cannot follow a relative path, so when the page knows its published address (the canonical
// link, written when the site has an absolute base_url) each link in the content gets the absolute URL it resolves to,
// which the print stylesheet writes after it. Without one, print shows no relative paths at all.
(function () {
  "use strict";
  var canonical = document.querySelector('link[rel="canonical"]');
  var main = document.getElementById("main");
  if (!canonical || !main) return;
  var links = main.querySelectorAll("a[href]");
  for (var i = 0; i < links.length; i++) {
    var href = links[i].getAttribute("href");
    if (/^(#|[a-z][a-z0-9+.-]*:)/i.test(href)) continue;
    try { links[i].setAttribute("data-print-href", new URL(href, canonical.href).href); } catch (e) { /* not a URL: leave it */ }
  }
})();
