import { describe, expect, it } from 'vitest';
import type { ElementSpec, LoopSpec, SegmentRef, SegmentSpec } from '../types.js';
import { COMPLETE_X12_CODE_LISTS, x12Dictionary } from './index.js';

type BodyNode = SegmentRef | LoopSpec;

function* walkBody(nodes: BodyNode[]): Generator<BodyNode> {
  for (const node of nodes) {
    yield node;
    if (node.kind === 'loop') yield* walkBody(node.children);
  }
}

function* walkElements(elements: ElementSpec[], path: string): Generator<[string, ElementSpec]> {
  for (const [index, element] of elements.entries()) {
    const where = `${path}${String(index + 1).padStart(2, '0')}`;
    yield [where, element];
    if (element.components !== undefined) yield* walkElements(element.components, `${where}-`);
  }
}

const segments = Object.values(x12Dictionary.segments);
const transactions = x12Dictionary.transactions;

describe('X12 segment dictionary', () => {
  it('keys every segment by its own tag and explains what it is for', () => {
    expect(segments.length).toBeGreaterThan(60);
    for (const [tag, spec] of Object.entries(x12Dictionary.segments)) {
      expect(spec.tag).toBe(tag);
      expect(spec.purpose?.length ?? 0, tag).toBeGreaterThan(20);
      expect(spec.elements.length, tag).toBeGreaterThan(0);
    }
  });

  it('defines the envelope and acknowledgment segments', () => {
    for (const tag of ['ISA', 'GS', 'ST', 'SE', 'GE', 'IEA', 'TA1', 'AK1', 'AK2', 'AK3', 'AK4', 'AK5', 'AK9', 'IK3', 'IK4', 'IK5', 'CTX']) {
      expect(x12Dictionary.segments[tag], tag).toBeDefined();
    }
    expect(x12Dictionary.segments.ISA?.elements).toHaveLength(16);
    expect(x12Dictionary.segments.ISA?.elements.every((element) => element.usage === 'M')).toBe(true);
  });

  it('gives every simple element a type and lengths with min <= max, and composites their components', () => {
    for (const spec of segments) {
      for (const [where, element] of walkElements(spec.elements, spec.tag)) {
        if (element.components !== undefined) {
          expect(element.components.length, where).toBeGreaterThan(0);
          expect(element.type, where).toBeUndefined();
          continue;
        }
        expect(element.type, where).toBeDefined();
        expect(element.min, where).toBeGreaterThanOrEqual(1);
        expect(element.min ?? 0, where).toBeLessThanOrEqual(element.max ?? -1);
        expect(element.id, where).toMatch(/^(I\d\d|\d{1,4})$/);
      }
    }
  });

  it('uses only code lists that exist, and every code list has described codes', () => {
    for (const spec of segments) {
      for (const [where, element] of walkElements(spec.elements, spec.tag)) {
        if (element.codes !== undefined) expect(x12Dictionary.codeLists[element.codes], where).toBeDefined();
      }
    }
    for (const [key, list] of Object.entries(x12Dictionary.codeLists)) {
      expect(list.id).toBe(key);
      expect(Object.keys(list.codes).length, key).toBeGreaterThan(0);
      for (const [code, text] of Object.entries(list.codes)) expect(text.length, `${key} ${code}`).toBeGreaterThan(0);
    }
    for (const key of COMPLETE_X12_CODE_LISTS) expect(x12Dictionary.codeLists[key], key).toBeDefined();
  });

  it('writes syntax rules over element positions the segment has, with the arity each kind needs', () => {
    for (const spec of segments) {
      for (const rule of spec.rules ?? []) {
        expect(rule.elements.length, `${spec.tag} ${rule.kind}`).toBeGreaterThanOrEqual(2);
        for (const position of rule.elements) {
          expect(position, `${spec.tag} ${rule.kind}${rule.elements.join(',')}`).toBeLessThanOrEqual(spec.elements.length);
          expect(position).toBeGreaterThanOrEqual(1);
        }
        if (rule.kind === 'L') expect(rule.elements.length, spec.tag).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('holds the key qualifier lists with the codes partners send most', () => {
    const has = (list: string, ...codes: string[]) => {
      for (const code of codes) expect(x12Dictionary.codeLists[list]?.codes[code], `${list} ${code}`).toBeDefined();
    };
    has('98', 'ST', 'BT', 'BY', 'SF', 'SU', 'VN', 'RI');
    has('66', '1', '9', '91', '92', 'UL');
    has('235', 'BP', 'VN', 'UP', 'EN', 'UK', 'IN', 'SK', 'VP');
    has('355', 'EA', 'CA', 'BX', 'PK', 'LB', 'DZ', 'PL');
    has('374', '002', '010', '011', '017', '037', '038', '067');
    has('128', 'BM', 'CN', 'IA', 'PO', 'VN', 'DP', 'IV');
    has('587', 'AC', 'AD', 'AE', 'AK', 'AP', 'RD', 'RJ');
    has('668', 'IA', 'IR', 'IB', 'IC', 'ID', 'IP', 'IQ');
    has('735', 'S', 'O', 'T', 'P', 'I');
    has('368', 'CC', 'PR', 'BO');
    has('715', 'A', 'E', 'P', 'R');
    has('717', 'A', 'E', 'R');
    has('I05', '01', 'ZZ', '12', '14', '08', '16');
    has('479', 'PO', 'PR', 'SH', 'IN', 'IB', 'PC', 'OW', 'SW', 'AN', 'FA');
  });
});

describe('X12 transaction sets', () => {
  const expected: Record<string, { versions: string[]; functionalId: string }> = {
    '850': { versions: ['004010', '005010'], functionalId: 'PO' },
    '855': { versions: ['004010', '005010'], functionalId: 'PR' },
    '856': { versions: ['004010', '005010'], functionalId: 'SH' },
    '810': { versions: ['004010', '005010'], functionalId: 'IN' },
    '846': { versions: ['004010', '005010'], functionalId: 'IB' },
    '860': { versions: ['004010', '005010'], functionalId: 'PC' },
    '940': { versions: ['004010', '005010'], functionalId: 'OW' },
    '945': { versions: ['004010', '005010'], functionalId: 'SW' },
    '180': { versions: ['004010', '005010'], functionalId: 'AN' },
    '997': { versions: ['004010', '005010'], functionalId: 'FA' },
    '999': { versions: ['005010'], functionalId: 'FA' },
  };

  it('has each of the 11 types for exactly the versions it claims, once per version', () => {
    expect(transactions).toHaveLength(11);
    for (const [type, { versions, functionalId }] of Object.entries(expected)) {
      for (const version of ['004010', '005010']) {
        const matches = transactions.filter((spec) => spec.type === type && spec.versions.includes(version));
        expect(matches, `${type} ${version}`).toHaveLength(versions.includes(version) ? 1 : 0);
      }
      const spec = transactions.find((candidate) => candidate.type === type);
      expect(spec?.functionalId, type).toBe(functionalId);
      expect(spec?.standard).toBe('x12');
    }
  });

  it.each(transactions.map((spec) => [spec.type, spec] as const))('%s starts with ST and ends with SE', (_type, spec) => {
    const first = spec.body[0];
    const last = spec.body[spec.body.length - 1];
    expect(first).toMatchObject({ kind: 'segment', tag: 'ST', usage: 'M', max: 1 });
    expect(last).toMatchObject({ kind: 'segment', tag: 'SE', usage: 'M', max: 1 });
    const inner = [...walkBody(spec.body)].filter((node) => node.kind === 'segment' && (node.tag === 'ST' || node.tag === 'SE'));
    expect(inner).toHaveLength(2);
  });

  it.each(transactions.map((spec) => [spec.type, spec] as const))('%s refers only to defined segments', (_type, spec) => {
    for (const node of walkBody(spec.body)) {
      if (node.kind === 'segment') expect(x12Dictionary.segments[node.tag] as SegmentSpec | undefined, node.tag).toBeDefined();
    }
  });

  it.each(transactions.map((spec) => [spec.type, spec] as const))(
    '%s loops start with their trigger segment, have unique ids per level and sane repeats',
    (_type, spec) => {
      const checkLevel = (nodes: BodyNode[], where: string) => {
        const loopIds = nodes.filter((node): node is LoopSpec => node.kind === 'loop').map((node) => node.id);
        expect(new Set(loopIds).size, `${where}: ${loopIds.join(' ')}`).toBe(loopIds.length);
        for (const node of nodes) {
          expect(node.max, `${where} ${node.kind === 'loop' ? node.id : node.tag}`).toBeGreaterThanOrEqual(0);
          if (node.kind !== 'loop') continue;
          const trigger = node.children[0];
          expect(trigger?.kind, `${where}/${node.id}`).toBe('segment');
          if (trigger?.kind === 'segment') {
            expect(trigger.max, `${where}/${node.id}`).toBe(1);
            // Loop ids follow the standard: the id is the trigger's tag.
            expect(trigger.tag, `${where}/${node.id}`).toBe(node.id);
          }
          checkLevel(node.children, `${where}/${node.id}`);
        }
      };
      checkLevel(spec.body, spec.type);
    },
  );

  it('uses the standard repeat counts for the main loops', () => {
    const loopOf = (type: string, id: string) =>
      [...walkBody(transactions.find((spec) => spec.type === type)?.body ?? [])].find(
        (node): node is LoopSpec => node.kind === 'loop' && node.id === id,
      );
    expect(loopOf('850', 'PO1')).toMatchObject({ usage: 'M', max: 100000 });
    expect(loopOf('850', 'N1')).toMatchObject({ usage: 'O', max: 200 });
    expect(loopOf('856', 'HL')).toMatchObject({ usage: 'M', max: 200000 });
    expect(loopOf('810', 'IT1')).toMatchObject({ max: 200000 });
    expect(loopOf('846', 'LIN')).toMatchObject({ max: 10000 });
    expect(loopOf('997', 'AK2')).toMatchObject({ usage: 'O', max: 999999 });
  });
});
