// Member State: its deficits (Country.deficits, the latest figure of each series) as a bar chart of severity by
// indicator with source and year, the same figures as a table, and the matches awaiting its consent, confirmed or
// declined with Mutation.answerMatch, which sends the version read (a stale one is a CONFLICT; docs/console.md).

import { graphql } from '../graphql.js';
import { currentCaller } from '../session.js';
import { t, label, formatAmount, formatDateTime, formatNumber } from '../i18n.js';
import { h, uid, announce, loading, loaded, errorBox, focus } from '../dom.js';
import { severityChart } from '../chart.js';

const DEFICITS = `query Deficits($iso3: String!) {
  country(iso3: $iso3) {
    name
    deficits { severity value year unit source attribution indicator { code name } series { id name } }
  }
}`;

const AWAITING = `query Awaiting($iso3: String!) {
  matchSuggestions(filter: {country: $iso3, matchStatus: AWAITING_CONSENT}, first: 50) {
    totalCount
    edges { node {
      id version amount unit consentDeadline matchStatus
      request { title } offer { title } partner { name }
      partnerConsent { answer } memberStateConsent { answer answeredAt }
    } }
  }
}`;

const ANSWER = `mutation Answer($id: ID!, $version: Int!, $answer: ConsentAnswer!, $reason: String) {
  answerMatch(id: $id, version: $version, answer: $answer, reason: $reason) {
    id version matchStatus memberStateConsent { answer answeredAt }
  }
}`;

export async function render(main) {
  const country = currentCaller().country;
  main.append(h('h1', { text: t('country.title', { country: country?.name || '' }) }));
  if (!country) {
    main.append(h('p', { class: 'error', text: t('country.noCountry') }));
    return null;
  }
  const deficits = h('section', { 'aria-labelledby': 'deficits-title' });
  const awaiting = h('section', { 'aria-labelledby': 'awaiting-title' });
  main.append(deficits, awaiting);
  const disposers = [];
  await Promise.all([renderDeficits(deficits, country, disposers), renderAwaiting(awaiting, country)]);
  return () => disposers.forEach((dispose) => dispose());
}

async function renderDeficits(section, country, disposers) {
  const body = h('div');
  section.append(h('h2', { id: 'deficits-title', text: t('country.deficitsTitle') }),
    h('p', { class: 'hint', text: t('country.deficitsIntro') }), body);
  loading(body);
  let observations;
  try {
    observations = (await graphql(DEFICITS, { iso3: country.iso3 })).country.deficits;
  } catch (error) {
    loaded(body, errorBox(error));
    return;
  }
  if (observations.length === 0) {
    loaded(body, h('p', { class: 'notice', text: t('country.noDeficits') }));
    return;
  }
  const rated = observations.filter((observation) => observation.severity !== null);
  const chart = h('div', { class: 'chart', id: 'deficit-chart' });
  const attributions = [...new Set(observations.map((observation) => observation.attribution).filter(Boolean))];
  const table = h('table', { id: 'deficit-table' },
    h('caption', { text: t('country.tableCaption', { country: country.name }) }),
    h('thead', {}, h('tr', {}, ['country.indicator', 'country.series', 'country.severity', 'country.value', 'country.year', 'country.source']
      .map((key) => h('th', { scope: 'col', text: t(key) })))),
    h('tbody', {}, observations.map((observation) => h('tr', {},
      h('th', { scope: 'row', text: `${observation.indicator.code} ${observation.indicator.name}` }),
      h('td', { text: observation.series.name }),
      h('td', { class: 'number', text: observation.severity === null ? t('country.noSeverity') : t('country.severityOf', { severity: observation.severity }) }),
      h('td', { class: 'number', text: `${formatNumber(observation.value)} ${observation.unit}` }),
      h('td', { class: 'number', text: String(observation.year) }),
      h('td', { text: observation.source })))));
  loaded(body, chart, attributions.length ? h('p', { class: 'hint', text: attributions.join(' · ') }) : null, table);
  try {
    disposers.push(await severityChart(chart, rated, country.name));
  } catch (error) {
    chart.replaceWith(errorBox({ message: t('country.chartFailed'), detail: String(error) }));
  }
}

async function renderAwaiting(section, country) {
  const body = h('div', { id: 'awaiting-consent' });
  section.append(h('h2', { id: 'awaiting-title', text: t('country.awaitingTitle') }), body);
  loading(body);
  let edges;
  try {
    edges = (await graphql(AWAITING, { iso3: country.iso3 })).matchSuggestions.edges;
  } catch (error) {
    loaded(body, errorBox(error));
    return;
  }
  if (edges.length === 0) {
    loaded(body, h('p', { class: 'notice', text: t('country.noneAwaiting') }));
    return;
  }
  loaded(body, h('ul', { class: 'cards' }, edges.map(({ node }) => consentCard(node))));
}

function consentCard(match) {
  const headingId = uid('match');
  const reasonId = uid('reason');
  const feedback = h('div');
  const reason = h('textarea', { id: reasonId, rows: '2', maxlength: '2000', 'aria-describedby': `${reasonId}-hint` });
  const confirm = h('button', { type: 'button', class: 'confirm', text: t('country.confirm'), 'aria-describedby': headingId });
  const decline = h('button', { type: 'button', class: 'danger decline', text: t('country.decline'), 'aria-describedby': headingId });
  const answered = h('p', { class: 'answered' });
  const showAnswer = (consent) => {
    answered.textContent = consent ? t('country.youAnswered', { answer: label('ConsentAnswer', consent.answer) }) : '';
    confirm.hidden = Boolean(consent);
    decline.hidden = Boolean(consent);
  };
  const item = h('li', { class: 'card consent', 'aria-labelledby': headingId },
    h('h3', { id: headingId, text: t('country.matchTitle', { partner: match.partner.name, request: match.request.title }) }),
    h('p', { class: 'meta', text: t('country.matchMeta', { amount: formatAmount(match.amount, match.unit),
      offer: match.offer?.title || '', deadline: formatDateTime(match.consentDeadline) }) }),
    h('p', { text: match.partnerConsent ? t('country.partnerAnswered', { answer: label('ConsentAnswer', match.partnerConsent.answer) })
      : t('country.partnerWaiting') }),
    answered,
    h('label', { for: reasonId, text: t('country.reason') }), reason,
    h('p', { id: `${reasonId}-hint`, class: 'hint', text: t('country.reasonHint') }),
    feedback,
    h('div', { class: 'actions' }, confirm, decline));
  showAnswer(match.memberStateConsent);
  let version = match.version;
  const answer = async (value) => {
    feedback.replaceChildren();
    if (value === 'DECLINE' && !reason.value.trim()) {
      feedback.replaceChildren(errorBox({ message: t('country.reasonRequired') }));
      focus(reason);
      return;
    }
    confirm.disabled = true;
    decline.disabled = true;
    try {
      const result = (await graphql(ANSWER, { id: match.id, version, answer: value, reason: reason.value.trim() || null })).answerMatch;
      version = result.version;
      showAnswer(result.memberStateConsent);
      const text = t('country.answered', { status: label('MatchStatus', result.matchStatus) });
      feedback.replaceChildren(h('p', { class: 'notice', text }));
      announce(text);
      focus(item.querySelector('h3'));
    } catch (error) {
      feedback.replaceChildren(errorBox(error));
      focus(reason);
    } finally {
      confirm.disabled = false;
      decline.disabled = false;
    }
  };
  confirm.addEventListener('click', () => answer('CONFIRM'));
  decline.addEventListener('click', () => answer('DECLINE'));
  return item;
}
