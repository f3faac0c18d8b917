// Strings of the console from messages/<language>.json; every visible string comes from there (docs/console.md).
// The page's <html lang> follows the chosen language, which is kept in localStorage.

export const LANGUAGES = ['en', 'fr'];
const STORAGE_KEY = 'coalition.console.language';

let language = 'en';
let messages = {};
let fallback = {};

async function load(lang) {
  const response = await fetch(`messages/${lang}.json`, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(`messages/${lang}.json: HTTP ${response.status}`);
  }
  return response.json();
}

/** The language chosen before, else the browser's if the console has it, else English. */
export function preferredLanguage() {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (LANGUAGES.includes(stored)) {
    return stored;
  }
  const browser = (navigator.language || 'en').slice(0, 2).toLowerCase();
  return LANGUAGES.includes(browser) ? browser : 'en';
}

/** Loads the strings of `lang`, sets <html lang> and translates the static parts of the page. */
export async function setLanguage(lang) {
  if (!LANGUAGES.includes(lang)) {
    lang = 'en';
  }
  if (Object.keys(fallback).length === 0) {
    fallback = await load('en');
  }
  messages = lang === 'en' ? fallback : await load(lang);
  language = lang;
  localStorage.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = lang;
  translate(document);
}

export function currentLanguage() {
  return language;
}

/** The string `key` with `{name}` placeholders replaced by `params`; the key itself when no file has it. */
export function t(key, params = {}) {
  const template = messages[key] ?? fallback[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (match, name) => (name in params ? String(params[name]) : match));
}

/** The label of an enum value (`enum.<Type>.<VALUE>`), or the value itself when there is none. */
export function label(type, value) {
  if (value === null || value === undefined) {
    return '';
  }
  const key = `enum.${type}.${value}`;
  const text = t(key);
  return text === key ? String(value) : text;
}

/** Fills elements marked data-i18n (text) and data-i18n-<attribute> (attributes) under `root`. */
export function translate(root) {
  root.querySelectorAll('[data-i18n]').forEach((element) => {
    element.textContent = t(element.dataset.i18n);
  });
  root.querySelectorAll('*').forEach((element) => {
    for (const attribute of element.getAttributeNames()) {
      if (attribute.startsWith('data-i18n-')) {
        element.setAttribute(attribute.slice('data-i18n-'.length), t(element.getAttribute(attribute)));
      }
    }
  });
  document.title = t('app.documentTitle');
}

export function formatNumber(value, options = {}) {
  return new Intl.NumberFormat(language, options).format(value);
}

export function formatDate(value) {
  if (!value) {
    return '';
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? String(value)
    : new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(date);
}

export function formatDateTime(value) {
  if (!value) {
    return '';
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? String(value)
    : new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(date) + ' UTC';
}

/** An amount with its unit: a currency code as money, other units by their label. */
export function formatAmount(amount, unit) {
  if (/^[A-Z]{3}$/.test(unit || '')) {
    try {
      return new Intl.NumberFormat(language, { style: 'currency', currency: unit, maximumFractionDigits: 0 }).format(amount);
    } catch (ignored) {
      // Not a currency Intl knows: the number and the code.
    }
  }
  return `${formatNumber(amount)} ${label('Unit', unit)}`;
}
