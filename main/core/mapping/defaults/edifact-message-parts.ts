/**
 * Rule groups the EDIFACT ORDRSP, DESADV, INVOIC, INVRPT and RECADV default maps share on top of edifact-parts.ts:
 * money with the MOA currency, TAX groups, invoice allowances (ALC with MOA/PCD groups), and the CPS packing
 * sequence of despatch and receiving advices. Each group takes an id prefix so rule ids stay unique in a map.
 */
import type { Condition, Rule } from '../format.js';
import { edifactDateRules, edifactPartyRules, edifactReferenceRules } from './edifact-parts.js';

/** EDIFACT 1225 message function code (BGM03) → canonical purpose; response codes (27, 29) are not purposes. */
export const edifactPurposes: Record<string, string> = {
  '9': 'original', '5': 'replace', '3': 'cancel', '1': 'cancel', '4': 'change', '6': 'confirmation', '7': 'duplicate', '31': 'duplicate', '43': 'other',
};

/** EDIFACT 7075 packaging level (CPS03, PAC02.1): outer is the pallet level of GS1 logistics labels. */
export const edifactPackLevels: Record<string, string> = { '1': 'inner', '2': 'pack', '3': 'tare' };

/** EDIFACT 7065 package types that are pallets (tare) or cartons (pack), for a PAC without a 7075 level. */
export const edifactPackTypeLevels: Record<string, string> = {
  '201': 'tare', '202': 'tare', PX: 'tare', PLT: 'tare', '09': 'tare', CT: 'pack', CS: 'pack', BX: 'pack', PK: 'pack', CR: 'pack',
};

/**
 * A DTM whose 2379 format makes a calendar date (or date-time): no format (102 assumed) or one the date transform
 * reads. MMDD (106), weeks (108) or periods (718) are not a canonical date, so `dates[]` leaves such DTMs out
 * rather than fail the document on them.
 */
export const datableDtm: Condition = {
  any: [{ path: 'DTM01.3', exists: false }, { path: 'DTM01.3', in: ['101', '102', '201', '202', '203', '204', '205', '602', '610'] }],
};

/** Unit price: PRI AAA (net), else AAB (gross), INV (invoice price), CAL (calculation price). */
export const PRICE_PATHS = ['PRI[PRI01.1=AAA].PRI01.2', 'PRI[PRI01.1=AAB].PRI01.2', 'PRI[PRI01.1=INV].PRI01.2', 'PRI[PRI01.1=CAL].PRI01.2'];
export const PRICE_PRESENT = 'PRI[PRI01.1=AAA|AAB|INV|CAL].PRI01.2';

/** A decimal amount and its currency: MOA 6345 when the segment states it, else the message's CUX. */
export function moneyRules(prefix: string, target: string, moaPath: string): Rule[] {
  return [
    { id: `${prefix}-amount`, target: `${target}.amount`, from: `${moaPath}.MOA01.2`, transform: [{ op: 'decimal' }] },
    { id: `${prefix}-currency`, target: `${target}.currency`, from: [`${moaPath}.MOA01.3`, '/CUX01.2'], when: { path: `${moaPath}.MOA01.2` } },
  ];
}

/** A TAX group (header, line or summary) as a canonical tax (use inside `each: "loop(TAX)"`). */
export function edifactTaxRules(prefix: string): Rule[] {
  return [
    { id: `${prefix}-type`, target: 'type', from: 'TAX02.1', default: 'VAT' },
    { id: `${prefix}-category`, target: 'category', from: 'TAX06' },
    { id: `${prefix}-percent`, target: 'percent', from: 'TAX05.4', transform: [{ op: 'decimal' }] },
    ...moneyRules(`${prefix}-tax`, 'amount', 'MOA[MOA01.1=124|150|176]'),
    ...moneyRules(`${prefix}-taxable`, 'taxableAmount', 'MOA[MOA01.1=125]'),
  ];
}

/** An INVOIC ALC group (SG15/SG16 header, SG38/SG39 line): amounts sit in MOA groups (8, 204, 23), the basis in MOA 25. */
export function edifactInvoiceAllowanceRules(prefix: string): Rule[] {
  return [
    { id: `${prefix}-type`, target: 'type', from: 'ALC01', transform: [{ op: 'table', table: 'allowanceCharge' }], required: true },
    { id: `${prefix}-code`, target: 'code', from: 'ALC05.1' },
    { id: `${prefix}-description`, target: 'description', from: 'ALC05.4', transform: [{ op: 'trim' }] },
    ...moneyRules(`${prefix}-amount`, 'amount', 'MOA[MOA01.1=8|204|23]'),
    ...moneyRules(`${prefix}-basis`, 'basis', 'MOA[MOA01.1=25]'),
    { id: `${prefix}-percent`, target: 'percent', from: 'PCD01.2', transform: [{ op: 'decimal' }] },
  ];
}

/** A quantity (value and unit) from the first QTY with one of `codes` ('12', '48|194'); EDIFACT omits the unit for pieces. */
export function quantityRules(prefix: string, target: string, codes: string, required = false): Rule[] {
  const path = `QTY[QTY01.1=${codes}]`;
  return [
    { id: `${prefix}-value`, target: `${target}.value`, from: `${path}.QTY01.2`, transform: [{ op: 'decimal' }], ...(required ? { required } : {}) },
    { id: `${prefix}-uom`, target: `${target}.uom`, from: `${path}.QTY01.3`, default: 'PCE', when: { path: `${path}.QTY01.2` } },
  ];
}

/** Line-level ids a despatch or receiving advice line carries besides its product (use inside `each: "loop(LIN)"`). */
export function shipmentLineRules(prefix: string, quantityCodes: string, dateRules: Rule[], productRules: Rule[]): Rule[] {
  return [
    { id: `${prefix}-number`, target: 'lineNumber', from: 'LIN01', transform: [{ op: 'strip-leading-zeros' }] },
    {
      id: `${prefix}-po-number`, target: 'poNumber', from: ['RFF[RFF01.1=ON].RFF01.2', '/RFF[RFF01.1=ON].RFF01.2'],
      description: "the line's own RFF+ON, else the message's (first) order",
    },
    { id: `${prefix}-po-line`, target: 'poLineNumber', from: ['RFF[RFF01.1=ON].RFF01.3', 'RFF[RFF01.1=LI].RFF01.2'], transform: [{ op: 'strip-leading-zeros' }] },
    ...productRules,
    ...quantityRules(`${prefix}-quantity`, 'quantity', quantityCodes, true),
    ...quantityRules(`${prefix}-ordered`, 'orderedQuantity', '21'),
    {
      id: `${prefix}-lot`, target: 'lot', from: ['GIN[GIN01=BX].GIN02.1', 'loop(PCI)/GIN[GIN01=BX].GIN02.1', 'PIA.composite(PIA02..PIA06, 2=NB)'],
      description: 'GIN+BX in the line, else in its PCI group, else PIA batch number (NB)',
    },
    { id: `${prefix}-serials`, target: 'serialNumbers[]', from: ['GIN[GIN01=BN].GIN02.1', 'loop(PCI)/GIN[GIN01=BN].GIN02.1'] },
    { id: `${prefix}-serial-pia`, target: 'serialNumbers[]', from: 'PIA.composite(PIA02..PIA06, 2=SN)' },
    { id: `${prefix}-dates`, target: 'dates[]', each: 'DTM', when: datableDtm, rules: dateRules },
    {
      id: `${prefix}-references`, target: 'references[]', each: 'loop(RFF)', rules: [
        { id: `${prefix}-reference-qualifier`, target: 'qualifier', from: 'RFF01.1' },
        { id: `${prefix}-reference-value`, target: 'value', from: 'RFF01.2', transform: [{ op: 'trim' }] },
        { id: `${prefix}-reference-line`, target: 'description', from: 'RFF01.3', description: 'the referenced document line (1156)' },
      ],
    },
  ];
}

/** The SSCC of a CPS level: GIN+BJ under its PAC/PCI (D.96A SG11/SG13/SG14, D.01B SG11/SG13/SG15, RECADV SG17/SG18/SG20). */
export const CPS_SSCC = 'loop(PAC)/loop(PCI)/GIN[GIN01=BJ].GIN02.1';

/**
 * Every SSCC of a CPS level as a reference 'BJ' (7405), so a level that lists several (PAC+5, GIN+BJ+id+id...) loses
 * none: `sscc` holds only the first. GIN carries up to five ids (C208 in GIN02..GIN06).
 */
function ssccReferenceRules(prefix: string): Rule[] {
  return [2, 3, 4, 5, 6].map((position) => {
    const element = `GIN0${position}`;
    return {
      id: `${prefix}-sscc-ref-${position}`, target: 'references[]', each: `loop(PAC)/loop(PCI)/GIN[GIN01=BJ,${element}]`, rules: [
        { id: `${prefix}-sscc-ref-${position}-qualifier`, target: 'qualifier', value: 'BJ' },
        { id: `${prefix}-sscc-ref-${position}-value`, target: 'value', from: `${element}.1`, transform: [{ op: 'trim' }] },
      ],
    };
  });
}

/**
 * One pack per CPS level that carries an SSCC or lines, nested by the CPS hierarchy (7164 id, 7166 parent id; the
 * 7075 level is usually empty and not needed): a carton whose parent is a pallet sits in the pallet's `packs`. A
 * level without SSCC or lines (the consignment, CPS+1) is not a pack; its children climb to the nearest pack above
 * them, else to the shipment's `packs`. The CPS id stays as a reference 'CPS' (the level the sender numbered). A CPS
 * level with several SSCCs keeps the first as `sscc` and all of them as 'BJ' references.
 */
export function cpsPackRule(prefix: string, lineRules: Rule[]): Rule {
  const hasContent: Condition = { any: [{ path: CPS_SSCC }, { path: 'loop(LIN)' }] };
  return {
    id: `${prefix}s`, target: 'packs[]', each: 'loop(CPS)', when: hasContent, nest: { id: 'CPS01', parent: 'CPS02', into: 'packs[]' }, rules: [
      { id: `${prefix}-sscc`, target: 'sscc', from: CPS_SSCC, transform: [{ op: 'trim' }] },
      { id: `${prefix}-level-by-type`, target: 'level', from: 'loop(PAC)/PAC03.1', transform: [{ op: 'table', table: 'packTypeLevel', otherwise: 'drop' }] },
      { id: `${prefix}-level`, target: 'level', from: ['loop(PAC)/PAC02.1', 'CPS03'], transform: [{ op: 'table', table: 'packLevel', otherwise: 'drop' }] },
      { id: `${prefix}-type`, target: 'packType', from: 'loop(PAC)/PAC03.1' },
      { id: `${prefix}-weight`, target: 'weight.value', from: 'loop(PAC)/MEA[MEA02.1=AAB|AAD|G].MEA03.2', transform: [{ op: 'decimal' }] },
      { id: `${prefix}-weight-unit`, target: 'weight.uom', from: 'loop(PAC)/MEA[MEA02.1=AAB|AAD|G].MEA03.1', when: { path: 'loop(PAC)/MEA[MEA02.1=AAB|AAD|G].MEA03.2' } },
      {
        id: `${prefix}-cps-id`, target: 'references[]', each: 'CPS', rules: [
          { id: `${prefix}-cps-qualifier`, target: 'qualifier', value: 'CPS' },
          { id: `${prefix}-cps-value`, target: 'value', from: 'CPS01', required: true },
        ],
      },
      ...ssccReferenceRules(prefix),
      { id: `${prefix}-lines`, target: 'lines[]', each: 'loop(LIN)', rules: lineRules },
    ],
  };
}

/** A despatch or receiving advice's function and dates (BGM 1225, DTM 137 and the rest). */
export function shipmentHeadRules(): Rule[] {
  return [
    { id: 'purpose', target: 'purpose', from: 'BGM03', transform: [{ op: 'table', table: 'purpose', otherwise: 'drop' }] },
    { id: 'purpose-code', target: 'purposeCode', from: 'BGM03' },
    {
      id: 'document-date', target: 'documentDate', from: 'DTM[DTM01.1=137].DTM01.2',
      transform: [{ op: 'date', format: '102', formatFrom: 'DTM[DTM01.1=137].DTM01.3' }],
    },
    { id: 'dates', target: 'dates[]', each: 'DTM', when: { all: [datableDtm, { path: 'DTM01.1', notEquals: '137' }] }, rules: edifactDateRules('date') },
  ];
}

/** The orders an advice answers (RFF ON with DTM 171/4), its other references and its parties. */
export function shipmentOrderAndPartyRules(): Rule[] {
  return [
    {
      id: 'orders', target: 'orders[]', each: 'loop(RFF)[RFF01.1=ON]', rules: [
        { id: 'order-po-number', target: 'poNumber', from: 'RFF01.2', transform: [{ op: 'trim' }], required: true },
        {
          id: 'order-date', target: 'orderDate', from: 'DTM[DTM01.1=171|4].DTM01.2',
          transform: [{ op: 'date', format: '102', formatFrom: 'DTM[DTM01.1=171|4].DTM01.3' }],
        },
      ],
    },
    { id: 'references', target: 'references[]', each: 'loop(RFF)', rules: edifactReferenceRules('reference') },
    { id: 'parties', target: 'parties[]', each: 'loop(NAD)', rules: edifactPartyRules('party') },
  ];
}
