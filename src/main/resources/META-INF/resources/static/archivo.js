/* Archivo: progressive enhancement only; every page works without this file. */
(function () {
  'use strict';
  // copy buttons: <button data-copy="id-of-element">
  document.querySelectorAll('button[data-copy]').forEach(function (b) {
    b.hidden = false;
    b.addEventListener('click', function () {
      var el = document.getElementById(b.getAttribute('data-copy'));
      var done = function () { b.textContent = 'Copiada'; };
      if (navigator.clipboard && el) {
        navigator.clipboard.writeText(el.textContent.trim()).then(done, function () {});
      }
    });
  });
  // autocomplete: fills the <datalist> of a search box from /api/v1/suggest
  document.querySelectorAll('input[data-suggest]').forEach(function (input) {
    var list = document.getElementById(input.getAttribute('list'));
    var timer = null;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      var q = input.value.trim();
      if (q.length < 2 || !list) { return; }
      timer = setTimeout(function () {
        fetch('/api/v1/suggest?size=8&q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } })
          .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
          .then(function (body) {
            list.textContent = '';
            body.suggestions.forEach(function (s) {
              var o = document.createElement('option');
              o.value = s;
              list.appendChild(o);
            });
          })
          .catch(function () {});
      }, 150);
    });
  });
})();
