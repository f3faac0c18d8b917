// Member State: filing a support request (Mutation.submitSupportRequest) for an objective of its strategy, its
// requests a page at a time (Query.supportRequests), and the deliveries of its matches whose receipt it confirms
// (Mutation.confirmReceipt, with the delivery's version). A BAD_REQUEST names the field (extensions.argument
// "input.<field>"); the message is shown next to that field and the focus goes there (docs/console.md).

import { graphql } from '../graphql.js';
import { currentCaller } from '../session.js';
import { t, label, formatAmount, formatDate, formatNumber } from '../i18n.js';
import { h, uid, announce, loading, loaded, errorBox, focus, pager, field, showError } from '../dom.js';
import { renderStrategy, renderResults } from './results.js';

const STRATEGIES = `query Strategies($iso3: String!) {
  nationalStrategies(country: $iso3) { id title objectives { id title supportKinds } }
}`;

const SUBMIT = `mutation Submit($input: SupportRequestInput!) {
  submitSupportRequest(input: $input) { id version title status }
}`;

const REQUESTS = `query Requests($iso3: String!, $first: Int!, $after: String) {
  supportRequests(filter: {country: $iso3}, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id title kind amount unit language deadline status objective { title } thematicAreas { name } } }
  }
}`;

const DELIVERING = `query Delivering($iso3: String!) {
  matchSuggestions(filter: {country: $iso3, matchStatus: IN_DELIVERY}, first: 50) {
    edges { node {
      id amount unit deliveredAmount receivedAmount request { title } partner { name }
      deliveries { id amount unit deliveredOn note receivedAt version }
    } }
  }
}`;

const RECEIVE = `mutation Receive($deliveryId: ID!, $version: Int!) {
  confirmReceipt(deliveryId: $deliveryId, version: $version) { id matchStatus receivedAmount deliveries { id receivedAt version } }
}`;

const KINDS = ['FUNDING', 'TECHNICAL_ASSISTANCE', 'TRAINING', 'KNOWLEDGE', 'DIALOGUE_FACILITATION'];

/** The unit a kind is counted in (schema: SupportRequestInput.unit); FUNDING takes a currency the user types. */
const UNITS = { TECHNICAL_ASSISTANCE: 'PERSON_DAYS', DIALOGUE_FACILITATION: 'PERSON_DAYS', TRAINING: 'PLACES', KNOWLEDGE: 'PRODUCTS' };

const LANGUAGES = ['en', 'fr', 'es', 'ar', 'pt', 'ru', 'zh'];

export async function render(main) {
  const country = currentCaller().country;
  main.append(h('h1', { text: t('requests.title') }));
  if (!country) {
    main.append(h('p', { class: 'error', text: t('country.noCountry') }));
    return null;
  }
  const formSection = h('section', { 'aria-labelledby': 'request-form-title' }, h('h2', { id: 'request-form-title', text: t('requests.formTitle') }));
  const listSection = h('section', { 'aria-labelledby': 'requests-list-title' });
  const receiptSection = h('section', { 'aria-labelledby': 'receipts-title' });
  const strategySection = h('section', { 'aria-labelledby': 'strategy-title' });
  const resultsSection = h('section', { 'aria-labelledby': 'results-title' });
  main.append(strategySection, formSection, listSection, receiptSection, resultsSection);

  const table = h('div', { id: 'requests-list' });
  const load = async (after) => {
    loading(table);
    try {
      const connection = (await graphql(REQUESTS, { iso3: country.iso3, first: 10, after })).supportRequests;
      if (connection.edges.length === 0) {
        loaded(table, h('p', { class: 'notice', text: t('requests.empty') }));
      } else {
        loaded(table, h('table', {},
          h('caption', { text: t('requests.caption', { count: formatNumber(connection.totalCount) }) }),
          h('thead', {}, h('tr', {}, ['requests.requestTitle', 'requests.objective', 'requests.kind', 'requests.amount',
            'requests.deadline', 'requests.areas', 'requests.status'].map((key) => h('th', { scope: 'col', text: t(key) })))),
          h('tbody', {}, connection.edges.map(({ node }) => h('tr', { 'data-id': node.id },
            h('th', { scope: 'row', text: node.title }),
            h('td', { text: node.objective?.title || '' }),
            h('td', { text: label('SupportKind', node.kind) }),
            h('td', { class: 'number', text: formatAmount(node.amount, node.unit) }),
            h('td', { text: formatDate(node.deadline) }),
            h('td', { text: node.thematicAreas.map((area) => area.name).join(', ') }),
            h('td', {}, h('span', { class: 'status-pill', text: label('RequestStatus', node.status) })))))));
      }
      return connection.pageInfo;
    } catch (error) {
      loaded(table, errorBox(error));
      return null;
    }
  };
  const pages = pager(load);
  listSection.append(h('h2', { id: 'requests-list-title', text: t('requests.listTitle') }), table, pages.element);

  await Promise.all([renderStrategy(strategySection, country), renderForm(formSection, country, pages), pages.first(),
    renderReceipts(receiptSection, country), renderResults(resultsSection, country)]);
  return null;
}

async function renderForm(section, country, pages) {
  const body = h('div');
  section.append(body);
  loading(body);
  let objectives;
  try {
    objectives = (await graphql(STRATEGIES, { iso3: country.iso3 })).nationalStrategies
      .flatMap((strategy) => strategy.objectives.map((objective) => ({ ...objective, strategy: strategy.title })));
  } catch (error) {
    loaded(body, errorBox(error));
    return;
  }
  if (objectives.length === 0) {
    loaded(body, h('p', { class: 'notice', text: t('requests.noStrategy') }));
    return;
  }
  const objective = h('select', { required: true }, objectives.map((o) => h('option', { value: o.id, text: t('requests.objectiveOption', { objective: o.title, strategy: o.strategy }) })));
  const kind = h('select', { required: true });
  const unit = h('input', { type: 'text', required: true, autocomplete: 'off', maxlength: '20' });
  const fields = {
    objectiveId: field('objectiveId', 'requests.objective', objective, 'requests.objectiveHint'),
    title: field('title', 'requests.requestTitle', h('input', { type: 'text', required: true, maxlength: '200' })),
    description: field('description', 'requests.description', h('textarea', { rows: '3', maxlength: '2000' })),
    kind: field('kind', 'requests.kind', kind, 'requests.kindHint'),
    amount: field('amount', 'requests.amount', h('input', { type: 'number', min: '0', step: 'any', required: true, inputmode: 'decimal' })),
    unit: field('unit', 'requests.unit', unit, 'requests.unitHint'),
    language: field('language', 'requests.language', h('select', { required: true },
      LANGUAGES.map((code) => h('option', { value: code, text: t(`requests.languages.${code}`) })))),
    deadline: field('deadline', 'requests.deadline', h('input', { type: 'date', required: true }), 'requests.deadlineHint'),
  };
  // The kinds the chosen objective asks for, and the unit that goes with the chosen kind.
  const fillKinds = () => {
    const chosen = objectives.find((o) => o.id === objective.value);
    const allowed = chosen && chosen.supportKinds.length ? chosen.supportKinds : KINDS;
    kind.replaceChildren(...allowed.map((value) => h('option', { value, text: label('SupportKind', value) })));
    fillUnit();
  };
  const fillUnit = () => {
    const fixed = UNITS[kind.value];
    unit.readOnly = Boolean(fixed);
    unit.value = fixed || (/^[A-Z]{3}$/.test(unit.value) ? unit.value : 'USD');
  };
  objective.addEventListener('change', fillKinds);
  kind.addEventListener('change', fillUnit);
  fillKinds();
  const feedback = h('div', { 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', id: 'submit-request', text: t('requests.submit') });
  const form = h('form', { class: 'panel', id: 'request-form', novalidate: true, onsubmit: async (event) => {
    event.preventDefault();
    feedback.replaceChildren();
    Object.values(fields).forEach((f) => f.clear());
    // What the browser can tell before sending: the required fields.
    const missing = Object.values(fields).filter((f) => f.control.required && !String(f.control.value).trim());
    if (missing.length) {
      missing.forEach((f) => f.show(t('requests.required')));
      feedback.replaceChildren(errorBox({ message: t('requests.fixFields') }));
      focus(missing[0].control);
      return;
    }
    const value = (name) => fields[name].control.value.trim();
    const input = { objectiveId: value('objectiveId'), title: value('title'), description: value('description') || null,
      kind: value('kind'), amount: Number(value('amount')), unit: value('unit'), language: value('language'), deadline: value('deadline') };
    submit.disabled = true;
    try {
      const created = (await graphql(SUBMIT, { input })).submitSupportRequest;
      const text = t('requests.filed', { title: created.title, status: label('RequestStatus', created.status) });
      feedback.replaceChildren(h('p', { class: 'notice request-filed', text }));
      announce(text);
      ['title', 'description', 'amount', 'deadline'].forEach((name) => { fields[name].control.value = ''; });
      await pages.first();
    } catch (error) {
      // BAD_REQUEST names the field as "input.<field>": the message goes next to it, and the focus too.
      showError(error, fields, feedback, 'requests.fixFields', fields.title.control);
    } finally {
      submit.disabled = false;
    }
  } },
  h('p', { class: 'hint', text: t('requests.formHint') }),
  Object.values(fields).map((f) => f.wrapper),
  feedback,
  h('div', { class: 'actions' }, submit));
  loaded(body, form);
}

async function renderReceipts(section, country) {
  const body = h('div', { id: 'receipts' });
  section.append(h('h2', { id: 'receipts-title', text: t('requests.receiptsTitle') }), body);
  loading(body);
  let matches;
  try {
    matches = (await graphql(DELIVERING, { iso3: country.iso3 })).matchSuggestions.edges.map((edge) => edge.node);
  } catch (error) {
    loaded(body, errorBox(error));
    return;
  }
  const pending = matches.flatMap((match) => match.deliveries.filter((d) => !d.receivedAt).map((d) => ({ match, delivery: d })));
  if (pending.length === 0) {
    loaded(body, h('p', { class: 'notice', text: t('requests.noReceipts') }));
    return;
  }
  loaded(body, h('ul', { class: 'cards' }, pending.map(({ match, delivery }) => {
    const headingId = uid('delivery');
    const feedback = h('div');
    const button = h('button', { type: 'button', class: 'confirm-receipt', text: t('requests.confirmReceipt'), 'aria-describedby': headingId });
    const item = h('li', { class: 'card delivery', 'data-id': delivery.id, 'aria-labelledby': headingId },
      h('h3', { id: headingId, text: t('requests.deliveryTitle', { partner: match.partner.name, request: match.request.title }) }),
      h('p', { class: 'meta', text: t('requests.deliveryMeta', { amount: formatAmount(delivery.amount, delivery.unit), date: formatDate(delivery.deliveredOn) }) }),
      delivery.note ? h('p', { text: delivery.note }) : null,
      feedback,
      h('div', { class: 'actions' }, button));
    button.addEventListener('click', async () => {
      feedback.replaceChildren();
      button.disabled = true;
      try {
        const result = (await graphql(RECEIVE, { deliveryId: delivery.id, version: delivery.version })).confirmReceipt;
        const text = t('requests.received', { status: label('MatchStatus', result.matchStatus) });
        feedback.replaceChildren(h('p', { class: 'notice', text }));
        button.hidden = true;
        announce(text);
        focus(item.querySelector('h3'));
      } catch (error) {
        feedback.replaceChildren(errorBox(error));
        button.disabled = false;
        focus(button);
      }
    });
    return item;
  })));
}
