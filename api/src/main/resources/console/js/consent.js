// The card on which a party to a match awaiting consent confirms or declines it (Mutation.answerMatch with the version
// read: a stale one is a CONFLICT, shown with the reason kept), for the member State's screen and the partner's.

import { graphql } from './graphql.js';
import { t, label, formatAmount, formatDateTime } from './i18n.js';
import { h, uid, announce, errorBox, focus } from './dom.js';

const ANSWER = `mutation Answer($id: ID!, $version: Int!, $answer: ConsentAnswer!, $reason: String) {
  answerMatch(id: $id, version: $version, answer: $answer, reason: $reason) {
    id version matchStatus partnerConsent { answer } memberStateConsent { answer }
  }
}`;

/**
 * A consent card for `match` (id, version, amount, unit, offer, consentDeadline, partnerConsent, memberStateConsent).
 * `side` is 'memberState' or 'partner': whose answer this card records; `messages` the screen's message prefix
 * ('country', 'partner'); `title` the card's heading; `onAnswered` is called after an answer is recorded.
 */
export function consentCard(match, { side, messages, title, onAnswered = () => {} }) {
  const own = (m) => (side === 'partner' ? m.partnerConsent : m.memberStateConsent);
  const other = side === 'partner' ? match.memberStateConsent : match.partnerConsent;
  const otherKey = side === 'partner' ? 'state' : 'partner';
  const headingId = uid(`${messages}-match`);
  const reasonId = uid(`${messages}-reason`);
  const feedback = h('div');
  const reason = h('textarea', { id: reasonId, rows: '2', maxlength: '2000', 'aria-describedby': `${reasonId}-hint` });
  const confirm = h('button', { type: 'button', class: 'confirm', text: t(`${messages}.confirm`), 'aria-describedby': headingId });
  const decline = h('button', { type: 'button', class: 'danger decline', text: t(`${messages}.decline`), 'aria-describedby': headingId });
  const answered = h('p', { class: 'answered' });
  const showAnswer = (consent) => {
    answered.textContent = consent ? t(`${messages}.youAnswered`, { answer: label('ConsentAnswer', consent.answer) }) : '';
    confirm.hidden = Boolean(consent);
    decline.hidden = Boolean(consent);
  };
  const item = h('li', { class: 'card consent', 'data-id': match.id, 'aria-labelledby': headingId },
    h('h3', { id: headingId, text: title }),
    h('p', { class: 'meta', text: t(`${messages}.matchMeta`, { amount: formatAmount(match.amount, match.unit),
      offer: match.offer?.title || '', deadline: formatDateTime(match.consentDeadline) }) }),
    h('p', { text: other ? t(`${messages}.${otherKey}Answered`, { answer: label('ConsentAnswer', other.answer) })
      : t(`${messages}.${otherKey}Waiting`) }),
    answered,
    h('label', { for: reasonId, text: t(`${messages}.reason`) }), reason,
    h('p', { id: `${reasonId}-hint`, class: 'hint', text: t(`${messages}.reasonHint`) }),
    feedback,
    h('div', { class: 'actions' }, confirm, decline));
  showAnswer(own(match));
  let version = match.version;
  const answer = async (value) => {
    feedback.replaceChildren();
    if (value === 'DECLINE' && !reason.value.trim()) {
      feedback.replaceChildren(errorBox({ message: t(`${messages}.reasonRequired`) }));
      focus(reason);
      return;
    }
    confirm.disabled = true;
    decline.disabled = true;
    try {
      const result = (await graphql(ANSWER, { id: match.id, version, answer: value, reason: reason.value.trim() || null })).answerMatch;
      version = result.version;
      showAnswer(own(result));
      const text = t(`${messages}.answered`, { status: label('MatchStatus', result.matchStatus) });
      feedback.replaceChildren(h('p', { class: 'notice', text }));
      announce(text);
      focus(item.querySelector('h3'));
      onAnswered();
    } catch (error) {
      feedback.replaceChildren(errorBox(error));
      focus(reason);
    } finally {
      confirm.disabled = false;
      decline.disabled = false;
    }
  };
  confirm.addEventListener('click', () => answer('CONFIRM'));
  decline.addEventListener('click', () => answer('DECLINE'));
  return item;
}
