// Secretariat: the data import. A file of ILOSTAT figures (bulk CSV or SDMX-CSV, plain or gzip) is sent as the raw
// request body to POST /imports/ilostat?fileName=<name> (README, IlostatUploadController: not multipart) with the
// caller's Authorization header; the JSON report it answers (rows read, figures created, updated, unchanged, rows
// skipped by reason; for a refused file the error with its line and column) is shown, and the imports so far are
// listed a page at a time (Query.dataImports). docs/console.md, "Data import".

import { graphql, ApiError } from '../graphql.js';
import { authorization } from '../session.js';
import { t, label, formatDateTime, formatNumber } from '../i18n.js';
import { h, announce, loading, loaded, errorBox, focus, pager, field } from '../dom.js';

const IMPORTS = `query Imports($first: Int!, $after: String) {
  dataImports(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id fileName format status startedAt rowsRead created updated unchanged written skippedTotal ranBy error } }
  }
}`;

export async function render(main) {
  main.append(h('h1', { text: t('imports.title') }));
  const formSection = h('section', { 'aria-labelledby': 'upload-title' }, h('h2', { id: 'upload-title', text: t('imports.uploadTitle') }));
  const outcomeSection = h('section', { 'aria-labelledby': 'outcome-title', id: 'import-outcome-section', hidden: true },
    h('h2', { id: 'outcome-title', text: t('imports.outcomeTitle') }));
  const listSection = h('section', { 'aria-labelledby': 'imports-title' }, h('h2', { id: 'imports-title', text: t('imports.listTitle') }));
  main.append(formSection, outcomeSection, listSection);

  const table = h('div', { id: 'imports-list' });
  const load = async (after) => {
    loading(table);
    try {
      const connection = (await graphql(IMPORTS, { first: 10, after })).dataImports;
      if (connection.edges.length === 0) {
        loaded(table, h('p', { class: 'notice', text: t('imports.empty') }));
      } else {
        loaded(table, h('table', {},
          h('caption', { text: t('imports.caption', { count: formatNumber(connection.totalCount) }) }),
          h('thead', {}, h('tr', {}, ['imports.file', 'imports.started', 'imports.status', 'imports.rowsRead', 'imports.written',
            'imports.unchanged', 'imports.skipped', 'imports.by'].map((key) => h('th', { scope: 'col', text: t(key) })))),
          h('tbody', {}, connection.edges.map(({ node }) => h('tr', { 'data-id': node.id },
            h('th', { scope: 'row', text: node.fileName || t('imports.noName') }),
            h('td', { text: formatDateTime(node.startedAt) }),
            h('td', {}, h('span', { class: 'status-pill', text: label('ImportStatus', node.status) }),
              node.format ? h('span', { class: 'hint', text: ` ${label('ImportFormat', node.format)}` }) : null,
              node.error ? h('p', { class: 'hint', text: node.error }) : null),
            h('td', { class: 'number', text: formatNumber(node.rowsRead) }),
            h('td', { class: 'number', text: formatNumber(node.written) }),
            h('td', { class: 'number', text: formatNumber(node.unchanged) }),
            h('td', { class: 'number', text: formatNumber(node.skippedTotal) }),
            h('td', { text: node.ranBy }))))));
      }
      return connection.pageInfo;
    } catch (error) {
      loaded(table, errorBox(error));
      return null;
    }
  };
  const pages = pager(load);
  listSection.append(table, pages.element);

  const outcome = h('div', { id: 'import-outcome' });
  outcomeSection.append(outcome);
  const file = field('file', 'imports.file', h('input', { type: 'file', required: true, accept: '.csv,.gz,text/csv,application/gzip' }), 'imports.fileHint');
  const feedback = h('div', { 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', id: 'upload-import', text: t('imports.upload') });
  formSection.append(h('form', { class: 'panel', id: 'import-form', novalidate: true, onsubmit: async (event) => {
    event.preventDefault();
    feedback.replaceChildren();
    file.clear();
    const chosen = file.control.files[0];
    if (!chosen) {
      file.show(t('imports.chooseFile'));
      focus(file.control);
      return;
    }
    submit.disabled = true;
    feedback.replaceChildren(h('p', { class: 'hint', text: t('imports.uploading', { file: chosen.name }) }));
    try {
      const { status, report } = await upload(chosen);
      feedback.replaceChildren();
      outcomeSection.hidden = false;
      outcome.dataset.httpStatus = String(status);
      const summary = showOutcome(outcome, report, chosen.name);
      announce(summary);
      file.control.value = '';
      await pages.first();
      focus(document.getElementById('outcome-title'));
    } catch (error) {
      feedback.replaceChildren(errorBox(error));
      focus(file.control);
    } finally {
      submit.disabled = false;
    }
  } },
  h('p', { class: 'hint', text: t('imports.formHint') }),
  file.wrapper, feedback, h('div', { class: 'actions' }, submit)));

  await pages.first();
  return null;
}

/**
 * Sends `chosen` as the request body; resolves to the HTTP status and the import's report for 200 (imported) and
 * 422 or 500 (refused or failed: the report says why); any other answer is an ApiError.
 */
async function upload(chosen) {
  const headers = { 'X-Requested-With': 'XMLHttpRequest',
    'Content-Type': /\.gz$/i.test(chosen.name) ? 'application/gzip' : 'text/csv' };
  const credentials = authorization();
  if (credentials) {
    headers.Authorization = credentials;
  }
  let response;
  try {
    response = await fetch(new URL(`../imports/ilostat?fileName=${encodeURIComponent(chosen.name)}`, document.baseURI),
      { method: 'POST', headers, body: chosen, credentials: 'omit' });
  } catch (failure) {
    throw new ApiError('NETWORK', t('error.network'), String(failure));
  }
  const text = await response.text().catch(() => '');
  let body = null;
  try {
    body = JSON.parse(text);
  } catch (ignored) {
    body = null;
  }
  if ((response.ok || response.status === 422 || response.status === 500) && body && body.status) {
    return { status: response.status, report: body };
  }
  const message = response.status === 401 ? t('error.unauthorized') : response.status === 403 ? t('error.forbidden')
    : response.status === 409 ? t('imports.busy') : response.status === 415 ? t('imports.unsupported')
      : t('error.http', { status: response.status });
  const error = new ApiError('HTTP', message, (body?.error || text).slice(0, 300));
  error.status = response.status;
  throw error;
}

/** Shows the import's report in `container`; returns the sentence said in the live region. */
function showOutcome(container, report, name) {
  const completed = report.status === 'COMPLETED';
  const summary = completed
    ? t('imports.completed', { file: report.fileName || name, rows: formatNumber(report.rowsRead), created: formatNumber(report.created),
      updated: formatNumber(report.updated), unchanged: formatNumber(report.unchanged) })
    : t('imports.refused', { file: report.fileName || name, status: label('ImportStatus', report.status) });
  const skipped = Object.entries(report.skipped || {}).filter(([, rows]) => rows > 0);
  container.replaceChildren(...[
    h('p', { class: completed ? 'notice import-summary' : 'error import-summary', text: summary }),
    report.error ? h('p', { class: 'import-error', text: report.line
      ? t('imports.errorAt', { error: report.error, line: report.line, column: report.column || '' }) : report.error }) : null,
    completed ? h('p', { class: 'hint', text: t('imports.format', { format: label('ImportFormat', report.format), rows: formatNumber(report.rowsRead) }) }) : null,
    skipped.length ? h('table', { id: 'import-skipped' },
      h('caption', { text: t('imports.skippedCaption', { count: formatNumber(skipped.reduce((sum, [, rows]) => sum + rows, 0)) }) }),
      h('thead', {}, h('tr', {}, ['imports.reason', 'imports.rows'].map((key) => h('th', { scope: 'col', text: t(key) })))),
      h('tbody', {}, skipped.map(([reason, rows]) => h('tr', { 'data-reason': reason },
        h('th', { scope: 'row', text: label('SkipReason', reason) }),
        h('td', { class: 'number', text: formatNumber(rows) })))))
      : completed ? h('p', { class: 'hint', text: t('imports.nothingSkipped') }) : null,
    completed && report.severityChanges?.length ? h('p', { class: 'hint', text: t('imports.severityChanges', { count: formatNumber(report.severityChanges.length) }) }) : null,
  ].filter(Boolean));
  return summary;
}
