// Coordination group: the membership applications waiting for a decision (partners PENDING), a page at a time, admitted
// or rejected with Mutation.decideMembership (a reason is required to reject). A decision taken by someone else first is
// refused (CONFLICT); the console says so and keeps the reason typed (docs/console.md).

import { graphql } from '../graphql.js';
import { t, label, formatDateTime, formatNumber } from '../i18n.js';
import { h, uid, announce, loading, loaded, errorBox, focus, pager } from '../dom.js';

const PENDING = `query Pending($first: Int!, $after: String) {
  partners(filter: {membershipStatuses: [PENDING]}, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id name kind constituent description website contactEmail createdAt country { name } } }
  }
}`;

const DECIDE = `mutation Decide($partnerId: ID!, $decision: MembershipDecision!, $reason: String) {
  decideMembership(partnerId: $partnerId, decision: $decision, reason: $reason) { id membershipStatus }
}`;

export async function render(main) {
  const heading = h('h1', { text: t('members.title') });
  const body = h('div', { id: 'applications' });
  const caption = h('p', { class: 'hint', id: 'applications-count' });
  let waiting = 0;
  const count = (value) => {
    waiting = value;
    caption.textContent = t('members.count', { count: formatNumber(waiting) });
  };
  const load = async (after) => {
    loading(body);
    try {
      const connection = (await graphql(PENDING, { first: 10, after })).partners;
      count(connection.totalCount);
      if (connection.edges.length === 0) {
        loaded(body, h('p', { class: 'notice', text: t('members.empty') }));
      } else {
        const list = h('ul', { class: 'cards' });
        list.append(...connection.edges.map(({ node }) => card(node, list, heading, () => count(waiting - 1))));
        loaded(body, list);
      }
      return connection.pageInfo;
    } catch (error) {
      loaded(body, errorBox(error));
      return null;
    }
  };
  const pages = pager(load);
  main.append(heading, caption, body, pages.element);
  await pages.first();
  return null;
}

function card(partner, list, heading, decided) {
  const headingId = uid('application');
  const reasonId = uid('decision-reason');
  const feedback = h('div');
  const reason = h('textarea', { id: reasonId, name: 'reason', rows: '2', maxlength: '2000', 'aria-describedby': `${reasonId}-hint` });
  const admit = h('button', { type: 'button', class: 'admit', text: t('members.admit'), 'aria-describedby': headingId });
  const reject = h('button', { type: 'button', class: 'danger reject', text: t('members.reject'), 'aria-describedby': headingId });
  const item = h('li', { class: 'card application', 'data-id': partner.id, 'aria-labelledby': headingId },
    h('h3', { id: headingId, class: 'application-title', tabindex: '-1', text: partner.name }),
    h('p', { class: 'meta', text: t('members.meta', { kind: label('PartnerKind', partner.kind), country: partner.country?.name || '',
      applied: formatDateTime(partner.createdAt) }) }),
    partner.description ? h('p', { text: partner.description }) : null,
    partner.website ? h('p', { class: 'hint', text: t('members.website', { website: partner.website }) }) : null,
    partner.contactEmail ? h('p', { class: 'hint', text: t('members.contact', { email: partner.contactEmail }) }) : null,
    h('label', { for: reasonId, text: t('members.reason') }), reason,
    h('p', { id: `${reasonId}-hint`, class: 'hint', text: t('members.reasonHint') }),
    feedback,
    h('div', { class: 'actions' }, admit, reject));
  const decide = async (decision) => {
    feedback.replaceChildren();
    if (decision === 'REJECT' && !reason.value.trim()) {
      feedback.replaceChildren(errorBox({ message: t('members.reasonRequired') }));
      focus(reason);
      return;
    }
    admit.disabled = true;
    reject.disabled = true;
    try {
      const result = (await graphql(DECIDE, { partnerId: partner.id, decision, reason: reason.value.trim() || null })).decideMembership;
      decided();
      announce(t('members.decided', { partner: partner.name, status: label('MembershipStatus', result.membershipStatus) }));
      // The card leaves the page; the focus goes to the next application, else the previous one, else the heading.
      const next = item.nextElementSibling || item.previousElementSibling;
      item.remove();
      if (next) {
        focus(next.querySelector('h3'));
      } else {
        list.replaceWith(h('p', { class: 'notice', text: t('members.pageDone') }));
        focus(heading);
      }
    } catch (error) {
      feedback.replaceChildren(errorBox(error));
      focus(reason);
      admit.disabled = false;
      reject.disabled = false;
    }
  };
  admit.addEventListener('click', () => decide('ADMIT'));
  reject.addEventListener('click', () => decide('REJECT'));
  return item;
}
