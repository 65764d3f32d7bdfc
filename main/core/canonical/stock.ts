/** InventoryPosition (X12 846, EDIFACT INVRPT, ERP/WMS stock) and Return (X12 180, EDIFACT RETANN, marketplace returns). */
import { z } from 'zod';
import { dateSchema, headerShape, lineNumberSchema, moneySchema, productIdsSchema, quantitySchema, referenceSchema } from './common.js';
import { purposes } from './orders.js';

/** X12 QTY01 / EDIFACT QTY 6063 in words ('33' available, '02' on order, '17' on hand...); `code` keeps the source's. */
export const stockQuantityTypes = ['available', 'on-hand', 'on-order', 'allocated', 'in-transit', 'reserved', 'backordered', 'damaged', 'other'] as const;

export const stockQuantitySchema = z
  .object({
    type: z.enum(stockQuantityTypes),
    code: z.string().optional(),
    quantity: quantitySchema,
    /** when this quantity is (or becomes) true: a future availability date for 'on-order' */
    date: dateSchema.optional(),
  })
  .strict();

export const inventoryLineSchema = z
  .object({
    lineNumber: lineNumberSchema.optional(),
    product: productIdsSchema.optional(),
    /** warehouse or location code / GLN, when positions are per location */
    location: z.string().optional(),
    quantities: z.array(stockQuantitySchema).min(1),
    unitPrice: moneySchema.optional(),
    references: z.array(referenceSchema).optional(),
  })
  .strict();

export const inventorySchema = z
  .object({
    kind: z.literal('inventory'),
    ...headerShape,
    purpose: z.enum(purposes).optional(),
    purposeCode: z.string().optional(),
    /** BIA03 / BGM 1004 */
    reportNumber: z.string().optional(),
    /** the moment the positions describe (BIA04/05, DTM+366) */
    asOf: dateSchema.optional(),
    lines: z.array(inventoryLineSchema).min(1),
  })
  .strict();

export const returnLineSchema = z
  .object({
    lineNumber: lineNumberSchema.optional(),
    poLineNumber: lineNumberSchema.optional(),
    product: productIdsSchema.optional(),
    quantity: quantitySchema,
    unitPrice: moneySchema.optional(),
    reasonCode: z.string().optional(),
    reason: z.string().optional(),
    /** what was found on receipt ('new', 'damaged'...) and what happens to it ('restock', 'scrap'...) */
    condition: z.string().optional(),
    disposition: z.string().optional(),
    invoiceNumber: z.string().optional(),
    references: z.array(referenceSchema).optional(),
  })
  .strict();

export const returnSchema = z
  .object({
    kind: z.literal('return'),
    ...headerShape,
    purpose: z.enum(purposes).optional(),
    purposeCode: z.string().optional(),
    status: z.enum(['requested', 'authorized', 'received', 'rejected', 'closed']).optional(),
    /** the return authorization (RMA) number: X12 BGN02 / RETANN BGM 1004 / marketplace return id */
    returnNumber: z.string().min(1),
    poNumber: z.string().min(1).optional(),
    orderNumber: z.string().min(1).optional(),
    invoiceNumber: z.string().min(1).optional(),
    lines: z.array(returnLineSchema).min(1),
  })
  .strict();

export type StockQuantity = z.infer<typeof stockQuantitySchema>;
export type InventoryLine = z.infer<typeof inventoryLineSchema>;
export type InventoryPosition = z.infer<typeof inventorySchema>;
export type ReturnLine = z.infer<typeof returnLineSchema>;
export type Return = z.infer<typeof returnSchema>;
