/**
 * The canonical document union and the questions asked of it: which kinds exist, the schema of each, validation with
 * readable paths, the fields a map must fill, and JSON Schema for integrators.
 */
import { z } from 'zod';
import { creditSchema, invoiceSchema } from './invoice.js';
import { orderAckSchema, orderChangeSchema, orderSchema } from './orders.js';
import { shipmentSchema } from './shipment.js';
import { inventorySchema, returnSchema } from './stock.js';

export const canonicalSchemas = {
  order: orderSchema,
  'order-change': orderChangeSchema,
  'order-ack': orderAckSchema,
  shipment: shipmentSchema,
  invoice: invoiceSchema,
  inventory: inventorySchema,
  return: returnSchema,
  credit: creditSchema,
} as const;

export type CanonicalKind = keyof typeof canonicalSchemas;

/** In thread order: what is ordered, changed, acknowledged, shipped, invoiced, stocked, returned, credited. */
export const canonicalKinds = Object.keys(canonicalSchemas) as CanonicalKind[];

export const canonicalDocumentSchema = z.discriminatedUnion('kind', [orderSchema, orderChangeSchema, orderAckSchema, shipmentSchema, invoiceSchema, inventorySchema, returnSchema, creditSchema]);

export type CanonicalDocument = z.infer<typeof canonicalDocumentSchema>;
export type CanonicalDocumentOf<K extends CanonicalKind> = Extract<CanonicalDocument, { kind: K }>;

export function isCanonicalKind(kind: string): kind is CanonicalKind {
  return Object.hasOwn(canonicalSchemas, kind);
}

export function schemaFor<K extends CanonicalKind>(kind: K): (typeof canonicalSchemas)[K] {
  return canonicalSchemas[kind];
}

/** A zod issue with its path also as text ('lines[0].quantity.value'), which is what the mapping editor shows. */
export type CanonicalIssue = z.core.$ZodIssue & { pathText: string };

export type CanonicalValidation = { ok: true; document: CanonicalDocument } | { ok: false; issues: CanonicalIssue[] };

export function validateCanonical(document: unknown): CanonicalValidation {
  const result = canonicalDocumentSchema.safeParse(document);
  if (result.success) return { ok: true, document: result.data };
  return { ok: false, issues: result.error.issues.map((issue) => ({ ...issue, pathText: pathToText(issue.path) })) };
}

export function pathToText(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text ? `.${String(segment)}` : String(segment);
  }
  return text;
}
