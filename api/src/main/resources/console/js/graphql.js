// The one way the console talks to the platform: POST to the public GraphQL endpoint with the signed-in caller's
// Authorization header. Errors become ApiError, whose message a person can read (docs/console.md, Errors).

import { t } from './i18n.js';
import { authorization } from './session.js';

const endpoint = document.querySelector('meta[name="coalition-graphql"]')?.content || '/graphql';

/** A failed request: `code` is the error classification (CONFLICT, BAD_REQUEST, ...), NETWORK or HTTP. */
export class ApiError extends Error {
  constructor(code, message, detail, errors = []) {
    super(message);
    this.code = code;
    this.detail = detail;
    this.errors = errors;
  }
}

/** Runs `query` with `variables`; resolves to `data`, rejects with an ApiError naming the first error. */
export async function graphql(query, variables = {}) {
  // X-Requested-With: refused Basic credentials are then a plain 401, without the WWW-Authenticate challenge that would
  // open the browser's own sign-in dialog (Spring Security's HTTP Basic entry point for script requests).
  const headers = { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json',
    'X-Requested-With': 'XMLHttpRequest' };
  const credentials = authorization();
  if (credentials) {
    headers.Authorization = credentials;
  }
  let response;
  try {
    response = await fetch(endpoint, { method: 'POST', headers, body: JSON.stringify({ query, variables }), credentials: 'omit' });
  } catch (failure) {
    throw new ApiError('NETWORK', t('error.network'), String(failure));
  }
  if (response.status === 401 && !(response.headers.get('Content-Type') || '').includes('json')) {
    throw new ApiError('UNAUTHORIZED', t('error.signInRefused'));
  }
  let body;
  try {
    body = await response.json();
  } catch (failure) {
    throw new ApiError('HTTP', t('error.http', { status: response.status }));
  }
  if (Array.isArray(body.errors) && body.errors.length > 0) {
    throw toApiError(body.errors);
  }
  if (!response.ok || !body.data) {
    throw new ApiError('HTTP', t('error.http', { status: response.status }));
  }
  return body.data;
}

/** The first of GraphQL `errors` as a readable ApiError; the server's own message stays as its detail. */
export function toApiError(errors) {
  const error = errors[0] || {};
  const extensions = error.extensions || {};
  const code = extensions.classification || 'INTERNAL_ERROR';
  return new ApiError(code, readable(code, error), error.message, errors);
}

/** The field an error is about: the argument it names, else the last name of its path. */
function fieldOf(error) {
  const extensions = error.extensions || {};
  if (extensions.argument) {
    return String(extensions.argument);
  }
  const names = (error.path || []).filter((part) => typeof part === 'string');
  return names.length > 1 ? names[names.length - 1] : null;
}

function readable(code, error) {
  const field = fieldOf(error);
  switch (code) {
    case 'CONFLICT':
      return t('error.conflict');
    case 'BAD_REQUEST':
      return field ? t('error.field', { field: t(`field.${field}`) === `field.${field}` ? field : t(`field.${field}`), message: error.message })
        : t('error.badRequest', { message: error.message });
    case 'UNAUTHORIZED':
      return t('error.unauthorized');
    case 'FORBIDDEN':
      return t('error.forbidden');
    case 'NOT_FOUND':
      return t('error.notFound');
    case 'TIMEOUT':
      return t('error.timeout');
    case 'UNAVAILABLE':
      return t('error.unavailable');
    default:
      return t('error.internal');
  }
}
