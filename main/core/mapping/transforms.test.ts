import { describe, expect, it } from 'vitest';
import type { CrossReferences, Transform } from './format.js';
import type { CompiledPath } from './path/ast.js';
import { applyTransform, type MapValue, type TransformContext, type TransformOutcome } from './transforms.js';

const sourceValues: Record<string, string> = { DTM03: '1430', UNIT: 'CA', FORMAT: '203', ITEM: 'NW-1', N302: 'Suite 4', EMPTY: '' };
const pathTo = (text: string): CompiledPath => ({ kind: 'column', text, column: text });

const xref: CrossReferences = {
  itemBy: (by, value, to) => (by === 'buyerPart' && value === 'NW-1' && to === 'sku' ? 'WID-10' : undefined),
  convertUom: (quantity, from, to, item) => (from === 'CA' && to === 'EA' ? String(Number(quantity) * (item === 'NW-1' ? 24 : 12)) : undefined),
  locationBy: (by, value, to) => (by === 'code' && value === 'DC07' && to === 'gln' ? '0614141000012' : undefined),
};

function run(value: MapValue, transform: Transform, options: { xref?: CrossReferences | null; decimalMark?: '.' | ',' } = {}): TransformOutcome {
  const paths: Record<string, unknown> = {};
  if (transform.op === 'date') {
    if (transform.formatFrom) paths.formatFrom = pathTo(transform.formatFrom);
    if (transform.time) paths.time = pathTo(transform.time);
  }
  if (transform.op === 'uom') {
    paths.unitFrom = pathTo(transform.unitFrom);
    if (transform.itemFrom) paths.itemFrom = pathTo(transform.itemFrom);
  }
  if (transform.op === 'concat') paths.with = transform.with.map(pathTo);
  const context: TransformContext = {
    tables: { uom: { CA: 'CS', EA: 'EA' } },
    xref: options.xref === null ? undefined : (options.xref ?? xref),
    decimalMark: options.decimalMark ?? '.',
    read: (path) => (path.kind === 'column' ? sourceValues[path.column] || undefined : undefined),
    readBeside: (path) => (path.kind === 'column' ? sourceValues[path.column] || undefined : undefined),
  };
  return applyTransform(value, { ...transform, paths } as never, context);
}

const valueOf = (value: MapValue, transform: Transform, options?: Parameters<typeof run>[2]): MapValue | undefined => run(value, transform, options).value;

describe('transforms', () => {
  it('trim, upper, lower, substring, strip-leading-zeros', () => {
    expect(valueOf('  PO 1  ', { op: 'trim' })).toBe('PO 1');
    expect(valueOf('abc', { op: 'upper' })).toBe('ABC');
    expect(valueOf('ABC', { op: 'lower' })).toBe('abc');
    expect(valueOf('4500012345', { op: 'substring', start: 2, length: 3 })).toBe('000');
    expect(valueOf('4500012345', { op: 'substring', start: 7 })).toBe('345');
    expect(valueOf('000120', { op: 'strip-leading-zeros' })).toBe('120');
    expect(valueOf('000', { op: 'strip-leading-zeros' })).toBe('0');
  });

  it('date: X12, EDIFACT codes, format from the source, time, ISO and local formats', () => {
    expect(valueOf('20261120', { op: 'date', format: 'CCYYMMDD' })).toEqual({ value: '2026-11-20', precision: 'day' });
    expect(valueOf('261120', { op: 'date', format: 'auto' })).toEqual({ value: '2026-11-20', precision: 'day' });
    expect(valueOf('20261120', { op: 'date', format: 'auto', time: 'DTM03' })).toEqual({ value: '2026-11-20T14:30', precision: 'minute' });
    expect(valueOf('202611201430', { op: 'date', format: '102', formatFrom: 'FORMAT' })).toEqual({ value: '2026-11-20T14:30', precision: 'minute' });
    expect(valueOf('20261120', { op: 'date', format: '102', formatFrom: 'EMPTY' })).toEqual({ value: '2026-11-20', precision: 'day' });
    expect(valueOf('2026-11-20T08:05:09Z', { op: 'date', format: 'ISO' })).toEqual({ value: '2026-11-20T08:05:09Z', precision: 'second' });
    expect(valueOf('2026-11-20T08:05:09.123-0500', { op: 'date', format: 'ISO' })).toEqual({ value: '2026-11-20T08:05:09-05:00', precision: 'second' });
    expect(valueOf('2026-11-20', { op: 'date', format: 'ISO' })).toEqual({ value: '2026-11-20', precision: 'day' });
    expect(run('2026-11-20 junk', { op: 'date', format: 'ISO' }).note?.severity).toBe('error');
    expect(valueOf('11/20/2026', { op: 'date', format: 'MM/DD/YYYY' })).toEqual({ value: '2026-11-20', precision: 'day' });
    expect(valueOf('20.11.2026', { op: 'date', format: 'DD.MM.YYYY' })).toEqual({ value: '2026-11-20', precision: 'day' });
    const impossible = run('20260230', { op: 'date', format: 'CCYYMMDD' });
    expect(impossible.value).toBeUndefined();
    expect(impossible.note?.severity).toBe('error');
    expect(run('2026112', { op: 'date', format: 'CCYYMMDD' }).note?.message).toContain('date:');
  });

  it('implied-decimal, decimal (keeps scale, comma mark), integer', () => {
    expect(valueOf('1250', { op: 'implied-decimal', places: 2 })).toBe('12.50');
    expect(valueOf('-5', { op: 'implied-decimal', places: 2 })).toBe('-0.05');
    expect(run('12.5', { op: 'implied-decimal', places: 2 }).note?.severity).toBe('error');
    expect(valueOf('+012.50', { op: 'decimal' })).toBe('12.50');
    expect(valueOf('12,5', { op: 'decimal', decimalMark: ',' })).toBe('12.5');
    expect(valueOf('12,5', { op: 'decimal' }, { decimalMark: ',' })).toBe('12.5');
    expect(run('12,5', { op: 'decimal' }).note?.severity).toBe('error');
    expect(run('twelve', { op: 'decimal' }).note?.message).toContain('not a decimal');
    expect(valueOf('0010', { op: 'integer' })).toBe(10);
    expect(run('1.5', { op: 'integer' }).note?.message).toContain('not a whole number');
  });

  it('table: found, keep, drop, error (default)', () => {
    expect(valueOf('CA', { op: 'table', table: 'uom' })).toBe('CS');
    expect(run('BX', { op: 'table', table: 'uom' })).toEqual({ value: undefined, note: { severity: 'error', message: "'BX' is not in table uom" } });
    expect(run('BX', { op: 'table', table: 'uom', otherwise: 'keep' })).toMatchObject({ value: 'BX', note: { severity: 'warning' } });
    expect(run('BX', { op: 'table', table: 'uom', otherwise: 'drop' })).toMatchObject({ value: undefined, note: { severity: 'info' } });
  });

  it('uom conversion through the cross-references, with and without an item', () => {
    expect(valueOf('2', { op: 'uom', to: 'EA', unitFrom: 'UNIT' })).toBe('24');
    expect(valueOf('2', { op: 'uom', to: 'EA', unitFrom: 'UNIT', itemFrom: 'ITEM' })).toBe('48');
    expect(valueOf('2', { op: 'uom', to: 'CA', unitFrom: 'UNIT' })).toBe('2');
    expect(run('2', { op: 'uom', to: 'DZ', unitFrom: 'UNIT' })).toMatchObject({ value: '2', note: { severity: 'warning' } });
    expect(run('2', { op: 'uom', to: 'DZ', unitFrom: 'UNIT', otherwise: 'error' })).toMatchObject({ value: undefined, note: { severity: 'error' } });
    expect(run('2', { op: 'uom', to: 'EA', unitFrom: 'UNIT' }, { xref: null })).toMatchObject({ value: '2', note: { severity: 'info' } });
  });

  it('item and location cross-references; without cross-references the value is kept or dropped, never an error', () => {
    expect(valueOf('NW-1', { op: 'item', by: 'buyerPart', to: 'sku' })).toBe('WID-10');
    expect(run('NW-2', { op: 'item', by: 'buyerPart', to: 'sku', otherwise: 'error' })).toMatchObject({ value: undefined, note: { severity: 'error' } });
    expect(valueOf('DC07', { op: 'location', by: 'code', to: 'gln' })).toBe('0614141000012');
    expect(run('DC08', { op: 'location', by: 'code', to: 'gln' })).toMatchObject({ value: 'DC08', note: { severity: 'warning' } });
    expect(run('NW-1', { op: 'item', by: 'buyerPart', to: 'sku', otherwise: 'error' }, { xref: null })).toMatchObject({ value: 'NW-1', note: { severity: 'info' } });
    expect(run('NW-1', { op: 'item', by: 'buyerPart', to: 'sku', otherwise: 'drop' }, { xref: null })).toMatchObject({ value: undefined, note: { severity: 'info' } });
  });

  it('concat skips absent values', () => {
    expect(valueOf('12 Main St', { op: 'concat', with: ['N302', 'EMPTY', 'MISSING'], separator: ', ' })).toBe('12 Main St, Suite 4');
    expect(valueOf('A', { op: 'concat', with: ['N302'] })).toBe('A Suite 4');
  });
});
