/** Moving between Documents views by address; `replace` changes the current history entry instead of adding one. */
export function navigate(hash: string, options: { replace?: boolean } = {}): void {
  if (options.replace) {
    window.history.replaceState(window.history.state, '', hash);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else window.location.hash = hash;
}
