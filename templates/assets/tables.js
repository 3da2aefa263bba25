// Filtering and sorting of the long governance tables (the risk register, the traceability matrix, the evidence index),
// in the page, with no server: it works the same opened from disk. Without JavaScript the page is the whole table and
// the controls stay hidden, so no reader meets a control that cannot work.
//
// What the build writes, and this reads: a form.table-tools[data-table=ID] (hidden) above table#ID; a text input "q" and
// selects whose names are row attributes (<select name="status"> filters on <tr data-status>); a th[data-sort=KEY] for
// each sortable column, with data-type number, date (ISO 8601), status (worst first, in the order of the status select's
// options) or text. A column sorts by its rows' data-KEY, or by its cell's text when rows carry no such attribute (ids,
// titles, owners, whose text is their value). A th with aria-sort states the order the build wrote the rows in.
//
// The state is kept in the fragment (#q=vault&status=open&sort=rpn&dir=ascending) so a filtered view can be linked.
// An element whose id a fragment names may stand for a filter (<li id="severity-9-occurrence-6"
// data-filter="severity=9&occurrence=6">): a heat-map cell links there, which without the script is the list of the
// cell's risks and with it is the table filtered to them.
(function () {
  "use strict";
  var forms = document.querySelectorAll("form.table-tools[data-table]");
  var tools = [];
  Array.prototype.forEach.call(forms, function (form) {
    var table = document.getElementById(form.getAttribute("data-table"));
    if (table && table.tBodies.length && table.tHead) tools.push(setUp(form, table));
  });
  if (!tools.length) return;
  window.addEventListener("hashchange", function () { tools.forEach(function (t) { t.fromHash(true); }); });

  function setUp(form, table) {
    var body = table.tBodies[0];
    var original = Array.prototype.slice.call(body.rows);
    var rows = original.slice();
    var noun = table.getAttribute("data-noun") || "rows";
    var input = form.elements.q;
    var selects = Array.prototype.filter.call(form.elements, function (e) { return e.tagName === "SELECT"; });
    var count = form.querySelector(".table-tools-count");
    var headers = Array.prototype.filter.call(table.tHead.rows[0].cells, function (th) { return th.hasAttribute("data-sort"); });
    var initialSort = null;
    var sort = null;          // { th, key, type, dir }
    var extra = {};           // filters only a link sets, on row attributes (severity, occurrence)
    var texts = null;         // each row's text, folded, read on first use
    var collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });
    var namedFilters = Object.create(null);   // "severity=9&occurrence=6" -> the id of the element that stands for it

    Array.prototype.forEach.call(document.querySelectorAll("[data-filter][id]"), function (el) {
      namedFilters[canonical(parse(el.getAttribute("data-filter")))] = el.id;
    });

    headers.forEach(function (th) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort-button";
      // Print shows the header's words from this, not the button: Chromium leaves a button's text out of the header
      // rows it repeats on each printed sheet.
      th.setAttribute("data-label", th.textContent.trim());
      while (th.firstChild) button.appendChild(th.firstChild);
      var mark = document.createElement("span");
      mark.className = "sort-mark";
      mark.setAttribute("aria-hidden", "true");
      button.appendChild(mark);
      th.appendChild(button);
      th.classList.add("sortable");
      var state = th.getAttribute("aria-sort");
      if (state === "ascending" || state === "descending") {
        initialSort = { th: th, key: th.getAttribute("data-sort"), type: typeOf(th), dir: state };
      } else {
        th.setAttribute("aria-sort", "none");
      }
      button.addEventListener("click", function () {
        var dir = sort && sort.th === th
          ? (sort.dir === "ascending" ? "descending" : "ascending")
          : (typeOf(th) === "number" || typeOf(th) === "date" ? "descending" : "ascending");
        sortBy(th, dir);
        apply(true);
      });
    });
    sort = initialSort;

    input.addEventListener("input", function () { apply(true); });
    selects.forEach(function (s) { s.addEventListener("change", function () { apply(true); }); });
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    form.addEventListener("reset", function (e) {
      e.preventDefault();
      input.value = "";
      selects.forEach(function (s) { s.value = ""; });
      extra = {};
      restoreOrder();
      apply(true);
    });

    form.hidden = false;
    if (!fromHash(false)) apply(false);

    function typeOf(th) { return th.getAttribute("data-type") || "text"; }

    function fold(s) {
      return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
    }

    function apply(write) {
      if (!texts) texts = rows.map(function () { return null; });
      var words = fold(input.value).split(/\s+/).filter(Boolean);
      var wanted = [];
      selects.forEach(function (s) { if (s.value) wanted.push([s.name, s.value]); });
      Object.keys(extra).forEach(function (k) { wanted.push([k, extra[k]]); });
      var shown = 0;
      for (var i = 0; i < original.length; i++) {
        var row = original[i];
        var ok = true;
        for (var w = 0; ok && w < wanted.length; w++) ok = row.getAttribute("data-" + wanted[w][0]) === wanted[w][1];
        if (ok && words.length) {
          var text = texts[i] || (texts[i] = fold(row.textContent));
          for (var j = 0; ok && j < words.length; j++) ok = text.indexOf(words[j]) !== -1;
        }
        if (row.hidden === ok) row.hidden = !ok;
        if (ok) shown++;
      }
      var with_ = Object.keys(extra).map(function (k) { return k + " " + extra[k]; });
      count.textContent = "Showing " + shown.toLocaleString("en") + " of " + original.length.toLocaleString("en") + " " + noun
        + (with_.length ? " with " + with_.join(" and ") : "") + ".";
      if (write) toHash();
    }

    function valueOf(row, th) {
      var key = th.getAttribute("data-sort");
      var v = row.getAttribute("data-" + key);
      if (v === null) {
        var cell = row.cells[th.cellIndex];
        v = cell ? cell.textContent.trim() : "";
      }
      return v;
    }

    function sortBy(th, dir) {
      var type = typeOf(th);
      var rank = {};
      if (type === "status") {
        var select = form.elements.status;
        if (select) Array.prototype.forEach.call(select.options, function (o, i) { if (o.value) rank[o.value] = i; });
      }
      var keyed = original.map(function (row, i) {
        var v = valueOf(row, th);
        var k = v === "" ? null
          : type === "number" ? (isNaN(parseFloat(v)) ? null : parseFloat(v))
          : type === "status" ? (v in rank ? rank[v] : 1e9)
          : v;
        return { row: row, key: k, index: i };
      });
      var sign = dir === "descending" ? -1 : 1;
      keyed.sort(function (a, b) {
        if (a.key === null || b.key === null) return a.key === b.key ? a.index - b.index : a.key === null ? 1 : -1; // empty last
        var c = type === "text" ? collator.compare(a.key, b.key) : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
        return c !== 0 ? sign * c : a.index - b.index;
      });
      rows = keyed.map(function (k) { return k.row; });
      place(rows);
      headers.forEach(function (h) { h.setAttribute("aria-sort", h === th ? dir : "none"); });
      sort = { th: th, key: th.getAttribute("data-sort"), type: type, dir: dir };
    }

    function isInitialSort() {
      return sort === initialSort || (sort && initialSort && sort.th === initialSort.th && sort.dir === initialSort.dir);
    }

    function restoreOrder() {
      rows = original.slice();
      place(rows);
      headers.forEach(function (h) { h.setAttribute("aria-sort", initialSort && h === initialSort.th ? initialSort.dir : "none"); });
      sort = initialSort;
    }

    function place(list) {
      var fragment = document.createDocumentFragment();
      for (var i = 0; i < list.length; i++) fragment.appendChild(list[i]);
      body.appendChild(fragment);
    }

    // The fragment: "#q=…&status=…&sort=KEY&dir=…", or the id of an element that stands for the same filter.
    function toHash() {
      var state = Object.create(null);
      if (input.value) state.q = input.value;
      selects.forEach(function (s) { if (s.value) state[s.name] = s.value; });
      Object.keys(extra).forEach(function (k) { state[k] = extra[k]; });
      if (!isInitialSort()) { state.sort = sort.key; state.dir = sort.dir; }
      var text = canonical(state);
      var hash = namedFilters[text] ? "#" + namedFilters[text] : text ? "#" + text : "";
      if (hash === location.hash) return;
      try {
        history.replaceState(history.state, "", hash || location.pathname + location.search);
      } catch (e) { /* some file:// pages refuse it; the view simply is not linkable there */ }
    }

    // Reads the fragment if it is a state this table understands, and filters by it (true); another fragment (a
    // heading) is left alone (false). A fragment that set a filter brings the table into view.
    function fromHash(navigated) {
      var raw = location.hash.slice(1);
      var target = null, state = null;
      if (raw) {
        try { target = document.getElementById(decodeURIComponent(raw)); } catch (e) { target = null; }
        if (target && target.hasAttribute("data-filter")) state = parse(target.getAttribute("data-filter"));
        else if (raw.indexOf("=") !== -1) state = parse(raw);
      } else if (navigated) {
        state = Object.create(null);   // back to the page without a fragment: back to the whole table
      }
      if (!state) return false;
      input.value = state.q || "";
      selects.forEach(function (s) {
        var v = state[s.name] || "";
        s.value = Array.prototype.some.call(s.options, function (o) { return o.value === v; }) ? v : "";
      });
      extra = {};
      Object.keys(state).forEach(function (k) {
        if (k === "q" || k === "sort" || k === "dir" || form.elements[k]) return;
        if (/^[a-z][a-z0-9-]*$/.test(k)) extra[k] = state[k];
      });
      var th = headers.filter(function (h) { return h.getAttribute("data-sort") === state.sort; })[0];
      if (th) sortBy(th, state.dir === "descending" ? "descending" : "ascending");
      else if (!isInitialSort()) restoreOrder();
      apply(false);
      if (raw) {
        show();
        // Opened at the fragment, the browser scrolls to its target (the list a heat-map cell names) as the page loads.
        if (!navigated && document.readyState !== "complete") window.addEventListener("load", show);
      }
      return true;
    }

    function show() {
      table.setAttribute("tabindex", "-1");
      form.scrollIntoView({ block: "start" });
      table.focus({ preventScroll: true });
    }

    function parse(text) {
      var state = Object.create(null);
      text.split("&").forEach(function (part) {
        var at = part.indexOf("=");
        if (at <= 0) return;
        try { state[decodeURIComponent(part.slice(0, at))] = decodeURIComponent(part.slice(at + 1).replace(/\+/g, " ")); } catch (e) { /* skip */ }
      });
      return state;
    }

    function canonical(state) {
      return Object.keys(state).filter(function (k) { return state[k] !== ""; }).map(function (k) {
        return encodeURIComponent(k) + "=" + encodeURIComponent(state[k]);
      }).join("&");
    }

    return { fromHash: fromHash };
  }
})();
