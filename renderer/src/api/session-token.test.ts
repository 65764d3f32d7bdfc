import { describe, expect, it } from 'vitest';
import { TOKEN_STORAGE_KEY, takeSessionToken, type TokenEnvironment } from './session-token.js';

function environment(hash: string, stored: Record<string, string> = {}) {
  const storage = new Map(Object.entries(stored));
  const replaced: (string | undefined)[] = [];
  const env: TokenEnvironment = {
    location: { hash, pathname: '/', search: '?x=1' },
    history: { state: { keep: true }, replaceState: (_data, _unused, url) => replaced.push(url) },
    sessionStorage: { getItem: (key) => storage.get(key) ?? null, setItem: (key, value) => void storage.set(key, value) },
  };
  return { env, storage, replaced };
}

describe('takeSessionToken', () => {
  it('takes the token from the fragment, stores it and strips the fragment from the address', () => {
    const { env, storage, replaced } = environment('#token=abc-DEF_1');
    expect(takeSessionToken(env)).toBe('abc-DEF_1');
    expect(storage.get(TOKEN_STORAGE_KEY)).toBe('abc-DEF_1');
    expect(replaced).toEqual(['/?x=1']);
  });

  it('falls back to the stored token on a reload, leaving the address alone', () => {
    const { env, replaced } = environment('#/partners', { [TOKEN_STORAGE_KEY]: 'stored' });
    expect(takeSessionToken(env)).toBe('stored');
    expect(replaced).toEqual([]);
  });

  it('prefers a new token in the fragment over a stored one (a new server run)', () => {
    const { env, storage } = environment('#token=new', { [TOKEN_STORAGE_KEY]: 'old' });
    expect(takeSessionToken(env)).toBe('new');
    expect(storage.get(TOKEN_STORAGE_KEY)).toBe('new');
  });

  it('returns null without a token, and survives storage that throws', () => {
    expect(takeSessionToken(environment('').env)).toBeNull();
    const { env } = environment('#token=t');
    env.sessionStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(takeSessionToken(env)).toBe('t');
    expect(takeSessionToken({ ...env, location: { ...env.location, hash: '' } })).toBeNull();
  });
});
