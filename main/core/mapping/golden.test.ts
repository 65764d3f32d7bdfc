/**
 * Golden outputs: our own 850 and ORDERS fixtures through the default maps. The expected documents are JSON files in
 * fixtures/expected/ (reviewed by eye when they change: `npx vitest run main/core/mapping -u` rewrites them).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileMap } from './compile.js';
import { defaultMaps } from './defaults/index.js';
import type { CrossReferences } from './format.js';
import { mapTransaction } from './map-transaction.js';
import { first } from './testing/edi-builders.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** A partner profile's cross-references as the partners module will adapt them. */
const northwindXref: CrossReferences = {
  itemBy: (by, value, to) => (by === 'buyerPart' && to === 'sku' ? ({ 'NW-88812': 'WID-10', 'NW-88813': 'GAD-02', 'NW-90001': 'LMP-01' } as Record<string, string>)[value] : undefined),
  convertUom: () => undefined,
  locationBy: () => undefined,
};

const cases = [
  { file: 'northwind-850.edi', standard: 'x12', type: '850', xref: northwindXref },
  { file: 'duval-orders.edi', standard: 'edifact', type: 'ORDERS', xref: undefined },
] as const;

describe('default maps on our fixtures', () => {
  it.each(cases)('$file maps to the reviewed canonical document', async ({ file, standard, type, xref }) => {
    const parsed = first(readFileSync(path.join(here, 'fixtures', file)));
    expect(parsed.transaction.problems).toEqual([]);
    const compiled = compileMap(defaultMaps.get(standard, type));
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.errors));
    const result = mapTransaction(compiled.map, parsed.transaction, { envelope: { interchange: parsed.interchange, group: parsed.group }, ...(xref ? { xref } : {}), partner: { id: 7, name: 'Fixture partner' } });
    expect(result.issues.filter((issue) => issue.severity !== 'info')).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.coverage.unmappedRequired).toEqual([]);
    await expect(`${JSON.stringify({ document: result.document, unusedSegments: result.coverage.unusedSegments, issues: result.issues }, null, 2)}\n`).toMatchFileSnapshot(path.join(here, 'fixtures', 'expected', `${file.replace('.edi', '')}.json`));
  });

  it('maps the SKU through the cross-references, drops it when the partner has none', () => {
    const parsed = first(readFileSync(path.join(here, 'fixtures', 'northwind-850.edi')));
    const compiled = compileMap(defaultMaps.get('x12', '850'));
    if (!compiled.ok) throw new Error('default 850 does not compile');
    const withXref = mapTransaction(compiled.map, parsed.transaction, { xref: northwindXref });
    const without = mapTransaction(compiled.map, parsed.transaction);
    const skus = (document: Record<string, unknown>) => (document.lines as { product?: { sku?: string } }[]).map((line) => line.product?.sku);
    expect(skus(withXref.document)).toEqual(['WID-10', 'GAD-02', 'LMP-01', undefined]);
    expect(withXref.issues).toEqual([expect.objectContaining({ severity: 'info', ruleId: 'line-sku', message: "no item cross-reference from buyerPart 'NW-90002' to sku (dropped)", segment: expect.objectContaining({ tag: 'PO1' }) })]);
    expect(skus(without.document)).toEqual([undefined, undefined, undefined, undefined]);
  });
});
