// Public: the directory of partners (Query.partners), a page at a time with cursors (docs/console.md, Pagination).

import { graphql } from '../graphql.js';
import { t, label, formatNumber } from '../i18n.js';
import { h, loading, loaded, errorBox, pager } from '../dom.js';

const PARTNERS = `query Directory($first: Int!, $after: String) {
  partners(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id name kind membershipStatus country { name } region: country { region { name } } } }
  }
}`;

export async function render(main) {
  const body = h('div', { id: 'directory' });
  const load = async (after) => {
    loading(body);
    try {
      const connection = (await graphql(PARTNERS, { first: 20, after })).partners;
      if (connection.edges.length === 0) {
        loaded(body, h('p', { class: 'notice', text: t('directory.empty') }));
      } else {
        loaded(body, h('table', {},
          h('caption', { text: t('directory.caption', { count: formatNumber(connection.totalCount) }) }),
          h('thead', {}, h('tr', {}, ['directory.name', 'directory.kind', 'directory.country', 'directory.region']
            .map((key) => h('th', { scope: 'col', text: t(key) })))),
          h('tbody', {}, connection.edges.map(({ node }) => h('tr', {},
            h('th', { scope: 'row', text: node.name }),
            h('td', { text: label('PartnerKind', node.kind) }),
            h('td', { text: node.country.name }),
            h('td', { text: node.region.region.name }))))));
      }
      return connection.pageInfo;
    } catch (error) {
      loaded(body, errorBox(error));
      return null;
    }
  };
  const pages = pager(load);
  main.append(h('h1', { text: t('directory.title') }), h('p', { text: t('directory.intro') }), body, pages.element);
  await pages.first();
  return null;
}
