import { describe, expect, it } from 'vitest';
import type { SegmentSpec } from '../types.js';
import { x12Dictionary, x12SegmentsFor } from './index.js';

const exact = (version: '004010' | '005010', tag: string): SegmentSpec => {
  const spec = x12SegmentsFor(version)[tag];
  if (spec === undefined) throw new Error(`no ${tag} in ${version}`);
  return spec;
};
const merged = (tag: string): SegmentSpec => {
  const spec = x12Dictionary.segments[tag];
  if (spec === undefined) throw new Error(`no ${tag}`);
  return spec;
};

describe('X12 release differences', () => {
  it('drops elements that 005010 added from the 004010 view and keeps them optional in the merged view', () => {
    expect(exact('004010', 'ST').elements).toHaveLength(2);
    expect(exact('005010', 'ST').elements[2]).toMatchObject({ id: '1705', usage: 'O' });
    expect(merged('ST').elements[2]).toMatchObject({ id: '1705', usage: 'O' });
    expect(exact('004010', 'AK1').elements).toHaveLength(2);
    expect(exact('005010', 'AK1').elements).toHaveLength(3);
    expect(exact('004010', 'TD5').elements).toHaveLength(12);
    expect(exact('005010', 'TD5').elements).toHaveLength(15);
    expect(exact('004010', 'AK4').elements[0]?.components).toHaveLength(2);
    expect(exact('005010', 'AK4').elements[0]?.components).toHaveLength(3);
  });

  it('records length changes and takes the wider one in the merged view', () => {
    expect(exact('004010', 'REF').elements[1]).toMatchObject({ id: '127', max: 30 });
    expect(exact('005010', 'REF').elements[1]).toMatchObject({ id: '127', max: 50 });
    expect(merged('REF').elements[1]).toMatchObject({ id: '127', max: 50 });
    expect(exact('004010', 'PER').elements[3]?.max).toBe(80);
    expect(exact('005010', 'PER').elements[3]?.max).toBe(256);
    expect(exact('004010', 'AK3').elements[1]?.max).toBe(6);
    expect(merged('AK3').elements[1]?.max).toBe(10);
  });

  it('reads ISA11 as the standards identifier in 004010 and as the repetition separator in 005010', () => {
    expect(exact('004010', 'ISA').elements[10]).toMatchObject({ id: 'I10', type: 'ID', codes: 'I10' });
    expect(exact('005010', 'ISA').elements[10]).toMatchObject({ id: 'I65', type: 'AN' });
    // The merged view must accept both a 'U' and a '^': no code list, any character.
    expect(merged('ISA').elements[10]).toMatchObject({ type: 'AN', min: 1, max: 1 });
    expect(merged('ISA').elements[10]?.codes).toBeUndefined();
  });

  it('renames elements whose data element changed between releases', () => {
    expect(exact('004010', 'PO1').elements[1]).toMatchObject({ id: '330', name: 'Quantity Ordered' });
    expect(exact('005010', 'PO1').elements[1]).toMatchObject({ id: '380', name: 'Quantity' });
    expect(exact('004010', 'IT1').elements[1]).toMatchObject({ id: '358', max: 10 });
    expect(merged('IT1').elements[1]).toMatchObject({ max: 15 });
  });

  it('adds release-specific syntax rules only to that release', () => {
    const hasRule = (spec: SegmentSpec, kind: string, ...elements: number[]) =>
      (spec.rules ?? []).some((rule) => rule.kind === kind && rule.elements.join() === elements.join());
    expect(hasRule(exact('005010', 'N4'), 'E', 2, 7)).toBe(true);
    expect(hasRule(exact('004010', 'N4'), 'E', 2, 7)).toBe(false);
    expect(hasRule(merged('N4'), 'E', 2, 7)).toBe(false);
    expect(hasRule(merged('N4'), 'C', 6, 5)).toBe(true);
  });

  it('keeps every release view consistent: same tags, rules within the element count', () => {
    for (const version of ['004010', '005010'] as const) {
      const view = x12SegmentsFor(version);
      expect(Object.keys(view).sort()).toEqual(Object.keys(x12Dictionary.segments).sort());
      for (const spec of Object.values(view)) {
        for (const rule of spec.rules ?? []) {
          for (const position of rule.elements) expect(position, `${version} ${spec.tag}`).toBeLessThanOrEqual(spec.elements.length);
        }
      }
    }
  });
});
