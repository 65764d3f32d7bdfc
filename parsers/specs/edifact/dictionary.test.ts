import { describe, expect, it } from 'vitest';
import { findTransactionSpec, resolveTransactionSpec } from '../registry.js';
import type { ElementSpec, LoopSpec, SegmentRef } from '../types.js';
import { edifactDictionary } from './index.js';
import { D01B_ONLY_SEGMENTS } from './segments/items.js';
import { loops, segmentRefs, segmentTagsOf } from './walk.js';

const { segments, codeLists, transactions } = edifactDictionary;
const MESSAGES = ['ORDERS', 'ORDRSP', 'DESADV', 'INVOIC', 'INVRPT', 'RECADV', 'CONTRL', 'APERAK'];

function* allElements(elements: ElementSpec[]): Generator<ElementSpec> {
  for (const element of elements) {
    yield element;
    if (element.components) yield* allElements(element.components);
  }
}

const everyElement = Object.values(segments).flatMap((spec) =>
  Array.from(allElements(spec.elements), (element) => ({ tag: spec.tag, element })),
);

function label(spec: { type: string; versions: string[] }): string {
  return `${spec.type} ${spec.versions.join('/')}`;
}

describe('EDIFACT segment dictionary', () => {
  it('defines the service segments and every segment the messages use', () => {
    for (const tag of ['UNA', 'UNB', 'UNG', 'UNE', 'UNZ', 'UNH', 'UNT', 'UNS', 'UCI', 'UCF', 'UCM', 'UCS', 'UCD']) {
      expect(segments[tag], tag).toBeDefined();
    }
    for (const spec of transactions) {
      const missing = [...segmentTagsOf(spec)].filter((tag) => segments[tag] === undefined);
      expect(missing, label(spec)).toEqual([]);
    }
  });

  it('keys every segment by its own tag and gives each a name and a purpose', () => {
    for (const [tag, spec] of Object.entries(segments)) {
      expect(spec.tag).toBe(tag);
      expect(tag).toMatch(/^[A-Z]{3}$/);
      expect(spec.name.length, tag).toBeGreaterThan(0);
      expect(spec.purpose?.length ?? 0, tag).toBeGreaterThan(10);
      expect(spec.elements.length, tag).toBeGreaterThan(0);
    }
  });

  it('gives simple elements an EDIFACT type and lengths with min <= max, and composites components', () => {
    for (const { tag, element } of everyElement) {
      const where = `${tag} ${element.id}`;
      expect(element.id, where).toMatch(/^([CS]\d{3}|\d{4}|UNA\d)$/);
      expect(['M', 'C'], where).toContain(element.usage);
      if (element.components) {
        expect(element.id, where).toMatch(/^[CS]\d{3}$/);
        expect(element.components.length, where).toBeGreaterThan(0);
        expect(element.type, where).toBeUndefined();
        continue;
      }
      expect(['a', 'n', 'an'], where).toContain(element.type);
      expect(element.max ?? 0, where).toBeGreaterThan(0);
      expect(element.min ?? 1, where).toBeLessThanOrEqual(element.max ?? 0);
    }
  });

  it('points every codes key at a code list that exists and belongs to that element', () => {
    const withCodes = everyElement.filter(({ element }) => element.codes !== undefined);
    expect(withCodes.length).toBeGreaterThan(20);
    for (const { tag, element } of withCodes) {
      expect(codeLists[element.codes ?? ''], `${tag} ${element.id}`).toBeDefined();
      expect(element.codes).toBe(element.id);
    }
  });

  it('has the key qualifier code lists, each used by some element and with described codes', () => {
    const used = new Set(everyElement.map(({ element }) => element.codes));
    const expected = ['1001', '1225', '2005', '2379', '3035', '3055', '1153', '6063', '5125', '7143', '4347', '5025',
      '7065', '7405', '1229', '4343', '0083', '0085', '5305', '5283', '0001'];
    expect(Object.keys(codeLists).sort()).toEqual([...expected].sort());
    for (const [id, list] of Object.entries(codeLists)) {
      expect(list.id).toBe(id);
      expect(used.has(id), `code list ${id} is not referenced`).toBe(true);
      for (const [code, description] of Object.entries(list.codes)) {
        expect(code, id).toMatch(/^[A-Z0-9]{1,4}$/);
        expect(description.length, `${id} ${code}`).toBeGreaterThan(1);
      }
    }
    expect(codeLists['1001']?.codes['220']).toBe('Order');
    expect(codeLists['0085']?.codes['13']).toBe('Missing');
  });

  it('keeps D.01B composites where D.96A had a simple element, so both directories fit', () => {
    const bgm = segments['BGM']?.elements[1];
    expect(bgm?.id).toBe('C106');
    expect(bgm?.components?.[0]?.id).toBe('1004');
    expect(segments['NAD']?.elements[6]?.components?.[0]?.id).toBe('3229');
    expect(segments['QTY']?.elements[0]?.components?.[1]).toMatchObject({ id: '6060', type: 'an', max: 35 });
  });
});

describe('EDIFACT message structures', () => {
  it('has each of the eight messages for D96A and for D01B, through the registry', () => {
    for (const type of MESSAGES) {
      for (const version of ['D96A', 'D01B']) {
        const resolved = resolveTransactionSpec('edifact', type, `D:${version.slice(1)}:UN`);
        expect(resolved?.exact, `${type} ${version}`).toBe(true);
        expect(resolved?.spec).toMatchObject({ standard: 'edifact', type, functionalId: null });
        expect(resolved?.spec.versions).toContain(version);
      }
    }
    expect(resolveTransactionSpec('edifact', 'CONTRL', 'D:3:UN')?.exact).toBe(true);
    expect(resolveTransactionSpec('edifact', 'ORDERS', 'D:97A:UN')?.exact).toBe(false);
  });

  it('never has two specs answering for the same message and version', () => {
    const keys = transactions.flatMap((spec) => spec.versions.map((version) => `${spec.type} ${version}`));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('starts every message with UNH and ends it with UNT, both mandatory and once', () => {
    for (const spec of transactions) {
      const first = spec.body[0];
      const last = spec.body[spec.body.length - 1];
      expect(first, label(spec)).toMatchObject({ kind: 'segment', tag: 'UNH', usage: 'M', max: 1 });
      expect(last, label(spec)).toMatchObject({ kind: 'segment', tag: 'UNT', usage: 'M', max: 1 });
      const refs = Array.from(segmentRefs(spec.body));
      expect(refs.filter((ref) => ref.tag === 'UNH' || ref.tag === 'UNT')).toHaveLength(2);
    }
  });

  it('numbers segment groups SG1, SG2, ... in directory (depth-first) order, without duplicates at any level', () => {
    for (const spec of transactions) {
      const ids = Array.from(loops(spec.body), (loop) => loop.id);
      expect(ids, label(spec)).toEqual(ids.map((_, index) => `SG${index + 1}`));
      const checkLevel = (nodes: (SegmentRef | LoopSpec)[]): void => {
        const levelIds = nodes.filter((node): node is LoopSpec => node.kind === 'loop').map((loop) => loop.id);
        expect(new Set(levelIds).size, label(spec)).toBe(levelIds.length);
        for (const node of nodes) if (node.kind === 'loop') checkLevel(node.children);
      };
      checkLevel(spec.body);
    }
  });

  it('starts every group with a mandatory trigger segment used once, and uses sane repeat counts', () => {
    for (const spec of transactions) {
      for (const loop of loops(spec.body)) {
        const where = `${label(spec)} ${loop.id}`;
        expect(loop.children[0], where).toMatchObject({ kind: 'segment', usage: 'M', max: 1 });
        expect(loop.children.length, where).toBeGreaterThan(1);
        expect(loop.name, where).toBe(segments[(loop.children[0] as SegmentRef).tag]?.name);
        expect(loop.max, where).toBeGreaterThan(0);
      }
      for (const ref of segmentRefs(spec.body)) expect(ref.max, `${label(spec)} ${ref.tag}`).toBeGreaterThan(0);
    }
  });

  it('keeps segments that only D.01B defines out of the D.96A specs', () => {
    for (const spec of transactions.filter((candidate) => candidate.versions.includes('D96A') && candidate.type !== 'CONTRL')) {
      const tags = segmentTagsOf(spec);
      for (const tag of D01B_ONLY_SEGMENTS) expect(tags.has(tag), `${label(spec)} uses ${tag}`).toBe(false);
    }
  });

  // Anchors from the directories: where the line-item group sits, and the mandatory groups.
  it.each([
    ['ORDERS', 'D96A', 'LIN', 'SG25'],
    ['ORDERS', 'D01B', 'LIN', 'SG28'],
    ['ORDRSP', 'D96A', 'LIN', 'SG26'],
    ['ORDRSP', 'D01B', 'LIN', 'SG26'],
    ['DESADV', 'D96A', 'CPS', 'SG10'],
    ['DESADV', 'D96A', 'LIN', 'SG15'],
    ['DESADV', 'D01B', 'LIN', 'SG17'],
    ['INVOIC', 'D96A', 'LIN', 'SG25'],
    ['INVOIC', 'D01B', 'LIN', 'SG26'],
    ['INVRPT', 'D96A', 'LIN', 'SG9'],
    ['RECADV', 'D96A', 'LIN', 'SG22'],
    ['APERAK', 'D96A', 'ERC', 'SG3'],
    ['APERAK', 'D01B', 'ERC', 'SG4'],
    ['CONTRL', 'D3', 'UCF', 'SG3'],
  ])('%s %s: the %s group is %s', (type, version, trigger, id) => {
    const spec = findTransactionSpec('edifact', type, version);
    const found = Array.from(loops(spec?.body ?? [])).find((loop) => (loop.children[0] as SegmentRef).tag === trigger);
    expect(found?.id).toBe(id);
  });

  it('marks the directory-mandatory parts mandatory and little else', () => {
    const mandatoryGroups = transactions.flatMap((spec) =>
      Array.from(loops(spec.body)).filter((loop) => loop.usage === 'M').map((loop) => `${label(spec)} ${loop.id}`),
    );
    expect(mandatoryGroups.sort()).toEqual(['INVOIC D01B SG50', 'INVOIC D96A SG48', 'RECADV D01B SG4', 'RECADV D96A SG4']);
    const invoic = findTransactionSpec('edifact', 'INVOIC', 'D96A');
    const topMandatory = (invoic?.body ?? []).filter((node) => node.usage === 'M').map((node) => (node.kind === 'segment' ? node.tag : node.id));
    expect(topMandatory).toEqual(['UNH', 'BGM', 'DTM', 'UNS', 'SG48', 'UNT']);
  });
});
