// Coordination group and secretariat: the matches awaiting consent (accepted suggestions the partner and the member
// State must both confirm), with their deadlines and each party's answer so far, a page at a time. The coordination
// group may take a match back (Mutation.retractMatch, with the version read and a reason; docs/console.md).

import { graphql } from '../graphql.js';
import { currentCaller } from '../session.js';
import { t, label, formatAmount, formatDateTime, formatNumber } from '../i18n.js';
import { h, uid, announce, loading, loaded, errorBox, focus, pager } from '../dom.js';

const AWAITING = `query AwaitingConsent($first: Int!, $after: String) {
  matchSuggestions(filter: {matchStatus: AWAITING_CONSENT}, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      id version amount unit consentDeadline
      request { title country { name } } partner { name }
      partnerConsent { answer } memberStateConsent { answer }
    } }
  }
}`;

const RETRACT = `mutation Retract($id: ID!, $version: Int!, $reason: String!) {
  retractMatch(id: $id, version: $version, reason: $reason) { id version matchStatus }
}`;

function answer(consent) {
  return consent ? label('ConsentAnswer', consent.answer) : t('consents.notYet');
}

export async function render(main) {
  const canRetract = currentCaller().role === 'COORDINATION_GROUP';
  const heading = h('h1', { text: t('consents.title') });
  const body = h('div', { id: 'consents' });
  const retraction = h('div', { id: 'retract' });
  let pages = null;
  // One form under the table for the match chosen; the focus goes to its reason, and back to the heading when done.
  const retract = (node, name, button) => {
    const reasonId = uid('retract-reason');
    const reason = h('textarea', { id: reasonId, name: 'reason', rows: '2', maxlength: '2000', required: true,
      'aria-describedby': `${reasonId}-hint` });
    const feedback = h('div');
    const submit = h('button', { type: 'submit', class: 'danger', id: 'retract-submit', text: t('consents.retractSubmit') });
    const close = () => {
      retraction.replaceChildren();
      focus(button);
    };
    retraction.replaceChildren(h('form', { class: 'panel', novalidate: true, 'aria-labelledby': 'retract-title', onsubmit: async (event) => {
      event.preventDefault();
      feedback.replaceChildren();
      if (!reason.value.trim()) {
        feedback.replaceChildren(errorBox({ message: t('consents.reasonRequired') }));
        focus(reason);
        return;
      }
      submit.disabled = true;
      try {
        await graphql(RETRACT, { id: node.id, version: node.version, reason: reason.value.trim() });
        retraction.replaceChildren();
        announce(t('consents.retracted', { match: name }));
        await pages.reload();
        focus(heading);
      } catch (error) {
        feedback.replaceChildren(errorBox(error));
        focus(reason);
        submit.disabled = false;
      }
    } },
    h('h2', { id: 'retract-title', text: t('consents.retractTitle', { match: name }) }),
    h('label', { for: reasonId, text: t('consents.reason') }), reason,
    h('p', { id: `${reasonId}-hint`, class: 'hint', text: t('consents.reasonHint') }),
    feedback,
    h('div', { class: 'actions' }, submit, h('button', { type: 'button', class: 'secondary', text: t('consents.cancel'), onclick: close }))));
    focus(reason);
  };
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
            'consents.partner', 'consents.memberState', canRetract ? 'consents.action' : null].filter(Boolean)
            .map((key) => h('th', { scope: 'col', text: t(key) })))),
          h('tbody', {}, connection.edges.map(({ node }) => {
            const name = t('review.suggestionTitle', { partner: node.partner.name, request: node.request.title });
            const button = canRetract ? h('button', { type: 'button', class: 'secondary retract', text: t('consents.retract'),
              'aria-label': t('consents.retractLabel', { match: name }) }) : null;
            if (button) {
              button.addEventListener('click', () => retract(node, name, button));
            }
            return h('tr', { 'data-id': node.id },
              h('th', { scope: 'row', text: name }),
              h('td', { text: node.request.country.name }),
              h('td', { text: formatAmount(node.amount, node.unit) }),
              h('td', { text: formatDateTime(node.consentDeadline) }),
              h('td', { text: answer(node.partnerConsent) }),
              h('td', { text: answer(node.memberStateConsent) }),
              button ? h('td', { class: 'action' }, button) : null);
          }))));
      }
      return connection.pageInfo;
    } catch (error) {
      loaded(body, errorBox(error));
      return null;
    }
  };
  pages = pager(load);
  main.append(heading, h('p', { text: t('consents.intro') }), body, pages.element, retraction);
  await pages.first();
  return null;
}
