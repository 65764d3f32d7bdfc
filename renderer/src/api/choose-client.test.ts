import { describe, expect, it } from 'vitest';
import { createClient, type ClientEnvironment } from './choose-client.js';
import type { PreloadApi } from './contract-types.js';

function browserEnvironment(extra: Partial<ClientEnvironment> = {}): ClientEnvironment {
  return {
    location: { hash: '#token=t', pathname: '/', search: '', origin: 'http://127.0.0.1:1' },
    history: { state: null, replaceState: () => {} },
    sessionStorage: { getItem: () => null, setItem: () => {} },
    ...extra,
  };
}

describe('createClient', () => {
  it('uses IPC when the preload put window.crossdock there', () => {
    const crossdock = { methods: {}, on: () => () => {} } as unknown as PreloadApi;
    expect(createClient(browserEnvironment({ crossdock })).transport).toBe('ipc');
  });

  it('uses HTTP otherwise', () => {
    expect(createClient(browserEnvironment()).transport).toBe('http');
  });
});
