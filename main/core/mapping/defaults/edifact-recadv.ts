/**
 * The default EDIFACT RECADV map (receiving advice → shipment, role receipt), D.96A and D.01B. Lines sit in CPS
 * levels (SG16/SG22 in both); a level with an SSCC (PAC/PCI/GIN+BJ) or lines becomes a pack, nested by CPS parent id as for DESADV.
 * Received quantity: QTY 48 (else 194 received and accepted, 46 delivered); refused: QTY 195, else 124 damaged.
 */
import type { MapDefinition } from '../format.js';
import { edifactDateRules, edifactProductRules, edifactSharedTables } from './edifact-parts.js';
import { cpsPackRule, edifactPackLevels, edifactPackTypeLevels, edifactPurposes, quantityRules, shipmentHeadRules, shipmentLineRules, shipmentOrderAndPartyRules } from './edifact-message-parts.js';

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
    ...shipmentHeadRules(),
    { id: 'notes', target: 'notes[]', from: 'FTX04.1', transform: [{ op: 'trim' }] },
    ...shipmentOrderAndPartyRules(),
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
