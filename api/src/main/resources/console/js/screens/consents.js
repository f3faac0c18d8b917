// Coordination group and secretariat: the matches awaiting consent (accepted suggestions the partner and the member
// State must both confirm), with their deadlines and each party's answer so far, a page at a time.

import { graphql } from '../graphql.js';
import { t, label, formatAmount, formatDateTime, formatNumber } from '../i18n.js';
import { h, loading, loaded, errorBox, pager } from '../dom.js';

const AWAITING = `query AwaitingConsent($first: Int!, $after: String) {
  matchSuggestions(filter: {matchStatus: AWAITING_CONSENT}, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      id amount unit consentDeadline
      request { title country { name } } partner { name }
      partnerConsent { answer } memberStateConsent { answer }
    } }
  }
}`;

function answer(consent) {
  return consent ? label('ConsentAnswer', consent.answer) : t('consents.notYet');
}

export async function render(main) {
  const body = h('div', { id: 'consents' });
  const load = async (after) => {
    loading(body);
    try {
      const connection = (await graphql(AWAITING, { first: 20, after })).matchSuggestions;
      if (connection.edges.length === 0) {
        loaded(body, h('p', { class: 'notice', text: t('consents.empty') }));
      } else {
        loaded(body, h('table', {},
          h('caption', { text: t('consents.caption', { count: formatNumber(connection.totalCount) }) }),
          h('thead', {}, h('tr', {}, ['consents.match', 'consents.country', 'consents.amount', 'consents.deadline',
            'consents.partner', 'consents.memberState'].map((key) => h('th', { scope: 'col', text: t(key) })))),
          h('tbody', {}, connection.edges.map(({ node }) => h('tr', {},
            h('th', { scope: 'row', text: t('review.suggestionTitle', { partner: node.partner.name, request: node.request.title }) }),
            h('td', { text: node.request.country.name }),
            h('td', { text: formatAmount(node.amount, node.unit) }),
            h('td', { text: formatDateTime(node.consentDeadline) }),
            h('td', { text: answer(node.partnerConsent) }),
            h('td', { text: answer(node.memberStateConsent) }))))));
      }
      return connection.pageInfo;
    } catch (error) {
      loaded(body, errorBox(error));
      return null;
    }
  };
  const pages = pager(load);
  main.append(h('h1', { text: t('consents.title') }), h('p', { text: t('consents.intro') }), body, pages.element);
  await pages.first();
  return null;
}
