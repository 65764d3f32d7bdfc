import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../test/helpers/temp-dir.js';
import type { CliIo } from './io.js';
import { runCli } from './run.js';

const fixtures = join(import.meta.dirname, 'fixtures');
const fixture = (name: string): string => join(fixtures, name);
const runProcess = promisify(execFile);

function captureIo(isTty = false): CliIo & { stdout: string; stderr: string } {
  const io = { stdout: '', stderr: '', isTty, out: (t: string) => void (io.stdout += t), err: (t: string) => void (io.stderr += t) };
  return io;
}

async function inspect(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = captureIo();
  const code = await runCli(['inspect', ...args], io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

/** The excerpt line that contains `segment` and the caret line under it. */
function excerpt(stdout: string, segment: string): { text: string; caret: string } {
  const lines = stdout.split('\n');
  const at = lines.findIndex((line) => line.trim() === segment);
  expect(at, `no excerpt line ${segment} in\n${stdout}`).toBeGreaterThan(-1);
  return { text: lines[at]!, caret: lines[at + 1]! };
}

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

describe('crossdock inspect', () => {
  it('reports a clean 850 as ok with its envelope tree and exits 0', async () => {
    const { code, stdout } = await inspect(fixture('850-clean.x12'));
    expect(code).toBe(0);
    expect(stdout).toContain(`${fixture('850-clean.x12')}  X12  ok  459 bytes`);
    expect(stdout).toContain('interchange 000000101  BUYERCO (ZZ) → SUPPLIERCO (ZZ)');
    expect(stdout).toContain('group PO 101  version 004010  1 transaction  accepted');
    expect(stdout).toMatch(/\n {6}850 {2}0001 {2}12 segments {2}accepted\n/);
    expect(stdout).toContain('1 file (ok 1); 1 interchange, 1 transaction; no problems');
    expect(stdout).not.toContain('\u001b[');
  });

  it('points at SE01 of an 850 whose segment count is wrong, with the segment and a caret under the element', async () => {
    const path = fixture('850-wrong-se01.x12');
    const { code, stdout } = await inspect(path);
    expect(code).toBe(1);
    expect(stdout).toContain(`${path}  X12  errors`);
    expect(stdout).toMatch(/850 {2}0001 {2}12 segments \(trailer says 13\) {2}rejected {2}1 error/);
    expect(stdout).toContain(`error   transaction-count-mismatch  ${path}:14:4  byte 423  segment SE #13  element SE01`);
    const shown = excerpt(stdout, 'SE*13*0001~');
    expect(shown.caret.indexOf('^')).toBe(shown.text.indexOf('13'));
    expect(shown.caret.trim()).toBe('^^');
  });

  it('points at UNT1 of an EDIFACT ORDERS whose UNT count is wrong', async () => {
    const path = fixture('orders-wrong-unt.edi');
    const { code, stdout } = await inspect(path);
    expect(code).toBe(1);
    expect(stdout).toContain(`${path}  EDIFACT  errors`);
    expect(stdout).toContain('interchange CD0042  5412345000013 (14) → 4012345000009 (14)');
    expect(stdout).toMatch(/ORDERS {2}1 {2}11 segments \(trailer says 14\) {2}rejected/);
    expect(stdout).toContain(`transaction-count-mismatch  ${path}:13:5  byte 302  segment UNT #11  element UNT1`);
    const shown = excerpt(stdout, "UNT+14+1'");
    expect(shown.caret.indexOf('^')).toBe(shown.text.indexOf('14'));
    expect(shown.caret.trim()).toBe('^^');
  });

  it('says what a non-EDI file looks like and exits 1', async () => {
    const { code, stdout } = await inspect(fixture('not-edi.pdf'));
    expect(code).toBe(1);
    expect(stdout).toContain('not-edi.pdf  -  not-edi  96 bytes');
    expect(stdout).toContain("Not an EDI file: it starts with '%PDF' (a PDF document); no ISA or UNA/UNB header found in the first 96 bytes.");
  });

  it('exits 0 for warnings alone (a byte order mark before ISA), showing the skipped bytes visibly', async () => {
    const path = join(temp.path, 'bom.x12');
    writeFileSync(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(fixture('850-clean.x12'))]));
    const { code, stdout } = await inspect(path);
    expect(code).toBe(0);
    expect(stdout).toContain(`${path}  X12  warnings`);
    expect(stdout).toContain(`warning bom-skipped  ${path}:1:1  byte 0`);
    expect(stdout).toContain('\\xef\\xbb\\xbfISA*00*');
  });

  it('shows control-character terminators visibly with the caret still under the element', async () => {
    const path = join(temp.path, 'nak.x12');
    const text = readFileSync(fixture('850-wrong-se01.x12'), 'latin1').replaceAll('~\n', '\x15\r\n');
    writeFileSync(path, Buffer.from(text, 'latin1'));
    const { code, stdout } = await inspect(path);
    expect(code).toBe(1);
    const shown = excerpt(stdout, 'SE*13*0001\\x15');
    expect(shown.caret.indexOf('^')).toBe(shown.text.indexOf('13'));
  });

  it('reports a missing file as unreadable with verdict errors (exit 1), not as a usage error, and goes on', async () => {
    const missing = join(temp.path, 'missing.x12');
    const { code, stdout } = await inspect(missing, fixture('850-clean.x12'));
    expect(code).toBe(1);
    expect(stdout).toContain(`${missing}  -  errors  0 bytes`);
    expect(stdout).toContain(`Could not read ${missing}: no such file.`);
    expect(stdout).toContain('2 files (ok 1, errors 1)');
  });

  it('prints one JSON document with per-file summaries, positions and no segments', async () => {
    const { code, stdout } = await inspect(fixture('850-clean.x12'), fixture('850-wrong-se01.x12'), fixture('not-edi.pdf'), '--json');
    expect(code).toBe(1);
    const document = JSON.parse(stdout) as { files: { path: string; verdict: string; standard: string | null; size: number; interchanges: unknown[]; problems: { code: string; position: Record<string, unknown>; where: Record<string, string> }[] }[]; summary: Record<string, unknown> };
    expect(document.files.map((file) => [file.verdict, file.standard])).toEqual([['ok', 'x12'], ['errors', 'x12'], ['not-edi', null]]);
    expect(document.files[1]!.problems[0]).toMatchObject({
      code: 'transaction-count-mismatch',
      position: { offset: 423, line: 14, column: 4, segmentTag: 'SE', element: 1 },
      where: { interchange: '000000101', group: '101', transaction: '0001', transactionType: '850' },
    });
    expect(document.files[0]!.interchanges[0]).toMatchObject({ controlNumber: '000000101', groups: [{ controlNumber: '101', transactions: [{ type: '850', controlNumber: '0001', segmentCount: 12, status: 'accepted' }] }] });
    expect(document.summary).toMatchObject({ files: 3, ok: 1, errors: 1, notEdi: 1, filesWithErrors: 2, transactions: 2 });
    expect(stdout).not.toContain('"segments"');
  });

  it('colours the verdict only on a terminal', async () => {
    const io = captureIo(true);
    await runCli(['inspect', fixture('850-wrong-se01.x12')], io);
    expect(io.stdout).toContain('\u001b[31merrors\u001b[39m');
  });

  it('exits 2 without files or with an unknown option', async () => {
    for (const args of [[], ['--bogus', fixture('850-clean.x12')]]) {
      const { code, stderr } = await inspect(...args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toContain('crossdock inspect:');
    }
  });

  it('streams a file larger than one read chunk and reports every interchange in it', async () => {
    const path = join(temp.path, 'many.x12');
    const one = readFileSync(fixture('850-wrong-se01.x12'), 'latin1');
    writeFileSync(path, one.repeat(400), 'latin1');
    const { code, stdout } = await inspect(path, '--json');
    expect(code).toBe(1);
    const [file] = (JSON.parse(stdout) as { files: { size: number; interchanges: unknown[]; problems: { code: string }[] }[] }).files;
    expect(file!.size).toBe(one.length * 400);
    expect(file!.interchanges).toHaveLength(400);
    expect(file!.problems.filter((problem) => problem.code === 'transaction-count-mismatch')).toHaveLength(400);
  });

  it('runs as the installed bin and exits with the verdict', async () => {
    const bin = join(import.meta.dirname, '../../bin/crossdock.mjs');
    const clean = await runProcess(process.execPath, [bin, 'inspect', fixture('850-clean.x12')]);
    expect(clean.stdout).toContain('  X12  ok  ');
    const failure = await runProcess(process.execPath, [bin, 'inspect', fixture('orders-wrong-unt.edi')]).catch((error: { code: number; stdout: string }) => error);
    expect(failure).toMatchObject({ code: 1 });
  });
});

