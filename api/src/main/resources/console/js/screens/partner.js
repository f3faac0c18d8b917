// Partner: its offers with what is left of each (Offer.remainingAmount, remainingCapacity) a page at a time, the
// matches awaiting its consent, answered with Mutation.answerMatch and the version read, and its confirmed matches,
// towards which it records deliveries (Mutation.recordDelivery, with the match's version; docs/console.md).

import { graphql } from '../graphql.js';
import { consentCard } from '../consent.js';
import { currentCaller } from '../session.js';
import { t, label, formatAmount, formatDate, formatNumber } from '../i18n.js';
import { h, uid, announce, loading, loaded, errorBox, focus, pager } from '../dom.js';

const PROFILE = `query Profile($partner: ID!) {
  partner(id: $partner) { name kind membershipStatus verified country { name } languages website
    expertise { level expertise { name } } thematicAreas { name } }
}`;

const OFFERS = `query Offers($partner: ID!, $first: Int!, $after: String) {
  offers(filter: {partner: $partner}, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id title kind amount unit capacity remainingAmount remainingCapacity status } }
  }
}`;

const MATCH_FIELDS = `id version amount unit matchStatus consentDeadline deliveredAmount
  request { title country { name } } offer { title }
  partnerConsent { answer } memberStateConsent { answer }`;

const MATCHES = `query Matches($partner: ID!, $status: MatchStatus!) {
  matchSuggestions(filter: {partner: $partner, matchStatus: $status}, first: 50) { edges { node { ${MATCH_FIELDS} } } }
}`;

const DELIVER = `mutation Deliver($input: RecordDeliveryInput!) {
  recordDelivery(input: $input) { id version matchStatus deliveredAmount amount unit }
}`;

/** The partner's profile as the directory holds it, read-only (editing it is for GraphQL's updatePartnerProfile). */
async function renderProfile(container, partner) {
  loading(container);
  try {
    const p = (await graphql(PROFILE, { partner: partner.id })).partner;
    const row = (key, value) => [h('dt', { text: t(key) }), h('dd', { text: value || t('partner.none') })];
    loaded(container, h('dl', { class: 'profile' },
      ...row('partner.profileKind', label('PartnerKind', p.kind)),
      ...row('partner.profileStatus', label('MembershipStatus', p.membershipStatus)
        + (p.verified ? '' : ` (${t('partner.unverified')})`)),
      ...row('partner.profileCountry', p.country.name),
      ...row('partner.profileLanguages', p.languages.join(', ')),
      ...row('partner.profileExpertise', p.expertise.map((e) => `${e.expertise.name} (${label('ExpertiseLevel', e.level)})`).join('; ')),
      ...row('partner.profileAreas', p.thematicAreas.map((a) => a.name).join('; ')),
      ...row('partner.profileWebsite', p.website)));
  } catch (error) {
    loaded(container, errorBox(error));
  }
}

export async function render(main) {
  const partner = currentCaller().partner;
  main.append(h('h1', { text: t('partner.title', { partner: partner?.name || '' }) }));
  if (!partner) {
    main.append(h('p', { class: 'error', text: t('partner.noPartner') }));
    return null;
  }
  const profile = h('div', { id: 'partner-profile' });
  const offers = h('div', { id: 'offers' });
  const load = async (after) => {
    loading(offers);
    try {
      const connection = (await graphql(OFFERS, { partner: partner.id, first: 10, after })).offers;
      if (connection.edges.length === 0) {
        loaded(offers, h('p', { class: 'notice', text: t('partner.noOffers') }));
      } else {
        loaded(offers, h('table', {},
          h('caption', { text: t('partner.offersCaption', { count: formatNumber(connection.totalCount) }) }),
          h('thead', {}, h('tr', {}, ['partner.offer', 'partner.kind', 'partner.amount', 'partner.remainingAmount',
            'partner.capacity', 'partner.remainingCapacity', 'partner.status'].map((key) => h('th', { scope: 'col', text: t(key) })))),
          h('tbody', {}, connection.edges.map(({ node }) => h('tr', {},
            h('th', { scope: 'row', text: node.title }),
            h('td', { text: label('SupportKind', node.kind) }),
            h('td', { class: 'number', text: formatAmount(node.amount, node.unit) }),
            h('td', { class: 'number', text: formatAmount(node.remainingAmount, node.unit) }),
            h('td', { class: 'number', text: formatNumber(node.capacity) }),
            h('td', { class: 'number', text: formatNumber(node.remainingCapacity) }),
            h('td', { text: label('OfferStatus', node.status) }))))));
      }
      return connection.pageInfo;
    } catch (error) {
      loaded(offers, errorBox(error));
      return null;
    }
  };
  const pages = pager(load);
  const awaiting = h('div', { id: 'partner-consents' });
  const deliveries = h('div', { id: 'partner-deliveries' });
  main.append(
    h('section', { 'aria-labelledby': 'profile-title' }, h('h2', { id: 'profile-title', text: t('partner.profileTitle') }), profile),
    h('section', { 'aria-labelledby': 'offers-title' }, h('h2', { id: 'offers-title', text: t('partner.offersTitle') }), offers, pages.element),
    h('section', { 'aria-labelledby': 'partner-consents-title' }, h('h2', { id: 'partner-consents-title', text: t('partner.consentsTitle') }), awaiting),
    h('section', { 'aria-labelledby': 'partner-deliveries-title' }, h('h2', { id: 'partner-deliveries-title', text: t('partner.deliveriesTitle') }), deliveries));
  // A confirmation may draw on an offer and make a match deliverable: both lists are read again after an answer.
  const refresh = () => { pages.reload(); renderDeliveries(deliveries, partner); };
  await Promise.all([renderProfile(profile, partner), pages.first(), renderAwaiting(awaiting, partner, refresh), renderDeliveries(deliveries, partner)]);
  return null;
}

async function matches(partner, statuses) {
  const pages = await Promise.all(statuses.map((status) => graphql(MATCHES, { partner: partner.id, status })));
  return pages.flatMap((data) => data.matchSuggestions.edges.map((edge) => edge.node));
}

async function renderAwaiting(body, partner, refresh) {
  loading(body);
  let list;
  try {
    list = await matches(partner, ['AWAITING_CONSENT']);
  } catch (error) {
    loaded(body, errorBox(error));
    return;
  }
  if (list.length === 0) {
    loaded(body, h('p', { class: 'notice', text: t('partner.noneAwaiting') }));
    return;
  }
  loaded(body, h('ul', { class: 'cards' }, list.map((match) => consentCard(match, { side: 'partner', messages: 'partner',
    title: t('partner.matchTitle', { request: match.request.title, country: match.request.country.name }), onAnswered: refresh }))));
}

async function renderDeliveries(body, partner) {
  loading(body);
  let list;
  try {
    list = await matches(partner, ['CONFIRMED', 'IN_DELIVERY']);
  } catch (error) {
    loaded(body, errorBox(error));
    return;
  }
  if (list.length === 0) {
    loaded(body, h('p', { class: 'notice', text: t('partner.noDeliveries') }));
    return;
  }
  loaded(body, h('ul', { class: 'cards' }, list.map((match) => deliveryCard(match))));
}

function deliveryCard(match) {
  const headingId = uid('partner-delivery');
  const amountId = uid('delivery-amount');
  const dateId = uid('delivery-date');
  const noteId = uid('delivery-note');
  const progress = h('p', { class: 'meta' });
  const feedback = h('div');
  const amount = h('input', { id: amountId, name: 'amount', type: 'number', min: '0', step: 'any', inputmode: 'decimal', required: true });
  const date = h('input', { id: dateId, name: 'deliveredOn', type: 'date', required: true, value: new Date().toISOString().slice(0, 10) });
  const note = h('textarea', { id: noteId, name: 'note', rows: '2', maxlength: '2000' });
  const button = h('button', { type: 'submit', class: 'record-delivery', text: t('partner.record') });
  let version = match.version;
  const show = (delivered, status) => {
    progress.textContent = t('partner.deliveredSoFar', { delivered: formatAmount(delivered, match.unit),
      amount: formatAmount(match.amount, match.unit), status: label('MatchStatus', status) });
  };
  show(match.deliveredAmount, match.matchStatus);
  return h('li', { class: 'card delivery', 'data-id': match.id, 'aria-labelledby': headingId },
    h('h3', { id: headingId, text: t('partner.matchTitle', { request: match.request.title, country: match.request.country.name }) }),
    progress,
    h('form', { novalidate: true, onsubmit: async (event) => {
      event.preventDefault();
      feedback.replaceChildren();
      const value = Number(amount.value);
      if (!amount.value.trim() || !(value > 0) || !date.value) {
        feedback.replaceChildren(errorBox({ message: t('partner.deliveryMissing') }));
        focus(!amount.value.trim() || !(value > 0) ? amount : date);
        return;
      }
      button.disabled = true;
      try {
        const result = (await graphql(DELIVER, { input: { matchId: match.id, version, amount: value, deliveredOn: date.value,
          note: note.value.trim() || null } })).recordDelivery;
        version = result.version;
        show(result.deliveredAmount, result.matchStatus);
        amount.value = '';
        note.value = '';
        const text = t('partner.recorded', { amount: formatAmount(value, match.unit), date: formatDate(date.value) });
        feedback.replaceChildren(h('p', { class: 'notice', text }));
        announce(text);
      } catch (error) {
        feedback.replaceChildren(errorBox(error));
        focus(amount);
      } finally {
        button.disabled = false;
      }
    } },
    h('label', { for: amountId, text: t('partner.deliveryAmount', { unit: label('Unit', match.unit) }) }), amount,
    h('label', { for: dateId, text: t('partner.deliveredOn') }), date,
    h('label', { for: noteId, text: t('partner.note') }), note,
    feedback,
    h('div', { class: 'actions' }, button)));
}
