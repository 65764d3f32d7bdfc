/**
 * The default EDIFACT DESADV map (despatch advice → shipment, role asn). Works for D.96A and D.01B: groups are
 * named by trigger segment (loop(CPS), loop(LIN)), whose SG numbers differ (LIN is SG15 in D.96A, SG17 in D.01B).
 * Packs: one per CPS level that has an SSCC (PAC/PCI/GIN+BJ) or lines, nested by CPS parent id (pallet > carton, see
 * cpsPackRule); lines inside a CPS level sit in that pack's `lines`.
 */
import type { MapDefinition } from '../format.js';
import { edifactDateRules, edifactProductRules, edifactSharedTables } from './edifact-parts.js';
import { cpsPackRule, edifactPackLevels, edifactPackTypeLevels, edifactPurposes, shipmentHeadRules, shipmentLineRules, shipmentOrderAndPartyRules } from './edifact-message-parts.js';

export const edifactDesadvMap: MapDefinition = {
  format: 'crossdock-map/1',
  kind: 'shipment',
  source: { standard: 'edifact', type: 'DESADV', version: 'D96A' },
  name: 'EDIFACT DESADV despatch advice (default)',
  description: 'BGM number and function, DTM 137/11/17, RFF ON (orders, with DTM 171) / BM, NAD parties, TDT carrier, MEA gross weight, CPS levels as packs (SSCC from GIN+BJ, PAC type, level and weight), LIN lines with QTY 12 shipped and 21 ordered, PIA ids, RFF ON line references, GIN BX/BN lot and serials, CNT.',
  tables: { ...edifactSharedTables, purpose: edifactPurposes, packLevel: edifactPackLevels, packTypeLevel: edifactPackTypeLevels },
  rules: [
    { id: 'role', target: 'role', value: 'asn' },
    { id: 'asn-number', target: 'asnNumber', from: 'BGM02.1', transform: [{ op: 'trim' }], required: true },
    ...shipmentHeadRules(),
    { id: 'notes', target: 'notes[]', from: 'loop(TOD)/FTX.FTX04.1', transform: [{ op: 'trim' }] },
    { id: 'bill-of-lading', target: 'billOfLading', from: 'RFF[RFF01.1=BM].RFF01.2', transform: [{ op: 'trim' }] },
    ...shipmentOrderAndPartyRules(),
    {
      id: 'carrier', target: 'carrier', each: 'loop(TDT)', rules: [
        { id: 'carrier-mode', target: 'mode', from: 'TDT03.1' },
        { id: 'carrier-scac', target: 'scac', from: 'TDT05.1', when: { path: 'TDT05.3', equals: '182' } },
        { id: 'carrier-name', target: 'name', from: 'TDT05.4', transform: [{ op: 'trim' }] },
      ],
    },
    { id: 'total-weight', target: 'totalWeight.value', from: 'MEA[MEA02.1=G|AAD|AAB].MEA03.2', transform: [{ op: 'decimal' }] },
    { id: 'total-weight-unit', target: 'totalWeight.uom', from: 'MEA[MEA02.1=G|AAD|AAB].MEA03.1', when: { path: 'MEA[MEA02.1=G|AAD|AAB].MEA03.2' } },
    {
      id: 'declared-package-count', target: 'declaredPackageCount', from: 'loop(CPS)[1]/PAC01', transform: [{ op: 'integer' }],
      when: { path: 'loop(CPS)[1]/CPS02', exists: false },
      description: 'PAC 7224 of the top CPS level (the whole consignment, no parent)',
    },
    cpsPackRule('pack', shipmentLineRules('line', '12', edifactDateRules('line-date'), edifactProductRules('line'))),
  ],
};
