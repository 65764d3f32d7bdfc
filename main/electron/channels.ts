/**
 * IPC channel names shared by the main process and the preload. One invoke channel per contract method, so the
 * main side registers exactly the contract and nothing generic exists to call.
 */
import type { MethodName } from '../core/api/contract.js';

const PREFIX = 'crossdock:';

export function methodChannel(method: MethodName): `crossdock:${MethodName}` {
  return `${PREFIX}${method}`;
}

/** main → renderer: `{ event, payload }` for every core event */
export const EVENT_CHANNEL = 'crossdock:event';

/** renderer → main (one-way): absolute paths of files dropped on the window */
export const DROPPED_PATHS_CHANNEL = 'crossdock:dropped-paths';
