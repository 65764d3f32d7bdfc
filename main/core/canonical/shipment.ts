/**
 * Shipment: what left (X12 856 / DESADV: 'asn'; X12 945: 'warehouse-advice') or what arrived (EDIFACT RECADV, X12 861:
 * 'receipt'). Items packed in a carton sit in that pack's `lines`; items not in any pack sit in the shipment's `lines`.
 * `shipmentLines()` flattens both for reconciliation.
 */
import { z } from 'zod';
import { carrierSchema, datedEventSchema, dateSchema, headerShape, lineNumberSchema, moneySchema, productIdsSchema, quantitySchema, referenceSchema } from './common.js';
import { purposes } from './orders.js';

export const shipmentLineSchema = z
  .object({
    lineNumber: lineNumberSchema.optional(),
    /** which order this line ships (an ASN may carry several: HL O level, RFF+ON) */
    poNumber: z.string().min(1).optional(),
    /** the order line it ships (X12 LIN/PO1 line number, EDIFACT RFF+LI) */
    poLineNumber: lineNumberSchema.optional(),
    product: productIdsSchema.optional(),
    /** shipped (SN102, W1202, QTY+12) or, for a receipt, received (QTY+48) */
    quantity: quantitySchema,
    orderedQuantity: quantitySchema.optional(),
    /** for receipts: what the receiver refused or found damaged (QTY+195 / 124) */
    rejectedQuantity: quantitySchema.optional(),
    /** X12 SN108 / W1201 line status ('CC' complete, 'PR' partial...), in the source's code */
    status: z.string().optional(),
    lot: z.string().optional(),
    serialNumbers: z.array(z.string()).optional(),
    dates: z.array(datedEventSchema).optional(),
    unitPrice: moneySchema.optional(),
    references: z.array(referenceSchema).optional(),
  })
  .strict();

export const ssccSchema = z.string().regex(/^\d{18}$/, { message: 'expected an 18-digit SSCC' });

export interface ShipmentPack {
  sscc?: string | undefined;
  level?: 'tare' | 'pack' | 'inner' | undefined;
  packType?: string | undefined;
  trackingNumber?: string | undefined;
  weight?: z.infer<typeof quantitySchema> | undefined;
  references?: z.infer<typeof referenceSchema>[] | undefined;
  packs?: ShipmentPack[] | undefined;
  lines?: z.infer<typeof shipmentLineSchema>[] | undefined;
}

export const packSchema: z.ZodType<ShipmentPack> = z
  .object({
    /** MAN*GM / GIN+BJ */
    sscc: ssccSchema.optional(),
    /** HL T (tare: a pallet) or P (pack: a carton); 'inner' for packs inside packs */
    level: z.enum(['tare', 'pack', 'inner']).optional(),
    /** PO4/TD1 packaging code or PAC 7065 ('CTN', 'PLT', '201') */
    packType: z.string().optional(),
    trackingNumber: z.string().optional(),
    weight: quantitySchema.optional(),
    references: z.array(referenceSchema).optional(),
    get packs() {
      return z.array(packSchema).optional();
    },
    lines: z.array(shipmentLineSchema).optional(),
  })
  .strict();

export const shipmentOrderSchema = z
  .object({ poNumber: z.string().min(1), orderNumber: z.string().min(1).optional(), releaseNumber: z.string().optional(), orderDate: dateSchema.optional() })
  .strict();

export const shipmentSchema = z
  .object({
    kind: z.literal('shipment'),
    ...headerShape,
    role: z.enum(['asn', 'warehouse-advice', 'receipt']),
    purpose: z.enum(purposes).optional(),
    purposeCode: z.string().optional(),
    /** BSN02 / BGM 1004 of a DESADV */
    asnNumber: z.string().min(1).optional(),
    /** our or the warehouse's shipment id (W0604, WMS shipment) */
    shipmentNumber: z.string().min(1).optional(),
    /** RECADV BGM 1004 / 861 BRA01 */
    receiptNumber: z.string().min(1).optional(),
    billOfLading: z.string().optional(),
    proNumber: z.string().optional(),
    carrier: carrierSchema.optional(),
    /** the orders this shipment fulfils (HL O level); a line's own poNumber says which one it belongs to */
    orders: z.array(shipmentOrderSchema).optional(),
    totalWeight: quantitySchema.optional(),
    /** TD101 / CNT: packages the sender declared */
    declaredPackageCount: z.number().int().min(0).optional(),
    packs: z.array(packSchema).optional(),
    lines: z.array(shipmentLineSchema).optional(),
  })
  .strict()
  .superRefine((shipment, context) => {
    if (!shipment.asnNumber && !shipment.shipmentNumber && !shipment.receiptNumber) {
      context.addIssue({ code: 'custom', path: ['asnNumber'], message: 'a shipment needs asnNumber, shipmentNumber or receiptNumber' });
    }
    if (!shipment.lines?.length && !shipment.packs?.length) {
      context.addIssue({ code: 'custom', path: ['lines'], message: 'a shipment needs at least one line or pack' });
    }
  });

export type ShipmentLine = z.infer<typeof shipmentLineSchema>;
export type ShipmentOrder = z.infer<typeof shipmentOrderSchema>;
export type Shipment = z.infer<typeof shipmentSchema>;

/** Every line of a shipment, unpacked ones first, each with the SSCCs of the packs around it (outermost first). */
export function shipmentLines(shipment: Pick<Shipment, 'lines' | 'packs'>): { line: ShipmentLine; packPath: (string | null)[] }[] {
  const found: { line: ShipmentLine; packPath: (string | null)[] }[] = (shipment.lines ?? []).map((line) => ({ line, packPath: [] }));
  const visit = (packs: ShipmentPack[], path: (string | null)[]): void => {
    for (const pack of packs) {
      const here = [...path, pack.sscc ?? null];
      for (const line of pack.lines ?? []) found.push({ line, packPath: here });
      visit(pack.packs ?? [], here);
    }
  };
  visit(shipment.packs ?? [], []);
  return found;
}
