/**
 * `node --import tsx bench/preview/run.ts [--edits 40] [--warmups 6] [--segments 1000] [--headed-screenshot FILE]`
 *
 * The mapping editor's live preview end to end, as a user sees it (issue #5: "the preview updates as you type, ≤ 200 ms
 * for a 1,000-segment document"). A fresh workspace gets one generated 850 of 1,000 segments (its sender becomes the
 * partner); browser mode is started as the e2e tests do (main/server/start.ts, Debian's Chromium with the flags of
 * playwright.config.ts); the editor opens that partner's 850 map on the sample, and the `role` rule's constant is
 * typed into one key at a time (letters, then Backspace). Per key: keydown → output pane shows the new value (DOM)
 * and → the frame after (paint), timed in the page. Then bursts of keys typed faster than a preview (no queueing:
 * the last key's result must arrive about one round trip after the burst). Server time and answer size come from
 * the maps.preview responses. Writes bench/results/preview-latest.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type CDPSession, type Page, type Response } from '@playwright/test';
import { BENCH_PO, BENCH_SENDER, purchaseOrder850 } from './document.js';
import { probeScript, type ProbeTiming } from './page-probe.js';
import { startWebServer } from '../../test/helpers/web-server.js';

const projectRoot = join(import.meta.dirname, '../..');
const TARGET_MS = 200;
const OUTPUT = '[data-testid="preview-output"]';
const BASE_VALUE = 'purchase-order';

const { values: args } = parseArgs({
  options: {
    edits: { type: 'string', default: '40' },
    warmups: { type: 'string', default: '6' },
    segments: { type: 'string', default: '1000' },
    bursts: { type: 'string', default: '5' },
    screenshot: { type: 'string' },
    'page-profile': { type: 'string' },
  },
});
const edits = Number(args.edits);
const warmups = Number(args.warmups);
const segments = Number(args.segments);
const bursts = Number(args.bursts);

const startServer = (workspaceDir: string) => startWebServer(workspaceDir, 120_000);

interface PreviewAnswer {
  bytes: number;
  serverMs: number | null;
  mapMs: number | null;
  sourceIncluded: boolean | null;
}

/** Every maps.preview answer while `recording` is on: its size on the wire and the core's own timings. */
function watchAnswers(page: Page): { answers: PreviewAnswer[]; recording: { on: boolean } } {
  const answers: PreviewAnswer[] = [];
  const recording = { on: false };
  page.on('response', (response: Response) => {
    if (!recording.on || !response.url().includes('/api/maps.preview')) return;
    void response.body().then((body) => {
      let parsed: { value?: { timings?: { totalMs?: number; mapMs?: number }; sourceIncluded?: boolean } } = {};
      try {
        parsed = JSON.parse(body.toString('utf8')) as typeof parsed;
      } catch {
        // counted with its size only
      }
      answers.push({ bytes: body.length, serverMs: parsed.value?.timings?.totalMs ?? null, mapMs: parsed.value?.timings?.mapMs ?? null, sourceIncluded: parsed.value?.sourceIncluded ?? null });
    });
  });
  return { answers, recording };
}

async function openEditor(page: Page, url: string): Promise<void> {
  const origin = new URL(url).origin;
  await page.goto(url);
  await page.goto(`${origin}/#/documents`);
  await page.getByTestId('add-files-input').setInputFiles({ name: 'bench-850-1000.x12', mimeType: 'application/edi-x12', buffer: Buffer.from(purchaseOrder850(segments), 'latin1') });
  await page.getByTestId('documents-count').filter({ hasText: '1 document' }).waitFor({ timeout: 60_000 });
  await page.goto(`${origin}/#/maps`);
  await page.getByTestId('maps-partner').filter({ hasText: BENCH_SENDER }).click();
  await page.getByTestId('maps-open-x12-850').click();
  await page.locator(OUTPUT).filter({ hasText: `"poNumber": "${BENCH_PO}"` }).waitFor({ timeout: 60_000 });
  await page.locator('[data-testid="rule-row"][data-rule-id="role"]').dispatchEvent('mousedown');
  const input = page.getByTestId('rule-value');
  await input.waitFor();
  if ((await input.inputValue()) !== BASE_VALUE) throw new Error(`the role rule's value is ${await input.inputValue()}, not ${BASE_VALUE}`);
  await input.click();
  await page.keyboard.press('End');
  await page.evaluate(probeScript(OUTPUT));
}

const expectedRole = (value: string) => `"role": "${value}"`;

/** CPU seconds (user + system) the process has used so far, from /proc (the server is a child, not this process). */
function processCpuMs(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // utime and stime are fields 14 and 15 of stat, in clock ticks (100 per second on Linux)
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

interface PageWork {
  task: number;
  script: number;
  style: number;
  layout: number;
}

/** The page's main-thread time so far (CDP Performance: all tasks, script, style recalculation, layout), in ms. */
async function pageWork(cdp: CDPSession): Promise<PageWork> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const ms = (name: string) => (metrics.find((metric) => metric.name === name)?.value ?? 0) * 1000;
  return { task: ms('TaskDuration'), script: ms('ScriptDuration'), style: ms('RecalcStyleDuration'), layout: ms('LayoutDuration') };
}

const workSince = (before: PageWork, after: PageWork): PageWork => ({ task: after.task - before.task, script: after.script - before.script, style: after.style - before.style, layout: after.layout - before.layout });

/** Presses one key and waits for the output to show `value`; the page's timings of that key. */
async function timedKey(page: Page, key: string, value: string): Promise<ProbeTiming> {
  await page.evaluate(`window.__previewProbe.arm(${JSON.stringify(expectedRole(value))})`);
  await page.keyboard.press(key);
  // a function, not a string (the app's Content-Security-Policy forbids eval); awaits the probe's promise, no polling
  const done = page.evaluate(() => (globalThis as unknown as { __previewProbe: { state: { done: Promise<unknown> } } }).__previewProbe.state.done);
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no output ${value} 20 s after the key`)), 20_000).unref());
  return (await Promise.race([done, timeout])) as ProbeTiming;
}

/** `count` keys typed `gapMs` apart; the time from the last key to the last value on screen. */
async function timedBurst(page: Page, letters: string, gapMs: number, start: string): Promise<{ afterLastKeyMs: number; keys: number }> {
  let value = start;
  for (let index = 0; index < letters.length - 1; index++) {
    await page.keyboard.press(letters[index]!);
    value += letters[index]!;
    await page.waitForTimeout(gapMs);
  }
  const last = letters[letters.length - 1]!;
  const timing = await timedKey(page, last, value + last);
  return { afterLastKeyMs: timing.paintMs, keys: letters.length };
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}

const stats = (values: number[]) => ({ n: values.length, p50: quantile(values, 0.5), p95: quantile(values, 0.95), max: Math.max(...values) });
const round = (value: number | null) => (value === null || Number.isNaN(value) ? null : Math.round(value * 10) / 10);

async function main(): Promise<void> {
  const workspaceDir = mkdtempSync(join(tmpdir(), 'crossdock-bench-preview-'));
  const loadBefore = loadavg()[0]!;
  const { url, child } = await startServer(workspaceDir);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const { answers, recording } = watchAnswers(page);
    await openEditor(page, url);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    if (args['page-profile']) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.start');
    }

    // One key at a time: letters appended, then taken away with Backspace, so every value differs from the one before.
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    let value = BASE_VALUE;
    const perKey: ProbeTiming[] = [];
    const pageCpu: PageWork[] = [];
    let serverCpuAtStart: number | null = null;
    const total = warmups + edits;
    const plan: string[] = [];
    while (plan.length < total) {
      const up = Math.min(letters.length, Math.ceil((total - plan.length) / 2));
      for (let index = 0; index < up && plan.length < total; index++) plan.push(letters[index]!);
      for (let index = 0; index < up && plan.length < total; index++) plan.push('Backspace');
    }
    for (const [index, key] of plan.entries()) {
      value = key === 'Backspace' ? value.slice(0, -1) : value + key;
      if (index === warmups) {
        recording.on = true;
        serverCpuAtStart = processCpuMs(child.pid!);
      }
      const workBefore = await pageWork(cdp);
      const timing = await timedKey(page, key, value);
      if (index >= warmups) {
        perKey.push(timing);
        pageCpu.push(workSince(workBefore, await pageWork(cdp)));
      }
      await page.waitForTimeout(60);
    }
    recording.on = false;
    if (args['page-profile']) writeFileSync(args['page-profile'], JSON.stringify((await cdp.send('Profiler.stop')).profile));
    const serverCpuAtEnd = processCpuMs(child.pid!);
    const serverCpuPerKey = serverCpuAtStart === null || serverCpuAtEnd === null ? null : (serverCpuAtEnd - serverCpuAtStart) / perKey.length;

    // Bursts: keys 60 ms apart (a quick typist), faster than a preview can come back.
    const burstResults: number[] = [];
    for (let burst = 0; burst < bursts; burst++) {
      const typed = letters.slice(burst, burst + 8);
      const result = await timedBurst(page, typed, 60, value);
      value += typed;
      burstResults.push(result.afterLastKeyMs);
      for (let index = 0; index < typed.length; index++) await page.keyboard.press('Backspace');
      value = value.slice(0, -typed.length);
      await page.locator(OUTPUT).filter({ hasText: expectedRole(value) }).waitFor();
      await page.waitForTimeout(200);
    }

    if (args.screenshot) await page.screenshot({ path: args.screenshot });
    await page.waitForTimeout(300);
    const loadAfter = loadavg()[0]!;
    const dom = stats(perKey.map((timing) => timing.domMs));
    const paint = stats(perKey.map((timing) => timing.paintMs));
    const roundTrip = stats(perKey.map((timing) => timing.roundTripMs).filter((ms): ms is number => ms !== null));
    const serverMs = answers.map((answer) => answer.serverMs).filter((ms): ms is number => ms !== null);
    const bytes = answers.map((answer) => answer.bytes);
    const result = {
      date: new Date().toISOString(),
      machine: { node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, platform: `${process.platform}-${process.arch}`, loadAverage: { before: round(loadBefore), after: round(loadAfter) } },
      code: { commit: gitHead() },
      options: { segments, edits, warmups, bursts, targetMs: TARGET_MS },
      keystroke: { domMs: roundStats(dom), paintMs: roundStats(paint), roundTripMs: roundStats(roundTrip), all: perKey.map((timing) => ({ domMs: round(timing.domMs), paintMs: round(timing.paintMs), roundTripMs: timing.roundTripMs })) },
      burst: { keysPerBurst: 8, gapMs: 60, lastKeyToPaintMs: roundStats(stats(burstResults)) },
      cpu: {
        // load-independent: what one keystroke costs the browser's main thread and the server process (on a quiet
        // machine the latency is about their sum plus the network hop)
        pageMsPerKey: roundStats(stats(pageCpu.map((work) => work.task))),
        pageScriptMsPerKey: roundStats(stats(pageCpu.map((work) => work.script))),
        pageStyleMsPerKey: roundStats(stats(pageCpu.map((work) => work.style))),
        pageLayoutMsPerKey: roundStats(stats(pageCpu.map((work) => work.layout))),
        serverMsPerKey: round(serverCpuPerKey),
      },
      server: { requests: answers.length, perKeystroke: round(answers.length / Math.max(1, perKey.length)), totalMs: roundStats(stats(serverMs)), answerBytes: roundStats(stats(bytes)), sourceIncluded: answers.filter((answer) => answer.sourceIncluded === true).length },
    };
    mkdirSync(join(projectRoot, 'bench/results'), { recursive: true });
    writeFileSync(join(projectRoot, 'bench/results/preview-latest.json'), `${JSON.stringify(result, null, 2)}\n`);
    printTable(result);
  } finally {
    await browser.close();
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(workspaceDir, { recursive: true, force: true });
  }
}

function roundStats(value: ReturnType<typeof stats>) {
  return { n: value.n, p50: round(value.p50), p95: round(value.p95), max: round(value.max) };
}

function gitHead(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: projectRoot, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

type Row = { n: number; p50: number | null; p95: number | null; max: number | null };

function printTable(result: { cpu: { pageMsPerKey: Row; pageScriptMsPerKey: Row; pageStyleMsPerKey: Row; pageLayoutMsPerKey: Row; serverMsPerKey: number | null }; options: { segments: number }; machine: { loadAverage: { before: number | null; after: number | null }; cores: number }; keystroke: { domMs: Row; paintMs: Row; roundTripMs: Row }; burst: { lastKeyToPaintMs: Row }; server: { totalMs: Row; answerBytes: Row; requests: number } }): void {
  const verdict = (row: Row) => (row.p95 !== null && row.p95 <= TARGET_MS ? 'ok' : 'OVER');
  const line = (label: string, row: Row, unit: string, judged: boolean) =>
    `${label.padEnd(34)} ${String(row.n).padStart(4)} ${String(row.p50).padStart(9)} ${String(row.p95).padStart(9)} ${String(row.max).padStart(9)}  ${unit.padEnd(5)} ${judged ? `${verdict(row)} (target p95 ≤ ${TARGET_MS} ms)` : ''}`;
  const out = [
    `Map editor live preview, ${result.options.segments}-segment X12 850, browser mode (HTTP + React), load average ${result.machine.loadAverage.before} → ${result.machine.loadAverage.after} on ${result.machine.cores} cores`,
    `${'measure'.padEnd(34)} ${'n'.padStart(4)} ${'p50'.padStart(9)} ${'p95'.padStart(9)} ${'max'.padStart(9)}`,
    line('keystroke → output in the DOM', result.keystroke.domMs, 'ms', true),
    line('keystroke → output painted', result.keystroke.paintMs, 'ms', true),
    line('  of which request → answer', result.keystroke.roundTripMs, 'ms', false),
    line('burst (8 keys, 60 ms apart): last', result.burst.lastKeyToPaintMs, 'ms', true),
    line('server maps.preview (core)', result.server.totalMs, 'ms', false),
    line('CPU per key: page main thread', result.cpu.pageMsPerKey, 'ms', false),
    line('  of which script', result.cpu.pageScriptMsPerKey, 'ms', false),
    line('  of which style recalculation', result.cpu.pageStyleMsPerKey, 'ms', false),
    line('  of which layout', result.cpu.pageLayoutMsPerKey, 'ms', false),
    `${'CPU per key: server process (mean)'.padEnd(34)} ${String(result.cpu.serverMsPerKey).padStart(24)} ms`,
    line('answer size', result.server.answerBytes, 'bytes', false),
    `requests during the ${result.keystroke.domMs.n} timed keys: ${result.server.requests}`,
    'written: bench/results/preview-latest.json',
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}

await main();
