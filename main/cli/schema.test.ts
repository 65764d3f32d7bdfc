import { describe, expect, it } from 'vitest';
import { canonicalKinds } from '../core/canonical/index.js';
import type { CliIo } from './io.js';
import { runCli } from './run.js';

function captureIo(): CliIo & { stdout: string; stderr: string } {
  const io = { stdout: '', stderr: '', isTty: false, out: (t: string) => void (io.stdout += t), err: (t: string) => void (io.stderr += t) };
  return io;
}

async function schema(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = captureIo();
  const code = await runCli(['schema', ...args], io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

describe('crossdock schema', () => {
  it('prints every kind in one JSON Schema document with $defs', async () => {
    const { code, stdout, stderr } = await schema();
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const document = JSON.parse(stdout) as { $schema: string; oneOf: { $ref: string }[]; $defs: Record<string, unknown> };
    expect(document.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(document.oneOf).toHaveLength(canonicalKinds.length);
    for (const { $ref } of document.oneOf) expect(document.$defs[$ref.replace('#/$defs/', '')], $ref).toBeDefined();
    expect(Object.keys(document.$defs)).toEqual(expect.arrayContaining(['Order', 'Shipment', 'Invoice', 'Credit', 'Money']));
  });

  it('prints one kind with --kind', async () => {
    const { code, stdout } = await schema('--kind', 'order');
    expect(code).toBe(0);
    const document = JSON.parse(stdout) as { title: string; required: string[]; properties: Record<string, { const?: string }> };
    expect(document.title).toBe('Order');
    expect(document.properties.kind?.const).toBe('order');
    expect(document.required).toContain('poNumber');
  });

  it('exits 2 naming the kinds for an unknown kind, a stray argument or a bad option', async () => {
    const unknown = await schema('--kind', 'quote');
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toContain("unknown kind 'quote'; kinds are order, order-change, order-ack, shipment, invoice, inventory, return, credit");
    expect((await schema('orders.json')).code).toBe(2);
    expect((await schema('--kinds', 'order')).code).toBe(2);
  });

  it('is listed in --help', async () => {
    const io = captureIo();
    await runCli(['--help'], io);
    expect(io.stdout).toMatch(/schema\s+print the JSON Schema of the canonical documents/);
  });
});
