// Offline search. The index is a script (search-index.js, built with the site) because browsers do not let fetch()
// read file:// URLs; it is loaded the first time the reader reaches for search, so pages stay light. Without
// JavaScript the search box stays hidden and nothing else changes.
(function () {
  "use strict";
  var script = document.currentScript;
  var root = (script && script.getAttribute("data-root")) || "";
  var box = document.querySelector(".search");
  var input = document.getElementById("search-input");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  if (!box || !input || !list) return;

  var MAX_RESULTS = 8;
  var entries = null;   // prepared index: one per page section
  var pages = null;
  var loading = false;
  var active = -1;
  var shown = [];

  box.hidden = false;

  function load() {
    if (entries || loading) return;
    if (window.HotpassSearchIndex) { prepare(window.HotpassSearchIndex); return; }
    loading = true;
    var tag = document.createElement("script");
    tag.src = root + "search-index.js";
    tag.onload = function () { loading = false; if (window.HotpassSearchIndex) prepare(window.HotpassSearchIndex); run(); };
    tag.onerror = function () { loading = false; say("The search index could not be loaded."); };
    document.head.appendChild(tag);
  }

  // Index layout (see SearchIndexBuilder): words, space-separated; pages [url, title, summary, ids]; sections
  // [page, heading, id, snippet, terms], terms being numbers into words (TermCode: base 32, last digit upper-case).
  var words = null;
  var CONTINUE = "0123456789abcdefghijklmnopqrstuv", LAST = "ABCDEFGHIJKLMNOPQRSTUVWXYZ!#$%()";

  function decode(code) {
    var out = [], value = 0;
    for (var i = 0; i < code.length; i++) {
      var c = code.charAt(i), last = LAST.indexOf(c);
      if (last >= 0) { out.push(value * 32 + last); value = 0; } else { value = value * 32 + CONTINUE.indexOf(c); }
    }
    return Int32Array.from(out);
  }

  function prepare(index) {
    pages = index.pages;
    words = index.words.length ? index.words.split(" ") : [];
    entries = index.sections.map(function (s) {
      var page = pages[s[0]];
      return {
        page: s[0], heading: s[1], id: s[2], text: s[3], terms: decode(s[4]),
        title: page[1].toLowerCase(), head: s[1].toLowerCase(), summary: page[2].toLowerCase(),
        ids: page[3].toLowerCase(), body: s[3].toLowerCase()
      };
    });
  }

  function termsOf(query) {
    return query.toLowerCase().split(/[\s,;:!?()"'`]+/).filter(function (t) { return t.length > 0; });
  }

  // For each query term, which indexed words contain it.
  function wordFlags(terms) {
    return terms.map(function (t) {
      var flags = new Uint8Array(words.length);
      for (var i = 0; i < words.length; i++) if (words[i].indexOf(t) >= 0) flags[i] = 1;
      return flags;
    });
  }

  function inTerms(entry, flags) {
    var terms = entry.terms;
    for (var i = 0; i < terms.length; i++) if (flags[terms[i]]) return true;
    return false;
  }

  function score(entry, terms, flags) {
    var total = 0;
    for (var i = 0; i < terms.length; i++) {
      var t = terms[i], s = 0;
      if (entry.ids.indexOf(t) >= 0) s += 20;
      if (entry.title.indexOf(t) >= 0) s += 8;
      if (entry.head.indexOf(t) >= 0) s += 5;
      if (entry.summary.indexOf(t) >= 0) s += 2;
      if (entry.body.indexOf(t) >= 0) s += 1;
      if (s === 0 && !inTerms(entry, flags[i])) return 0;
      total += s + 1;
    }
    return total;
  }

  function search(query) {
    var terms = termsOf(query);
    if (terms.length === 0 || !entries) return [];
    var flags = wordFlags(terms);
    var best = {};
    for (var i = 0; i < entries.length; i++) {
      var e = entries[i], s = score(e, terms, flags);
      if (s === 0) continue;
      var held = best[e.page];
      if (!held || s > held.score) best[e.page] = { entry: e, score: s };
    }
    return Object.keys(best).map(function (k) { return best[k]; })
      .sort(function (a, b) { return b.score - a.score || a.entry.page - b.entry.page; })
      .slice(0, MAX_RESULTS);
  }

  function snippet(text, terms) {
    var lower = text.toLowerCase(), at = -1, term = "";
    for (var i = 0; i < terms.length && at < 0; i++) { at = lower.indexOf(terms[i]); term = terms[i]; }
    var fragment = document.createDocumentFragment();
    if (at < 0) { fragment.appendChild(document.createTextNode(text.slice(0, 140) + (text.length > 140 ? "…" : ""))); return fragment; }
    var start = Math.max(0, at - 50), end = Math.min(text.length, at + term.length + 90);
    fragment.appendChild(document.createTextNode((start > 0 ? "…" : "") + text.slice(start, at)));
    var mark = document.createElement("mark");
    mark.textContent = text.slice(at, at + term.length);
    fragment.appendChild(mark);
    fragment.appendChild(document.createTextNode(text.slice(at + term.length, end) + (end < text.length ? "…" : "")));
    return fragment;
  }

  function render(results, terms) {
    list.textContent = "";
    shown = results;
    active = -1;
    input.removeAttribute("aria-activedescendant");
    results.forEach(function (r, i) {
      var page = pages[r.entry.page];
      var item = document.createElement("li");
      item.id = "search-option-" + i;
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", "false");
      var link = document.createElement("a");
      link.href = root + page[0] + (r.entry.id ? "#" + r.entry.id : "");
      link.tabIndex = -1;
      var title = document.createElement("span");
      title.className = "search-title";
      title.textContent = page[1] + (r.entry.heading ? " › " + r.entry.heading : "");
      var text = document.createElement("span");
      text.className = "search-snippet";
      text.appendChild(snippet(r.entry.text || page[2], terms));
      link.appendChild(title);
      link.appendChild(text);
      item.appendChild(link);
      list.appendChild(item);
    });
    var open = input.value.trim().length > 0;
    list.hidden = !open;
    input.setAttribute("aria-expanded", open ? "true" : "false");
    if (open) say(results.length === 0 ? "No results" : results.length + (results.length === 1 ? " result" : " results"));
    if (open && results.length === 0) {
      var none = document.createElement("li");
      none.className = "search-none";
      none.setAttribute("role", "option");
      none.setAttribute("aria-disabled", "true");
      none.setAttribute("aria-selected", "false");
      none.textContent = "No results for “" + input.value.trim() + "”";
      list.appendChild(none);
    }
  }

  function say(message) { if (status) status.textContent = message; }

  function run() {
    if (!entries) { load(); return; }
    render(search(input.value), termsOf(input.value));
  }

  function move(step) {
    if (shown.length === 0) return;
    if (active >= 0) list.children[active].setAttribute("aria-selected", "false");
    active = (active + step + shown.length) % shown.length;
    var item = list.children[active];
    item.setAttribute("aria-selected", "true");
    input.setAttribute("aria-activedescendant", item.id);
    item.scrollIntoView({ block: "nearest" });
  }

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
  }

  input.addEventListener("focus", load);
  input.addEventListener("input", run);
  input.addEventListener("keydown", function (e) {
    if (e.key === "ArrowDown") { e.preventDefault(); move(1); }
    else if (e.key === "ArrowUp") { e.preventDefault(); move(-1); }
    else if (e.key === "Enter") {
      var pick = active >= 0 ? active : 0;
      if (shown.length > 0) { e.preventDefault(); window.location.href = list.children[pick].firstChild.href; }
    } else if (e.key === "Escape") {
      if (!list.hidden) { close(); } else { input.value = ""; input.blur(); }
    }
  });
  document.addEventListener("keydown", function (e) {
    if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
    var target = e.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    e.preventDefault();
    input.focus();
  });
  document.addEventListener("click", function (e) { if (!box.contains(e.target)) close(); });
})();
