/**
 * Rule groups and code tables several EDIFACT default maps share (NAD parties, DTM dates, RFF references, ALC
 * allowances, LIN/PIA product ids). Each group takes an id prefix so rule ids stay unique in a map.
 */
import type { Rule } from '../format.js';

/** EDIFACT 3035 party function code qualifier → canonical party role. */
export const edifactPartyRoles: Record<string, string> = {
  BY: 'buyer', SU: 'supplier', SE: 'seller', DP: 'ship-to', ST: 'ship-to', IV: 'bill-to', BT: 'bill-to', SF: 'ship-from',
  PE: 'remit-to', OB: 'ordered-by', UC: 'consignee', CN: 'consignee', CA: 'carrier', MF: 'manufacturer', WH: 'warehouse',
  UD: 'mark-for', II: 'seller',
};

/** EDIFACT 3055 code list responsible agency (NAD02.3) → canonical party id scheme. */
export const edifactPartyIdSchemes: Record<string, string> = { '9': 'gln', '16': 'duns', '91': 'seller-assigned', '92': 'buyer-assigned', ZZZ: 'mutually-defined' };

/** EDIFACT 2005 date/time/period function code qualifier → canonical date qualifier. */
export const edifactDateQualifiers: Record<string, string> = {
  '2': 'requested-delivery', '10': 'requested-ship', '137': 'document', '4': 'order', '11': 'ship', '17': 'estimated-delivery',
  '35': 'delivery', '50': 'receipt', '61': 'cancel-after', '63': 'cancel-after', '64': 'requested-delivery', '69': 'promised-delivery',
  '3': 'invoice', '13': 'due', '171': 'other', '200': 'requested-ship', '358': 'requested-delivery',
};

/** EDIFACT 5463 allowance or charge code qualifier. */
export const edifactAllowanceCharge: Record<string, string> = { A: 'allowance', C: 'charge' };

export const edifactSharedTables = {
  partyRole: edifactPartyRoles,
  partyIdScheme: edifactPartyIdSchemes,
  dateQualifier: edifactDateQualifiers,
  allowanceCharge: edifactAllowanceCharge,
};

/** An NAD group as a canonical party (use inside `each: "loop(NAD)"`). */
export function edifactPartyRules(prefix: string): Rule[] {
  return [
    { id: `${prefix}-role`, target: 'role', from: 'NAD01', transform: [{ op: 'table', table: 'partyRole', otherwise: 'drop' }], default: 'other' },
    { id: `${prefix}-role-code`, target: 'roleCode', from: 'NAD01' },
    {
      id: `${prefix}-ids`, target: 'ids[]', each: 'NAD', when: { path: 'NAD02.1' }, rules: [
        { id: `${prefix}-id-scheme`, target: 'scheme', from: 'NAD02.3', transform: [{ op: 'table', table: 'partyIdScheme', otherwise: 'drop' }], default: 'other' },
        { id: `${prefix}-id-value`, target: 'value', from: 'NAD02.1', transform: [{ op: 'trim' }] },
        { id: `${prefix}-id-qualifier`, target: 'qualifier', from: 'NAD02.3' },
      ],
    },
    { id: `${prefix}-name`, target: 'name', from: ['NAD04.1', 'NAD03.1'], transform: [{ op: 'concat', with: ['NAD04.2'], separator: ' ' }, { op: 'trim' }] },
    { id: `${prefix}-street-1`, target: 'address.lines[]', from: 'NAD05.1', transform: [{ op: 'trim' }] },
    { id: `${prefix}-street-2`, target: 'address.lines[]', from: 'NAD05.2', transform: [{ op: 'trim' }] },
    { id: `${prefix}-city`, target: 'address.city', from: 'NAD06', transform: [{ op: 'trim' }] },
    { id: `${prefix}-region`, target: 'address.region', from: 'NAD07.1' },
    { id: `${prefix}-postal-code`, target: 'address.postalCode', from: 'NAD08', transform: [{ op: 'trim' }] },
    { id: `${prefix}-country`, target: 'address.country', from: 'NAD09' },
    {
      id: `${prefix}-contacts`, target: 'contacts[]', each: 'loop(CTA)', rules: [
        { id: `${prefix}-contact-function`, target: 'function', from: 'CTA01' },
        { id: `${prefix}-contact-name`, target: 'name', from: 'CTA02.2', transform: [{ op: 'trim' }] },
        { id: `${prefix}-contact-phone`, target: 'phone', from: 'COM[COM01.2=TE].COM01.1' },
        { id: `${prefix}-contact-email`, target: 'email', from: 'COM[COM01.2=EM].COM01.1' },
      ],
    },
  ];
}

/** DTM segments as dated events (use inside `each: "DTM"`). */
export function edifactDateRules(prefix: string): Rule[] {
  return [
    { id: `${prefix}-qualifier`, target: 'qualifier', from: 'DTM01.1', transform: [{ op: 'table', table: 'dateQualifier', otherwise: 'drop' }], default: 'other' },
    { id: `${prefix}-code`, target: 'code', from: 'DTM01.1' },
    { id: `${prefix}-date`, target: 'date', from: 'DTM01.2', transform: [{ op: 'date', format: '102', formatFrom: 'DTM01.3' }], required: true },
  ];
}

/** An RFF group as a canonical reference (use inside `each: "loop(RFF)"`). */
export function edifactReferenceRules(prefix: string): Rule[] {
  return [
    { id: `${prefix}-qualifier`, target: 'qualifier', from: 'RFF01.1' },
    { id: `${prefix}-value`, target: 'value', from: 'RFF01.2', transform: [{ op: 'trim' }] },
  ];
}

/** An ALC group as an allowance or charge (use inside `each: "loop(ALC)"`); `currency` is a path to the currency. */
export function edifactAllowanceRules(prefix: string, currency: string): Rule[] {
  return [
    { id: `${prefix}-type`, target: 'type', from: 'ALC01', transform: [{ op: 'table', table: 'allowanceCharge' }], required: true },
    { id: `${prefix}-code`, target: 'code', from: 'ALC05.1' },
    { id: `${prefix}-description`, target: 'description', from: 'ALC05.4', transform: [{ op: 'trim' }] },
    { id: `${prefix}-amount`, target: 'amount.amount', from: ['MOA[MOA01.1=204|23].MOA01.2', 'MOA01.2'], transform: [{ op: 'decimal' }] },
    { id: `${prefix}-amount-currency`, target: 'amount.currency', from: currency, when: { path: 'MOA01.2' } },
    { id: `${prefix}-percent`, target: 'percent', from: 'PCD01.2', transform: [{ op: 'decimal' }] },
  ];
}

/** Product ids of an EDIFACT line: LIN item number by type, PIA additional ids, IMD description. */
export function edifactProductRules(prefix: string): Rule[] {
  const pia = (codes: string): string => `PIA.composite(PIA02..PIA06, 2=${codes})`;
  return [
    { id: `${prefix}-ean`, target: 'product.ean', from: 'LIN03.1', when: { path: 'LIN03.2', equals: 'EN' } },
    { id: `${prefix}-gtin`, target: 'product.gtin', from: 'LIN03.1', when: { path: 'LIN03.2', equals: 'SRV' } },
    { id: `${prefix}-upc`, target: 'product.upc', from: 'LIN03.1', when: { path: 'LIN03.2', equals: 'UP' } },
    { id: `${prefix}-lin-buyer-part`, target: 'product.buyerPart', from: 'LIN03.1', when: { path: 'LIN03.2', in: ['IN', 'BP'] } },
    { id: `${prefix}-lin-vendor-part`, target: 'product.vendorPart', from: 'LIN03.1', when: { path: 'LIN03.2', in: ['SA', 'VN'] } },
    { id: `${prefix}-buyer-part`, target: 'product.buyerPart', from: pia('IN|BP') },
    { id: `${prefix}-vendor-part`, target: 'product.vendorPart', from: pia('SA|VN') },
    {
      id: `${prefix}-sku`, target: 'product.sku', from: pia('IN|BP'),
      transform: [{ op: 'item', by: 'buyerPart', to: 'sku', otherwise: 'drop' }],
      description: "our SKU through the partner's cross-references; dropped when the partner has none",
    },
    { id: `${prefix}-description`, target: 'product.description', from: ['IMD[IMD01=F].IMD03.4', 'IMD03.4'], transform: [{ op: 'trim' }] },
  ];
}
