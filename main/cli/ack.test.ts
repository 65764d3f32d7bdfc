import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../test/helpers/temp-dir.js';
import { COUNTER_FILE } from './commands/ack.js';
import type { CliIo } from './io.js';
import { runCli } from './run.js';

const fixture = (name: string): string => join(import.meta.dirname, 'fixtures', name);

function captureIo(): CliIo & { stdout: string; stderr: string } {
  const io = { stdout: '', stderr: '', isTty: false, out: (t: string) => void (io.stdout += t), err: (t: string) => void (io.stderr += t) };
  return io;
}

async function ack(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = captureIo();
  const code = await runCli(['ack', ...args], io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

/** ISA13 of an X12 ack, UNB0020 of a CONTRL. */
function ownControlNumber(text: string): string {
  return text.startsWith('ISA') ? text.split('*')[13]! : /UNB\+[^']*\+([^+']+)'/.exec(text)![1]!;
}

let temp: ReturnType<typeof makeTempDir>;
let out: string;
beforeEach(() => {
  temp = makeTempDir();
  out = join(temp.path, 'acks');
});
afterEach(() => temp.cleanup());

describe('crossdock ack', () => {
  it('writes a 997 accepting a clean 850, named after what it acknowledges, and exits 0', async () => {
    const { code, stdout } = await ack(fixture('850-clean.x12'), '--out', out);
    expect(code).toBe(0);
    const file = join(out, '997-BUYERCO-000000101-101.x12');
    expect(stdout).toContain(`wrote ${file}  997 for BUYERCO interchange 000000101 group 101: accepted`);
    const text = readFileSync(file, 'latin1');
    expect(text).toMatch(/^ISA\*00\*.{10}\*00\*.{10}\*ZZ\*SUPPLIERCO {5}\*ZZ\*BUYERCO {8}\*/);
    expect(text).toContain('AK1*PO*101~');
    expect(text).toContain('AK2*850*0001~');
    expect(text).toContain('AK5*A~');
    expect(text).toContain('AK9*A*1*1*1~');
  });

  it('rejects the set with a wrong SE01 (AK5 code 4) and exits 1', async () => {
    const { code } = await ack(fixture('850-wrong-se01.x12'), '--out', out);
    expect(code).toBe(1);
    const text = readFileSync(join(out, '997-BUYERCO-000000101-101.x12'), 'latin1');
    expect(text).toContain('AK5*R*4~');
    expect(text).toContain('AK9*R*1*1*0~');
  });

  it('writes a 999 when asked', async () => {
    await ack(fixture('850-clean.x12'), '--out', out, '--kind', '999');
    const text = readFileSync(join(out, '999-BUYERCO-000000101-101.x12'), 'latin1');
    expect(text).toContain('ST*999*');
    expect(text).toContain('IK5*A~');
  });

  it('writes a CONTRL reporting the wrong UNT count for an EDIFACT ORDERS', async () => {
    const { code, stdout } = await ack(fixture('orders-wrong-unt.edi'), '--out', out);
    expect(code).toBe(1);
    const file = join(out, 'CONTRL-5412345000013-CD0042.edi');
    expect(stdout).toContain(`wrote ${file}  CONTRL for 5412345000013 interchange CD0042: messages 1 rejected`);
    const text = readFileSync(file, 'latin1');
    expect(text).toContain('UNB+UNOC:3+4012345000009:14+5412345000013:14+');
    expect(text).toContain("UCI+CD0042+5412345000013:14+4012345000009:14+7'");
    expect(text).toMatch(/UCM\+1\+ORDERS:D:96A:UN:EAN008\+4\+29\+UNT\+1'/);
  });

  it('continues control numbers across runs from the counter file and never overwrites an earlier ack', async () => {
    await ack(fixture('850-clean.x12'), '--out', out);
    await ack(fixture('850-clean.x12'), fixture('orders-wrong-unt.edi'), '--out', out);
    expect(readdirSync(out).sort()).toEqual([COUNTER_FILE, '997-BUYERCO-000000101-101-2.x12', '997-BUYERCO-000000101-101.x12', 'CONTRL-5412345000013-CD0042.edi']);
    const numbers = ['997-BUYERCO-000000101-101.x12', '997-BUYERCO-000000101-101-2.x12', 'CONTRL-5412345000013-CD0042.edi'].map((name) => ownControlNumber(readFileSync(join(out, name), 'latin1')));
    expect(numbers).toEqual(['000000001', '000000002', '3']);
    expect(JSON.parse(readFileSync(join(out, COUNTER_FILE), 'utf8'))).toMatchObject({ interchange: 3, group: 2 });
  });

  it('writes nothing for a non-EDI or missing file and exits 1', async () => {
    const { code, stdout } = await ack(fixture('not-edi.pdf'), join(temp.path, 'missing.x12'), '--out', out);
    expect(code).toBe(1);
    expect(stdout).toContain('not-edi.pdf: not-edi, no acknowledgment written');
    expect(stdout).toContain('missing.x12: errors, no acknowledgment written (Could not read');
    expect(readdirSync(out).filter((name) => name !== COUNTER_FILE)).toEqual([]);
  });

  it('explains why messages sent without UNB get no CONTRL instead of failing', async () => {
    const path = join(temp.path, 'body-only.edi');
    writeFileSync(path, "UNH+1+ORDERS:D:96A:UN'BGM+220+PO1+9'UNT+3+1'\n");
    const { code, stderr } = await ack(path, '--out', out);
    expect(code).toBe(1);
    expect(stderr).toContain(`${path}: no acknowledgment for interchange (none) at byte 0: the messages came without a UNB header`);
    expect(readdirSync(out).filter((name) => name !== COUNTER_FILE)).toEqual([]);
  });

  it('lists what it wrote as JSON', async () => {
    const { stdout } = await ack(fixture('850-clean.x12'), '--out', out, '--json');
    expect(JSON.parse(stdout)).toMatchObject({
      written: [{ kind: '997', file: join(out, '997-BUYERCO-000000101-101.x12'), acknowledges: { sender: 'BUYERCO', interchange: '000000101', group: '101', status: 'accepted' } }],
      files: [{ standard: 'x12', verdict: 'ok' }],
    });
  });

  it('exits 2 for unusable arguments, before writing anything', async () => {
    for (const args of [[], [fixture('850-clean.x12')], [fixture('850-clean.x12'), '--out', out, '--kind', '998']]) {
      const { code, stderr } = await ack(...args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toContain('crossdock ack:');
    }
    expect(existsSync(out)).toBe(false);
  });
});
