// Small DOM helpers. Text always goes in as text (textContent), never as HTML, so data from the API cannot inject markup.

import { t } from './i18n.js';

/** An element: `attrs` are attributes (on<Event> are listeners, `text` is the text), then the children. */
export function h(tag, attrs = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (name === 'class') {
      element.className = value;
    } else if (name === 'text') {
      element.textContent = value;
    } else if (value === true) {
      element.setAttribute(name, '');
    } else {
      element.setAttribute(name, String(value));
    }
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

let counter = 0;

/** A fresh id for label/for and aria-describedby pairs. */
export function uid(prefix) {
  counter += 1;
  return `${prefix}-${counter}`;
}

let clearTimer = null;

/** Says `text` in the polite live region (and shows it briefly). */
export function announce(text) {
  const status = document.getElementById('status');
  status.textContent = '';
  // A new text node, so that screen readers announce the same message twice in a row too.
  window.setTimeout(() => { status.textContent = text; }, 50);
  window.clearTimeout(clearTimer);
  clearTimer = window.setTimeout(() => { status.textContent = ''; }, 6000);
}

/** A loading placeholder: the region is aria-busy until `done` replaces it. */
export function loading(container) {
  container.setAttribute('aria-busy', 'true');
  container.replaceChildren(h('p', { class: 'hint', text: t('app.loading') }));
}

export function loaded(container, ...children) {
  container.removeAttribute('aria-busy');
  container.replaceChildren(...children.filter((child) => child !== null && child !== undefined));
}

/** An error box (role=alert, so it is read at once) with the readable message and the server's detail. */
export function errorBox(error) {
  return h('div', { class: 'error-box', role: 'alert' },
    h('p', { class: 'error', text: error.message }),
    error.detail && error.detail !== error.message ? h('p', { class: 'hint', text: t('error.detail', { detail: error.detail }) }) : null);
}

/** Moves the keyboard focus to `element`, making it focusable by script when it is not by nature. */
export function focus(element) {
  if (!element) {
    return;
  }
  if (!element.hasAttribute('tabindex') && !['A', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA'].includes(element.tagName)) {
    element.setAttribute('tabindex', '-1');
  }
  element.focus();
}

/**
 * Forward pagination over a Relay connection, with the cursors of the pages seen so that "Previous page" works too.
 * `load(after)` renders a page and returns its pageInfo.
 */
export function pager(load) {
  const cursors = [null];
  let index = 0;
  let pageInfo = { hasNextPage: false };
  const status = h('span', { class: 'hint' });
  const previous = h('button', { type: 'button', class: 'secondary', text: t('pager.previous') });
  const next = h('button', { type: 'button', class: 'secondary', text: t('pager.next') });
  const element = h('nav', { class: 'pager', 'aria-label': t('pager.label') }, previous, status, next);
  const update = () => {
    previous.disabled = index === 0;
    next.disabled = !pageInfo.hasNextPage;
    status.textContent = t('pager.page', { page: index + 1 });
  };
  const go = async (target) => {
    const info = await load(cursors[target]);
    if (info) {
      index = target;
      pageInfo = info;
      cursors[index + 1] = info.endCursor;
    }
    update();
  };
  previous.addEventListener('click', () => go(Math.max(0, index - 1)));
  next.addEventListener('click', () => go(index + 1));
  update();
  return { element, first: () => go(0), reload: () => go(index) };
}

/**
 * Shows an error of a form's mutation: a BAD_REQUEST that names one of `fields` ("input.<field>") at that field, with
 * `fixKey`'s message in `feedback` and the focus on the field; any other error in `feedback`, the focus on `fallback`.
 */
export function showError(error, fields, feedback, fixKey, fallback) {
  const argument = String(error.errors?.[0]?.extensions?.argument || '');
  const target = fields[argument.split('.').pop()];
  if (error.code === 'BAD_REQUEST' && target) {
    target.show(error.detail || error.message);
    feedback.replaceChildren(errorBox({ message: t(fixKey) }));
    focus(target.control);
  } else {
    feedback.replaceChildren(errorBox(error));
    focus(fallback);
  }
}

/** A labelled field with its hint and a place for its own error, tied to the control by aria-describedby. */
export function field(name, labelKey, control, hintKey) {
  const id = uid(`field-${name}`);
  control.id = id;
  control.name = name;
  const error = h('p', { id: `${id}-error`, class: 'field-error error', hidden: true });
  const hint = hintKey ? h('p', { id: `${id}-hint`, class: 'hint', text: t(hintKey) }) : null;
  control.setAttribute('aria-describedby', [hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(' '));
  const wrapper = h('div', { class: 'field', 'data-field': name }, h('label', { for: id, text: t(labelKey) }), control, hint, error);
  return {
    name, control, wrapper,
    show(message) {
      error.textContent = message;
      error.hidden = false;
      control.setAttribute('aria-invalid', 'true');
    },
    clear() {
      error.textContent = '';
      error.hidden = true;
      control.removeAttribute('aria-invalid');
    },
  };
}
