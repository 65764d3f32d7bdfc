/**
 * Building blocks every canonical document shares: money, quantities, dates, parties, product ids, references, and
 * the header (source, partner, channel). Pure zod: the renderer imports these types, maps run in workers.
 */
import { z } from 'zod';
import { dateProblem } from './dates.js';
import { DECIMAL_PATTERN } from './decimal.js';

export const decimalSchema = z.string().regex(DECIMAL_PATTERN, { message: "expected a decimal string such as '12.50' (never a number: binary floats lose cents)" });

export const currencySchema = z.string().regex(/^[A-Z]{3}$/, { message: 'expected an ISO 4217 currency code such as USD' });

export const moneySchema = z.object({ amount: decimalSchema, currency: currencySchema.optional() }).strict();

export const quantitySchema = z
  .object({
    value: decimalSchema,
    /** the unit as the source wrote it (X12 355 'EA', 'CA'; UN/ECE rec 20 'PCE', 'C62'); conversion is the partner profile's job */
    uom: z.string().min(1),
  })
  .strict();

export const datePrecisions = ['year', 'month', 'day', 'minute', 'second'] as const;

export const dateSchema = z
  .object({
    value: z.string(),
    precision: z.enum(datePrecisions),
    /** IANA zone ('America/Chicago') or a UTC offset ('+01:00') when the source or the partner profile says */
    timeZone: z.string().min(1).optional(),
  })
  .strict()
  .superRefine((date, context) => {
    const problem = dateProblem(date.value, date.precision);
    if (problem) context.addIssue({ code: 'custom', path: ['value'], message: problem });
  });

/** What a dated event means; `code` keeps the source's qualifier (X12 DTM01 '002', EDIFACT DTM 2005 '2'). */
export const dateQualifiers = [
  'document',
  'order',
  'requested-delivery',
  'requested-ship',
  'promised-delivery',
  'promised-ship',
  'ship',
  'estimated-delivery',
  'delivery',
  'receipt',
  'invoice',
  'due',
  'cancel-after',
  'cancel-before',
  'effective',
  'inventory-as-of',
  'other',
] as const;

export const datedEventSchema = z.object({ qualifier: z.enum(dateQualifiers), code: z.string().optional(), date: dateSchema }).strict();

/** REF*IA*12345 → { qualifier: 'IA', value: '12345' }; qualifiers stay in the source's code list. */
export const referenceSchema = z.object({ qualifier: z.string().min(1), value: z.string().min(1), description: z.string().optional() }).strict();

export const partyRoles = [
  'buyer',
  'seller',
  'supplier',
  'ship-to',
  'bill-to',
  'ship-from',
  'remit-to',
  'sold-to',
  'mark-for',
  'ordered-by',
  'consignee',
  'warehouse',
  'depositor',
  'carrier',
  'manufacturer',
  'other',
] as const;

/** gln: GS1 Global Location Number (X12 UL, EDIFACT 9); duns (X12 1, EDIFACT 16); buyer-/seller-assigned: X12 92 / 91. */
export const partyIdSchemes = ['gln', 'duns', 'duns-plus-4', 'buyer-assigned', 'seller-assigned', 'mutually-defined', 'other'] as const;

export const partyIdSchema = z
  .object({
    scheme: z.enum(partyIdSchemes),
    value: z.string().min(1),
    /** the source's own qualifier ('92', 'UL', '9') */
    qualifier: z.string().optional(),
  })
  .strict();

export const addressSchema = z
  .object({
    lines: z.array(z.string()).optional(),
    city: z.string().optional(),
    region: z.string().optional(),
    postalCode: z.string().optional(),
    /** ISO 3166-1 alpha-2 where known */
    country: z.string().optional(),
  })
  .strict();

export const contactSchema = z.object({ name: z.string().optional(), phone: z.string().optional(), email: z.string().optional(), function: z.string().optional() }).strict();

export const partySchema = z
  .object({
    role: z.enum(partyRoles),
    /** the source's role code (X12 N101 'ST', EDIFACT NAD 3035 'DP') */
    roleCode: z.string().optional(),
    ids: z.array(partyIdSchema).optional(),
    name: z.string().optional(),
    address: addressSchema.optional(),
    contacts: z.array(contactSchema).optional(),
  })
  .strict();

/** Every way a line names its product; reconciliation matches on whichever both sides have, through the cross-references. */
export const productIdsSchema = z
  .object({
    buyerPart: z.string().min(1).optional(),
    vendorPart: z.string().min(1).optional(),
    /** our own item number (ERP/WMS) */
    sku: z.string().min(1).optional(),
    gtin: z.string().regex(/^\d{8}$|^\d{12,14}$/, { message: 'expected a GTIN of 8, 12, 13 or 14 digits' }).optional(),
    upc: z.string().regex(/^\d{12}$/, { message: 'expected a 12-digit UPC' }).optional(),
    ean: z.string().regex(/^\d{8}$|^\d{13}$/, { message: 'expected an 8- or 13-digit EAN' }).optional(),
    /** qualifiers without a field of their own (X12 PO1 'MG', 'IZ', EDIFACT PIA 'SA'...) */
    other: z.array(referenceSchema).optional(),
    description: z.string().optional(),
  })
  .strict();

export const allowanceChargeSchema = z
  .object({
    type: z.enum(['allowance', 'charge']),
    /** X12 SAC02 ('D240' freight, 'C310' discount), EDIFACT ALC 7161 */
    code: z.string().optional(),
    description: z.string().optional(),
    amount: moneySchema.optional(),
    /** percent as a decimal string: '2.5' is 2.5 % */
    percent: decimalSchema.optional(),
    basis: moneySchema.optional(),
    rate: moneySchema.optional(),
    quantity: quantitySchema.optional(),
  })
  .strict();

export const taxSchema = z
  .object({
    /** 'VAT', 'sales', 'GST', or the source's code (X12 TXI01 'ST', EDIFACT TAX 5153 'VAT') */
    type: z.string().min(1),
    category: z.string().optional(),
    percent: decimalSchema.optional(),
    amount: moneySchema.optional(),
    taxableAmount: moneySchema.optional(),
    jurisdiction: z.string().optional(),
  })
  .strict();

export const paymentTermsSchema = z
  .object({
    code: z.string().optional(),
    description: z.string().optional(),
    netDays: z.number().int().min(0).optional(),
    discountPercent: decimalSchema.optional(),
    discountDays: z.number().int().min(0).optional(),
    dueDate: dateSchema.optional(),
  })
  .strict();

export const carrierSchema = z
  .object({
    scac: z.string().optional(),
    name: z.string().optional(),
    /** transport mode as the source codes it (X12 TD504 'M' motor, EDIFACT TDT 8067) */
    mode: z.string().optional(),
    serviceLevel: z.string().optional(),
    trackingNumber: z.string().optional(),
  })
  .strict();

export const sourceSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('edi'),
      fileId: z.number().int().positive().optional(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/, { message: 'expected a lowercase hex SHA-256' }).optional(),
      documentId: z.number().int().positive().optional(),
      byteStart: z.number().int().min(0),
      byteEnd: z.number().int().min(0),
      standard: z.enum(['x12', 'edifact']),
      /** '850', 'ORDERS' */
      type: z.string().min(1),
      version: z.string().optional(),
      /** ST02 / UNH 0062 */
      controlNumber: z.string().min(1),
    })
    .strict()
    .refine((source) => source.byteEnd >= source.byteStart, { path: ['byteEnd'], message: 'byteEnd is before byteStart' }),
  z.object({ kind: z.literal('connector'), connector: z.string().min(1), stream: z.string().min(1), recordId: z.string().min(1) }).strict(),
  z.object({ kind: z.literal('file'), name: z.string().min(1), row: z.number().int().min(0).optional() }).strict(),
  z.object({ kind: z.literal('manual'), by: z.string().min(1) }).strict(),
]);

export const partnerRefSchema = z.object({ id: z.number().int().positive().optional(), name: z.string().optional() }).strict();

export const channels = ['edi', 'ecommerce', 'marketplace', 'field-sales', 'portal'] as const;

/** Fields on every canonical document (the kind literal and business keys are added per kind). */
export const headerShape = {
  source: sourceSchema,
  partner: partnerRefSchema.optional(),
  channel: z.enum(channels),
  /** the document's own date (BEG05, BSN03, BIG01, BGM/DTM 137) */
  documentDate: dateSchema.optional(),
  dates: z.array(datedEventSchema).optional(),
  parties: z.array(partySchema).optional(),
  currency: currencySchema.optional(),
  references: z.array(referenceSchema).optional(),
  notes: z.array(z.string()).optional(),
};

/** A line's number as the source gives it (PO101, LIN 1082); text because X12 allows '1A'. */
export const lineNumberSchema = z.string().min(1);

export type Money = z.infer<typeof moneySchema>;
export type Quantity = z.infer<typeof quantitySchema>;
export type DatedEvent = z.infer<typeof datedEventSchema>;
export type Reference = z.infer<typeof referenceSchema>;
export type Party = z.infer<typeof partySchema>;
export type PartyRole = (typeof partyRoles)[number];
export type PartyId = z.infer<typeof partyIdSchema>;
export type Address = z.infer<typeof addressSchema>;
export type ProductIds = z.infer<typeof productIdsSchema>;
export type AllowanceCharge = z.infer<typeof allowanceChargeSchema>;
export type Tax = z.infer<typeof taxSchema>;
export type PaymentTerms = z.infer<typeof paymentTermsSchema>;
export type Carrier = z.infer<typeof carrierSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type PartnerRef = z.infer<typeof partnerRefSchema>;
export type Channel = (typeof channels)[number];
