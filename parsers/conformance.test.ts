/**
 * Conformance over the shared corpus of real files from other projects (../shared/corpus, described by SOURCES.tsv):
 * every file gets a verdict without a crash or hang; [valid-looking] files have no errors; [invalid] files have at
 * least one; the auto-detecting stream in 7-byte chunks agrees with the whole-buffer parse. Files are parsed in a
 * child process with a time limit per file, so a hang fails its file, not the run.
 * Deviations are listed in `expectedExceptions` with the reason, and the test checks they still deviate.
 */
import { existsSync, readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Verdict } from './model.js';

const repoRoot = resolve(import.meta.dirname, '..');
const corpusDir = resolve(repoRoot, '../shared/corpus');
/** a file must parse within this; one that runs three times as long is treated as a hang and its parser killed */
const PER_FILE_LIMIT_MS = 10_000;
const HANG_LIMIT_MS = PER_FILE_LIMIT_MS * 3;

type Label = 'valid-looking' | 'quirky' | 'invalid';

interface CorpusEntry {
  file: string;
  label: Label;
  notes: string;
}

interface FileOutcome {
  verdict?: Verdict;
  standard?: string | null;
  errors?: { code: string; message: string }[];
  warnings?: number;
  milliseconds?: number;
  /** the same file through createEdiStream in 7-byte chunks */
  streamed?: { verdict: Verdict; errorCodes: string[] };
  crash?: string;
  hang?: boolean;
}

/**
 * Files that do not meet their label's rule. `label`: the corpus label (written by eye) is wrong and our verdict is
 * right. `engine-gap`: our verdict is wrong; the reason names the fix, and this test fails once it is made so the
 * entry gets removed.
 */
const expectedExceptions: Record<string, { outcome: 'errors' | 'no-errors'; kind: 'label' | 'engine-gap'; reason: string }> = {
  'x12/aaronhuggins__node-x12__856.edi': {
    outcome: 'errors',
    kind: 'label',
    reason: "ISA11 declares '-' as the repetition separator, yet REF02 and N403 (a ZIP+4 postal code) use '-' as data; read as the envelope says, those are repetitions the elements do not allow",
  },
  'edifact/bots-edi__bots-plugins__desadv1.edi': {
    outcome: 'errors',
    kind: 'label',
    reason: "bots placeholder output: 'CPS+123+123' names itself as its own parent and one message repeats CPS id 123, a broken CPS hierarchy",
  },
  'edifact/php-edifact__edifact__example_order_ok.edi': {
    outcome: 'errors',
    kind: 'label',
    reason: "QTY+21:2:GBND: measurement unit code 6411 is an..3 in D.01B and GBND is no UN/ECE Rec 20 code (the file's twin example_order_error.edi is the deliberately broken one; this one still carries the bad unit)",
  },
  'x12/olmelabs__EdiEngine__AckTest.edi': {
    outcome: 'errors',
    kind: 'label',
    reason: "a 997-generation test file with deliberate errors: set 20067 has 'N9**3' (N901 is mandatory) and set 20068 has a value in W6606 that is no F.O.B. point code",
  },
  'edifact/php-edifact__edifact__example_utf8.edi': {
    outcome: 'no-errors',
    kind: 'label',
    reason: 'UTF-8 bytes under UNOC are also valid ISO-8859-1 bytes (mojibake, not a syntax error); the engine issue makes charset violations warnings, and the UNH version 0 is a warning too',
  },
  'x12/olmelabs__EdiEngine__940.W05.Only.edi': {
    outcome: 'no-errors',
    kind: 'engine-gap',
    reason: "SOURCES.tsv says GE/IEA are missing but the file has both; what is wrong is a 940 with no LX/W01 line loop and no W76 total, which the 940 spec (parsers/specs/x12/transactions/940.ts) marks optional",
  },
};

function readSources(): CorpusEntry[] {
  const lines = readFileSync(join(corpusDir, 'SOURCES.tsv'), 'utf8').split('\n').slice(1).filter(Boolean);
  return lines.map((line) => {
    const columns = line.split('\t');
    const notes = columns[5] ?? '';
    const label = /^\[(valid-looking|quirky|invalid)\]/.exec(notes)?.[1] as Label | undefined;
    if (!label) throw new Error(`SOURCES.tsv: no [label] for ${columns[0]}`);
    return { file: columns[0]!, label, notes };
  });
}

/** The child imports parsers/index.ts (through tsx) and parses the files one after another, one JSON line each. */
const CHILD_SOURCE = `
import { readFileSync } from 'node:fs';
const { parseEdi, createEdiStream } = await import(process.env.CONFORMANCE_ENTRY);
const errorCodes = (result) => {
  const all = [...result.problems];
  for (const i of result.interchanges) {
    all.push(...i.problems);
    for (const g of i.groups) { all.push(...g.problems); for (const t of g.transactions) all.push(...t.problems); }
  }
  return [...new Set(all)];
};
const say = (message) => process.stdout.write(JSON.stringify(message) + '\\n');
for (const path of JSON.parse(process.env.CONFORMANCE_PATHS)) {
  say({ path, started: true });
  const started = performance.now();
  try {
    const bytes = readFileSync(path);
    const result = parseEdi(bytes);
    const milliseconds = performance.now() - started;
    const unique = errorCodes(result);
    const errors = unique.filter((p) => p.severity === 'error').map((p) => ({ code: p.code, message: p.message }));
    const warnings = unique.filter((p) => p.severity === 'warning').length;
    // the same bytes through the auto-detecting stream, in 7-byte chunks
    const stream = createEdiStream();
    for (let at = 0; at < bytes.length; at += 7) stream.write(bytes.subarray(at, at + 7));
    const streamed = stream.end();
    const streamedCodes = errorCodes(streamed).filter((p) => p.severity === 'error').map((p) => p.code);
    say({ path, outcome: { verdict: result.verdict, standard: result.standard, errors, warnings, milliseconds, streamed: { verdict: streamed.verdict, errorCodes: streamedCodes } } });
  } catch (error) {
    say({ path, outcome: { crash: String((error && error.stack) || error) } });
  }
}
`;

/**
 * Parses every path in a child process (a synchronous hang cannot be interrupted in-process); a file that takes
 * longer than the limit is recorded as a hang, the child is killed and a new one goes on with the rest.
 */
async function parseInChildren(paths: string[]): Promise<Map<string, FileOutcome>> {
  const outcomes = new Map<string, FileOutcome>();
  let remaining = [...paths];
  while (remaining.length > 0) {
    await new Promise<void>((done, fail) => {
      const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', CHILD_SOURCE], {
        cwd: repoRoot,
        env: { ...process.env, CONFORMANCE_ENTRY: pathToFileURL(join(repoRoot, 'parsers/index.ts')).href, CONFORMANCE_PATHS: JSON.stringify(remaining) },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let current: string | null = null;
      let timer: NodeJS.Timeout | undefined;
      let stderr = '';
      const arm = (): void => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          if (current) outcomes.set(current, { hang: true });
          child.kill('SIGKILL');
        }, HANG_LIMIT_MS);
      };
      arm();
      createInterface({ input: child.stdout }).on('line', (line) => {
        const message = JSON.parse(line) as { path: string; started?: boolean; outcome?: FileOutcome };
        if (message.started) {
          current = message.path;
          arm();
        } else if (message.outcome) {
          outcomes.set(message.path, message.outcome);
          current = null;
        }
      });
      child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
      child.on('error', fail);
      child.on('close', (code) => {
        clearTimeout(timer);
        // a child that died between files without a hang is a failure of the harness, not of one file
        if (code !== 0 && current === null && remaining.every((path) => !outcomes.has(path))) fail(new Error(`conformance child exited ${code}: ${stderr}`));
        else {
          if (current && !outcomes.has(current)) outcomes.set(current, { crash: `child exited ${code}: ${stderr.slice(0, 2000)}` });
          done();
        }
      });
    });
    remaining = remaining.filter((path) => !outcomes.has(path));
  }
  return outcomes;
}

describe.skipIf(!existsSync(corpusDir))(`conformance over the shared corpus (${corpusDir}; skipped when the folder is absent, as in a user's clone)`, () => {
  const entries = existsSync(corpusDir) ? readSources() : [];
  let outcomes = new Map<string, FileOutcome>();

  beforeAll(async () => {
    outcomes = await parseInChildren(entries.map((entry) => join(corpusDir, entry.file)));
  }, 180_000);

  const outcomeOf = (entry: CorpusEntry): FileOutcome => outcomes.get(join(corpusDir, entry.file)) ?? { crash: 'no outcome recorded' };
  const hasErrors = (outcome: FileOutcome): boolean => outcome.verdict === 'errors' || outcome.verdict === 'not-edi';
  const errorList = (outcome: FileOutcome): string => (outcome.errors ?? []).map((error) => `${error.code}: ${error.message}`).join('\n');

  it('lists every corpus file in SOURCES.tsv, and every exception names a listed file', () => {
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(existsSync(join(corpusDir, entry.file)), entry.file).toBe(true);
    for (const file of Object.keys(expectedExceptions)) expect(entries.some((entry) => entry.file === file), file).toBe(true);
  });

  it.each(entries.map((entry) => [entry.file, entry] as const))('%s gets a verdict without a crash or hang, within the time limit', (_file, entry) => {
    const outcome = outcomeOf(entry);
    expect(outcome.crash, outcome.crash).toBeUndefined();
    expect(outcome.hang, `took longer than ${HANG_LIMIT_MS} ms`).toBeUndefined();
    expect(['ok', 'warnings', 'errors', 'not-edi']).toContain(outcome.verdict);
    expect(outcome.milliseconds).toBeLessThan(PER_FILE_LIMIT_MS);
  });

  it.each(entries.map((entry) => [entry.file, entry] as const))('%s gets the same verdict and errors streamed in 7-byte chunks', (_file, entry) => {
    const outcome = outcomeOf(entry);
    expect(outcome.streamed).toEqual({ verdict: outcome.verdict, errorCodes: (outcome.errors ?? []).map((error) => error.code) });
  });

  it.each(entries.filter((entry) => entry.label === 'valid-looking' && !expectedExceptions[entry.file]).map((entry) => [entry.file, entry] as const))(
    '[valid-looking] %s has no errors',
    (_file, entry) => {
      const outcome = outcomeOf(entry);
      expect(hasErrors(outcome), errorList(outcome)).toBe(false);
    },
  );

  it.each(entries.filter((entry) => entry.label === 'invalid' && !expectedExceptions[entry.file]).map((entry) => [entry.file, entry] as const))(
    '[invalid] %s has at least one error',
    (_file, entry) => {
      const outcome = outcomeOf(entry);
      expect(hasErrors(outcome), `${entry.notes}\nverdict ${outcome.verdict}`).toBe(true);
    },
  );

  it.each(Object.entries(expectedExceptions))('exception %s still behaves as recorded', (file, exception) => {
    const entry = entries.find((candidate) => candidate.file === file)!;
    const outcome = outcomeOf(entry);
    expect(hasErrors(outcome) ? 'errors' : 'no-errors', `${exception.reason}\n${errorList(outcome)}`).toBe(exception.outcome);
  });
});
