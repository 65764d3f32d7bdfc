import { describe, expect, it } from 'vitest';
import { allCanonicalJsonSchema, canonicalJsonSchema, requiredAlternatives, requiredPaths, type JsonSchema } from './json-schema.js';
import { canonicalKinds, validateCanonical } from './model.js';
import { allCanonicalSamples, canonicalSamples, sampleOrder } from './samples.js';

/**
 * A small JSON Schema checker for the keywords z.toJSONSchema emits here (type, const, enum, pattern, minLength,
 * minItems, required, properties, additionalProperties: false, items, $ref, oneOf/anyOf). It proves the emitted
 * schema describes the documents zod accepts, without a validator dependency the project does not declare.
 */
function check(schema: JsonSchema, value: unknown, defs: Record<string, JsonSchema>, path = ''): string[] {
  if (typeof schema.$ref === 'string') return check(defs[schema.$ref.replace('#/$defs/', '')] ?? {}, value, defs, path);
  const variants = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
  if (variants) {
    const matching = variants.filter((variant) => check(variant, value, defs, path).length === 0).length;
    return (schema.oneOf ? matching === 1 : matching > 0) ? [] : [`${path}: matches ${matching} of ${variants.length} variants`];
  }
  const problems: string[] = [];
  if ('const' in schema && value !== schema.const) problems.push(`${path}: not ${String(schema.const)}`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) problems.push(`${path}: not in enum`);
  switch (schema.type) {
    case 'string':
      if (typeof value !== 'string') return [`${path}: not a string`];
      if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern).test(value)) problems.push(`${path}: does not match ${schema.pattern}`);
      if (typeof schema.minLength === 'number' && value.length < schema.minLength) problems.push(`${path}: too short`);
      break;
    case 'integer':
    case 'number':
      if (typeof value !== 'number' || (schema.type === 'integer' && !Number.isInteger(value))) return [`${path}: not a ${schema.type}`];
      break;
    case 'array':
      if (!Array.isArray(value)) return [`${path}: not an array`];
      if (typeof schema.minItems === 'number' && value.length < schema.minItems) problems.push(`${path}: fewer than ${schema.minItems} items`);
      value.forEach((item, index) => problems.push(...check(schema.items as JsonSchema, item, defs, `${path}[${index}]`)));
      break;
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${path}: not an object`];
      const record = value as Record<string, unknown>;
      const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
      for (const name of (schema.required ?? []) as string[]) if (!(name in record)) problems.push(`${path}.${name}: required`);
      for (const [name, child] of Object.entries(record)) {
        const property = properties[name];
        if (property) problems.push(...check(property, child, defs, `${path}.${name}`));
        else if (schema.additionalProperties === false) problems.push(`${path}.${name}: not allowed`);
      }
      break;
    }
  }
  return problems;
}

const all = allCanonicalJsonSchema();
const allDefs = all.$defs as Record<string, JsonSchema>;

describe('JSON Schema of the canonical model', () => {
  it('puts every kind under $defs by type name, one of them at the root', () => {
    expect(all.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    for (const name of ['Order', 'OrderChange', 'OrderAck', 'Shipment', 'Invoice', 'InventoryPosition', 'Return', 'Credit', 'Money', 'ShipmentPack']) expect(allDefs[name], name).toBeDefined();
    expect((all.oneOf as JsonSchema[]).map((variant) => variant.$ref)).toHaveLength(canonicalKinds.length);
  });

  it('accepts every sample, in the all-kinds document and in its own kind', () => {
    for (const sample of allCanonicalSamples) {
      expect(check(all, sample, allDefs), sample.kind).toEqual([]);
      const own = canonicalJsonSchema(sample.kind);
      expect(check(own, sample, (own.$defs ?? {}) as Record<string, JsonSchema>), sample.kind).toEqual([]);
    }
  });

  it('states the rules zod enforces: required PO number, decimal strings, no unknown fields, 18-digit SSCC', () => {
    const order = canonicalJsonSchema('order');
    const defs = order.$defs as Record<string, JsonSchema>;
    expect(order.required).toEqual(expect.arrayContaining(['kind', 'source', 'channel', 'role', 'poNumber', 'lines']));
    const { poNumber: _removed, ...withoutPo } = sampleOrder;
    expect(check(order, withoutPo, defs)).toContain('.poNumber: required');
    expect(check(order, { ...sampleOrder, lines: [{ quantity: { value: 1.5, uom: 'EA' } }] }, defs)).toContain('.lines[0].quantity.value: not a string');
    expect(check(order, { ...sampleOrder, lines: [{ quantity: { value: '1e3', uom: 'EA' } }] }, defs)[0]).toMatch(/^\.lines\[0\]\.quantity\.value: does not match/);
    expect(check(order, { ...sampleOrder, colour: 'blue' }, defs)).toContain('.colour: not allowed');
    const shipment = canonicalJsonSchema('shipment');
    const badPack = { ...canonicalSamples.shipment, packs: [{ sscc: '123' }] };
    expect(check(shipment, badPack, shipment.$defs as Record<string, JsonSchema>).join()).toMatch(/packs\[0\]\.sscc: does not match/);
    expect(validateCanonical(badPack).ok).toBe(false);
  });
});

describe('requiredPaths', () => {
  it('lists the leaves a map must fill, per kind', () => {
    expect(requiredPaths('order')).toEqual(['kind', 'source.kind', 'channel', 'role', 'poNumber', 'lines[].quantity.value', 'lines[].quantity.uom']);
    expect(requiredPaths('invoice')).toEqual(['kind', 'source.kind', 'channel', 'invoiceNumber']);
    expect(requiredPaths('inventory')).toContain('lines[].quantities[].quantity.value');
    expect(requiredPaths('return')).toEqual(expect.arrayContaining(['returnNumber', 'lines[].quantity.value']));
    expect(requiredPaths('credit')).toEqual(expect.arrayContaining(['adjustment', 'creditNumber']));
  });

  it('every required path is present in the sample of its kind, and removing one is rejected at that path', () => {
    for (const kind of canonicalKinds) {
      for (const path of requiredPaths(kind)) {
        const [head, ...rest] = path.split('.');
        const sample = canonicalSamples[kind] as unknown as Record<string, unknown>;
        if (head === 'lines[]' || path.startsWith('lines[]')) {
          const lines = sample.lines as Record<string, unknown>[];
          expect(lines.length, `${kind} ${path}`).toBeGreaterThan(0);
          continue;
        }
        expect(sample[head!], `${kind} ${path}`).toBeDefined();
        if (rest.length === 0) {
          const { [head!]: _removed, ...without } = sample;
          const result = validateCanonical(without);
          expect(result.ok ? [] : result.issues.map((issue) => issue.pathText), `${kind} without ${path}`).toContain(head);
        }
      }
    }
  });

  it('hands out copies: a caller that edits the result does not change the next answer', () => {
    requiredPaths('order').push('colour');
    (canonicalJsonSchema('order').required as string[]).length = 0;
    expect(requiredPaths('order')).not.toContain('colour');
    expect(canonicalJsonSchema('order').required).toContain('poNumber');
  });

  it('names the one-of rules the JSON Schema cannot carry', () => {
    expect(requiredAlternatives('shipment')).toEqual([
      ['asnNumber', 'shipmentNumber', 'receiptNumber'],
      ['lines', 'packs'],
    ]);
    expect(requiredAlternatives('invoice')).toEqual([['lines', 'totals.total']]);
    expect(requiredAlternatives('order')).toEqual([]);
  });
});
