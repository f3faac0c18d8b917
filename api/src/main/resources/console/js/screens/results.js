// Member State, on "Our requests": its national strategies with their objectives, the indicators each addresses and the
// expertise it needs (read only, Query.nationalStrategies), and the results of its confirmed, in-delivery and delivered
// matches: listed, and recorded against an indicator the request's objective addresses (Mutation.recordResult; a
// BAD_REQUEST names its field as extensions.argument "input.<field>", shown at that field; docs/console.md).

import { graphql } from '../graphql.js';
import { t, label, formatAmount, formatNumber } from '../i18n.js';
import { h, uid, announce, loading, loaded, errorBox, focus, field, showError } from '../dom.js';

const STRATEGY = `query Strategy($iso3: String!) {
  nationalStrategies(country: $iso3) {
    id title
    objectives { id title addresses { code name } neededExpertise { code name } }
  }
}`;

const RESULT_FIELDS = 'id version baseline baselineYear baselineSource target targetYear indicator { code name unit } latestValue { value on }';

const MATCHES = `query Results($iso3: String!) {
  confirmed: matchSuggestions(filter: {country: $iso3, matchStatus: CONFIRMED}, first: 50) { edges { node { ...Match } } }
  inDelivery: matchSuggestions(filter: {country: $iso3, matchStatus: IN_DELIVERY}, first: 50) { edges { node { ...Match } } }
  delivered: matchSuggestions(filter: {country: $iso3, matchStatus: DELIVERED}, first: 50) { edges { node { ...Match } } }
}
fragment Match on MatchSuggestion {
  id amount unit matchStatus partner { name }
  request { title objective { addresses { code name } } }
  results { ${RESULT_FIELDS} }
}`;

const RECORD = `mutation Record($input: RecordResultInput!) { recordResult(input: $input) { ${RESULT_FIELDS} } }`;

export async function renderStrategy(section, country) {
  const body = h('div', { id: 'strategy' });
  section.append(h('h2', { id: 'strategy-title', text: t('requests.strategyTitle') }), body);
  loading(body);
  let strategies;
  try {
    strategies = (await graphql(STRATEGY, { iso3: country.iso3 })).nationalStrategies;
  } catch (error) {
    loaded(body, errorBox(error));
    return;
  }
  if (strategies.length === 0) {
    loaded(body, h('p', { class: 'notice', text: t('requests.noStrategy') }));
    return;
  }
  const names = (items) => items.length ? items.map((item) => `${item.code} ${item.name}`).join('; ') : t('requests.none');
  loaded(body, ...strategies.map((strategy) => h('table', { class: 'strategy' },
    h('caption', { text: t('requests.strategyCaption', { strategy: strategy.title, count: formatNumber(strategy.objectives.length) }) }),
    h('thead', {}, h('tr', {}, ['requests.objective', 'requests.indicators', 'requests.expertise']
      .map((key) => h('th', { scope: 'col', text: t(key) })))),
    h('tbody', {}, strategy.objectives.map((objective) => h('tr', { 'data-id': objective.id },
      h('th', { scope: 'row', text: objective.title }),
      h('td', { text: names(objective.addresses) }),
      h('td', { text: names(objective.neededExpertise) })))))));
}

export async function renderResults(section, country) {
  const body = h('div', { id: 'results' });
  section.append(h('h2', { id: 'results-title', text: t('requests.resultsTitle') }),
    h('p', { class: 'hint', text: t('requests.resultsHint') }), body);
  loading(body);
  let matches;
  try {
    const data = await graphql(MATCHES, { iso3: country.iso3 });
    matches = [...data.confirmed.edges, ...data.inDelivery.edges, ...data.delivered.edges].map((edge) => edge.node);
  } catch (error) {
    loaded(body, errorBox(error));
    return;
  }
  if (matches.length === 0) {
    loaded(body, h('p', { class: 'notice', text: t('requests.noResultsMatches') }));
    return;
  }
  loaded(body, h('ul', { class: 'cards' }, matches.map((match) => resultCard(match))));
}

function resultCard(match) {
  const headingId = uid('result-match');
  const list = h('div', { class: 'result-list' });
  const show = (results) => {
    if (results.length === 0) {
      list.replaceChildren(h('p', { class: 'notice', text: t('requests.noResults') }));
      return;
    }
    list.replaceChildren(h('table', {},
      h('caption', { text: t('requests.resultsCaption', { count: formatNumber(results.length) }) }),
      h('thead', {}, h('tr', {}, ['requests.indicator', 'requests.baseline', 'requests.target', 'requests.latest']
        .map((key) => h('th', { scope: 'col', text: t(key) })))),
      h('tbody', {}, results.map((result) => h('tr', { 'data-indicator': result.indicator.code },
        h('th', { scope: 'row', text: `${result.indicator.code} ${result.indicator.name}` }),
        h('td', { text: t(result.baselineSource === 'OBSERVATION' ? 'requests.baselineObserved' : 'requests.baselineStated',
          { value: formatNumber(result.baseline), year: result.baselineYear ?? '' }) }),
        h('td', { text: t('requests.targetBy', { value: formatNumber(result.target), year: result.targetYear }) }),
        h('td', { text: result.latestValue ? formatNumber(result.latestValue.value) : t('requests.noValue') }))))));
  };
  const results = [...match.results];
  show(results);
  const indicators = match.request.objective?.addresses || [];
  const fields = {
    indicator: field('indicator', 'requests.indicator', h('select', { required: true },
      indicators.map((indicator) => h('option', { value: indicator.code, text: `${indicator.code} ${indicator.name}` })))),
    baseline: field('baseline', 'requests.baseline', h('input', { type: 'number', step: 'any', inputmode: 'decimal' }), 'requests.baselineHint'),
    baselineYear: field('baselineYear', 'requests.baselineYear', h('input', { type: 'number', min: '1990', max: '2100', step: '1' })),
    target: field('target', 'requests.target', h('input', { type: 'number', step: 'any', required: true, inputmode: 'decimal' })),
    targetYear: field('targetYear', 'requests.targetYear', h('input', { type: 'number', min: '1990', max: '2100', step: '1', required: true })),
  };
  const feedback = h('div', { 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'record-result', text: t('requests.recordResult'), 'aria-describedby': headingId });
  const form = h('form', { class: 'panel result-form', novalidate: true, onsubmit: async (event) => {
    event.preventDefault();
    feedback.replaceChildren();
    Object.values(fields).forEach((f) => f.clear());
    const missing = Object.values(fields).filter((f) => f.control.required && !String(f.control.value).trim());
    if (missing.length) {
      missing.forEach((f) => f.show(t('requests.required')));
      feedback.replaceChildren(errorBox({ message: t('requests.fixFields') }));
      focus(missing[0].control);
      return;
    }
    const value = (name) => fields[name].control.value.trim();
    const number = (name) => (value(name) === '' ? null : Number(value(name)));
    const input = { matchId: match.id, indicator: value('indicator'), baseline: number('baseline'),
      baselineYear: number('baselineYear'), target: number('target'), targetYear: number('targetYear') };
    submit.disabled = true;
    try {
      const result = (await graphql(RECORD, { input })).recordResult;
      results.push(result);
      show(results);
      const text = t('requests.resultRecorded', { indicator: result.indicator.code, target: formatNumber(result.target), year: result.targetYear });
      feedback.replaceChildren(h('p', { class: 'notice result-recorded', text }));
      announce(text);
      ['baseline', 'baselineYear', 'target', 'targetYear'].forEach((name) => { fields[name].control.value = ''; });
      focus(list.querySelector('caption') || list);
    } catch (error) {
      // BAD_REQUEST names the field as "input.<field>": the message goes next to it, and the focus too.
      showError(error, fields, feedback, 'requests.fixFields', fields.target.control);
    } finally {
      submit.disabled = false;
    }
  } },
  h('h4', { text: t('requests.recordResultTitle') }),
  Object.values(fields).map((f) => f.wrapper),
  feedback,
  h('div', { class: 'actions' }, submit));
  return h('li', { class: 'card result-match', 'data-id': match.id, 'aria-labelledby': headingId },
    h('h3', { id: headingId, text: t('requests.resultMatchTitle', { partner: match.partner.name, request: match.request.title }) }),
    h('p', { class: 'meta', text: t('requests.resultMatchMeta', { amount: formatAmount(match.amount, match.unit), status: label('MatchStatus', match.matchStatus) }) }),
    list,
    indicators.length ? form : h('p', { class: 'notice', text: t('requests.noIndicators') }));
}
