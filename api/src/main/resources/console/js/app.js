// The console's entry: language, sign-in, role-aware navigation and a hash router (#/review, #/runs, ...).
// Every screen is a module with render(main) returning an optional clean-up function (docs/console.md).

import { setLanguage, preferredLanguage, currentLanguage, t, label, translate } from './i18n.js';
import { graphql } from './graphql.js';
import { authorization, basic, bearer, signIn, signOut, currentCaller, setCaller } from './session.js';
import { h, uid, announce, errorBox, focus } from './dom.js';

/** The screens, in the order of the navigation, with the roles that see them. */
const ROUTES = [
  { path: 'runs', key: 'nav.runs', roles: ['SECRETARIAT', 'COORDINATION_GROUP'], module: './screens/runs.js' },
  { path: 'review', key: 'nav.review', roles: ['COORDINATION_GROUP'], module: './screens/review.js' },
  { path: 'consents', key: 'nav.consents', roles: ['SECRETARIAT', 'COORDINATION_GROUP'], module: './screens/consents.js' },
  { path: 'members', key: 'nav.members', roles: ['COORDINATION_GROUP'], module: './screens/members.js' },
  { path: 'country', key: 'nav.country', roles: ['MEMBER_STATE'], module: './screens/country.js' },
  { path: 'requests', key: 'nav.requests', roles: ['MEMBER_STATE'], module: './screens/requests.js' },
  { path: 'partner', key: 'nav.partner', roles: ['PARTNER'], module: './screens/partner.js' },
  { path: 'reports', key: 'nav.reports', roles: ['SECRETARIAT', 'COORDINATION_GROUP'], module: './screens/reports.js' },
  { path: 'imports', key: 'nav.imports', roles: ['SECRETARIAT'], module: './screens/imports.js' },
  { path: 'directory', key: 'nav.directory', roles: null, module: './screens/directory.js' },
  { path: 'showcase', key: 'nav.showcase', roles: null, module: './screens/showcase.js' },
];

const HOME = { SECRETARIAT: 'runs', COORDINATION_GROUP: 'review', MEMBER_STATE: 'country', PARTNER: 'partner', PUBLIC: 'directory' };

const main = document.getElementById('main');
let cleanup = null;
let firstRender = true;

function role() {
  return currentCaller()?.role || 'PUBLIC';
}

function allowed(route) {
  return route.roles === null || route.roles.includes(role());
}

function currentPath() {
  const match = /^#\/([\w-]*)/.exec(location.hash);
  return match ? match[1] : '';
}

async function loadCaller() {
  if (!authorization()) {
    setCaller({ username: 'anonymous', role: 'PUBLIC' });
    return;
  }
  const data = await graphql('query Me { me { username role partner { id name } country { iso3 name } } }');
  setCaller(data.me);
}

function renderHeader() {
  const caller = currentCaller();
  const signedIn = caller && caller.role !== 'PUBLIC';
  const path = currentPath();
  const links = ROUTES.filter(allowed).map((route) => h('li', {},
    h('a', { href: `#/${route.path}`, 'aria-current': route.path === path ? 'page' : null, text: t(route.key) })));
  if (!signedIn) {
    links.push(h('li', {}, h('a', { href: '#/signin', 'aria-current': path === 'signin' ? 'page' : null, text: t('nav.signIn') })));
  }
  document.getElementById('nav').replaceChildren(h('ul', {}, links));
  const who = document.getElementById('who');
  who.textContent = signedIn ? t('app.signedInAs', { username: caller.username, role: label('Role', caller.role),
    scope: caller.country?.name || caller.partner?.name || '' }).replace(/\s*\(\)\s*$/, '') : '';
  document.getElementById('sign-out').hidden = !signedIn;
  document.getElementById('language').value = currentLanguage();
}

async function route() {
  if (cleanup) {
    cleanup();
    cleanup = null;
  }
  let path = currentPath();
  if (path === '') {
    location.replace(`#/${HOME[role()] || 'directory'}`);
    return;
  }
  renderHeader();
  const moveFocus = !firstRender;
  firstRender = false;
  if (path === 'signin') {
    renderSignIn();
    focusHeading(moveFocus);
    return;
  }
  const target = ROUTES.find((candidate) => candidate.path === path);
  if (!target) {
    main.replaceChildren(h('h1', { text: t('notFound.title') }), h('p', {}, h('a', { href: '#/', text: t('notFound.home') })));
    focusHeading(moveFocus);
    return;
  }
  if (!allowed(target)) {
    main.replaceChildren(h('h1', { text: t(target.key) }),
      h('p', { text: role() === 'PUBLIC' ? t('app.signInFirst') : t('app.notForRole', { role: label('Role', role()) }) }),
      role() === 'PUBLIC' ? h('p', {}, h('a', { href: '#/signin', text: t('nav.signIn') })) : '');
    focusHeading(moveFocus);
    return;
  }
  try {
    const screen = await import(target.module);
    main.replaceChildren();
    cleanup = (await screen.render(main)) || null;
  } catch (error) {
    main.replaceChildren(h('h1', { text: t(target.key) }), errorBox(error));
  }
  focusHeading(moveFocus);
}

function focusHeading(move) {
  if (move) {
    focus(main.querySelector('h1') || main);
  }
}

function renderSignIn() {
  const userId = uid('username');
  const passwordId = uid('password');
  const tokenId = uid('token');
  const errors = h('div', { 'aria-live': 'assertive' });
  const username = h('input', { id: userId, type: 'text', name: 'username', autocomplete: 'username', required: true });
  const password = h('input', { id: passwordId, type: 'password', name: 'password', autocomplete: 'current-password' });
  const token = h('textarea', { id: tokenId, name: 'token', rows: '3', spellcheck: 'false', 'aria-describedby': `${tokenId}-hint` });
  const submit = async (event, value) => {
    event.preventDefault();
    errors.replaceChildren();
    if (!value) {
      errors.replaceChildren(errorBox({ message: t('signIn.missing') }));
      return;
    }
    signIn(value);
    try {
      await loadCaller();
      announce(t('signIn.done', { username: currentCaller().username }));
      location.hash = `#/${HOME[role()] || 'directory'}`;
    } catch (error) {
      signOut();
      await loadCaller();
      errors.replaceChildren(errorBox(error));
      renderHeader();
    }
  };
  const basicForm = h('form', { novalidate: true, onsubmit: (event) => submit(event, username.value.trim() ? basic(username.value.trim(), password.value) : '') },
    h('fieldset', {},
      h('legend', { text: t('signIn.demo') }),
      h('p', { class: 'hint', text: t('signIn.demoHint') }),
      h('label', { for: userId, text: t('signIn.username') }), username,
      h('label', { for: passwordId, text: t('signIn.password') }), password,
      h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'sign-in', text: t('signIn.submit') }))));
  const tokenForm = h('form', { novalidate: true, onsubmit: (event) => submit(event, token.value.trim() ? bearer(token.value) : '') },
    h('fieldset', {},
      h('legend', { text: t('signIn.token') }),
      h('label', { for: tokenId, text: t('signIn.tokenLabel') }), token,
      h('p', { id: `${tokenId}-hint`, class: 'hint', text: t('signIn.tokenHint') }),
      h('div', { class: 'actions' }, h('button', { type: 'submit', text: t('signIn.submitToken') }))));
  main.replaceChildren(h('h1', { text: t('signIn.title') }), errors, basicForm, tokenForm);
}

async function start() {
  // Relative links resolve against /console/; a page opened at /console moves there without reloading.
  if (!location.pathname.endsWith('/')) {
    history.replaceState(null, '', `${location.pathname}/${location.search}${location.hash}`);
  }
  await setLanguage(preferredLanguage());
  document.getElementById('language').addEventListener('change', async (event) => {
    await setLanguage(event.target.value);
    announce(t('app.languageChanged'));
    await route();
  });
  document.getElementById('sign-out').addEventListener('click', async () => {
    signOut();
    await loadCaller();
    announce(t('app.signedOut'));
    location.hash = '#/signin';
  });
  document.getElementById('skip-link').addEventListener('click', (event) => {
    event.preventDefault();
    focus(main.querySelector('h1') || main);
  });
  window.addEventListener('hashchange', route);
  try {
    await loadCaller();
  } catch (error) {
    // Stored credentials the API refuses now (a password changed, a token expired): sign in again.
    signOut();
    await loadCaller();
  }
  translate(document);
  await route();
  document.body.dataset.ready = 'true';
}

start();
