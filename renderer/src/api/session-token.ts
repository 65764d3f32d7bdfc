/**
 * Browser mode prints an address like http://127.0.0.1:PORT/#token=SECRET. The fragment never reaches the server's
 * logs or a Referer; we move the token into sessionStorage (it survives reloads of this tab, not the browser) and
 * take it out of the address bar so it is not bookmarked, shared in a screenshot or left in history.
 */
export const TOKEN_STORAGE_KEY = 'crossdock.sessionToken';

export interface TokenEnvironment {
  location: { hash: string; pathname: string; search: string };
  history: { state: unknown; replaceState(data: unknown, unused: string, url?: string): void };
  sessionStorage: Pick<Storage, 'getItem' | 'setItem'>;
}

export function takeSessionToken(env: TokenEnvironment): string | null {
  const fromFragment = new URLSearchParams(env.location.hash.replace(/^#/, '')).get('token');
  if (fromFragment) {
    try {
      env.sessionStorage.setItem(TOKEN_STORAGE_KEY, fromFragment);
    } catch {
      // Storage can be disabled; the token still works for this page load.
    }
    env.history.replaceState(env.history.state, '', env.location.pathname + env.location.search);
    return fromFragment;
  }
  try {
    return env.sessionStorage.getItem(TOKEN_STORAGE_KEY);
  } catch {
    return null;
  }
}
