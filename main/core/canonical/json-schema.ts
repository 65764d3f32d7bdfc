/**
 * JSON Schema (draft 2020-12) of the canonical model, from the zod schemas themselves so the two never drift, and
 * the required leaf paths derived from it. zod refinements (one of asnNumber/shipmentNumber/receiptNumber, lines or
 * totals) cannot be expressed there; `requiredAlternatives` lists them.
 */
import { z } from 'zod';
import { allowanceChargeSchema, dateSchema, moneySchema, partySchema, productIdsSchema, quantitySchema, referenceSchema, sourceSchema, taxSchema } from './common.js';
import { canonicalDocumentSchema, canonicalKinds, canonicalSchemas, type CanonicalKind } from './model.js';
import { packSchema } from './shipment.js';

const TITLES: Record<CanonicalKind, string> = {
  order: 'Order',
  'order-change': 'OrderChange',
  'order-ack': 'OrderAck',
  shipment: 'Shipment',
  invoice: 'Invoice',
  inventory: 'InventoryPosition',
  return: 'Return',
  credit: 'Credit',
};

export type JsonSchema = Record<string, unknown>;

/** Building blocks named in $defs (instead of inlined at every use), so integrators read 'Money', not a copy of it. */
const BLOCKS: [z.ZodType, string][] = [
  [moneySchema, 'Money'],
  [quantitySchema, 'Quantity'],
  [dateSchema, 'CanonicalDate'],
  [referenceSchema, 'Reference'],
  [partySchema, 'Party'],
  [productIdsSchema, 'ProductIds'],
  [allowanceChargeSchema, 'AllowanceCharge'],
  [taxSchema, 'Tax'],
  [sourceSchema, 'Source'],
  [packSchema, 'ShipmentPack'],
];

function registry(withKinds: boolean): z.core.$ZodRegistry<{ id: string; title: string }> {
  const names = z.registry<{ id: string; title: string }>();
  for (const [schema, name] of BLOCKS) names.add(schema, { id: name, title: name });
  if (withKinds) for (const kind of canonicalKinds) names.add(canonicalSchemas[kind], { id: TITLES[kind], title: TITLES[kind] });
  return names;
}

/** One kind's schema, self-contained (recursive packs become a local $def). */
export function canonicalJsonSchema(kind: CanonicalKind): JsonSchema {
  return structuredClone(kindSchema(kind));
}

/** Generating a schema takes milliseconds and the mapping preview asks on every keystroke: built once per kind. */
const kindSchemas = new Map<CanonicalKind, JsonSchema>();
const requiredByKind = new Map<CanonicalKind, string[]>();

function kindSchema(kind: CanonicalKind): JsonSchema {
  let schema = kindSchemas.get(kind);
  if (!schema) {
    schema = { ...(z.toJSONSchema(canonicalSchemas[kind], { io: 'input', metadata: registry(false) }) as JsonSchema), title: TITLES[kind] };
    kindSchemas.set(kind, schema);
  }
  return schema;
}

/** Every kind in one document: `oneOf` the kinds, each under `$defs` by its type name (Order, Shipment...). */
export function allCanonicalJsonSchema(): JsonSchema {
  return { ...(z.toJSONSchema(canonicalDocumentSchema, { io: 'input', metadata: registry(true) }) as JsonSchema), title: 'CanonicalDocument' };
}

export function canonicalTypeName(kind: CanonicalKind): string {
  return TITLES[kind];
}

/**
 * Leaf paths a document of this kind must have ('poNumber', 'lines[].quantity.value'): every property required all
 * the way from the root. Where a value is one of several shapes (source), only paths required by all of them count.
 */
export function requiredPaths(kind: CanonicalKind): string[] {
  let paths = requiredByKind.get(kind);
  if (!paths) {
    const schema = kindSchema(kind);
    paths = collect(schema, '', (schema.$defs ?? {}) as Record<string, JsonSchema>, new Set());
    requiredByKind.set(kind, paths);
  }
  return [...paths];
}

/** Rules that require one of several paths; the first of each group is where validation reports it. */
export function requiredAlternatives(kind: CanonicalKind): string[][] {
  switch (kind) {
    case 'shipment':
      return [
        ['asnNumber', 'shipmentNumber', 'receiptNumber'],
        ['lines', 'packs'],
      ];
    case 'invoice':
    case 'credit':
      return [['lines', 'totals.total']];
    default:
      return [];
  }
}

function collect(schema: JsonSchema, path: string, defs: Record<string, JsonSchema>, seen: Set<string>): string[] {
  const ref = typeof schema.$ref === 'string' ? schema.$ref.replace('#/$defs/', '') : null;
  if (ref !== null) {
    const target = defs[ref];
    if (!target || seen.has(ref)) return [];
    return collect(target, path, defs, new Set([...seen, ref]));
  }
  const variants = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
  if (variants) {
    const perVariant = variants.map((variant) => new Set(collect(variant, path, defs, seen)));
    const [first, ...rest] = perVariant;
    return first ? [...first].filter((leaf) => rest.every((other) => other.has(leaf))) : [];
  }
  if (schema.type === 'array' && schema.items && typeof schema.items === 'object') {
    const inner = collect(schema.items as JsonSchema, `${path}[]`, defs, seen);
    return inner.length > 0 ? inner : [`${path}[]`];
  }
  if (schema.type === 'object' && schema.properties) {
    const properties = schema.properties as Record<string, JsonSchema>;
    const required = (schema.required ?? []) as string[];
    const leaves = required.flatMap((name) => {
      const child = properties[name];
      const childPath = path ? `${path}.${name}` : name;
      return child ? collect(child, childPath, defs, seen) : [childPath];
    });
    return leaves.length > 0 ? leaves : path ? [path] : [];
  }
  return path ? [path] : [];
}
