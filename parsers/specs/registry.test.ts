import { describe, expect, it } from 'vitest';
import { findTransactionSpec, normalizeVersion, resolveSpecAmong, resolveTransactionSpec } from './registry.js';
import type { TransactionSpec } from './types.js';

function spec(standard: TransactionSpec['standard'], type: string, versions: string[]): TransactionSpec {
  return { standard, type, name: type, functionalId: null, versions, body: [] };
}

describe('normalizeVersion', () => {
  it.each([
    ['004010', '004010'],
    ['004010VICS', '004010'],
    ['005010X222A1', '005010'],
    ['00401', '004010'],
    ['4010', '004010'],
    [' 004010UCS ', '004010'],
  ])('X12 %j -> %s', (input, expected) => {
    expect(normalizeVersion('x12', input)).toBe(expected);
  });

  it.each([
    ['D:96A:UN', 'D96A'],
    ['D96A', 'D96A'],
    ['d:01b:un', 'D01B'],
    ['96A', 'D96A'],
    ['D:3:UN', 'D3'],
    ['2:2:UN', '22'],
  ])('EDIFACT %j -> %s', (input, expected) => {
    expect(normalizeVersion('edifact', input)).toBe(expected);
  });
});

describe('resolveSpecAmong', () => {
  const x12v4 = spec('x12', '850', ['004010']);
  const x12v5 = spec('x12', '850', ['005010']);
  const only4010 = spec('x12', '940', ['004010']);
  const d96a = spec('edifact', 'ORDERS', ['D96A']);
  const d01b = spec('edifact', 'ORDERS', ['D01B']);
  const all = [x12v4, x12v5, only4010, d96a, d01b];

  it('finds the exact version after normalizing both sides', () => {
    expect(resolveSpecAmong(all, 'x12', '850', '004010VICS')).toEqual({ spec: x12v4, exact: true, version: '004010', specVersion: '004010' });
    expect(resolveSpecAmong(all, 'x12', '850', '005010X222A1')).toMatchObject({ spec: x12v5, exact: true });
    expect(resolveSpecAmong(all, 'edifact', 'ORDERS', 'D:01B:UN')).toMatchObject({ spec: d01b, exact: true });
  });

  it.each([
    ['004060', x12v4],
    ['004030', x12v4],
    ['004999', x12v4],
    ['003040', x12v4],
    ['005030', x12v5],
    ['006020', x12v5],
    ['007010', x12v5],
    ['garbage', x12v4],
  ])('stands in for X12 %s with the closest family version, marked inexact', (version, expected) => {
    const resolved = resolveSpecAmong(all, 'x12', '850', version);
    expect(resolved?.spec).toBe(expected);
    expect(resolved?.exact).toBe(false);
  });

  it.each([
    ['D:93A:UN', d96a],
    ['D:97A:UN', d96a],
    ['D:99B:UN', d96a],
    ['D:00A:UN', d01b],
    ['D:12A:UN', d01b],
    ['D:21B:UN', d01b],
  ])('stands in for EDIFACT %s with D96A or D01B', (version, expected) => {
    expect(resolveSpecAmong(all, 'edifact', 'ORDERS', version)).toMatchObject({ spec: expected, exact: false });
  });

  it('falls back to the numerically closest version when the family version is not written', () => {
    expect(resolveSpecAmong(all, 'x12', '940', '005010')).toMatchObject({ spec: only4010, exact: false, specVersion: '004010' });
  });

  it('does not mix standards and knows nothing of unknown types', () => {
    expect(resolveSpecAmong(all, 'x12', 'ORDERS', 'D96A')).toBeUndefined();
    expect(resolveSpecAmong(all, 'x12', '999', '005010')).toBeUndefined();
  });
});

describe('the registry over the real dictionaries', () => {
  it('answers undefined for a type no dictionary has, and findTransactionSpec follows resolveTransactionSpec', () => {
    expect(resolveTransactionSpec('x12', 'NOT-A-SET', '004010')).toBeUndefined();
    expect(findTransactionSpec('edifact', 'NOTAMSG', 'D:96A:UN')).toBeUndefined();
    const resolved = resolveTransactionSpec('edifact', 'ORDERS', 'D:97A:UN');
    expect(findTransactionSpec('edifact', 'ORDERS', 'D:97A:UN')).toBe(resolved?.spec);
  });
});
