// Client-side search over the index written at build time; results are built as text nodes, never as HTML.
(function () {
  var form = document.querySelector("form.search");
  if (!form) return;
  var input = form.querySelector("input[type=search]");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var records = null;
  function load() {
    if (records) return Promise.resolve(records);
    return fetch(form.dataset.index).then(function (r) { return r.json(); }).then(function (data) {
      records = data.map(function (d) { d.haystack = [d.title, d.tags, d.authors, d.summary, d.body].join(" ").toLowerCase(); return d; });
      return records;
    });
  }
  function show(query) {
    var terms = query.toLowerCase().split(/\s+/).filter(Boolean);
    list.textContent = "";
    if (!terms.length) { status.textContent = ""; return; }
    load().then(function (all) {
      var hits = all.filter(function (d) { return terms.every(function (t) { return d.haystack.indexOf(t) >= 0; }); }).slice(0, 50);
      hits.forEach(function (d) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = d.url; a.textContent = d.title;
        li.appendChild(a);
        list.appendChild(li);
      });
      status.textContent = hits.length + " result" + (hits.length === 1 ? "" : "s") + " for “" + query + "”";
    });
  }
  input.addEventListener("input", function () { show(input.value); });
  form.addEventListener("submit", function (e) { e.preventDefault(); show(input.value); });
  var q = new URLSearchParams(location.search).get("q");
  if (q) { input.value = q; show(q); }
})();
