// Secretariat and coordination group: matching runs. Either starts one (Mutation.startMatching); both watch a
// queued or solving run live over the graphql-ws subscription Subscription.matchRunProgress, or by polling matchRun
// where no WebSocket is available (docs/console.md, Subscriptions).

import { graphql } from '../graphql.js';
import { subscribe, subscriptionsAvailable } from '../ws.js';
import { currentCaller } from '../session.js';
import { t, label, formatDateTime, formatNumber } from '../i18n.js';
import { h, uid, announce, loading, loaded, errorBox, focus, pager } from '../dom.js';

const RUN_FIELDS = 'id status createdAt createdBy timeLimitSeconds failureReason bestScore { hard medium soft } counts { parts assigned suggestions unmet }';

const RUNS = `query Runs($first: Int!, $after: String) {
  matchRuns(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${RUN_FIELDS} } } }
}`;

const START = `mutation Start($input: StartMatchingInput!) { startMatching(input: $input) { ${RUN_FIELDS} } }`;

const PROGRESS = `subscription Progress($runId: ID!) { matchRunProgress(runId: $runId) { ${RUN_FIELDS} } }`;

const POLL = `query Run($id: ID!) { matchRun(id: $id) { ${RUN_FIELDS} } }`;

const ENDED = ['COMPLETED', 'CANCELLED', 'FAILED'];

function score(run) {
  return run.bestScore ? t('runs.score', { hard: formatNumber(run.bestScore.hard), medium: formatNumber(run.bestScore.medium),
    soft: formatNumber(run.bestScore.soft) }) : t('runs.noScore');
}

export async function render(main) {
  // Both roles that see this screen may start a run (docs/security.md, startMatching).
  const canStart = ['SECRETARIAT', 'COORDINATION_GROUP'].includes(currentCaller().role);
  const heading = h('h1', { text: t('runs.title') });
  const table = h('div', { id: 'runs-table' });
  const progress = h('section', { id: 'run-progress', 'aria-labelledby': 'run-progress-title', hidden: true });
  let stop = null;

  const watch = (run) => {
    if (stop) {
      stop();
    }
    const title = h('h2', { id: 'run-progress-title', tabindex: '-1', text: t('runs.progressTitle', { created: formatDateTime(run.createdAt) }) });
    const bar = h('progress', { 'aria-labelledby': 'run-progress-title' });
    const state = h('p', { class: 'run-state', role: 'status', 'aria-live': 'polite' });
    const details = h('p', { class: 'run-score hint' });
    const after = h('div');
    progress.hidden = false;
    progress.replaceChildren(title, bar, state, details, after);
    let lastStatus = null;
    const show = (current) => {
      // The live region speaks when the status changes; each improvement of the score is shown, not read out.
      if (current.status !== lastStatus) {
        state.textContent = t('runs.state', { status: label('MatchRunStatus', current.status) });
        lastStatus = current.status;
      }
      details.textContent = score(current);
      if (ENDED.includes(current.status)) {
        bar.max = 1;
        bar.value = 1;
        const counts = current.counts;
        after.replaceChildren(...[
          current.status === 'COMPLETED' && counts ? h('p', { class: 'notice run-done', text: t('runs.completed', {
            suggestions: formatNumber(counts.suggestions), unmet: formatNumber(counts.unmet), parts: formatNumber(counts.parts) }) }) : null,
          current.failureReason ? h('p', { class: 'error', text: current.failureReason }) : null,
          current.status === 'COMPLETED' && currentCaller().role === 'COORDINATION_GROUP'
            ? h('p', {}, h('a', { href: '#/review', text: t('runs.toReview') })) : null].filter(Boolean));
      }
    };
    show(run);
    focus(title);
    if (ENDED.includes(run.status)) {
      return;
    }
    const finish = () => {
      stop = null;
      pages.reload();
    };
    if (subscriptionsAvailable()) {
      stop = subscribe(PROGRESS, { runId: run.id }, {
        onNext: (data) => show(data.matchRunProgress),
        onError: (error) => { after.replaceChildren(errorBox(error)); stop = null; },
        onComplete: finish,
      });
    } else {
      const timer = window.setInterval(async () => {
        try {
          const current = (await graphql(POLL, { id: run.id })).matchRun;
          show(current);
          if (ENDED.includes(current.status)) {
            window.clearInterval(timer);
            finish();
          }
        } catch (error) {
          window.clearInterval(timer);
          after.replaceChildren(errorBox(error));
        }
      }, 2000);
      stop = () => window.clearInterval(timer);
    }
  };

  const load = async (after) => {
    loading(table);
    try {
      const connection = (await graphql(RUNS, { first: 10, after })).matchRuns;
      if (connection.edges.length === 0) {
        loaded(table, h('p', { class: 'notice', text: t('runs.empty') }));
      } else {
        loaded(table, h('table', {},
          h('caption', { text: t('runs.tableCaption', { count: formatNumber(connection.totalCount) }) }),
          h('thead', {}, h('tr', {}, ['runs.created', 'runs.by', 'runs.status', 'runs.bestScore', 'runs.suggestions', 'runs.action']
            .map((key) => h('th', { scope: 'col', text: t(key) })))),
          h('tbody', {}, connection.edges.map(({ node }) => h('tr', {},
            h('td', { text: formatDateTime(node.createdAt) }),
            h('td', { text: node.createdBy }),
            h('td', {}, h('span', { class: 'status-pill', text: label('MatchRunStatus', node.status) })),
            h('td', { text: score(node) }),
            h('td', { class: 'number', text: node.counts ? formatNumber(node.counts.suggestions) : '—' }),
            h('td', {}, h('button', { type: 'button', class: 'secondary', onclick: () => watch(node),
              text: ENDED.includes(node.status) ? t('runs.show') : t('runs.watch'),
              'aria-label': t(ENDED.includes(node.status) ? 'runs.showLabel' : 'runs.watchLabel', { created: formatDateTime(node.createdAt) }) })))))));
      }
      return connection.pageInfo;
    } catch (error) {
      loaded(table, errorBox(error));
      return null;
    }
  };

  const pages = pager(load);
  main.append(heading);
  if (canStart) {
    const limitId = uid('time-limit');
    const limit = h('input', { id: limitId, type: 'number', min: '1', max: '300', value: '10', inputmode: 'numeric',
      'aria-describedby': `${limitId}-hint` });
    const feedback = h('div');
    const button = h('button', { type: 'submit', id: 'start-run', text: t('runs.start') });
    main.append(h('form', { class: 'panel', novalidate: true, onsubmit: async (event) => {
      event.preventDefault();
      feedback.replaceChildren();
      button.disabled = true;
      try {
        const seconds = Number.parseInt(limit.value, 10);
        const run = (await graphql(START, { input: { timeLimitSeconds: Number.isNaN(seconds) ? null : seconds } })).startMatching;
        announce(t('runs.started'));
        await pages.first();
        watch(run);
      } catch (error) {
        feedback.replaceChildren(errorBox(error));
      } finally {
        button.disabled = false;
      }
    } },
    h('h2', { text: t('runs.startTitle') }),
    h('label', { for: limitId, text: t('runs.timeLimit') }), limit,
    h('p', { id: `${limitId}-hint`, class: 'hint', text: t('runs.timeLimitHint') }),
    feedback,
    h('div', { class: 'actions' }, button)));
  }
  main.append(progress, h('h2', { text: t('runs.listTitle') }), table, pages.element);
  await pages.first();
  return () => {
    if (stop) {
      stop();
    }
  };
}
