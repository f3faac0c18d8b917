// Coordination group: the queue of proposed suggestions, with their reasons and next-best alternative as sentences,
// accepted or rejected with a comment (Mutation.reviewSuggestion). A CONFLICT (someone decided first) shows the
// message and keeps the comment; "Reload" reloads the queue and puts every typed comment back (docs/console.md).

import { graphql } from '../graphql.js';
import { t, formatAmount, formatDate, formatNumber } from '../i18n.js';
import { h, uid, announce, loading, loaded, errorBox, focus, pager } from '../dom.js';

const PAGE_SIZE = 10;

const QUEUE = `query ReviewQueue($first: Int!, $after: String) {
  matchSuggestions(filter: {status: PROPOSED}, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      id version amount unit createdAt
      request { title deadline country { name } }
      offer { title }
      partner { name }
      explanation { reasons { constraint sentence } nextBest { sentence partner { name } offer { title } } }
    } }
  }
}`;

const REVIEW = `mutation Review($id: ID!, $decision: ReviewDecision!, $comment: String) {
  reviewSuggestion(id: $id, decision: $decision, comment: $comment) { id status version matchStatus }
}`;

export async function render(main) {
  // What the user typed, by suggestion id, so that a reload or a CONFLICT loses nothing.
  const comments = new Map();
  const heading = h('h1', { text: t('review.title') });
  const summary = h('p', { class: 'hint', 'aria-live': 'polite' });
  const list = h('div', { id: 'review-queue' });
  let total = 0;

  const showTotal = () => {
    summary.textContent = t(total === 1 ? 'review.countOne' : 'review.count', { count: formatNumber(total) });
  };

  const load = async (after) => {
    loading(list);
    try {
      const data = await graphql(QUEUE, { first: PAGE_SIZE, after });
      const connection = data.matchSuggestions;
      total = connection.totalCount;
      showTotal();
      if (connection.edges.length === 0) {
        loaded(list, h('p', { class: 'notice', text: t('review.empty') }));
      } else {
        loaded(list, h('ol', { class: 'cards', 'aria-label': t('review.listLabel') },
          connection.edges.map(({ node }) => card(node))));
      }
      // For measurements (docs/benchmarks.md): when the first page of the queue was on screen.
      if (performance.getEntriesByName('console:review-rendered').length === 0) {
        performance.mark('console:review-rendered');
      }
      return connection.pageInfo;
    } catch (error) {
      loaded(list, errorBox(error));
      return null;
    }
  };

  const card = (suggestion) => {
    const headingId = uid('suggestion');
    const commentId = uid('comment');
    const feedback = h('div', { class: 'feedback' });
    const comment = h('textarea', { id: commentId, name: 'comment', rows: '2', maxlength: '2000', 'aria-describedby': `${commentId}-hint` });
    comment.value = comments.get(suggestion.id) || '';
    comment.addEventListener('input', () => comments.set(suggestion.id, comment.value));
    const accept = h('button', { type: 'button', class: 'accept', text: t('review.accept'),
      'aria-describedby': headingId });
    const reject = h('button', { type: 'button', class: 'danger reject', text: t('review.reject'),
      'aria-describedby': headingId });
    const item = h('li', { class: 'card suggestion', 'aria-labelledby': headingId, 'data-id': suggestion.id },
      h('h2', { id: headingId, class: 'suggestion-title', tabindex: '-1',
        text: t('review.suggestionTitle', { partner: suggestion.partner.name, request: suggestion.request.title }) }),
      h('p', { class: 'meta', text: t('review.meta', {
        amount: formatAmount(suggestion.amount, suggestion.unit), country: suggestion.request.country.name,
        offer: suggestion.offer?.title || t('review.offerGone'), deadline: formatDate(suggestion.request.deadline) }) }),
      h('h3', { text: t('review.why') }),
      h('ul', { class: 'reasons' }, suggestion.explanation.reasons.map((reason) => h('li', { text: reason.sentence }))),
      h('h3', { text: t('review.nextBest') }),
      h('p', { class: 'next-best', text: suggestion.explanation.nextBest ? suggestion.explanation.nextBest.sentence : t('review.noNextBest') }),
      h('label', { for: commentId, text: t('review.comment') }), comment,
      h('p', { id: `${commentId}-hint`, class: 'hint', text: t('review.commentHint') }),
      feedback,
      h('div', { class: 'actions' }, accept, reject));
    const decide = async (decision) => {
      accept.disabled = true;
      reject.disabled = true;
      item.classList.add('busy');
      item.setAttribute('aria-busy', 'true');
      feedback.replaceChildren(h('p', { class: 'hint', text: t('app.saving') }));
      try {
        await graphql(REVIEW, { id: suggestion.id, decision, comment: comment.value.trim() || null });
        comments.delete(suggestion.id);
        const done = t(decision === 'ACCEPT' ? 'review.accepted' : 'review.rejected', { partner: suggestion.partner.name, request: suggestion.request.title });
        announce(done);
        total -= 1;
        showTotal();
        // Focus moves to the next suggestion (or the previous one, or the list's heading), never to the page's start.
        const next = item.nextElementSibling || item.previousElementSibling;
        item.remove();
        if (next) {
          focus(next.querySelector('.suggestion-title'));
        } else {
          list.replaceChildren(h('p', { class: 'notice', text: t('review.pageDone') }));
          focus(heading);
        }
      } catch (error) {
        item.classList.remove('busy');
        item.removeAttribute('aria-busy');
        accept.disabled = false;
        reject.disabled = false;
        const box = errorBox(error);
        if (error.code === 'CONFLICT') {
          box.append(h('div', { class: 'actions' }, h('button', { type: 'button', class: 'secondary reload', text: t('review.reload'),
            onclick: () => pages.reload() })));
        }
        feedback.replaceChildren(box);
        // The comment stays as typed; the focus goes back to the text field that holds it.
        focus(comment);
      }
    };
    accept.addEventListener('click', () => decide('ACCEPT'));
    reject.addEventListener('click', () => decide('REJECT'));
    return item;
  };

  const pages = pager(load);
  main.append(heading, h('p', { text: t('review.intro') }), summary, list, pages.element);
  await pages.first();
  return null;
}

