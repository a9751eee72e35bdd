// Client-side search over the JSON index the build writes (site.search_index_url, given as the form's data-index).
// Reading never needs this script; it only makes the search form answer as you type.
// Index text is only ever inserted with textContent, never as HTML, so a title like "<script>" stays text.
(function () {
  "use strict";

  var MAX_RESULTS = 50;
  var DEBOUNCE_MS = 120;
  var SNIPPET_CHARS = 180;
  // A match in the title says far more about a post than one in its body.
  var WEIGHTS = { title: 12, tags: 6, authors: 6, summary: 3, body: 1 };
  var FIELDS = ["title", "tags", "authors", "summary", "body"];

  var form = document.querySelector("form.search[data-index]");
  if (!form) {
    return;
  }
  var input = form.querySelector("input[name=q]");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var help = document.getElementById("search-help");
  var records = null;
  var loading = null;
  var timer = 0;

  help.textContent = "Results appear as you type. Enter opens the first result; the arrow keys move through them.";

  // Lower-casing 10,000 bodies once at load is what keeps each keystroke cheap.
  function prepare(data) {
    return data.map(function (r) {
      var lower = {};
      FIELDS.forEach(function (f) {
        lower[f] = (r[f] || "").toLowerCase();
      });
      return { record: r, lower: lower };
    });
  }

  function load() {
    if (!loading) {
      loading = fetch(form.getAttribute("data-index"))
        .then(function (response) {
          if (!response.ok) {
            throw new Error("HTTP " + response.status);
          }
          return response.json();
        })
        .then(function (data) {
          records = prepare(data);
          return records;
        });
    }
    return loading;
  }

  function terms(query) {
    return query
      .toLowerCase()
      .split(/\s+/)
      .filter(function (t) {
        return t.length > 0;
      });
  }

  // Every term must occur somewhere; a term scores by the best field it occurs in, more at a word start.
  function score(entry, words) {
    var total = 0;
    for (var i = 0; i < words.length; i++) {
      var best = 0;
      for (var f = 0; f < FIELDS.length && best === 0; f++) {
        var text = entry.lower[FIELDS[f]];
        var at = text.indexOf(words[i]);
        if (at >= 0) {
          best = WEIGHTS[FIELDS[f]] * (at === 0 || /\W/.test(text.charAt(at - 1)) ? 2 : 1);
        }
      }
      if (best === 0) {
        return 0;
      }
      total += best;
    }
    return total;
  }

  function search(query) {
    var words = terms(query);
    var hits = [];
    for (var i = 0; i < records.length; i++) {
      var s = score(records[i], words);
      if (s > 0) {
        // The index is newest first, so the position breaks ties in favour of newer posts.
        hits.push({ entry: records[i], score: s, order: i });
      }
    }
    hits.sort(function (a, b) {
      return b.score - a.score || a.order - b.order;
    });
    return { total: hits.length, top: hits.slice(0, MAX_RESULTS), words: words };
  }

  // Appends text to parent with every occurrence of the query's words wrapped in <mark>, as DOM nodes.
  function highlight(parent, text, words) {
    var lower = text.toLowerCase();
    var pos = 0;
    while (pos < text.length) {
      var next = -1;
      var length = 0;
      for (var i = 0; i < words.length; i++) {
        var at = lower.indexOf(words[i], pos);
        if (at >= 0 && (next < 0 || at < next || (at === next && words[i].length > length))) {
          next = at;
          length = words[i].length;
        }
      }
      if (next < 0) {
        break;
      }
      parent.appendChild(document.createTextNode(text.slice(pos, next)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(next, next + length);
      parent.appendChild(mark);
      pos = next + length;
    }
    parent.appendChild(document.createTextNode(text.slice(pos)));
  }

  // The summary when it holds a word, else a window of the body around the first word found there.
  function snippet(entry, words) {
    var r = entry.record;
    var inSummary = words.some(function (w) {
      return entry.lower.summary.indexOf(w) >= 0;
    });
    if (inSummary || !r.body) {
      return r.summary || "";
    }
    var first = -1;
    words.forEach(function (w) {
      var at = entry.lower.body.indexOf(w);
      if (at >= 0 && (first < 0 || at < first)) {
        first = at;
      }
    });
    if (first < 0) {
      return r.summary || "";
    }
    var start = Math.max(0, first - 60);
    var end = Math.min(r.body.length, start + SNIPPET_CHARS);
    return (start > 0 ? "…" : "") + r.body.slice(start, end).trim() + (end < r.body.length ? "…" : "");
  }

  function element(tag, className) {
    var node = document.createElement(tag);
    node.className = className;
    return node;
  }

  function render(query) {
    var trimmed = query.trim();
    list.textContent = "";
    if (!trimmed) {
      status.textContent = "";
      return;
    }
    var found = search(trimmed);
    found.top.forEach(function (hit) {
      var r = hit.entry.record;
      var item = element("li", "search-result");
      var title = element("h2", "search-result-title");
      var link = document.createElement("a");
      link.href = r.url;
      highlight(link, r.title, found.words);
      title.appendChild(link);
      var meta = element("p", "search-result-meta");
      meta.textContent = [r.date, r.authors, r.tags]
        .filter(function (s) {
          return s;
        })
        .join(" · ");
      var text = element("p", "search-result-snippet");
      highlight(text, snippet(hit.entry, found.words), found.words);
      item.appendChild(title);
      item.appendChild(meta);
      item.appendChild(text);
      list.appendChild(item);
    });
    var label = found.total === 1 ? "1 result" : found.total + " results";
    status.textContent =
      (found.total === 0 ? "No results" : label) +
      " for “" + trimmed + "”" +
      (found.total > MAX_RESULTS ? ", showing the best " + MAX_RESULTS : "") +
      ".";
  }

  function update() {
    var query = input.value;
    var url = new URL(window.location.href);
    if (query.trim()) {
      url.searchParams.set("q", query);
    } else {
      url.searchParams.delete("q");
    }
    // Keeps the address shareable and Back-button friendly without adding a history entry per keystroke.
    window.history.replaceState(null, "", url);
    load().then(
      function () {
        // A slow first load may finish after further typing; render whatever the box holds now.
        render(input.value);
      },
      function () {
        status.textContent = "Search is unavailable: the index could not be loaded.";
      }
    );
  }

  function links() {
    return Array.prototype.slice.call(list.querySelectorAll("a"));
  }

  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(update, DEBOUNCE_MS);
  });

  input.addEventListener("focus", load, { once: true });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    window.clearTimeout(timer);
    var first = links()[0];
    if (first && input.value.trim()) {
      window.location.href = first.href;
    } else {
      update();
    }
  });

  // Arrow keys move between the input and the results; Tab still works as usual.
  form.parentNode.addEventListener("keydown", function (event) {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") {
      return;
    }
    var all = links();
    var index = all.indexOf(document.activeElement);
    if (document.activeElement !== input && index < 0) {
      return;
    }
    event.preventDefault();
    var next = index + (event.key === "ArrowDown" ? 1 : -1);
    if (next < 0) {
      input.focus();
    } else if (next < all.length) {
      all[next].focus();
    }
  });

  var initial = new URLSearchParams(window.location.search).get("q");
  if (initial) {
    input.value = initial;
  }
  // The box may already hold text: typed before this deferred script ran, or restored by Back.
  if (input.value.trim()) {
    update();
  }
})();
