/** Order, OrderChange, OrderAck: the buyer's order, its changes, and our answer (X12 850/940/860/855, ORDERS/ORDCHG/ORDRSP). */
import { z } from 'zod';
import { allowanceChargeSchema, carrierSchema, datedEventSchema, dateSchema, headerShape, lineNumberSchema, moneySchema, partySchema, paymentTermsSchema, productIdsSchema, quantitySchema, referenceSchema } from './common.js';

/** X12 BEG01 / BCH01 / BAK01, EDIFACT BGM 1225, in words; `purposeCode` keeps the source's code. */
export const purposes = ['original', 'replace', 'change', 'cancel', 'confirmation', 'duplicate', 'test', 'other'] as const;

export const orderLineSchema = z
  .object({
    lineNumber: lineNumberSchema.optional(),
    product: productIdsSchema.optional(),
    quantity: quantitySchema,
    unitPrice: moneySchema.optional(),
    /** X12 PO105 / EDIFACT PRI 5125 basis ('PE' per each, 'CA' per case...) */
    priceBasis: z.string().optional(),
    amount: moneySchema.optional(),
    dates: z.array(datedEventSchema).optional(),
    parties: z.array(partySchema).optional(),
    references: z.array(referenceSchema).optional(),
    allowancesCharges: z.array(allowanceChargeSchema).optional(),
    notes: z.array(z.string()).optional(),
  })
  .strict();

export const orderSchema = z
  .object({
    kind: z.literal('order'),
    ...headerShape,
    /** 'purchase-order': 850 / ORDERS / a web order; 'warehouse-order': 940, what we ask a warehouse to ship */
    role: z.enum(['purchase-order', 'warehouse-order']),
    purpose: z.enum(purposes).optional(),
    purposeCode: z.string().optional(),
    /** BEG02 ('SA' stand-alone, 'DS' drop ship...) */
    orderType: z.string().optional(),
    /** the buyer's order reference (BEG03, W05 PO number, BGM 1004); for channels without POs, the channel's order id */
    poNumber: z.string().min(1),
    /** the seller's / ERP's order number, or a 940's depositor order number (W0502) */
    orderNumber: z.string().min(1).optional(),
    releaseNumber: z.string().optional(),
    contractNumber: z.string().optional(),
    terms: paymentTermsSchema.optional(),
    carrier: carrierSchema.optional(),
    allowancesCharges: z.array(allowanceChargeSchema).optional(),
    lines: z.array(orderLineSchema).min(1),
    /** CTT01 / CNT: the count the sender declared, kept to compare with lines.length */
    declaredLineCount: z.number().int().min(0).optional(),
    totalAmount: moneySchema.optional(),
  })
  .strict();

export const changeTypes = ['add', 'delete', 'quantity', 'price', 'quantity-and-price', 'date', 'replace', 'no-change', 'other'] as const;

export const orderChangeLineSchema = z
  .object({
    lineNumber: lineNumberSchema.optional(),
    /** X12 POC02 ('AI' add, 'DI' delete, 'QI' quantity increase, 'PC' price change...), EDIFACT LIN 1229, in words */
    change: z.enum(changeTypes),
    changeCode: z.string().optional(),
    product: productIdsSchema.optional(),
    /** the line's quantity after the change */
    quantity: quantitySchema.optional(),
    /** the quantity before the change, when the source states it */
    previousQuantity: quantitySchema.optional(),
    unitPrice: moneySchema.optional(),
    dates: z.array(datedEventSchema).optional(),
    references: z.array(referenceSchema).optional(),
    notes: z.array(z.string()).optional(),
  })
  .strict();

export const orderChangeSchema = z
  .object({
    kind: z.literal('order-change'),
    ...headerShape,
    purpose: z.enum(purposes).optional(),
    purposeCode: z.string().optional(),
    poNumber: z.string().min(1),
    orderNumber: z.string().min(1).optional(),
    /** BCH05 change order sequence: changes apply in this order */
    changeNumber: z.string().optional(),
    /** no lines: a header-only change or a cancellation of the whole order (purpose 'cancel') */
    lines: z.array(orderChangeLineSchema).optional(),
  })
  .strict();

/** X12 ACK01 ('IA', 'IR', 'IB', 'IC', 'IS'...), EDIFACT ORDRSP LIN 1229, in words. */
export const lineAckStatuses = ['accepted', 'rejected', 'backordered', 'changed', 'substituted', 'pending', 'other'] as const;

export const lineAckStatusSchema = z
  .object({
    status: z.enum(lineAckStatuses),
    code: z.string().optional(),
    /** how much of the line this status covers (ACK*IA*6 + ACK*IB*4 for a line of 10) */
    quantity: quantitySchema.optional(),
    /** the promised date for this part of the line */
    date: dateSchema.optional(),
  })
  .strict();

export const orderAckLineSchema = z
  .object({
    lineNumber: lineNumberSchema.optional(),
    product: productIdsSchema.optional(),
    orderedQuantity: quantitySchema.optional(),
    unitPrice: moneySchema.optional(),
    statuses: z.array(lineAckStatusSchema).min(1),
    references: z.array(referenceSchema).optional(),
    notes: z.array(z.string()).optional(),
  })
  .strict();

export const orderAckSchema = z
  .object({
    kind: z.literal('order-ack'),
    ...headerShape,
    purpose: z.enum(purposes).optional(),
    purposeCode: z.string().optional(),
    /** BAK02 in words: 'AC'/'AD'/'AK' accepted (with or without changes), 'AE' exceptions only, 'RD'/'RJ' rejected */
    status: z.enum(['accepted', 'accepted-with-changes', 'rejected', 'pending']).optional(),
    statusCode: z.string().optional(),
    poNumber: z.string().min(1),
    orderNumber: z.string().min(1).optional(),
    lines: z.array(orderAckLineSchema).optional(),
  })
  .strict();

export type OrderLine = z.infer<typeof orderLineSchema>;
export type Order = z.infer<typeof orderSchema>;
export type OrderChangeLine = z.infer<typeof orderChangeLineSchema>;
export type OrderChange = z.infer<typeof orderChangeSchema>;
export type LineAckStatus = z.infer<typeof lineAckStatusSchema>;
export type OrderAckLine = z.infer<typeof orderAckLineSchema>;
export type OrderAck = z.infer<typeof orderAckSchema>;
