// Member State: its deficits (Country.deficits, the latest figure of each series) as a bar chart of severity by
// indicator with source and year, the same figures as a table, and the matches awaiting its consent, confirmed or
// declined with Mutation.answerMatch, which sends the version read (a stale one is a CONFLICT; docs/console.md).

import { graphql } from '../graphql.js';
import { consentCard } from '../consent.js';
import { currentCaller } from '../session.js';
import { t, formatNumber } from '../i18n.js';
import { h, loading, loaded, errorBox } from '../dom.js';
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
  loaded(body, h('ul', { class: 'cards' }, edges.map(({ node }) => consentCard(node, { side: 'memberState', messages: 'country',
    title: t('country.matchTitle', { partner: node.partner.name, request: node.request.title }) }))));
}
