// The console's little script: asks before a change, sends the session's CSRF token with its own
// calls, and refreshes the numbers of a table that names its API (data-poll) every few seconds.
(function () {
  'use strict';
  var csrfHeader = document.querySelector('meta[name="csrf-header"]');
  var csrfToken = document.querySelector('meta[name="csrf-token"]');

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
      event.preventDefault();
    }
  });

  function getJson(url) {
    var headers = { 'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest' };
    if (csrfHeader && csrfToken) {
      headers[csrfHeader.content] = csrfToken.content;
    }
    return fetch(url, { headers: headers, credentials: 'same-origin' }).then(function (r) {
      if (!r.ok) { throw new Error('HTTP ' + r.status); }
      return r.json();
    });
  }
  window.hubConsole = { getJson: getJson };

  // <table data-poll="/api/admin/queues" data-key="name"> with rows <tr data-key="..."> and cells
  // <td data-field="depth">: each field of the row's JSON object is written into its cell.
  document.querySelectorAll('table[data-poll]').forEach(function (table) {
    var keyField = table.dataset.key;
    var every = parseInt(table.dataset.every || '3000', 10);
    var status = document.getElementById(table.dataset.status || '');
    function refresh() {
      getJson(table.dataset.poll).then(function (rows) {
        rows.forEach(function (row) {
          var tr = table.querySelector('tr[data-key="' + CSS.escape(String(row[keyField])) + '"]');
          if (!tr) { return; }
          Object.keys(row).forEach(function (field) {
            var cell = tr.querySelector('[data-field="' + field + '"]');
            if (cell && cell.textContent !== String(row[field])) { cell.textContent = row[field]; }
          });
          if (tr.dataset.alarmField) {
            tr.classList.toggle('alarm', Number(row[tr.dataset.alarmField]) > 0);
          }
        });
        if (status) { status.textContent = '已刷新 ' + new Date().toLocaleTimeString('zh-CN'); }
      }).catch(function (e) {
        if (status) { status.textContent = '刷新失败：' + e.message; }
      });
    }
    setInterval(refresh, every);
  });

  // <div data-overview="/api/admin/overview"> with elements <span data-path="capabilities.extranet.backlog">:
  // each element gets the value at its path in the JSON object; rows with data-alarm-path are marked
  // when that value is a positive number or false.
  function at(object, path) {
    return path.split('.').reduce(function (o, key) { return o == null ? undefined : o[key]; }, object);
  }
  document.querySelectorAll('[data-overview]').forEach(function (box) {
    var every = parseInt(box.dataset.every || '5000', 10);
    var status = document.getElementById(box.dataset.status || '');
    function refresh() {
      getJson(box.dataset.overview).then(function (data) {
        box.querySelectorAll('[data-path]').forEach(function (el) {
          var value = at(data, el.dataset.path);
          var text = value == null ? '' : String(value);
          if (el.textContent !== text) { el.textContent = text; }
        });
        box.querySelectorAll('[data-alarm-path]').forEach(function (el) {
          var value = at(data, el.dataset.alarmPath);
          el.classList.toggle('alarm', typeof value === 'boolean' ? !value : Number(value) > 0);
        });
        if (status) { status.textContent = '已刷新 ' + new Date().toLocaleTimeString('zh-CN'); }
      }).catch(function (e) {
        if (status) { status.textContent = '刷新失败：' + e.message; }
      });
    }
    setInterval(refresh, every);
  });
})();
