// A minimal graphql-ws client (the graphql-transport-ws protocol): connection_init carrying the Authorization value
// (a browser cannot set headers on the WebSocket handshake; docs/notifications.md), one subscribe, then next messages
// until complete. Each subscription has its own connection.

import { toApiError, ApiError } from './graphql.js';
import { authorization } from './session.js';
import { t } from './i18n.js';

const path = document.querySelector('meta[name="coalition-websocket"]')?.content || '';

export function subscriptionsAvailable() {
  return path !== '' && typeof WebSocket === 'function';
}

/**
 * Subscribes to `query`; calls `onNext(data)` for every result, `onError(apiError)` once on failure and `onComplete()`
 * when the server ends the stream. Returns a function that stops the subscription.
 */
export function subscribe(query, variables, { onNext, onError, onComplete }) {
  const url = `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${path}`;
  const socket = new WebSocket(url, 'graphql-transport-ws');
  let finished = false;
  const finish = (callback) => {
    if (!finished) {
      finished = true;
      callback();
    }
  };
  const send = (message) => socket.send(JSON.stringify(message));
  socket.addEventListener('open', () => {
    const credentials = authorization();
    send({ type: 'connection_init', payload: credentials ? { Authorization: credentials } : {} });
  });
  socket.addEventListener('message', (event) => {
    let message;
    try {
      message = JSON.parse(event.data);
    } catch (ignored) {
      return;
    }
    switch (message.type) {
      case 'connection_ack':
        send({ id: '1', type: 'subscribe', payload: { query, variables } });
        break;
      case 'next':
        if (message.payload?.errors?.length) {
          finish(() => onError(toApiError(message.payload.errors)));
          socket.close(1000);
        } else {
          onNext(message.payload.data);
        }
        break;
      case 'error':
        finish(() => onError(toApiError(Array.isArray(message.payload) ? message.payload : [message.payload])));
        socket.close(1000);
        break;
      case 'complete':
        finish(onComplete);
        socket.close(1000);
        break;
      case 'ping':
        send({ type: 'pong' });
        break;
      default:
        break;
    }
  });
  socket.addEventListener('close', (event) => {
    const code = event.code === 4401 || event.code === 4403 ? 'UNAUTHORIZED' : 'NETWORK';
    finish(() => onError(new ApiError(code, code === 'UNAUTHORIZED' ? t('error.signInRefused') : t('error.subscriptionClosed'),
      `WebSocket closed: ${event.code} ${event.reason}`)));
  });
  return () => {
    if (socket.readyState === WebSocket.OPEN) {
      finished = true;
      send({ id: '1', type: 'complete' });
      socket.close(1000);
    } else if (socket.readyState === WebSocket.CONNECTING) {
      finished = true;
      socket.close();
    }
  };
}
