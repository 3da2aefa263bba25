// Offline search. The index is split into scripts (SearchIndexBuilder), because browsers do not let fetch() read
// file:// URLs: search-index.js names the files of keys and of pages under search/, and a query loads only the files
// of keys its words fall in and the files of pages its results are on, each once. Without JavaScript the search box
// stays hidden and nothing else changes.
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
  var active = -1;
  var shown = [];     // the option elements of the results shown
  var generation = 0; // the query being answered: an answer to an older one is dropped
  var loads = {};

  box.hidden = false;

  // Loads a script of the index once; ready() reads what it defined (an index tampered with beforehand is read as is).
  function load(path, ready) {
    if (!loads[path]) {
      loads[path] = new Promise(function (resolve, reject) {
        var value = ready();
        if (value) { resolve(value); return; }
        var tag = document.createElement("script");
        tag.src = root + path;
        tag.onload = function () { var loaded = ready(); if (loaded) resolve(loaded); else reject(new Error(path)); };
        tag.onerror = function () { reject(new Error(path)); };
        document.head.appendChild(tag);
      });
      loads[path].catch(function () { delete loads[path]; });
    }
    return loads[path];
  }

  function index() {
    return load("search-index.js", function () { var i = window.HotpassSearchIndex; return i && i.v === 3 ? i : null; });
  }

  function part(name) {
    return load("search/" + name + ".js", function () { var parts = window.HotpassSearchParts; return parts && parts[name]; });
  }

  // Keys are lower-case words (runs of letters, digits, '-' and '_', trimmed of '-' and '_', two characters or more,
  // stop words left out: SearchText, StopWords) and ids as written, lower-cased.
  var STOP = ("a an and are as at be been but by can do does for from has have if in into is it its not of on one or so " +
    "such than that the their them then there these they this those to was we were what when where which while who will " +
    "with would you your").split(" ");
  var WORD = /[\p{L}\p{Nd}_-]+/gu;

  function wordsOf(text) {
    var out = [], match;
    WORD.lastIndex = 0;
    while ((match = WORD.exec(text))) {
      var word = match[0].replace(/^[-_]+|[-_]+$/g, "");
      if (word.length > 1 && STOP.indexOf(word) < 0 && out.indexOf(word) < 0) out.push(word);
    }
    return out;
  }

  // The files of keys whose range holds a key starting with prefix (ranges are named by their first key).
  function keyFiles(starts, prefix, exact) {
    var lo = 0, hi = starts.length - 1, at = 0;
    while (lo <= hi) { var mid = (lo + hi) >> 1; if (starts[mid] <= prefix) { at = mid; lo = mid + 1; } else hi = mid - 1; }
    var files = [at];
    if (!exact) for (var i = at + 1; i < starts.length && starts[i].indexOf(prefix) === 0; i++) files.push(i);
    return files;
  }

  var CONTINUE = "0123456789abcdefghijklmnopqrstuv", LAST = "ABCDEFGHIJKLMNOPQRSTUVWXYZ!#$%()";

  // A key's postings (TermCode numbers): for each page, its distance from the previous page and its place.
  function decode(code) {
    var out = [], value = 0, page = 0, odd = false;
    for (var i = 0; i < code.length; i++) {
      var c = code.charAt(i), last = LAST.indexOf(c);
      if (last < 0) { value = value * 32 + CONTINUE.indexOf(c); continue; }
      value = value * 32 + last;
      if (!odd) { page += value; out.push(page); } else out.push(value);
      odd = !odd;
      value = 0;
    }
    return out;
  }

  // Each key found at its place on a page (SearchPlace: section * 8 + field): own id, other id, title, summary,
  // heading, body. A title match outranks any number of body matches.
  var FIELD = [60, 30, 20, 6, 5, 1];

  // For each page holding a key that starts with term: its best score, place and word (by index into words), in arrays
  // indexed by page (a common word is on thousands of pages).
  function Found(pages) {
    this.score = new Int32Array(pages);
    this.place = new Int32Array(pages);
    this.word = new Int32Array(pages);
    this.words = [];
    this.pages = [];
  }

  Found.prototype.add = function (page, score, place, word) {
    var held = this.score[page];
    if (held === 0) this.pages.push(page);
    if (held === 0 || score > held || (score === held && place < this.place[page])) {
      this.score[page] = score;
      this.place[page] = place;
      this.word[page] = word;
    }
  };

  function matches(found, file, term, exact) {
    var keys = file.keys;
    var lo = 0, hi = keys.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (keys[mid] < term) lo = mid + 1; else hi = mid; }
    for (var k = lo; k < keys.length && (exact ? keys[k] === term : keys[k].indexOf(term) === 0); k++) {
      // A key with a space is a whole title (or an id written so): matched whole, never begun by a word.
      if (!exact && keys[k].indexOf(" ") >= 0) continue;
      var postings = file.decoded[k] || (file.decoded[k] = decode(file.postings[k]));
      var whole = keys[k] === term, word = found.words.length;
      found.words.push(keys[k]);
      for (var i = 0; i < postings.length; i += 2) {
        var place = postings[i + 1], field = place & 7;
        // An id counts as one only when typed whole; begun, it counts as a word of the title.
        found.add(postings[i], (whole || field > 1 ? FIELD[field] : FIELD[2]) + (whole ? 1 : 0), place, word);
      }
    }
  }

  // The files of keys that may hold term (as a key's start, or exactly), loaded.
  function filesFor(idx, term, exact) {
    return Promise.all(keyFiles(idx.keys, term, exact).map(function (i) { return part("k" + i); }));
  }

  function find(idx, files, term, exact) {
    var found = new Found(idx.pages);
    files.forEach(function (file) { if (!file.decoded) file.decoded = []; matches(found, file, term, exact); });
    return found;
  }

  function earlier(a, b) { return (a & 7) < (b & 7) || ((a & 7) === (b & 7) && a < b); }

  function chunkOf(idx, page) {
    var at = 0;
    for (var i = 0; i < idx.chunks.length && idx.chunks[i] <= page; i++) at = i;
    return at;
  }

  // The pages whose id, or whole title when the query has more than one word, is the whole query: scored above any
  // other match, and shown first.
  function exactHits(found, whole) {
    var hits = [];
    found.pages.forEach(function (p) {
      var field = found.place[p] & 7;
      var score = field === 0 ? 1000 : field === 1 ? 500 : field === 2 && whole.indexOf(" ") >= 0 ? 1000 : 0;
      if (score) hits.push({ page: p, score: score, section: 0, word: null, id: field <= 1 });
    });
    return hits.sort(function (a, b) { return b.score - a.score || a.page - b.page; });
  }

  // The results with their pages' records, from the files of pages they are in.
  function withRecords(idx, results, whole) {
    return Promise.all(results.map(function (r) { return part("p" + chunkOf(idx, r.page)); })).then(function (chunks) {
      results.forEach(function (r, i) { r.record = chunks[i][r.page - idx.chunks[chunkOf(idx, r.page)]]; });
      results = results.filter(function (r) { return r.record; });
      // A query that is a page's whole title puts that page first.
      var exact = results.filter(function (r) { return r.record[1].toLowerCase() === whole; });
      return exact.concat(results.filter(function (r) { return exact.indexOf(r) < 0; }));
    });
  }

  // Answers a query; early(results) gets the pages the whole query names (an id, a title) as soon as their one file of
  // keys is read, before the files of every word are.
  function search(query, early) {
    var whole = query.trim().toLowerCase().replace(/\s+/g, " ");
    var terms = wordsOf(whole);
    return index().then(function (idx) {
      if (!idx.keys.length) return [];
      var exactFiles = filesFor(idx, whole, true);
      exactFiles.then(function (files) {
        var hits = exactHits(find(idx, files, whole, true), whole).slice(0, MAX_RESULTS);
        if (hits.length) withRecords(idx, hits, whole).then(early);
      }, function () { });
      // The files of the words are asked for once that one file is read, so it does not queue behind them.
      return exactFiles.then(function () {
        var lookups = terms.map(function (t) { return filesFor(idx, t, false); });
        lookups.push(exactFiles);
        return Promise.all(lookups);
      }).then(function (files) {
        var exact = exactHits(find(idx, files.pop(), whole, true), whole), exactScore = {}, scored = [];
        exact.forEach(function (h) { exactScore[h.page] = h.score; });
        // A query that is an id matches its words whole (PO.3 finds "po", not every word that begins with it).
        var isId = exact.some(function (h) { return h.id; });
        var found = terms.map(function (t, i) { return find(idx, files[i], t, isId); });
        // A page must hold every word (each begun), or be named by the whole query.
        var candidates = terms.length ? found[0].pages.slice() : [];
        exact.forEach(function (h) { if (!terms.length || found[0].score[h.page] === 0) candidates.push(h.page); });
        candidates.forEach(function (p) {
          var id = exactScore[p] || 0;
          var score = id, top = true, best = -1, bestTerm = null;
          for (var t = 0; t < found.length; t++) {
            var f = found[t];
            if (f.score[p] === 0) { if (!id) return; continue; }
            score += f.score[p];
            var place = f.place[p];
            // The section to land on: a heading's before a body's, then the first.
            if ((place & 7) > 3) { top = false; if (best < 0 || (best & 7) <= 3 || earlier(place, best)) { best = place; bestTerm = f; } }
            else if (best < 0) { best = place; bestTerm = f; }
          }
          if (top && !id && terms.length) score += 50;
          var section = top || id ? 0 : best >> 3;
          scored.push({ page: p, score: score, section: section, word: bestTerm ? bestTerm.words[bestTerm.word[p]] : null });
        });
        scored.sort(function (a, b) { return b.score - a.score || a.page - b.page; });
        return withRecords(idx, scored.slice(0, MAX_RESULTS), whole);
      });
    });
  }

  // The index leaves out an id this rule gives back from its ASCII heading (HeadingSlug).
  function slug(heading) {
    return /^[\x00-\x7f]*$/.test(heading) ? heading.toLowerCase().replace(/[^a-z0-9 -]/g, "").replace(/ /g, "-") : "";
  }

  // Letters and digits: a term may begin a compound's part ("insensitively" in "case-insensitively").
  function isWordChar(c) { return /[\p{L}\p{Nd}]/u.test(c); }

  // The snippet as the index cut it (at a word boundary), the first word a term begins marked whole; a word found only
  // past the snippet is shown after it.
  function snippet(text, terms, word) {
    var fragment = document.createDocumentFragment(), lower = text.toLowerCase();
    for (var t = 0; t < terms.length; t++) {
      for (var at = lower.indexOf(terms[t]); at >= 0; at = lower.indexOf(terms[t], at + 1)) {
        if (at > 0 && isWordChar(text.charAt(at - 1))) continue;
        var end = at + terms[t].length;
        while (end < text.length && isWordChar(text.charAt(end))) end++;
        fragment.appendChild(document.createTextNode(text.slice(0, at)));
        var mark = document.createElement("mark");
        mark.textContent = text.slice(at, end);
        fragment.appendChild(mark);
        fragment.appendChild(document.createTextNode(text.slice(end)));
        return fragment;
      }
    }
    fragment.appendChild(document.createTextNode(text));
    if (word && terms.some(function (term) { return word.indexOf(term) === 0; })) {
      fragment.appendChild(document.createTextNode((text ? " … " : "… ")));
      var found = document.createElement("mark");
      found.textContent = word;
      fragment.appendChild(found);
      fragment.appendChild(document.createTextNode(" …"));
    }
    return fragment;
  }

  // The index holds percent-encoded relative URLs (UrlEncoding); anything else (a scheme such as javascript:, a
  // leading slash or backslash that reaches another host, a character the encoder never leaves) is refused rather
  // than made a link, so a tampered or stale index cannot turn a result into script.
  var RELATIVE = /^(?!\/)[A-Za-z0-9\-._~!$&'()*+,;=@%\/]*$/;

  function relative(url) { return typeof url === "string" && RELATIVE.test(url); }

  // Each result is one link with the option role (a list item holds it and nothing else), so no control sits inside another.
  function render(results, query) {
    var terms = wordsOf(query.trim().toLowerCase());
    results = results.filter(function (r) { return relative(r.record[0]); });
    list.textContent = "";
    shown = [];
    active = -1;
    input.removeAttribute("aria-activedescendant");
    results.forEach(function (r, i) {
      var record = r.record, sections = record[3] || [], section = sections[r.section] || ["", "", ""];
      var id = r.section > 0 ? section[1] || slug(section[0]) : "";
      var item = document.createElement("li");
      item.setAttribute("role", "none");
      var link = document.createElement("a");
      link.id = "search-option-" + i;
      link.setAttribute("role", "option");
      link.setAttribute("aria-selected", "false");
      link.href = root + record[0] + (id ? "#" + id : "");
      link.tabIndex = -1;
      var title = document.createElement("span");
      title.className = "search-title";
      title.textContent = record[1] + (r.section > 0 && section[0] ? " › " + section[0] : "");
      var text = document.createElement("span");
      text.className = "search-snippet";
      var body = r.section > 0 ? section[2] : record[2] || (sections[0] || ["", "", ""])[2];
      // A word shown after the snippet is one found further down its section, never one of the title.
      text.appendChild(snippet(body, terms, r.section > 0 ? r.word : null));
      link.appendChild(title);
      link.appendChild(text);
      item.appendChild(link);
      list.appendChild(item);
      shown.push(link);
    });
    var open = query.trim().length > 0;
    list.hidden = !open;
    input.setAttribute("aria-expanded", open ? "true" : "false");
    if (open) say(results.length === 0 ? "No results" : results.length + (results.length === 1 ? " result" : " results"));
    if (open && results.length === 0) {
      var none = document.createElement("li");
      none.className = "search-none";
      none.setAttribute("role", "option");
      none.setAttribute("aria-disabled", "true");
      none.setAttribute("aria-selected", "false");
      none.textContent = "No results for “" + query.trim() + "”";
      list.appendChild(none);
    }
  }

  function say(message) { if (status) status.textContent = message; }

  function run() {
    var query = input.value, mine = ++generation, done = false;
    if (!query.trim()) { render([], query); return; }
    search(query, function (results) { if (mine === generation && !done) render(results, query); })
      .then(function (results) { done = true; if (mine === generation) render(results, query); },
        function () { done = true; if (mine === generation) say("The search index could not be loaded."); });
  }

  function move(step) {
    if (shown.length === 0) return;
    if (active >= 0) shown[active].setAttribute("aria-selected", "false");
    active = (active + step + shown.length) % shown.length;
    var option = shown[active];
    option.setAttribute("aria-selected", "true");
    input.setAttribute("aria-activedescendant", option.id);
    option.scrollIntoView({ block: "nearest" });
  }

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
  }

  // The root of the index is a few hundred bytes: it is read once the page is idle, so a first query waits only for
  // the files it needs.
  function preload() { index().catch(function () { }); }
  if (window.requestIdleCallback) window.requestIdleCallback(preload, { timeout: 2000 }); else setTimeout(preload, 200);
  input.addEventListener("focus", preload);
  input.addEventListener("input", run);
  input.addEventListener("keydown", function (e) {
    if (e.key === "ArrowDown") { e.preventDefault(); move(1); }
    else if (e.key === "ArrowUp") { e.preventDefault(); move(-1); }
    else if (e.key === "Enter") {
      if (shown.length > 0) { e.preventDefault(); window.location.href = shown[active >= 0 ? active : 0].href; }
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
