// The reconciliation page's two charts, drawn with ECharts from the reconcile API's JSON: online and
// synchronized rate per department for the quarter shown, and the district's rates across quarters.
(function () {
  'use strict';
  function percent(rate) { return rate == null ? null : Math.round(rate * 1000) / 10; }
  // A quarter is written like "2018Q1" in the API's JSON.
  function label(q) { return String(q); }

  var bar = document.getElementById('bar-chart');
  if (bar) {
    window.hubConsole.getJson(bar.dataset.source).then(function (departments) {
      echarts.init(bar).setOption({
        animation: false,
        tooltip: {}, legend: { data: ['网上办件率', '同步率'] },
        xAxis: { type: 'category', data: departments.map(function (d) { return d.name; }), axisLabel: { interval: 0, rotate: 20 } },
        yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
        series: [
          { name: '网上办件率', type: 'bar', data: departments.map(function (d) { return percent(d.onlineRate); }) },
          { name: '同步率', type: 'bar', data: departments.map(function (d) { return percent(d.syncRate); }) }
        ]
      });
      bar.dataset.drawn = 'true';
    });
  }

  var trend = document.getElementById('trend-chart');
  if (trend) {
    window.hubConsole.getJson(trend.dataset.source).then(function (quarters) {
      quarters.sort(function (a, b) { return label(a.quarter).localeCompare(label(b.quarter)); });
      echarts.init(trend).setOption({
        animation: false,
        tooltip: { trigger: 'axis' }, legend: { data: ['网上办件率', '同步率'] },
        xAxis: { type: 'category', data: quarters.map(function (q) { return label(q.quarter); }) },
        yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
        series: [
          { name: '网上办件率', type: 'line', data: quarters.map(function (q) { return percent(q.total.onlineRate); }) },
          { name: '同步率', type: 'line', data: quarters.map(function (q) { return percent(q.total.syncRate); }) }
        ]
      });
      trend.dataset.drawn = 'true';
    });
  }
})();
