/**
 * The map format ('crossdock-map/1'): a map is JSON data, stored per partner and document type, derived from a
 * default map. This file is the contract other engineers write default maps against: change it only by adding.
 * The path language inside the strings (`from`, `each`, `when.path`) is described in FORMAT.md and compiled by
 * compile.ts; this schema checks only the shape.
 */
import { z } from 'zod';

export const MAP_FORMAT = 'crossdock-map/1';

/** The canonical document kinds a map can produce (main/core/canonical). */
export const mapKinds = ['order', 'order-change', 'order-ack', 'shipment', 'invoice', 'inventory', 'return', 'credit'] as const;
export type MapKind = (typeof mapKinds)[number];

const ruleId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,79}$/, 'a rule id is 1-80 letters, digits, _ . : - (starting with a letter or digit)');
/** A source path (FORMAT.md): 'BEG03', 'REF[REF01=IA].REF02', 'loop(N1)', 'order_id', '$.lines[*]'. */
const sourcePath = z.string().min(1).max(500);
/** A canonical path: 'poNumber', 'shipTo.name', 'lines[]'; inside an `each`, relative to the element being built. */
const targetPath = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*(\[\])?(\.[A-Za-z_][A-Za-z0-9_]*(\[\])?)*$/, "a target is dotted names, a name may end in '[]' (append)");
const constant = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const mapSourceSchema = z.discriminatedUnion('standard', [
  z.object({
    standard: z.literal('x12'),
    /** transaction set id: '850' */
    type: z.string().regex(/^\d{3}$/),
    /** informative: the version the map was written for ('004010') */
    version: z.string().optional(),
  }).strict(),
  z.object({
    standard: z.literal('edifact'),
    /** message type: 'ORDERS' */
    type: z.string().regex(/^[A-Z]{6}$/),
    version: z.string().optional(),
  }).strict(),
  z.object({
    standard: z.literal('csv'),
    /** one character; default ',' */
    delimiter: z.string().length(1).optional(),
    header: z.literal(true),
    /** column whose value groups consecutive rows into one document (an order per order number); default: one row, one document */
    groupBy: z.string().min(1).optional(),
  }).strict(),
  z.object({
    standard: z.literal('json'),
    /** JSON path that yields the documents ('$.orders[*]'); default '$' (the whole input is one document) */
    documents: z.string().min(1).optional(),
  }).strict(),
]);
export type MapSource = z.infer<typeof mapSourceSchema>;

export const dateFormats = [
  'auto', 'CCYYMMDD', 'YYMMDD', 'CCYYMMDDHHMM', 'CCYYMMDDHHMMSS', 'YYYY-MM-DD', 'ISO', 'MM/DD/YYYY', 'DD/MM/YYYY', 'DD.MM.YYYY',
  /** EDIFACT 2379 codes: 102 CCYYMMDD, 101 YYMMDD, 203 CCYYMMDDHHMM, 204 CCYYMMDDHHMMSS */
  '102', '101', '203', '204',
] as const;
export type DateFormat = (typeof dateFormats)[number];

const otherwise = z.enum(['keep', 'drop', 'error']).optional();

export const transformSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('trim') }).strict(),
  z.object({ op: z.literal('upper') }).strict(),
  z.object({ op: z.literal('lower') }).strict(),
  /** a date (and time) to ISO 'YYYY-MM-DD' / 'YYYY-MM-DDTHH:MM[:SS]'; `formatFrom` reads the format code from the
   *  source (EDIFACT DTM01.3) and wins over `format` when present; `time` adds an X12 time element (HHMM[SS]) */
  z.object({ op: z.literal('date'), format: z.enum(dateFormats), formatFrom: sourcePath.optional(), time: sourcePath.optional() }).strict(),
  /** X12 Nn: '1250' with places 2 is '12.50' */
  z.object({ op: z.literal('implied-decimal'), places: z.number().int().min(0).max(9) }).strict(),
  /** normalize a decimal string ('+012.50' → '12.5', EDIFACT '12,5' → '12.5'); never a binary float */
  z.object({ op: z.literal('decimal'), decimalMark: z.enum(['.', ',']).optional() }).strict(),
  /** a whole number as a JSON number (line numbers, counts) */
  z.object({ op: z.literal('integer') }).strict(),
  /** code translation through `tables[table]`; a code not in the table: keep it, drop the value, or error (default) */
  z.object({ op: z.literal('table'), table: z.string().min(1), otherwise }).strict(),
  /** converts the quantity (the value) from the unit read at `unitFrom` to `to` with CrossReferences.convertUom;
   *  `itemFrom` reads the item id for item-specific conversions (a case of 12 vs a case of 24) */
  z.object({ op: z.literal('uom'), to: z.string().min(1), unitFrom: sourcePath, itemFrom: sourcePath.optional(), otherwise }).strict(),
  /** CrossReferences.itemBy: the value is an item id of kind `by`; the result is the `to` id of the same item */
  z.object({ op: z.literal('item'), by: z.enum(['buyerPart', 'vendorPart', 'sku', 'gtin', 'upc']), to: z.enum(['buyerPart', 'vendorPart', 'sku', 'gtin', 'upc']), otherwise }).strict(),
  /** CrossReferences.locationBy: the value is a location id of kind `by`; the result is the `to` id */
  z.object({ op: z.literal('location'), by: z.enum(['code', 'gln', 'warehouse']), to: z.enum(['code', 'gln', 'warehouse']), otherwise }).strict(),
  /** appends other source values (empty ones skipped) with a separator (default ' ') */
  z.object({ op: z.literal('concat'), with: z.array(sourcePath).min(1), separator: z.string().optional() }).strict(),
  /** 0-based start, optional length */
  z.object({ op: z.literal('substring'), start: z.number().int().min(0), length: z.number().int().min(0).optional() }).strict(),
  /** '0012' → '12' (ids and line numbers sent zero-padded) */
  z.object({ op: z.literal('strip-leading-zeros') }).strict(),
]);
export type Transform = z.infer<typeof transformSchema>;

/** A condition on the source, evaluated in the rule's scope. A path is "present" when it yields a non-empty value. */
export type Condition =
  | { path: string; equals?: string; in?: string[]; exists?: boolean; notEquals?: string; notIn?: string[] }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({
      path: sourcePath, equals: z.string().optional(), in: z.array(z.string()).min(1).optional(), exists: z.boolean().optional(), notEquals: z.string().optional(),
      notIn: z.array(z.string()).min(1).optional(),
    }).strict(),
    z.object({ all: z.array(conditionSchema).min(1) }).strict(),
    z.object({ any: z.array(conditionSchema).min(1) }).strict(),
    z.object({ not: conditionSchema }).strict(),
  ]),
);

/**
 * For an `each` with an appending target: arrange the elements it builds into a tree by id and parent id (EDIFACT
 * CPS 7164 / 7166, X12 HL01 / HL02). `id` and `parent` are read in each occurrence's scope; an element whose parent
 * id names another occurrence goes into that occurrence's element at `into` (a target ending in '[]'), climbing past
 * occurrences that built nothing or were filtered out by `when`; the others stay in the `each` target.
 */
export interface Nest {
  id: string;
  parent: string;
  into: string;
}

export const nestSchema = z.object({ id: sourcePath, parent: sourcePath, into: targetPath }).strict();

/**
 * One rule writes one target. Exactly one of `from` (a source path, or a list: the first present value wins),
 * `value` (a constant) or `each` (a repeating scope: one target array element per occurrence, built by `rules`).
 */
export interface Rule {
  /** stable id, unique in the map; errors and coverage name it */
  id: string;
  target: string;
  from?: string | string[];
  value?: string | number | boolean | null;
  each?: string;
  rules?: Rule[];
  /** `each` only: nest the built elements by id / parent id (see Nest) */
  nest?: Nest;
  when?: Condition;
  transform?: Transform[];
  /** used when `from` yields nothing (after transforms) */
  default?: string | number | boolean | null;
  /** no value (after default) is an error issue */
  required?: boolean;
  description?: string;
}

export const ruleSchema: z.ZodType<Rule> = z.lazy(() =>
  z.object({
    id: ruleId,
    target: targetPath,
    from: z.union([sourcePath, z.array(sourcePath).min(1)]).optional(),
    value: constant.optional(),
    each: sourcePath.optional(),
    rules: z.array(ruleSchema).optional(),
    nest: nestSchema.optional(),
    when: conditionSchema.optional(),
    transform: z.array(transformSchema).optional(),
    default: constant.optional(),
    required: z.boolean().optional(),
    description: z.string().optional(),
  }).strict(),
);

export const mapDefinitionSchema = z.object({
  format: z.literal(MAP_FORMAT),
  kind: z.enum(mapKinds),
  source: mapSourceSchema,
  /** a short name for lists ('X12 850 default') */
  name: z.string().optional(),
  description: z.string().optional(),
  /** code translation tables: tables.uom.CA = 'CS' */
  tables: z.record(z.string(), z.record(z.string(), z.string())).optional(),
  rules: z.array(ruleSchema),
}).strict();

export type MapDefinition = z.infer<typeof mapDefinitionSchema>;

/**
 * Partner cross-references the caller passes to mapping (the partners module adapts its profile to this).
 * Each returns undefined when the partner has no answer; mapping then applies the transform's `otherwise`.
 */
export interface CrossReferences {
  /** the `to` id of the item whose `by` id is `value` */
  itemBy(by: ItemIdKind, value: string, to: ItemIdKind): string | undefined;
  /** `quantity` (decimal string) in `from` units expressed in `to` units, as a decimal string (CA 2 → EA 24) */
  convertUom(quantity: string, from: string, to: string, item?: string): string | undefined;
  /** the `to` id of the location whose `by` id is `value` */
  locationBy(by: LocationIdKind, value: string, to: LocationIdKind): string | undefined;
}
export type ItemIdKind = 'buyerPart' | 'vendorPart' | 'sku' | 'gtin' | 'upc';
export type LocationIdKind = 'code' | 'gln' | 'warehouse';
