/**
 * The default EDIFACT RECADV map (receiving advice → shipment, role receipt), D.96A and D.01B. Lines sit in CPS
 * levels (SG16/SG22 in both); a level with an SSCC (PAC/PCI/GIN+BJ) or lines becomes a pack, nested by CPS parent id as for DESADV.
 * Received quantity: QTY 48 (else 194 received and accepted, 46 delivered); refused: QTY 195, else 124 damaged.
 */
import type { MapDefinition } from '../format.js';
import { edifactDateRules, edifactPartyRules, edifactProductRules, edifactReferenceRules, edifactSharedTables } from './edifact-parts.js';
import { cpsPackRule, datableDtm, edifactPackLevels, edifactPackTypeLevels, edifactPurposes, quantityRules, shipmentLineRules } from './edifact-message-parts.js';

export const edifactRecadvMap: MapDefinition = {
  format: 'crossdock-map/1',
  kind: 'shipment',
  source: { standard: 'edifact', type: 'RECADV', version: 'D96A' },
  name: 'EDIFACT RECADV receiving advice (default)',
  description: 'BGM receipt number and function, DTM 137/50, RFF ON (orders) / AAK (the despatch advice received), NAD parties, CPS levels as packs with SSCC, LIN lines with QTY 48/194/46 received, 21 ordered, 195/124 refused, PIA ids, line RFF.',
  tables: { ...edifactSharedTables, purpose: edifactPurposes, packLevel: edifactPackLevels, packTypeLevel: edifactPackTypeLevels },
  rules: [
    { id: 'role', target: 'role', value: 'receipt' },
    { id: 'receipt-number', target: 'receiptNumber', from: 'BGM02.1', transform: [{ op: 'trim' }], required: true },
    { id: 'purpose', target: 'purpose', from: 'BGM03', transform: [{ op: 'table', table: 'purpose', otherwise: 'drop' }] },
    { id: 'purpose-code', target: 'purposeCode', from: 'BGM03' },
    {
      id: 'document-date', target: 'documentDate', from: 'DTM[DTM01.1=137].DTM01.2',
      transform: [{ op: 'date', format: '102', formatFrom: 'DTM[DTM01.1=137].DTM01.3' }],
    },
    { id: 'dates', target: 'dates[]', each: 'DTM', when: { all: [datableDtm, { path: 'DTM01.1', notEquals: '137' }] }, rules: edifactDateRules('date') },
    { id: 'notes', target: 'notes[]', from: 'FTX04.1', transform: [{ op: 'trim' }] },
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
    {
      id: 'carrier', target: 'carrier', each: 'loop(TDT)', rules: [
        { id: 'carrier-mode', target: 'mode', from: 'TDT03.1' },
        { id: 'carrier-name', target: 'name', from: 'TDT05.4', transform: [{ op: 'trim' }] },
      ],
    },
    cpsPackRule('pack', [
      ...shipmentLineRules('line', '48|194|46', edifactDateRules('line-date'), edifactProductRules('line')),
      ...quantityRules('line-rejected', 'rejectedQuantity', '195|124'),
    ]),
  ],
};
