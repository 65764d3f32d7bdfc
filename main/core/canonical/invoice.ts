/**
 * Invoice (X12 810, EDIFACT INVOIC 380) and Credit (X12 812, an 810 with BIG07 'CR', INVOIC 381/383, an ERP credit
 * memo). Credit notes are Credits, not Invoices with a flag: reconciliation asks different questions of them (return
 * received with no credit, credit amount vs returned value) and a flag would let a credit be summed as a sale.
 */
import { z } from 'zod';
import { allowanceChargeSchema, datedEventSchema, headerShape, lineNumberSchema, moneySchema, paymentTermsSchema, productIdsSchema, quantitySchema, referenceSchema, taxSchema } from './common.js';
import { purposes } from './orders.js';

export const invoiceTotalsSchema = z
  .object({
    /** sum of line amounts before header allowances/charges and tax */
    lineTotal: moneySchema.optional(),
    allowanceTotal: moneySchema.optional(),
    chargeTotal: moneySchema.optional(),
    taxTotal: moneySchema.optional(),
    /** the amount due: X12 TDS01 (implied 2 decimals), EDIFACT MOA+77 / 9 */
    total: moneySchema.optional(),
    /** TDS02: amount subject to terms discount */
    discountableAmount: moneySchema.optional(),
    /** CTT01 / CNT: the count the sender declared */
    declaredLineCount: z.number().int().min(0).optional(),
  })
  .strict();

export const invoiceLineSchema = z
  .object({
    lineNumber: lineNumberSchema.optional(),
    poLineNumber: lineNumberSchema.optional(),
    product: productIdsSchema.optional(),
    /** invoiced quantity (IT102, QTY+47) */
    quantity: quantitySchema,
    unitPrice: moneySchema.optional(),
    priceBasis: z.string().optional(),
    amount: moneySchema.optional(),
    taxes: z.array(taxSchema).optional(),
    allowancesCharges: z.array(allowanceChargeSchema).optional(),
    references: z.array(referenceSchema).optional(),
    dates: z.array(datedEventSchema).optional(),
  })
  .strict();

export const invoiceSchema = z
  .object({
    kind: z.literal('invoice'),
    ...headerShape,
    purpose: z.enum(purposes).optional(),
    purposeCode: z.string().optional(),
    /** BIG02 / BGM 1004 */
    invoiceNumber: z.string().min(1),
    /** BIG04 / RFF+ON */
    poNumber: z.string().min(1).optional(),
    orderNumber: z.string().min(1).optional(),
    asnNumber: z.string().min(1).optional(),
    shipmentNumber: z.string().min(1).optional(),
    billOfLading: z.string().optional(),
    terms: paymentTermsSchema.optional(),
    allowancesCharges: z.array(allowanceChargeSchema).optional(),
    taxes: z.array(taxSchema).optional(),
    lines: z.array(invoiceLineSchema).optional(),
    totals: invoiceTotalsSchema.optional(),
  })
  .strict()
  .superRefine((invoice, context) => {
    if (!invoice.lines?.length && !invoice.totals?.total) context.addIssue({ code: 'custom', path: ['lines'], message: 'an invoice needs at least one line or totals.total' });
  });

export const creditLineSchema = z
  .object({
    lineNumber: lineNumberSchema.optional(),
    /** the invoice line or order line this credit adjusts */
    invoiceLineNumber: lineNumberSchema.optional(),
    product: productIdsSchema.optional(),
    quantity: quantitySchema.optional(),
    unitPrice: moneySchema.optional(),
    amount: moneySchema.optional(),
    /** X12 CDD01 / adjustment reason code, with words where the map knows them */
    reasonCode: z.string().optional(),
    reason: z.string().optional(),
    taxes: z.array(taxSchema).optional(),
    references: z.array(referenceSchema).optional(),
  })
  .strict();

export const creditSchema = z
  .object({
    kind: z.literal('credit'),
    ...headerShape,
    /** 812 BCD10 'C' / 'D'; a credit note is 'credit' */
    adjustment: z.enum(['credit', 'debit']),
    /** BCD02 / credit note number (BGM 1004) / ERP credit memo number */
    creditNumber: z.string().min(1),
    /** the invoice it corrects */
    invoiceNumber: z.string().min(1).optional(),
    poNumber: z.string().min(1).optional(),
    /** the return authorization it settles */
    returnNumber: z.string().min(1).optional(),
    reasonCode: z.string().optional(),
    reason: z.string().optional(),
    allowancesCharges: z.array(allowanceChargeSchema).optional(),
    taxes: z.array(taxSchema).optional(),
    lines: z.array(creditLineSchema).optional(),
    totals: invoiceTotalsSchema.optional(),
  })
  .strict()
  .superRefine((credit, context) => {
    if (!credit.lines?.length && !credit.totals?.total) context.addIssue({ code: 'custom', path: ['lines'], message: 'a credit needs at least one line or totals.total' });
  });

export type InvoiceTotals = z.infer<typeof invoiceTotalsSchema>;
export type InvoiceLine = z.infer<typeof invoiceLineSchema>;
export type Invoice = z.infer<typeof invoiceSchema>;
export type CreditLine = z.infer<typeof creditLineSchema>;
export type Credit = z.infer<typeof creditSchema>;
