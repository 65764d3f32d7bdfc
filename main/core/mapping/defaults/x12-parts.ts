/**
 * Rule groups and code tables several X12 default maps share (N1 parties, DTM dates, REF references, SAC allowances,
 * PO1-style product ids). Each group takes an id prefix so rule ids stay unique when a group is used twice in a map
 * (header and line parties).
 */
import type { Rule } from '../format.js';

/** X12 98 entity identifier code → canonical party role. */
export const x12PartyRoles: Record<string, string> = {
  ST: 'ship-to', BT: 'bill-to', BY: 'buyer', SE: 'seller', SU: 'supplier', VN: 'supplier', SF: 'ship-from',
  RI: 'remit-to', SO: 'sold-to', Z7: 'mark-for', OB: 'ordered-by', CN: 'consignee', WH: 'warehouse', DE: 'depositor',
  CA: 'carrier', MF: 'manufacturer',
};

/** X12 66 identification code qualifier → canonical party id scheme. */
export const x12PartyIdSchemes: Record<string, string> = {
  '1': 'duns', '9': 'duns-plus-4', UL: 'gln', '92': 'buyer-assigned', '91': 'seller-assigned', ZZ: 'mutually-defined',
};

/** X12 374 date/time qualifier → canonical date qualifier. */
export const x12DateQualifiers: Record<string, string> = {
  '002': 'requested-delivery', '010': 'requested-ship', '037': 'requested-ship', '038': 'requested-ship',
  '063': 'cancel-after', '064': 'requested-delivery', '001': 'cancel-after', '004': 'order', '011': 'ship',
  '017': 'estimated-delivery', '067': 'promised-delivery', '068': 'promised-ship', '069': 'promised-delivery',
  '035': 'delivery', '050': 'receipt', '003': 'invoice', '007': 'effective', '118': 'requested-ship',
};

/** X12 248 allowance or charge indicator. */
export const x12AllowanceCharge: Record<string, string> = { A: 'allowance', C: 'charge' };

/** The tables these rule groups translate through; a map using the groups spreads this into its `tables`. */
export const x12SharedTables = {
  partyRole: x12PartyRoles,
  partyIdScheme: x12PartyIdSchemes,
  dateQualifier: x12DateQualifiers,
  allowanceCharge: x12AllowanceCharge,
};

/** An N1 loop as a canonical party (use inside `each: "loop(N1)"`). */
export function x12PartyRules(prefix: string): Rule[] {
  return [
    { id: `${prefix}-role`, target: 'role', from: 'N101', transform: [{ op: 'table', table: 'partyRole', otherwise: 'drop' }], default: 'other' },
    { id: `${prefix}-role-code`, target: 'roleCode', from: 'N101' },
    { id: `${prefix}-name`, target: 'name', from: 'N102', transform: [{ op: 'trim' }] },
    {
      id: `${prefix}-ids`, target: 'ids[]', each: 'N1', when: { path: 'N104' }, rules: [
        { id: `${prefix}-id-scheme`, target: 'scheme', from: 'N103', transform: [{ op: 'table', table: 'partyIdScheme', otherwise: 'drop' }], default: 'other' },
        { id: `${prefix}-id-value`, target: 'value', from: 'N104', transform: [{ op: 'trim' }] },
        { id: `${prefix}-id-qualifier`, target: 'qualifier', from: 'N103' },
      ],
    },
    { id: `${prefix}-extra-name`, target: 'name', from: 'N2.N201', when: { path: 'N102', exists: false } },
    { id: `${prefix}-street-1`, target: 'address.lines[]', from: 'N3.N301', transform: [{ op: 'trim' }] },
    { id: `${prefix}-street-2`, target: 'address.lines[]', from: 'N3.N302', transform: [{ op: 'trim' }] },
    { id: `${prefix}-city`, target: 'address.city', from: 'N4.N401', transform: [{ op: 'trim' }] },
    { id: `${prefix}-region`, target: 'address.region', from: 'N4.N402' },
    { id: `${prefix}-postal-code`, target: 'address.postalCode', from: 'N4.N403', transform: [{ op: 'trim' }] },
    { id: `${prefix}-country`, target: 'address.country', from: 'N4.N404' },
    {
      id: `${prefix}-contacts`, target: 'contacts[]', each: 'PER', rules: [
        { id: `${prefix}-contact-function`, target: 'function', from: 'PER01' },
        { id: `${prefix}-contact-name`, target: 'name', from: 'PER02', transform: [{ op: 'trim' }] },
        { id: `${prefix}-contact-phone`, target: 'phone', from: 'PER.qualified(PER03..PER09, TE)' },
        { id: `${prefix}-contact-email`, target: 'email', from: 'PER.qualified(PER03..PER09, EM)' },
      ],
    },
  ];
}

/** DTM segments as dated events (use inside `each: "DTM"`). */
export function x12DateRules(prefix: string): Rule[] {
  return [
    { id: `${prefix}-qualifier`, target: 'qualifier', from: 'DTM01', transform: [{ op: 'table', table: 'dateQualifier', otherwise: 'drop' }], default: 'other' },
    { id: `${prefix}-code`, target: 'code', from: 'DTM01' },
    { id: `${prefix}-date`, target: 'date', from: 'DTM02', transform: [{ op: 'date', format: 'auto', time: 'DTM03' }], required: true },
  ];
}

/** A REF segment as a canonical reference (use inside `each: "REF"`). */
export function x12ReferenceRules(prefix: string): Rule[] {
  return [
    { id: `${prefix}-qualifier`, target: 'qualifier', from: 'REF01' },
    { id: `${prefix}-value`, target: 'value', from: ['REF02', 'REF03'], transform: [{ op: 'trim' }] },
    { id: `${prefix}-description`, target: 'description', from: 'REF03', when: { path: 'REF02' } },
  ];
}

/** A SAC loop as an allowance or charge (use inside `each: "loop(SAC)"`); `currency` is a path to the currency. */
export function x12AllowanceRules(prefix: string, currency: string): Rule[] {
  return [
    { id: `${prefix}-type`, target: 'type', from: 'SAC01', transform: [{ op: 'table', table: 'allowanceCharge' }], required: true },
    { id: `${prefix}-code`, target: 'code', from: 'SAC02' },
    { id: `${prefix}-amount`, target: 'amount.amount', from: 'SAC05', transform: [{ op: 'implied-decimal', places: 2 }] },
    { id: `${prefix}-amount-currency`, target: 'amount.currency', from: currency, when: { path: 'SAC05' } },
    { id: `${prefix}-percent`, target: 'percent', from: 'SAC07', transform: [{ op: 'decimal' }] },
    { id: `${prefix}-description`, target: 'description', from: 'SAC15', transform: [{ op: 'trim' }] },
  ];
}

/** Product ids from an X12 id-pair segment (PO1 06..25, IT1, LIN): `segment` 'PO1', `from`..`to` element numbers. */
export function x12ProductRules(prefix: string, segment: string, from: number, to: number): Rule[] {
  const range = `${segment}${String(from).padStart(2, '0')}..${segment}${String(to).padStart(2, '0')}`;
  const pick = (codes: string): string => `${segment}.qualified(${range}, ${codes})`;
  return [
    { id: `${prefix}-buyer-part`, target: 'product.buyerPart', from: pick('BP|IN|PI') },
    { id: `${prefix}-vendor-part`, target: 'product.vendorPart', from: pick('VN|VP|VA') },
    { id: `${prefix}-upc`, target: 'product.upc', from: pick('UP|UA') },
    { id: `${prefix}-ean`, target: 'product.ean', from: pick('EN') },
    { id: `${prefix}-gtin`, target: 'product.gtin', from: pick('UK|EO') },
    {
      id: `${prefix}-sku`, target: 'product.sku', from: pick('BP|IN|PI'),
      transform: [{ op: 'item', by: 'buyerPart', to: 'sku', otherwise: 'drop' }],
      description: "our SKU through the partner's cross-references; dropped when the partner has none",
    },
  ];
}
