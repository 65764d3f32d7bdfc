import { describe, expect, it } from 'vitest';
import { compileMap, type CompileError } from './compile.js';
import { defaultMaps } from './defaults/index.js';
import type { Rule } from './format.js';

const x12 = (rules: unknown[], tables?: Record<string, Record<string, string>>): unknown => ({
  format: 'crossdock-map/1', kind: 'order', source: { standard: 'x12', type: '850' }, rules, ...(tables ? { tables } : {}),
});

function errorsOf(input: unknown): CompileError[] {
  const result = compileMap(input);
  if (result.ok) throw new Error('expected compile errors');
  return result.errors;
}

describe('compileMap', () => {
  it('compiles every default map', () => {
    for (const map of defaultMaps.list()) {
      const result = compileMap(map);
      expect(result.ok ? [] : result.errors, map.name).toEqual([]);
    }
  });

  it('lists every rule id, nested ones included, in map order', () => {
    const result = compileMap(x12([{ id: 'a', target: 'x', from: 'BEG03' }, { id: 'b', target: 'lines[]', each: 'loop(PO1)', rules: [{ id: 'c', target: 'y', from: 'PO101' }] }]));
    expect(result.ok && result.map.ruleIds).toEqual(['a', 'b', 'c']);
  });

  it('reports schema problems with the rule id and where', () => {
    const errors = errorsOf(x12([{ id: 'po', target: 'poNumber', from: 'BEG03', transform: [{ op: 'shout' }] }]));
    expect(errors[0]).toMatchObject({ ruleId: 'po', at: 'rules[0].transform[0].op' });
    expect(errorsOf({ format: 'crossdock-map/2', kind: 'order', source: { standard: 'x12', type: '850' }, rules: [] })[0]?.at).toBe('format');
    expect(errorsOf(x12([{ id: 'bad id!', target: 'x', from: 'BEG03' }]))[0]).toMatchObject({ at: 'rules[0].id' });
  });

  it('needs exactly one of from, value, each', () => {
    expect(errorsOf(x12([{ id: 'none', target: 'x' }]))[0]).toMatchObject({ ruleId: 'none', message: 'a rule needs one of from, value or each' });
    expect(errorsOf(x12([{ id: 'two', target: 'x', from: 'BEG03', value: 'y' }]))[0]?.message).toContain('not from and value');
  });

  it('checks each/rules pairing, targets, duplicate ids and tables', () => {
    const cases: [Rule, string][] = [
      [{ id: 'r', target: 'x', from: 'BEG03', rules: [{ id: 'n', target: 'y', from: 'BEG01' }] }, "nested rules belong to an 'each' rule"],
      [{ id: 'r', target: 'lines[]', each: 'loop(PO1)', rules: [] }, 'needs nested rules'],
      [{ id: 'r', target: 'lines[]', each: 'loop(PO1)', transform: [{ op: 'trim' }], rules: [{ id: 'n', target: 'y', from: 'PO101' }] }, 'put transform and default on its nested rules'],
      [{ id: 'r', target: 'lines[].quantity', from: 'PO102' }, "'[]' may only end the target"],
      [{ id: 'r', target: 'x', from: 'BEG03', transform: [{ op: 'table', table: 'missing' }] }, "table 'missing' is not defined"],
      [{ id: 'r', target: 'x', from: 'N1[N101=ST]' }, 'selects segments or rows, not a value'],
      [{ id: 'r', target: 'lines[]', each: 'PO101', rules: [{ id: 'n', target: 'y', from: 'PO101' }] }, "'each' iterates segments"],
      [{ id: 'r', target: 'x', from: 'REF[REF01=IA].N102' }, 'not an element of REF'],
      [{ id: 'r', target: 'x', from: '@sender' }, "'@sender' is not a context value"],
      [{ id: 'r', target: 'x', from: 'BEG03', when: { path: 'N1', equals: 'ST' } }, 'to compare a value name the element'],
      [{ id: 'r', target: 'x', from: 'BEG03', when: { path: 'BEG01', equals: '00', in: ['00'] } }, 'one of equals, in, notEquals'],
    ];
    for (const [rule, message] of cases) {
      const errors = errorsOf(x12([rule]));
      expect(errors.map((error) => error.message).join('\n'), JSON.stringify(rule)).toContain(message);
      expect(errors[0]?.ruleId).toBe('r');
    }
    const duplicate = errorsOf(x12([{ id: 'a', target: 'x', from: 'BEG03' }, { id: 'b', target: 'l[]', each: 'loop(PO1)', rules: [{ id: 'a', target: 'y', from: 'PO101' }] }]));
    expect(duplicate).toEqual([{ ruleId: 'a', at: 'rules[1].rules[0].id', message: "rule id 'a' is used twice" }]);
  });

  it('reports every broken rule, not only the first', () => {
    const errors = errorsOf(x12([{ id: 'a', target: 'x', from: 'BEG[' }, { id: 'b', target: 'y', from: 'ok' }, { id: 'c', target: 'z', from: 'CUR02' }]));
    expect(errors.map((error) => error.ruleId)).toEqual(['a', 'b']);
  });

  it('compiles CSV columns and JSON paths by the source standard', () => {
    const csv = compileMap({ format: 'crossdock-map/1', kind: 'order', source: { standard: 'csv', header: true }, rules: [{ id: 'a', target: 'x', from: 'Order No.' }, { id: 'b', target: 'l[]', each: 'rows()', rules: [{ id: 'c', target: 'y', from: 'sku' }] }] });
    expect(csv.ok).toBe(true);
    const json = errorsOf({ format: 'crossdock-map/1', kind: 'order', source: { standard: 'json' }, rules: [{ id: 'a', target: 'x', from: 'id' }] });
    expect(json[0]).toMatchObject({ ruleId: 'a', at: 'rules[0].from' });
    expect(json[0]?.message).toContain('starts with $');
  });
});
