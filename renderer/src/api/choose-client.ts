import type { CrossdockClient, PreloadApi } from './contract-types.js';
import type { WebSocketConstructor } from './event-socket.js';
import { HttpClient } from './http-client.js';
import { createIpcClient } from './ipc-client.js';
import { takeSessionToken, type TokenEnvironment } from './session-token.js';

export interface ClientEnvironment extends TokenEnvironment {
  /** present only in the desktop app, put there by the preload */
  crossdock?: PreloadApi;
  location: TokenEnvironment['location'] & { origin: string };
  WebSocket?: WebSocketConstructor;
}

/** The desktop preload's bridge when there is one, otherwise the browser-mode server of this page's origin. */
export function createClient(env: ClientEnvironment): CrossdockClient {
  if (env.crossdock) return createIpcClient(env.crossdock);
  return new HttpClient({
    origin: env.location.origin,
    token: takeSessionToken(env),
    ...(env.WebSocket ? { WebSocket: env.WebSocket } : {}),
  });
}
