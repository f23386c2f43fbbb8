// Draws the overview's charts with Chart.js from the numbers the page carries as JSON; every
// chart's numbers are also in the table under it.
(function () {
  var charts = JSON.parse(document.getElementById('chart-data').dataset.charts);
  var colours = ['#0b4f8a', '#c0392b', '#1f6f3a', '#7d3c98', '#b9770e', '#555555'];
  charts.forEach(function (chart) {
    var canvas = document.getElementById(chart.id);
    if (!canvas || typeof Chart === 'undefined') {
      return;
    }
    var datasets = Object.keys(chart.series).map(function (name, i) {
      return { label: name, data: chart.series[name], backgroundColor: colours[i % colours.length] };
    });
    new Chart(canvas, {
      type: chart.type,
      data: { labels: chart.labels, datasets: datasets },
      options: {
        animation: false,
        responsive: true,
        plugins: { title: { display: false }, legend: { position: 'bottom' } },
        scales: { x: { stacked: chart.stacked }, y: { stacked: chart.stacked, beginAtZero: true } },
        locale: 'nb-NO'
      }
    });
  });
})();
