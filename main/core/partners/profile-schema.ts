/**
 * A trading partner's profile as zod schemas: what a coordinator edits (channel, standard, SLAs, tolerances,
 * cross-reference tables, contacts), the envelope identifiers that resolve files to the partner, and the
 * versioned export document. Pure (zod only): the contract imports it and the renderer type-imports it.
 */
import { z } from 'zod';
import { ackPolicySchema, DEFAULT_ACK_POLICY } from '../acks/schema.js';

export const PARTNER_CHANNELS = ['edi', 'ecommerce', 'marketplace', 'field-sales', 'portal'] as const;
export type PartnerChannel = (typeof PARTNER_CHANNELS)[number];

/** A non-negative decimal written as text (never a binary float): '12', '0.5', '2.50'. */
export const decimalText = z.string().trim().regex(/^\d{1,12}(\.\d{1,9})?$/, 'a decimal number such as 12 or 2.5');
const positiveDecimal = decimalText.refine((value) => /[1-9]/.test(value), 'must be more than 0');
const optionalText = (max: number) => z.string().trim().max(max).optional();
const hours = z.number().int().min(1).max(24 * 90);

export const gtinText = z.string().trim().regex(/^(\d{8}|\d{12}|\d{13}|\d{14})$/, 'a GTIN has 8, 12, 13 or 14 digits');
export const glnText = z.string().trim().regex(/^\d{13}$/, 'a GLN has 13 digits');

export const partnerIdentifierSchema = z.discriminatedUnion('kind', [
  /** ISA05/06 (their sender) or ISA07/08 (when we send to them) */
  z.object({ kind: z.literal('isa'), qualifier: z.string().trim().min(1, 'an ISA qualifier such as ZZ or 01').max(2), id: z.string().trim().min(1).max(15) }).strict(),
  /** GS02 application sender code */
  z.object({ kind: z.literal('gs'), id: z.string().trim().min(1).max(15) }).strict(),
  /** UNB 0004/0007 (qualifier may be empty) */
  z.object({ kind: z.literal('unb'), qualifier: z.string().trim().max(4), id: z.string().trim().min(1).max(35) }).strict(),
  /** UNG 0040 application sender */
  z.object({ kind: z.literal('ung'), id: z.string().trim().min(1).max(35) }).strict(),
  z.object({ kind: z.literal('gln'), id: glnText }).strict(),
  z.object({ kind: z.literal('duns'), id: z.string().trim().regex(/^\d{9}(\d{4})?$/, 'a DUNS number has 9 digits (13 with a suffix)') }).strict(),
]);
export type PartnerIdentifier = z.infer<typeof partnerIdentifierSchema>;
export type PartnerIdentifierKind = PartnerIdentifier['kind'];

export const outboundDelimitersSchema = z
  .object({
    element: z.string().length(1),
    component: z.string().length(1),
    segment: z.string().length(1),
    /** X12 5010+ ISA11 / EDIFACT syntax 4; empty: none */
    repetition: z.string().max(1),
  })
  .strict()
  .refine((d) => new Set([d.element, d.component, d.segment, ...(d.repetition ? [d.repetition] : [])]).size === (d.repetition ? 4 : 3), 'delimiters must differ from each other');
export type OutboundDelimiters = z.infer<typeof outboundDelimitersSchema>;

export const slasSchema = z
  .object({
    /** their functional ack of our documents is due within */
    ackWithinHours: hours.nullable().default(null),
    /** our ship notice is due within this many hours of shipping */
    asnWithinHours: hours.nullable().default(null),
  })
  .strict();
export type PartnerSlas = z.infer<typeof slasSchema>;

export const tolerancesSchema = z
  .object({
    pricePercent: decimalText.nullable().default(null),
    quantityUnits: decimalText.nullable().default(null),
    quantityPercent: decimalText.nullable().default(null),
  })
  .strict();
export type PartnerTolerances = z.infer<typeof tolerancesSchema>;

export const itemCrossReferenceSchema = z
  .object({ buyerPart: optionalText(48), sku: optionalText(48), gtin: gtinText.optional(), description: optionalText(200) })
  .strict()
  .refine((item) => Boolean(item.buyerPart || item.sku || item.gtin), 'give at least one of buyer part, SKU or GTIN');
export type ItemCrossReference = z.infer<typeof itemCrossReferenceSchema>;

const uomCode = z.string().trim().min(1, 'a unit code such as EA or CA').max(4).transform((code) => code.toUpperCase());
export const uomConversionSchema = z
  .object({ from: uomCode, to: uomCode, factor: positiveDecimal, sku: optionalText(48) })
  .strict()
  .refine((conversion) => conversion.from !== conversion.to, 'from and to must be different units');
/** `1 from = factor to`, e.g. { from: 'CA', to: 'EA', factor: '12' }; for one item only when sku is given. */
export type UomConversion = z.infer<typeof uomConversionSchema>;

export const locationCrossReferenceSchema = z
  .object({ code: optionalText(35), gln: glnText.optional(), warehouse: optionalText(48), name: optionalText(200) })
  .strict()
  .refine((location) => Boolean(location.code || location.gln), 'give a ship-to code or a GLN');
export type LocationCrossReference = z.infer<typeof locationCrossReferenceSchema>;

export const contactSchema = z
  .object({ name: z.string().trim().min(1).max(200), role: optionalText(100), email: z.string().trim().email().max(200).optional(), phone: optionalText(40) })
  .strict();
export type PartnerContact = z.infer<typeof contactSchema>;

/**
 * What a coordinator edits; kept in partners.profile_json beside what ingest learned (see LearnedProfile). Every key
 * optional: `partners.update` changes only the keys it is given, and a stored profile fills the rest from defaults.
 */
export const profilePatchSchema = z
  .object({
    channel: z.enum(PARTNER_CHANNELS),
    standard: z.enum(['x12', 'edifact']).nullable(),
    /** e.g. 004010, 005010, D96A */
    version: z.string().trim().max(12).nullable(),
    outboundDelimiters: outboundDelimitersSchema.nullable(),
    ackPolicy: ackPolicySchema,
    /** null: the workspace setting (stored as an absent key, as main/core/acks/policy.ts reads it) */
    ackOverdueHours: z.number().int().min(1).max(24 * 30).nullable(),
    slas: slasSchema,
    tolerances: tolerancesSchema,
    items: z.array(itemCrossReferenceSchema).max(50_000),
    uomConversions: z.array(uomConversionSchema).max(5_000),
    locations: z.array(locationCrossReferenceSchema).max(50_000),
    contacts: z.array(contactSchema).max(100),
  })
  .partial()
  .strict();
export type PartnerProfilePatch = z.output<typeof profilePatchSchema>;
export type PartnerProfileFields = Required<PartnerProfilePatch>;

export const DEFAULT_PROFILE_FIELDS: PartnerProfileFields = {
  channel: 'edi',
  standard: null,
  version: null,
  outboundDelimiters: null,
  ackPolicy: DEFAULT_ACK_POLICY,
  ackOverdueHours: null,
  slas: { ackWithinHours: null, asnWithinHours: null },
  tolerances: { pricePercent: null, quantityUnits: null, quantityPercent: null },
  items: [],
  uomConversions: [],
  locations: [],
  contacts: [],
};
export const PROFILE_FIELD_KEYS = Object.keys(DEFAULT_PROFILE_FIELDS) as (keyof PartnerProfileFields)[];

export const partnerNameSchema = z.string().trim().min(1, 'a partner needs a name').max(200);

/** A whole profile as exported and imported: the name and any fields (missing ones take their defaults). */
export const partnerProfileSchema = profilePatchSchema.extend({ name: partnerNameSchema }).strict();
export type PartnerProfile = PartnerProfileFields & { name: string };

/** Read-only: what ingest learned from the partner's files (main/core/partners/resolve.ts writes it). */
export interface LearnedProfile {
  delimiters: unknown;
  versions: string[];
  quirks: string[];
  standards: string[];
}

export const PARTNER_EXPORT_FORMAT = 'crossdock-partner/1';

export const partnerExportSchema = z
  .object({
    format: z.literal(PARTNER_EXPORT_FORMAT, { error: `expected format '${PARTNER_EXPORT_FORMAT}'` }),
    exportedAt: z.string().max(40).optional(),
    profile: partnerProfileSchema,
    identifiers: z.array(partnerIdentifierSchema).max(200),
    /** informational; seeds a partner created by the import */
    learned: z.object({ delimiters: z.unknown(), versions: z.array(z.string()), quirks: z.array(z.string()), standards: z.array(z.string()) }).partial().optional(),
  })
  .strict();
export type PartnerExport = z.output<typeof partnerExportSchema>;
