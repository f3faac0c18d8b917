// Public: the showcase of partnerships both parties confirmed (Query.showcase), a page at a time.

import { graphql } from '../graphql.js';
import { t, label, formatAmount, formatDate, formatNumber } from '../i18n.js';
import { h, loading, loaded, errorBox, pager } from '../dom.js';

const SHOWCASE = `query Showcase($first: Int!, $after: String) {
  showcase(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id status requestTitle amount unit deliveredAmount confirmedAt partner { name } country { name } } }
  }
}`;

export async function render(main) {
  const body = h('div', { id: 'showcase' });
  const load = async (after) => {
    loading(body);
    try {
      const connection = (await graphql(SHOWCASE, { first: 20, after })).showcase;
      if (connection.edges.length === 0) {
        loaded(body, h('p', { class: 'notice', text: t('showcase.empty') }));
      } else {
        loaded(body, h('table', {},
          h('caption', { text: t('showcase.caption', { count: formatNumber(connection.totalCount) }) }),
          h('thead', {}, h('tr', {}, ['showcase.partner', 'showcase.country', 'showcase.request', 'showcase.status', 'showcase.delivered', 'showcase.confirmed']
            .map((key) => h('th', { scope: 'col', text: t(key) })))),
          h('tbody', {}, connection.edges.map(({ node }) => h('tr', {},
            h('th', { scope: 'row', text: node.partner?.name || '' }),
            h('td', { text: node.country?.name || '' }),
            h('td', { text: node.requestTitle || '' }),
            h('td', { text: label('MatchStatus', node.status) }),
            h('td', { text: t('showcase.deliveredOf', { delivered: formatAmount(node.deliveredAmount, node.unit), amount: formatAmount(node.amount, node.unit) }) }),
            h('td', { text: formatDate(node.confirmedAt) }))))));
      }
      return connection.pageInfo;
    } catch (error) {
      loaded(body, errorBox(error));
      return null;
    }
  };
  const pages = pager(load);
  main.append(h('h1', { text: t('showcase.title') }), h('p', { text: t('showcase.intro') }), body, pages.element);
  await pages.first();
  return null;
}
