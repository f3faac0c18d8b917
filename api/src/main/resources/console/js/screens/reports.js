// Secretariat and coordination group: the reports (docs/reports.md). Coverage by region as a chart (ECharts, loaded
// only here and on the member State's screen) with the same figures as a table, the gap groups as a table, the
// resources mobilized in total, and each report's CSV and the IATI file to download. The CSV URLs of restricted
// reports need the caller's Authorization header, which a plain link cannot send: the console fetches the file with
// it and hands it to the browser through a blob: URL (docs/console.md, Downloads).

import { graphql, ApiError } from '../graphql.js';
import { authorization } from '../session.js';
import { t, label, formatAmount, formatDate, formatDateTime, formatNumber } from '../i18n.js';
import { h, announce, loading, loaded, errorBox } from '../dom.js';
import { coverageChart } from '../chart.js';

const COVERAGE = `query Coverage {
  coverageReport(groupBy: [REGION]) {
    rows { keys { code name } requests matched confirmed delivered amounts { unit requested matched confirmed delivered } }
    total { requests matched confirmed delivered }
  }
}`;

const GAPS = `query Gaps {
  gapReport { planDate lastRun { completedAt } groups { region { code name } thematicArea { code name } reason requests amounts { unit amount } } }
}`;

const MOBILIZED = `query Mobilized {
  resourcesMobilized { total { unit confirmed delivered confirmedMatches deliveredMatches } }
}`;

/** The files to download: the name the browser saves, and the URL relative to the console (/console/). */
const DOWNLOADS = [
  { key: 'reports.downloadCoverage', file: 'coverage.csv', path: '../reports/coverage.csv?groupBy=REGION&groupBy=THEMATIC_AREA' },
  { key: 'reports.downloadGaps', file: 'gaps.csv', path: '../reports/gaps.csv' },
  { key: 'reports.downloadGapRequests', file: 'gap-requests.csv', path: '../reports/gaps.csv?detail=requests' },
  { key: 'reports.downloadMobilized', file: 'resources-mobilized.csv', path: '../reports/resources-mobilized.csv' },
  { key: 'reports.downloadIati', file: 'iati-activities.xml', path: '../open-data/iati-activities.xml' },
];

export async function render(main) {
  const disposers = [];
  main.append(h('h1', { text: t('reports.title') }));
  const coverage = h('section', { 'aria-labelledby': 'coverage-title' }, h('h2', { id: 'coverage-title', text: t('reports.coverageTitle') }));
  const gaps = h('section', { 'aria-labelledby': 'gaps-title' }, h('h2', { id: 'gaps-title', text: t('reports.gapsTitle') }));
  const mobilized = h('section', { 'aria-labelledby': 'mobilized-title' }, h('h2', { id: 'mobilized-title', text: t('reports.mobilizedTitle') }));
  const downloads = h('section', { 'aria-labelledby': 'downloads-title' }, h('h2', { id: 'downloads-title', text: t('reports.downloadsTitle') }));
  main.append(downloads, coverage, gaps, mobilized);
  renderDownloads(downloads);
  await Promise.all([renderCoverage(coverage, disposers), renderGaps(gaps), renderMobilized(mobilized)]);
  return () => disposers.forEach((dispose) => dispose());
}

async function renderCoverage(section, disposers) {
  const body = h('div', { id: 'coverage' });
  section.append(h('p', { class: 'hint', text: t('reports.coverageHint') }), body);
  loading(body);
  let report;
  try {
    report = (await graphql(COVERAGE)).coverageReport;
  } catch (error) {
    loaded(body, errorBox(error));
    return;
  }
  if (report.rows.length === 0) {
    loaded(body, h('p', { class: 'notice', text: t('reports.coverageEmpty') }));
    return;
  }
  const chart = h('div', { id: 'coverage-chart', class: 'chart', role: 'img' });
  const amounts = (row) => row.amounts.map((amount) => t('reports.amounts', { requested: formatAmount(amount.requested, amount.unit),
    confirmed: formatAmount(amount.confirmed, amount.unit), delivered: formatAmount(amount.delivered, amount.unit) })).join('; ');
  const table = h('table', { id: 'coverage-table' },
    h('caption', { text: t('reports.coverageCaption') }),
    h('thead', {}, h('tr', {}, ['reports.region', 'reports.requests', 'reports.matched', 'reports.confirmed', 'reports.delivered', 'reports.amountsHead']
      .map((key) => h('th', { scope: 'col', text: t(key) })))),
    h('tbody', {}, report.rows.map((row) => h('tr', {},
      h('th', { scope: 'row', text: row.keys[0]?.name || '' }),
      ...['requests', 'matched', 'confirmed', 'delivered'].map((measure) => h('td', { class: 'number', text: formatNumber(row[measure]) })),
      h('td', { text: amounts(row) })))),
    h('tfoot', {}, h('tr', {},
      h('th', { scope: 'row', text: t('reports.total') }),
      ...['requests', 'matched', 'confirmed', 'delivered'].map((measure) => h('td', { class: 'number', text: formatNumber(report.total[measure]) })),
      h('td'))));
  loaded(body, chart, table);
  try {
    disposers.push(await coverageChart(chart, report.rows));
  } catch (error) {
    chart.replaceWith(errorBox({ message: t('reports.chartFailed'), detail: String(error) }));
  }
}

async function renderGaps(section) {
  const body = h('div', { id: 'gaps' });
  section.append(body);
  loading(body);
  let report;
  try {
    report = (await graphql(GAPS)).gapReport;
  } catch (error) {
    loaded(body, errorBox(error));
    return;
  }
  const when = h('p', { class: 'hint', text: t('reports.gapsWhen', { date: formatDate(report.planDate),
    run: report.lastRun ? formatDateTime(report.lastRun.completedAt) : t('reports.noRun') }) });
  if (report.groups.length === 0) {
    loaded(body, when, h('p', { class: 'notice', text: t('reports.gapsEmpty') }));
    return;
  }
  loaded(body, when, h('table', { id: 'gaps-table' },
    h('caption', { text: t('reports.gapsCaption', { count: formatNumber(report.groups.length) }) }),
    h('thead', {}, h('tr', {}, ['reports.region', 'reports.area', 'reports.reason', 'reports.requests', 'reports.lacking']
      .map((key) => h('th', { scope: 'col', text: t(key) })))),
    h('tbody', {}, report.groups.map((group) => h('tr', {},
      h('td', { text: group.region.name }),
      h('td', { text: group.thematicArea.name }),
      h('td', { text: label('GapReason', group.reason) }),
      h('td', { class: 'number', text: formatNumber(group.requests) }),
      h('td', { text: group.amounts.map((amount) => formatAmount(amount.amount, amount.unit)).join('; ') }))))));
}

async function renderMobilized(section) {
  const body = h('div', { id: 'mobilized' });
  section.append(body);
  loading(body);
  let report;
  try {
    report = (await graphql(MOBILIZED)).resourcesMobilized;
  } catch (error) {
    loaded(body, errorBox(error));
    return;
  }
  if (report.total.length === 0) {
    loaded(body, h('p', { class: 'notice', text: t('reports.mobilizedEmpty') }));
    return;
  }
  loaded(body, h('table', { id: 'mobilized-table' },
    h('caption', { text: t('reports.mobilizedCaption') }),
    h('thead', {}, h('tr', {}, ['reports.unit', 'reports.confirmedAmount', 'reports.deliveredAmount', 'reports.confirmedMatches', 'reports.deliveredMatches']
      .map((key) => h('th', { scope: 'col', text: t(key) })))),
    h('tbody', {}, report.total.map((total) => h('tr', {},
      h('th', { scope: 'row', text: label('Unit', total.unit) }),
      h('td', { class: 'number', text: formatAmount(total.confirmed, total.unit) }),
      h('td', { class: 'number', text: formatAmount(total.delivered, total.unit) }),
      h('td', { class: 'number', text: formatNumber(total.confirmedMatches) }),
      h('td', { class: 'number', text: formatNumber(total.deliveredMatches) }))))));
}

function renderDownloads(section) {
  const status = h('p', { id: 'download-status', role: 'status', 'aria-live': 'polite' });
  section.append(h('p', { class: 'hint', text: t('reports.downloadsHint') }),
    h('div', { class: 'actions' }, DOWNLOADS.map((item) => h('button', { type: 'button', class: 'secondary download',
      'data-file': item.file, text: t(item.key), onclick: async (event) => {
        const button = event.currentTarget;
        button.disabled = true;
        status.replaceChildren(h('span', { text: t('reports.downloading', { file: item.file }) }));
        try {
          const size = await download(item.file, item.path);
          status.dataset.file = item.file;
          status.dataset.httpStatus = '200';
          const text = t('reports.downloaded', { file: item.file, size: formatNumber(size) });
          status.replaceChildren(h('span', { class: 'notice', text }));
          announce(text);
        } catch (error) {
          status.dataset.httpStatus = String(error.status || '');
          status.replaceChildren(errorBox(error));
        } finally {
          button.disabled = false;
        }
      } }))),
    status);
}

/** Fetches `path` with the caller's credentials and saves it as `file` through a blob: URL; resolves to its size. */
async function download(file, path) {
  const headers = { 'X-Requested-With': 'XMLHttpRequest' };
  const credentials = authorization();
  if (credentials) {
    headers.Authorization = credentials;
  }
  let response;
  try {
    response = await fetch(new URL(path, document.baseURI), { headers, credentials: 'omit' });
  } catch (failure) {
    throw new ApiError('NETWORK', t('error.network'), String(failure));
  }
  if (!response.ok) {
    // 404: the file has nothing to hold yet (the IATI export without any confirmed match); the server says why.
    const message = response.status === 401 ? t('error.unauthorized') : response.status === 403 ? t('error.forbidden')
      : response.status === 404 ? t('reports.nothingYet', { file }) : t('error.http', { status: response.status });
    const error = new ApiError('HTTP', message, (await response.text().catch(() => '')).slice(0, 300));
    error.status = response.status;
    throw error;
  }
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: file, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 30000);
  return blob.size;
}
