// Tổng quan: the overdue-by-agency bar chart (Chart.js); each bar opens the list behind it.
(function () {
  'use strict';
  var canvas = document.getElementById('overdue-chart');
  var source = document.getElementById('overdue-data');
  if (!canvas || !source || !window.Chart) return;
  var data = JSON.parse(source.textContent);
  var chart = new window.Chart(canvas, {
    type: 'bar',
    data: {
      labels: data.labels,
      datasets: [{ label: 'Nhiệm vụ quá hạn', data: data.counts, backgroundColor: '#a11b1b', maxBarThickness: 36 }],
    },
    options: {
      indexAxis: 'y',
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { display: false } },
      scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
      onClick: function (_event, elements) {
        if (elements.length > 0) window.location.href = data.hrefs[elements[0].index];
      },
      onHover: function (event, elements) {
        event.native.target.style.cursor = elements.length ? 'pointer' : 'default';
      },
    },
  });
  canvas.setAttribute('data-ready', String(chart.data.labels.length));
})();
