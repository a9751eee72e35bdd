// Client-side search over the split index the build writes (generator/Outputs/Search/). The form's data-index names
// meta.json, which says how many bucket files the terms are spread over; a query fetches the bucket of each of its
// words, ranks every post from those, then fetches only the documents of the results on screen (title, URL, date,
// tags, authors, summary and the plain text a snippet is cut from).
// Reading never needs this script; it only makes the search form answer as you type.
// Index text is only ever inserted with textContent, never as HTML, so a title like "<script>" stays text.
(function () {
  "use strict";

  var PAGE_SIZE = 10;
  var DEBOUNCE_MS = 120;
  var SNIPPET_CHARS = 180;
  // By field, as the index numbers them: body, summary, tag or author, title. A match in the title says far more.
  var WEIGHTS = [1, 3, 6, 12];

  var form = document.querySelector("form.search[data-index]");
  if (!form) {
    return;
  }
  var input = form.querySelector("input[name=q]");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var help = document.getElementById("search-help");
  var indexUrl = new URL(form.getAttribute("data-index"), window.location.href);
  var decoder = new TextDecoder();
  var meta = null;
  // Every file fetched, by URL: a bucket or document is fetched once however often it is needed.
  var loads = new Map();
  var more = null;
  var searching = 0;
  var timer = 0;

  help.textContent = "Results appear as you type. Enter opens the first result; the arrow keys move through them.";

  // The file at url, read as "json", "text" or "arrayBuffer" and then parsed. A failed fetch is forgotten, so the
  // next keystroke tries again (the reader may be back online).
  function load(url, as, parse) {
    var key = url.href;
    if (!loads.has(key)) {
      var loading = fetch(url)
        .then(function (response) {
          if (!response.ok) {
            throw new Error("HTTP " + response.status + " for " + key);
          }
          return response[as]();
        })
        .then(parse)
        .catch(function (error) {
          loads.delete(key);
          throw error;
        });
      loads.set(key, loading);
    }
    return loads.get(key);
  }

  function loadMeta() {
    return load(indexUrl, "json", function (data) {
      meta = data;
      return data;
    });
  }

  // The same terms as the build makes (SearchText.cs): lower case, apostrophes dropped, split at all but letters and digits.
  function terms(text) {
    var seen = new Set();
    return text
      .toLowerCase()
      .replace(/['\u2019]/g, "")
      .split(/[^\p{L}\p{Nd}]+/u)
      .filter(function (t) {
        var fresh = t.length > 0 && !seen.has(t);
        seen.add(t);
        return fresh;
      });
  }

  // 32-bit FNV-1a over UTF-16 units, as SearchText.BucketOf.
  function bucketOf(key) {
    var hash = 0x811c9dc5;
    for (var i = 0; i < key.length; i++) {
      hash = Math.imul(hash ^ key.charCodeAt(i), 16777619);
    }
    return (hash >>> 0) % meta.buckets;
  }

  function readVarint(bytes, at) {
    var value = 0;
    var scale = 1;
    var b;
    do {
      b = bytes[at.pos++];
      value += (b & 127) * scale;
      scale *= 128;
    } while (b >= 128);
    return value;
  }

  // A bucket is a run of entries: key bytes shared with the previous key, the rest of the key, then its postings.
  function parseBucket(buffer) {
    var bytes = new Uint8Array(buffer);
    var at = { pos: 0 };
    var previous = new Uint8Array(0);
    var entries = [];
    while (at.pos < bytes.length) {
      var shared = readVarint(bytes, at);
      var rest = readVarint(bytes, at);
      var key = new Uint8Array(shared + rest);
      key.set(previous.subarray(0, shared));
      key.set(bytes.subarray(at.pos, at.pos + rest), shared);
      at.pos += rest;
      var length = readVarint(bytes, at);
      entries.push({ key: decoder.decode(key), start: at.pos, end: at.pos + length });
      at.pos += length;
      previous = key;
    }
    return { bytes: bytes, entries: entries };
  }

  function loadBucket(number) {
    return load(new URL("terms/" + number + ".bin", indexUrl), "arrayBuffer", parseBucket);
  }

  // For each post, the best field in which it holds a term beginning with word (-1: none). A word shorter than the
  // index's key length is answered by its merged prefix entry; a longer one by every term it begins.
  function matches(word) {
    var short = word.length < meta.keyLength;
    return loadBucket(bucketOf(short ? word : word.slice(0, meta.keyLength))).then(function (bucket) {
      var best = new Int8Array(meta.documents).fill(-1);
      bucket.entries.forEach(function (entry) {
        if (short ? entry.key === word : entry.key.length >= meta.keyLength && entry.key.startsWith(word)) {
          var at = { pos: entry.start };
          var doc = -1;
          while (at.pos < entry.end) {
            var posting = readVarint(bucket.bytes, at);
            var field = posting % 4;
            doc += (posting - field) / 4 + 1;
            best[doc] = Math.max(best[doc], field);
          }
        }
      });
      return best;
    });
  }

  // Every word must match; a word scores by the best field it is in. Ties go to newer posts (higher ids).
  function rank(words) {
    return Promise.all(words.map(matches)).then(function (perWord) {
      var hits = [];
      for (var doc = 0; doc < meta.documents; doc++) {
        var score = 0;
        for (var w = 0; w < perWord.length && score >= 0; w++) {
          var field = perWord[w][doc];
          score = field < 0 ? -1 : score + WEIGHTS[field];
        }
        if (score > 0) {
          hits.push({ doc: doc, score: score });
        }
      }
      hits.sort(function (a, b) {
        return b.score - a.score || b.doc - a.doc;
      });
      return hits;
    });
  }

  // A document file is a line of JSON, then the post's plain text.
  function loadDocument(id) {
    return load(new URL("docs/" + id + ".txt", indexUrl), "text", function (text) {
      var end = text.indexOf("\n");
      var data = JSON.parse(end < 0 ? text : text.slice(0, end));
      data.body = end < 0 ? "" : text.slice(end + 1);
      return data;
    });
  }

  // Matches any query word at the start of a word, as the index does; longer words first, so the longest is marked.
  function wordStarts(words) {
    var alternatives = words
      .slice()
      .sort(function (a, b) {
        return b.length - a.length;
      })
      .map(function (w) {
        return w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      });
    return new RegExp("(?<![\\p{L}\\p{Nd}])(?:" + alternatives.join("|") + ")", "giu");
  }

  // Appends text to parent with every match wrapped in <mark>, as DOM nodes.
  function highlight(parent, text, pattern) {
    var pos = 0;
    pattern.lastIndex = 0;
    var found;
    while ((found = pattern.exec(text)) !== null) {
      parent.appendChild(document.createTextNode(text.slice(pos, found.index)));
      var mark = document.createElement("mark");
      mark.textContent = found[0];
      parent.appendChild(mark);
      pos = found.index + found[0].length;
    }
    parent.appendChild(document.createTextNode(text.slice(pos)));
  }

  function firstMatch(text, pattern) {
    pattern.lastIndex = 0;
    var found = pattern.exec(text);
    return found ? found.index : -1;
  }

  // The summary when it holds a word, else a window of the body around the first word found there.
  function snippet(data, pattern) {
    var body = data.body;
    var first = firstMatch(data.summary, pattern) >= 0 ? -1 : firstMatch(body, pattern);
    if (first < 0) {
      return data.summary;
    }
    var start = Math.max(0, first - 60);
    if (start > 0) {
      // Begin at a word, not in the middle of one.
      var space = body.indexOf(" ", start);
      start = space >= 0 && space < first ? space + 1 : first;
    }
    var end = Math.min(body.length, start + SNIPPET_CHARS);
    var cut = body.lastIndexOf(" ", end);
    if (end < body.length && cut > first) {
      end = cut;
    }
    return (start > 0 ? "…" : "") + body.slice(start, end).trim() + (end < body.length ? "…" : "");
  }

  function element(tag, className) {
    var node = document.createElement(tag);
    node.className = className;
    return node;
  }

  function resultItem(data, pattern) {
    var item = element("li", "search-result");
    var title = element("h2", "search-result-title");
    var link = document.createElement("a");
    link.href = data.url;
    highlight(link, data.title, pattern);
    title.appendChild(link);
    var facts = element("p", "search-result-meta");
    highlight(
      facts,
      [data.date, data.authors, data.tags]
        .filter(function (s) {
          return s;
        })
        .join(" · "),
      pattern
    );
    var text = element("p", "search-result-snippet");
    highlight(text, snippet(data, pattern), pattern);
    item.appendChild(title);
    item.appendChild(facts);
    item.appendChild(text);
    return item;
  }

  function removeMore() {
    if (more) {
      more.remove();
      more = null;
    }
  }

  // Adds the results hits[from..from + PAGE_SIZE) once their documents are here, and a button for the next page if
  // there is one; before adding, first() runs (so a new search replaces the old list and status at the same moment).
  function showPage(search, hits, from, pattern, first) {
    return Promise.all(
      hits.slice(from, from + PAGE_SIZE).map(function (hit) {
        return loadDocument(hit.doc);
      })
    ).then(function (page) {
      if (search !== searching) {
        return;
      }
      first();
      removeMore();
      page.forEach(function (data) {
        list.appendChild(resultItem(data, pattern));
      });
      var next = from + PAGE_SIZE;
      if (next < hits.length) {
        more = element("button", "search-button search-more");
        more.type = "button";
        more.textContent = "Show more results";
        more.addEventListener("click", function () {
          var focusAt = list.children.length;
          showPage(search, hits, next, pattern, function () {}).then(function () {
            // Focus moves to the first new result, so a keyboard reader carries on from where the list grew.
            var link = list.children[focusAt] && list.children[focusAt].querySelector("a");
            if (link) {
              link.focus();
            }
          }, failed);
        });
        list.insertAdjacentElement("afterend", more);
      }
    });
  }

  function failed() {
    status.textContent = "Search is unavailable: the index could not be loaded.";
  }

  // Searches for what the box holds now; resolves when its first results are on screen.
  function update() {
    var query = input.value;
    var trimmed = query.trim();
    var url = new URL(window.location.href);
    if (trimmed) {
      url.searchParams.set("q", query);
    } else {
      url.searchParams.delete("q");
    }
    // Keeps the address shareable and Back-button friendly without adding a history entry per keystroke.
    window.history.replaceState(null, "", url);
    var search = ++searching;
    var words = terms(trimmed);
    return loadMeta()
      .then(function () {
        return words.length > 0 ? rank(words) : [];
      })
      .then(function (hits) {
        var label = hits.length === 1 ? "1 result" : hits.length + " results";
        return showPage(search, hits, 0, wordStarts(words), function () {
          list.textContent = "";
          status.textContent = trimmed ? (hits.length === 0 ? "No results" : label) + " for “" + trimmed + "”." : "";
        });
      })
      .catch(function (error) {
        if (search === searching) {
          failed();
        }
        throw error;
      });
  }

  function links() {
    return Array.prototype.slice.call(list.querySelectorAll("a"));
  }

  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () {
      update().catch(function () {});
    }, DEBOUNCE_MS);
  });

  input.addEventListener("focus", function () {
    loadMeta().catch(function () {});
  }, { once: true });

  // Enter opens the first result of what the box holds, once it is known.
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    window.clearTimeout(timer);
    update().then(function () {
      var first = links()[0];
      if (first && input.value.trim()) {
        window.location.href = first.href;
      }
    }, function () {});
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

  // On the search page the reader came to search: fetch the index's description now, so the first keystroke finds it.
  if (form.hasAttribute("data-preload")) {
    loadMeta().catch(function () {});
  }

  var initial = new URLSearchParams(window.location.search).get("q");
  if (initial) {
    input.value = initial;
  }
  // The box may already hold text: typed before this deferred script ran, or restored by Back.
  if (input.value.trim()) {
    update().catch(function () {});
  }
})();
