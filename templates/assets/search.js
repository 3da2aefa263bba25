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

  // The index leaves out an id this rule gives back from its ASCII heading (HeadingSlug).
  function slug(heading) {
    return /^[\x00-\x7f]*$/.test(heading) ? heading.toLowerCase().replace(/[^a-z0-9 -]/g, "").replace(/ /g, "-") : "";
  }

  function prepare(index) {
    pages = index.pages.map(function (p) {
      return { url: p[0], title: p[1], summary: p[2], lowTitle: p[1].toLowerCase(), lowSummary: p[2].toLowerCase(), lowIds: p[3].toLowerCase() };
    });
    words = index.words.length ? index.words.split(" ") : [];
    entries = index.sections.map(function (s) {
      return { page: s[0], heading: s[1], id: s[2] || slug(s[1]), text: s[3], terms: decode(s[4]), head: s[1].toLowerCase(), body: s[3].toLowerCase() };
    });
  }

  // The index leaves these out of its terms (StopWords), so a query leaves them out too, unless that is all it holds.
  var STOP = ("a an and are as at be been but by can do does for from has have if in into is it its not of on one or so " +
    "such than that the their them then there these they this those to was we were what when where which while who will " +
    "with would you your").split(" ");

  function termsOf(query) {
    var all = query.toLowerCase().split(/[\s,;:!?()"'`]+/).filter(function (t) { return t.length > 0; });
    var kept = all.filter(function (t) { return STOP.indexOf(t) < 0; });
    return kept.length > 0 ? kept : all;
  }

  // For each query term, which indexed words contain it.
  function wordFlags(term) {
    var flags = new Uint8Array(words.length);
    for (var i = 0; i < words.length; i++) if (words[i].indexOf(term) >= 0) flags[i] = 1;
    return flags;
  }

  function inTerms(entry, flags) {
    var terms = entry.terms;
    for (var i = 0; i < terms.length; i++) if (flags[terms[i]]) return true;
    return false;
  }

  // Scores every section for one term, once per page for what belongs to the page (title, summary, ids).
  function scoreTerm(term, candidates, scores) {
    var flags = wordFlags(term);
    var pageScore = new Int32Array(pages.length);
    for (var p = 0; p < pages.length; p++) {
      var page = pages[p];
      pageScore[p] = (page.lowIds.indexOf(term) >= 0 ? 20 : 0) + (page.lowTitle.indexOf(term) >= 0 ? 8 : 0)
        + (page.lowSummary.indexOf(term) >= 0 ? 2 : 0);
    }
    var kept = [];
    for (var c = 0; c < candidates.length; c++) {
      var i = candidates[c], e = entries[i];
      var s = pageScore[e.page] + (e.head.indexOf(term) >= 0 ? 5 : 0) + (e.body.indexOf(term) >= 0 ? 1 : 0);
      if (s === 0 && !inTerms(e, flags)) continue;
      scores[i] += s + 1;
      kept.push(i);
    }
    return kept;
  }

  var last = { query: "", candidates: null };

  function search(query) {
    var terms = termsOf(query);
    if (terms.length === 0 || !entries) return [];
    // Typing on narrows the last query's matches: only sections that matched "rot" can match "rota".
    var narrowing = last.candidates && termsOf(last.query).length === terms.length && query.indexOf(last.query) === 0;
    var candidates = narrowing ? last.candidates : null;
    if (!candidates) { candidates = new Array(entries.length); for (var i = 0; i < entries.length; i++) candidates[i] = i; }
    var scores = new Int32Array(entries.length);
    for (var t = 0; t < terms.length; t++) candidates = scoreTerm(terms[t], candidates, scores);
    last = { query: query, candidates: candidates };
    var best = {};
    for (var c = 0; c < candidates.length; c++) {
      var k = candidates[c], e = entries[k], held = best[e.page];
      if (!held || scores[k] > held.score) best[e.page] = { entry: e, score: scores[k] };
    }
    return Object.keys(best).map(function (key) { return best[key]; })
      .sort(function (a, b) { return b.score - a.score || a.entry.page - b.entry.page; })
      .slice(0, MAX_RESULTS);
  }

  // A word found only past the snippet is shown after it, as the index keeps it.
  function termWord(entry, terms) {
    for (var t = 0; t < terms.length; t++)
      for (var i = 0; i < entry.terms.length; i++) if (words[entry.terms[i]].indexOf(terms[t]) >= 0) return words[entry.terms[i]];
    return null;
  }

  function snippet(text, terms, entry) {
    var lower = text.toLowerCase(), at = -1, term = "";
    for (var i = 0; i < terms.length && at < 0; i++) { at = lower.indexOf(terms[i]); term = terms[i]; }
    var fragment = document.createDocumentFragment();
    var word = at < 0 && entry ? termWord(entry, terms) : null;
    if (word) {
      fragment.appendChild(document.createTextNode(text + " … "));
      var found = document.createElement("mark");
      found.textContent = word;
      fragment.appendChild(found);
      fragment.appendChild(document.createTextNode(" …"));
      return fragment;
    }
    if (at < 0) { fragment.appendChild(document.createTextNode(text.slice(0, 140) + (text.length > 140 ? "…" : ""))); return fragment; }
    var start = Math.max(0, at - 50), end = Math.min(text.length, at + term.length + 90);
    fragment.appendChild(document.createTextNode((start > 0 ? "…" : "") + text.slice(start, at)));
    var mark = document.createElement("mark");
    mark.textContent = text.slice(at, at + term.length);
    fragment.appendChild(mark);
    fragment.appendChild(document.createTextNode(text.slice(at + term.length, end) + (end < text.length ? "…" : "")));
    return fragment;
  }

  // The index holds percent-encoded relative URLs (UrlEncoding); anything else (a scheme such as javascript:, a
  // leading slash or backslash that reaches another host, a character the encoder never leaves) is refused rather
  // than made a link, so a tampered or stale index cannot turn a result into script.
  var RELATIVE = /^(?!\/)[A-Za-z0-9\-._~!$&'()*+,;=@%\/]*$/;

  function relative(url) { return typeof url === "string" && RELATIVE.test(url); }

  function render(results, terms) {
    results = results.filter(function (r) { return relative(pages[r.entry.page].url); });
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
      link.href = root + page.url + (r.entry.id ? "#" + r.entry.id : "");
      link.tabIndex = -1;
      var title = document.createElement("span");
      title.className = "search-title";
      title.textContent = page.title + (r.entry.heading ? " › " + r.entry.heading : "");
      var text = document.createElement("span");
      text.className = "search-snippet";
      text.appendChild(snippet(r.entry.text || page.summary, terms, r.entry));
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
