/**
 * Runs inside the page: times one keystroke from its keydown (capture phase, before React sees it) to the moment the
 * output pane's text holds the expected result (a MutationObserver on the pane), and to the frame after that (the
 * paint the user sees). Everything on the page's own clock, so the CDP hop of the bench does not count.
 *
 * Plain JavaScript text: the bench is typed for Node (no DOM library), and tsx would wrap a passed function's names
 * in a helper the page does not have.
 */

export interface ProbeTiming {
  /** keydown → the DOM holds the new output */
  domMs: number;
  /** keydown → the next frame after that (rAF + a task: the new output has been painted) */
  paintMs: number;
  /** the editor's own round trip of the answer shown (request → answer in the store), from its corner badge */
  roundTripMs: number | null;
}

/**
 * Installs `window.__previewProbe` watching `outputSelector`: `arm(expectedText)` before the key, then
 * `state.done` resolves with the key's timings (awaited by the bench: no polling task in the page to skew them).
 */
export function probeScript(outputSelector: string): string {
  return `(() => {
  const selector = ${JSON.stringify(outputSelector)};
  const state = { expect: null, keyAt: null, result: null, done: null, resolve: null };
  let observed = null;
  const check = () => {
    if (state.expect === null || state.keyAt === null || state.result !== null) return;
    const output = document.querySelector(selector);
    if (!output || !output.textContent.includes(state.expect)) return;
    const domAt = performance.now();
    const keyAt = state.keyAt;
    state.expect = null;
    const badge = /^(\\d+) ms$/.exec(document.querySelector('[data-testid="preview-rtt"]')?.textContent ?? '');
    const roundTripMs = badge ? Number(badge[1]) : null;
    requestAnimationFrame(() => setTimeout(() => {
      state.result = { domMs: domAt - keyAt, paintMs: performance.now() - keyAt, roundTripMs };
      state.resolve(state.result);
    }, 0));
  };
  const observer = new MutationObserver(check);
  const watch = () => {
    const output = document.querySelector(selector);
    if (output && output !== observed) {
      observer.disconnect();
      observer.observe(output, { childList: true, characterData: true, subtree: true });
      observed = output;
    }
  };
  // the pane can be drawn anew (the editor reloaded): follow it
  new MutationObserver(watch).observe(document.body, { childList: true, subtree: true });
  watch();
  document.addEventListener('keydown', () => {
    if (state.expect !== null && state.keyAt === null) state.keyAt = performance.now();
  }, true);
  window.__previewProbe = {
    state,
    arm(expect) {
      state.expect = expect;
      state.keyAt = null;
      state.result = null;
      state.done = new Promise((resolve) => (state.resolve = resolve));
    },
  };
})()`;
}
