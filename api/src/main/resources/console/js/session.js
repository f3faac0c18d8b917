// Who is signed in: the Authorization value (HTTP Basic for the demo accounts, a bearer JWT in production), kept in
// sessionStorage so that it ends with the tab, and the caller the API says it is (`me`).

const STORAGE_KEY = 'coalition.console.authorization';

let caller = null;

export function authorization() {
  return sessionStorage.getItem(STORAGE_KEY);
}

/** HTTP Basic for `username:password` (UTF-8, base64), as a browser would send it. */
export function basic(username, password) {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  let binary = '';
  bytes.forEach((byte) => { binary += String.fromCharCode(byte); });
  return `Basic ${btoa(binary)}`;
}

export function bearer(token) {
  const value = token.trim();
  return /^bearer\s/i.test(value) ? value : `Bearer ${value}`;
}

export function signIn(value) {
  sessionStorage.setItem(STORAGE_KEY, value);
  caller = null;
}

export function signOut() {
  sessionStorage.removeItem(STORAGE_KEY);
  caller = null;
}

export function currentCaller() {
  return caller;
}

export function setCaller(value) {
  caller = value;
}
