// Secretariat and coordination group: the reports (docs/reports.md). Coverage by region as a chart (ECharts, loaded
// only here and on the member State's screen) with the same figures as a table, the gap groups as a table, the
// resources mobilized in total, and each report's CSV and the IATI file to download. The CSV URLs of restricted
// reports need the caller's Authorization header, which a plain link cannot send: the console fetches the file with
// it and hands it to the browser through a blob: URL (docs/console.md, Downloads). Filters (period, region) apply to
// the reports shown and to their download URLs; the secretariat freezes the coverage report shown under a label
// (Mutation.freezeReport, same parameters) and both roles list the snapshots (Query.reportSnapshots) and download them.

import { graphql, ApiError } from '../graphql.js';
import { authorization, currentCaller } from '../session.js';
import { t, label, formatAmount, formatDate, formatDateTime, formatNumber } from '../i18n.js';
import { h, uid, announce, loading, loaded, errorBox, focus, pager, field } from '../dom.js';
import { coverageChart, gapChart } from '../chart.js';

const COVERAGE = `query Coverage($filter: CoverageFilter, $period: PeriodInput) {
  coverageReport(groupBy: [REGION], filter: $filter, period: $period) {
    rows { keys { code name } requests matched confirmed delivered amounts { unit requested matched confirmed delivered } }
    total { requests matched confirmed delivered }
  }
}`;

const GAPS = `query Gaps($filter: GapFilter) {
  gapReport(filter: $filter) { planDate lastRun { completedAt } groups { region { code name } thematicArea { code name } reason requests amounts { unit amount } } }
}`;

const MOBILIZED = `query Mobilized($filter: MobilizedFilter, $period: PeriodInput) {
  resourcesMobilized(filter: $filter, period: $period) { total { unit confirmed delivered confirmedMatches deliveredMatches } }
}`;

const FREEZE = `mutation Freeze($input: FreezeReportInput!) {
  freezeReport(input: $input) { id label report frozenAt }
}`;

const SNAPSHOTS = `query Snapshots($first: Int!, $after: String) {
  reportSnapshots(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id label report parameters { name value } frozenAt frozenBy csvUrl } }
  }
}`;

const REGIONS = ['AFRICA', 'AMERICAS', 'ARAB_STATES', 'ASIA_PACIFIC', 'EUROPE_CENTRAL_ASIA'];

/**
 * The files to download: the name the browser saves, the URL relative to the console (/console/) and the filter
 * parameters it takes (`period`: from and to, `region`).
 */
const DOWNLOADS = [
  { key: 'reports.downloadCoverage', file: 'coverage.csv', path: '../reports/coverage.csv?groupBy=REGION&groupBy=THEMATIC_AREA', period: true, region: true },
  { key: 'reports.downloadGaps', file: 'gaps.csv', path: '../reports/gaps.csv', region: true },
  { key: 'reports.downloadGapRequests', file: 'gap-requests.csv', path: '../reports/gaps.csv?detail=requests', region: true },
  { key: 'reports.downloadMobilized', file: 'resources-mobilized.csv', path: '../reports/resources-mobilized.csv', period: true, region: true },
  { key: 'reports.downloadIati', file: 'iati-activities.xml', path: '../open-data/iati-activities.xml' },
];

/** The URL parameters of the filters, in the names of the reports' URLs (docs/reports.md). */
function urlParameters(filters, { period = true, region = true } = {}) {
  const parameters = [];
  if (period && filters.from) {
    parameters.push({ name: 'from', value: filters.from });
  }
  if (period && filters.to) {
    parameters.push({ name: 'to', value: filters.to });
  }
  if (region && filters.region) {
    parameters.push({ name: 'region', value: filters.region });
  }
  return parameters;
}

/** `path` with the filters' parameters added. */
export function withFilters(path, filters, which) {
  const query = urlParameters(filters, which).map((p) => `${encodeURIComponent(p.name)}=${encodeURIComponent(p.value)}`).join('&');
  return query ? `${path}${path.includes('?') ? '&' : '?'}${query}` : path;
}

function graphqlFilters(filters) {
  const period = filters.from || filters.to ? { from: filters.from || null, to: filters.to || null } : null;
  return { filter: filters.region ? { regions: [filters.region] } : null, period };
}

export async function render(main) {
  const disposers = [];
  const filters = { from: '', to: '', region: '' };
  main.append(h('h1', { text: t('reports.title') }));
  const filterSection = h('section', { 'aria-labelledby': 'filters-title' }, h('h2', { id: 'filters-title', text: t('reports.filtersTitle') }));
  const coverage = h('section', { 'aria-labelledby': 'coverage-title' }, h('h2', { id: 'coverage-title', text: t('reports.coverageTitle') }));
  const gaps = h('section', { 'aria-labelledby': 'gaps-title' }, h('h2', { id: 'gaps-title', text: t('reports.gapsTitle') }));
  const mobilized = h('section', { 'aria-labelledby': 'mobilized-title' }, h('h2', { id: 'mobilized-title', text: t('reports.mobilizedTitle') }));
  const downloads = h('section', { 'aria-labelledby': 'downloads-title' }, h('h2', { id: 'downloads-title', text: t('reports.downloadsTitle') }));
  const snapshots = h('section', { 'aria-labelledby': 'snapshots-title' }, h('h2', { id: 'snapshots-title', text: t('reports.snapshotsTitle') }));
  main.append(filterSection, downloads, coverage, gaps, mobilized, snapshots);
  const coverageBody = h('div', { id: 'coverage' });
  const gapsBody = h('div', { id: 'gaps' });
  const mobilizedBody = h('div', { id: 'mobilized' });
  coverage.append(h('p', { class: 'hint', text: t('reports.coverageHint') }), coverageBody);
  gaps.append(gapsBody);
  mobilized.append(mobilizedBody);
  const show = () => {
    disposers.splice(0).forEach((dispose) => dispose());
    return Promise.all([renderCoverage(coverageBody, disposers, filters), renderGaps(gapsBody, disposers, filters), renderMobilized(mobilizedBody, filters)]);
  };
  renderFilters(filterSection, filters, show);
  renderDownloads(downloads, filters);
  const list = renderSnapshots(snapshots, filters);
  await Promise.all([show(), list]);
  return () => disposers.forEach((dispose) => dispose());
}

function renderFilters(section, filters, show) {
  const fields = {
    from: field('from', 'reports.from', h('input', { type: 'date' })),
    to: field('to', 'reports.to', h('input', { type: 'date' })),
    region: field('region', 'reports.regionFilter', h('select', {}, h('option', { value: '', text: t('reports.allRegions') }),
      REGIONS.map((region) => h('option', { value: region, text: label('IloRegion', region) })))),
  };
  const summary = h('p', { id: 'filters-status', role: 'status', 'aria-live': 'polite', class: 'hint' });
  const describe = () => t('reports.filtersApplied', {
    period: filters.from || filters.to ? t('reports.period', { from: filters.from ? formatDate(filters.from) : '…', to: filters.to ? formatDate(filters.to) : '…' }) : t('reports.allTime'),
    region: filters.region ? label('IloRegion', filters.region) : t('reports.allRegions') });
  summary.textContent = describe();
  const apply = h('button', { type: 'submit', id: 'apply-filters', text: t('reports.apply') });
  section.append(h('form', { class: 'panel filters', id: 'report-filters', novalidate: true, onsubmit: async (event) => {
    event.preventDefault();
    Object.values(fields).forEach((f) => f.clear());
    const from = fields.from.control.value;
    const to = fields.to.control.value;
    if (from && to && to < from) {
      fields.to.show(t('reports.toBeforeFrom'));
      focus(fields.to.control);
      return;
    }
    Object.assign(filters, { from, to, region: fields.region.control.value });
    summary.textContent = describe();
    apply.disabled = true;
    try {
      await show();
    } finally {
      apply.disabled = false;
    }
    focus(document.getElementById('coverage-title'));
  } },
  h('p', { class: 'hint', text: t('reports.filtersHint') }),
  h('div', { class: 'field-row' }, Object.values(fields).map((f) => f.wrapper)),
  h('div', { class: 'actions' }, apply),
  summary));
}

async function renderCoverage(body, disposers, filters) {
  loading(body);
  let report;
  try {
    report = (await graphql(COVERAGE, graphqlFilters(filters))).coverageReport;
  } catch (error) {
    loaded(body, errorBox(error));
    return;
  }
  if (report.rows.length === 0) {
    loaded(body, h('p', { class: 'notice', text: t(filters.from || filters.to || filters.region ? 'reports.coverageEmptyFiltered' : 'reports.coverageEmpty') }));
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

async function renderGaps(body, disposers, filters) {
  loading(body);
  let report;
  try {
    report = (await graphql(GAPS, { filter: graphqlFilters(filters).filter })).gapReport;
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
  const chart = h('div', { id: 'gaps-chart', class: 'chart', role: 'img' });
  loaded(body, when, chart, h('table', { id: 'gaps-table' },
    h('caption', { text: t('reports.gapsCaption', { count: formatNumber(report.groups.length) }) }),
    h('thead', {}, h('tr', {}, ['reports.region', 'reports.area', 'reports.reason', 'reports.requests', 'reports.lacking']
      .map((key) => h('th', { scope: 'col', text: t(key) })))),
    h('tbody', {}, report.groups.map((group) => h('tr', {},
      h('td', { text: group.region.name }),
      h('td', { text: group.thematicArea.name }),
      h('td', { text: label('GapReason', group.reason) }),
      h('td', { class: 'number', text: formatNumber(group.requests) }),
      h('td', { text: group.amounts.map((amount) => formatAmount(amount.amount, amount.unit)).join('; ') }))))));
  try {
    disposers.push(await gapChart(chart, report.groups));
  } catch (error) {
    chart.replaceWith(errorBox({ message: t('reports.chartFailed'), detail: String(error) }));
  }
}

async function renderMobilized(body, filters) {
  loading(body);
  let report;
  try {
    report = (await graphql(MOBILIZED, graphqlFilters(filters))).resourcesMobilized;
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

function renderDownloads(section, filters) {
  const status = h('p', { id: 'download-status', role: 'status', 'aria-live': 'polite' });
  section.append(h('p', { class: 'hint', text: t('reports.downloadsHint') }),
    h('div', { class: 'actions' }, DOWNLOADS.map((item) => h('button', { type: 'button', class: 'secondary download',
      'data-file': item.file, text: t(item.key), onclick: (event) => downloadWithStatus(event.currentTarget, status, item.file,
        item.period || item.region ? withFilters(item.path, filters, { period: Boolean(item.period), region: Boolean(item.region) }) : item.path) }))),
    status);
}

/** Downloads `path` as `file` from `button`, saying in `status` how it went. */
async function downloadWithStatus(button, status, file, path) {
  button.disabled = true;
  status.replaceChildren(h('span', { text: t('reports.downloading', { file }) }));
  try {
    const size = await download(file, path);
    status.dataset.file = file;
    status.dataset.path = path;
    status.dataset.httpStatus = '200';
    const text = t('reports.downloaded', { file, size: formatNumber(size) });
    status.replaceChildren(h('span', { class: 'notice', text }));
    announce(text);
  } catch (error) {
    status.dataset.httpStatus = String(error.status || '');
    status.replaceChildren(errorBox(error));
  } finally {
    button.disabled = false;
  }
}

/** The snapshots, newest first, a page at a time; for the secretariat, a form to freeze the coverage report shown. */
async function renderSnapshots(section, filters) {
  const body = h('div', { id: 'snapshots' });
  const status = h('p', { id: 'snapshot-download-status', role: 'status', 'aria-live': 'polite' });
  const load = async (after) => {
    loading(body);
    try {
      const connection = (await graphql(SNAPSHOTS, { first: 10, after })).reportSnapshots;
      if (connection.edges.length === 0) {
        loaded(body, h('p', { class: 'notice', text: t('reports.noSnapshots') }));
      } else {
        loaded(body, h('table', { id: 'snapshots-table' },
          h('caption', { text: t('reports.snapshotsCaption', { count: formatNumber(connection.totalCount) }) }),
          h('thead', {}, h('tr', {}, ['reports.label', 'reports.report', 'reports.parameters', 'reports.frozenAt', 'reports.frozenBy', 'reports.download']
            .map((key) => h('th', { scope: 'col', text: t(key) })))),
          h('tbody', {}, connection.edges.map(({ node }) => {
            const file = `${node.report.toLowerCase().replace(/_/g, '-')}-${node.label.replace(/[^\w.-]+/g, '_')}.csv`;
            return h('tr', { 'data-id': node.id },
              h('th', { scope: 'row', text: node.label }),
              h('td', { text: label('ReportName', node.report) }),
              h('td', { text: node.parameters.map((p) => `${p.name}=${p.value}`).join(', ') || t('reports.defaults') }),
              h('td', { text: formatDateTime(node.frozenAt) }),
              h('td', { text: node.frozenBy }),
              h('td', {}, h('button', { type: 'button', class: 'secondary snapshot-download', 'data-file': file,
                'aria-label': t('reports.downloadSnapshot', { label: node.label }), text: t('reports.csv'),
                onclick: (event) => downloadWithStatus(event.currentTarget, status, file, node.csvUrl.replace(/^\//, '../')) })));
          }))));
      }
      return connection.pageInfo;
    } catch (error) {
      loaded(body, errorBox(error));
      return null;
    }
  };
  const pages = pager(load);
  if (currentCaller()?.role === 'SECRETARIAT') {
    section.append(freezeForm(filters, pages));
  }
  section.append(body, pages.element, status);
  await pages.first();
}

function freezeForm(filters, pages) {
  const labelField = field('label', 'reports.snapshotLabel', h('input', { type: 'text', required: true, maxlength: '200', autocomplete: 'off' }), 'reports.snapshotLabelHint');
  const feedback = h('div', { 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', id: 'freeze-report', text: t('reports.freeze') });
  return h('form', { class: 'panel', id: 'freeze-form', novalidate: true, onsubmit: async (event) => {
    event.preventDefault();
    feedback.replaceChildren();
    labelField.clear();
    const text = labelField.control.value.trim();
    if (!text) {
      labelField.show(t('requests.required'));
      focus(labelField.control);
      return;
    }
    // The coverage report exactly as shown: by region, with the filters applied.
    const parameters = [{ name: 'groupBy', value: 'REGION' }, ...urlParameters(filters)];
    submit.disabled = true;
    try {
      const snapshot = (await graphql(FREEZE, { input: { label: text, report: 'COVERAGE', parameters } })).freezeReport;
      const said = t('reports.frozen', { label: snapshot.label });
      feedback.replaceChildren(h('p', { class: 'notice snapshot-frozen', text: said }));
      announce(said);
      labelField.control.value = '';
      await pages.first();
      focus(document.querySelector(`#snapshots-table tr[data-id="${snapshot.id}"] th`) || document.getElementById('snapshots-title'));
    } catch (error) {
      if (error.code === 'BAD_REQUEST' && String(error.errors?.[0]?.extensions?.argument || '').endsWith('label')) {
        labelField.show(error.detail || error.message);
      } else {
        feedback.replaceChildren(errorBox(error));
      }
      focus(labelField.control);
    } finally {
      submit.disabled = false;
    }
  } },
  h('h3', { text: t('reports.freezeTitle') }),
  h('p', { class: 'hint', text: t('reports.freezeHint') }),
  labelField.wrapper, feedback, h('div', { class: 'actions' }, submit));
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
