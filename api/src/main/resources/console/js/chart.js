// Charts with ECharts' ES module build, served by the application from its WebJar (/console/vendor/); loaded only by
// the screens that draw a chart. Each chart comes with a table of the same figures for screen readers and keyboards.

import { t, label, formatNumber } from './i18n.js';

let library = null;

function echarts() {
  library = library || import('../vendor/echarts.esm.min.js');
  return library;
}

/**
 * A horizontal bar chart of severity (1 to 5) by indicator in `element`, one bar per observation, labelled with its
 * year and source; returns a function that disposes of it. ECharts' aria option describes the chart to screen
 * readers in the console's language.
 */
export async function severityChart(element, observations, countryName) {
  const lib = await echarts();
  const rows = [...observations].reverse(); // most severe at the top
  const names = rows.map((observation) => `${observation.indicator.code} · ${observation.series.name}`);
  const chart = lib.init(element, null, { renderer: 'canvas' });
  chart.setOption({
    aria: {
      enabled: true,
      label: {
        description: t('chart.description', { country: countryName, count: observations.length,
          data: observations.map((observation) => t('chart.item', { indicator: `${observation.indicator.code} ${observation.indicator.name}`,
            severity: observation.severity, year: observation.year, source: observation.source })).join('; ') }),
      },
    },
    animation: false,
    textStyle: { color: '#1b1b1b' },
    grid: { left: 8, right: 150, top: 40, bottom: 30, containLabel: true },
    title: { text: t('chart.title'), left: 8, textStyle: { fontSize: 14, color: '#1b1b1b' } },
    tooltip: {
      trigger: 'item',
      formatter: (item) => {
        const observation = rows[item.dataIndex];
        return [`${observation.indicator.code} ${observation.indicator.name}`, observation.series.name,
          t('chart.tooltip', { severity: observation.severity, value: formatNumber(observation.value), unit: observation.unit,
            year: observation.year, source: observation.source })].map(escape).join('<br>');
      },
    },
    xAxis: { type: 'value', min: 0, max: 5, interval: 1, name: t('chart.severityAxis'), nameLocation: 'middle', nameGap: 24,
      axisLabel: { color: '#1b1b1b' } },
    yAxis: { type: 'category', data: names, axisLabel: { color: '#1b1b1b', width: 260, overflow: 'truncate' } },
    series: [{
      type: 'bar',
      data: rows.map((observation) => observation.severity),
      itemStyle: { color: '#0b4f8a' },
      label: { show: true, position: 'right', color: '#1b1b1b',
        formatter: (item) => t('chart.barLabel', { severity: item.value, year: rows[item.dataIndex].year, source: rows[item.dataIndex].source }) },
    }],
  });
  element.dataset.indicators = observations.map((observation) => observation.indicator.code).join(' ');
  const resize = () => chart.resize();
  window.addEventListener('resize', resize);
  return () => {
    window.removeEventListener('resize', resize);
    chart.dispose();
  };
}

/**
 * A bar chart of the coverage report grouped by region (`rows` of Query.coverageReport with groupBy [REGION]): for each
 * region the requests, and how many are matched, confirmed and delivered; returns a function that disposes of it.
 */
export async function coverageChart(element, rows) {
  const lib = await echarts();
  const names = rows.map((row) => row.keys[0]?.name || '');
  const measures = ['requests', 'matched', 'confirmed', 'delivered'];
  const colours = ['#0b4f8a', '#2a7ab8', '#1d6b3a', '#8a4b0b'];
  const chart = lib.init(element, null, { renderer: 'canvas' });
  chart.setOption({
    aria: {
      enabled: true,
      label: {
        description: t('chart.coverageDescription', { count: rows.length, data: rows.map((row, index) => t('chart.coverageItem', {
          region: names[index], requests: row.requests, matched: row.matched, confirmed: row.confirmed, delivered: row.delivered })).join('; ') }),
      },
    },
    animation: false,
    textStyle: { color: '#1b1b1b' },
    title: { text: t('chart.coverageTitle'), left: 8, textStyle: { fontSize: 14, color: '#1b1b1b' } },
    legend: { top: 24, textStyle: { color: '#1b1b1b' } },
    grid: { left: 8, right: 24, top: 64, bottom: 30, containLabel: true },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: names, axisLabel: { color: '#1b1b1b' } },
    yAxis: { type: 'value', minInterval: 1, name: t('chart.requestsAxis'), axisLabel: { color: '#1b1b1b' } },
    series: measures.map((measure, index) => ({
      type: 'bar', name: t(`chart.${measure}`), itemStyle: { color: colours[index] },
      label: { show: true, position: 'top', color: '#1b1b1b', formatter: (item) => formatNumber(item.value) },
      data: rows.map((row) => row[measure]),
    })),
  });
  element.dataset.regions = rows.map((row) => row.keys[0]?.code || '').join(' ');
  const resize = () => chart.resize();
  window.addEventListener('resize', resize);
  return () => {
    window.removeEventListener('resize', resize);
    chart.dispose();
  };
}

/**
 * A stacked bar chart of the gaps report's groups (Query.gapReport.groups): for each thematic area, the gap requests
 * by reason (a request counts once in each of its areas, and in one region); returns a function that disposes of it.
 */
export async function gapChart(element, groups) {
  const lib = await echarts();
  const areas = [...new Map(groups.map((g) => [g.thematicArea.code, g.thematicArea.name])).entries()];
  const reasons = [...new Set(groups.map((g) => g.reason))];
  const count = (area, reason) => groups.filter((g) => g.thematicArea.code === area && g.reason === reason)
    .reduce((sum, g) => sum + g.requests, 0);
  const colours = ['#0b4f8a', '#2a7ab8', '#1d6b3a', '#8a4b0b', '#6b2d7a', '#5c5c5c'];
  const chart = lib.init(element, null, { renderer: 'canvas' });
  chart.setOption({
    aria: {
      enabled: true,
      label: {
        description: t('chart.gapsDescription', { count: areas.length, data: areas.map(([code, name]) => t('chart.gapsItem', {
          area: name, data: reasons.map((reason) => `${label('GapReason', reason)} ${count(code, reason)}`).join(', ') })).join('; ') }),
      },
    },
    animation: false,
    textStyle: { color: '#1b1b1b' },
    title: { text: t('chart.gapsTitle'), left: 8, textStyle: { fontSize: 14, color: '#1b1b1b' } },
    legend: { top: 24, textStyle: { color: '#1b1b1b' } },
    grid: { left: 8, right: 24, top: 88, bottom: 30, containLabel: true },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: areas.map(([, name]) => name), axisLabel: { color: '#1b1b1b', interval: 0, width: 120, overflow: 'break' } },
    yAxis: { type: 'value', minInterval: 1, name: t('chart.requestsAxis'), axisLabel: { color: '#1b1b1b' } },
    series: reasons.map((reason, index) => ({
      type: 'bar', stack: 'gaps', name: label('GapReason', reason), itemStyle: { color: colours[index % colours.length] },
      data: areas.map(([code]) => count(code, reason)),
    })),
  });
  element.dataset.areas = areas.map(([code]) => code).join(' ');
  const resize = () => chart.resize();
  window.addEventListener('resize', resize);
  return () => {
    window.removeEventListener('resize', resize);
    chart.dispose();
  };
}

function escape(text) {
  return String(text).replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
