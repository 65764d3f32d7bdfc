/**
 * The default EDIFACT INVRPT map (inventory report → inventory). The stock quantities of a line are SG11 in both
 * directories, but D.96A triggers that group with QTY (INV inside it) and D.01B with INV (QTY inside it), so the
 * map reads both loop(QTY) and loop(INV): each matches only in its own directory.
 */
import type { MapDefinition, Rule } from '../format.js';
import { edifactDateRules, edifactPartyRules, edifactProductRules, edifactReferenceRules, edifactSharedTables } from './edifact-parts.js';
import { datableDtm, edifactPurposes } from './edifact-message-parts.js';

/** EDIFACT 6063 quantity type (INVRPT) → canonical stock quantity type. */
const stockTypes = { '145': 'on-hand', '17': 'on-hand', '21': 'on-order', '83': 'backordered', '124': 'damaged', '20': 'damaged', '27': 'reserved', '1': 'other' };

function stockQuantityRules(prefix: string): Rule[] {
  return [
    { id: `${prefix}-type`, target: 'type', from: 'QTY01.1', transform: [{ op: 'table', table: 'stockType', otherwise: 'drop' }], default: 'other' },
    { id: `${prefix}-code`, target: 'code', from: 'QTY01.1' },
    { id: `${prefix}-value`, target: 'quantity.value', from: 'QTY01.2', transform: [{ op: 'decimal' }], required: true },
    { id: `${prefix}-uom`, target: 'quantity.uom', from: 'QTY01.3', default: 'PCE' },
    { id: `${prefix}-date`, target: 'date', from: 'DTM01.2', transform: [{ op: 'date', format: '102', formatFrom: 'DTM01.3' }] },
  ];
}

export const edifactInvrptMap: MapDefinition = {
  format: 'crossdock-map/1',
  kind: 'inventory',
  source: { standard: 'edifact', type: 'INVRPT', version: 'D96A' },
  name: 'EDIFACT INVRPT inventory report (default)',
  description: 'BGM number and function, DTM 137 / 366 (as of), RFF, NAD parties, CUX; LIN lines with PIA ids, LOC location, and per QTY/INV group a typed quantity (145 actual stock, 21 on order, 83 backordered, 124 damaged) with its DTM.',
  tables: { ...edifactSharedTables, purpose: edifactPurposes, stockType: stockTypes },
  rules: [
    { id: 'report-number', target: 'reportNumber', from: 'BGM02.1', transform: [{ op: 'trim' }] },
    { id: 'purpose', target: 'purpose', from: 'BGM03', transform: [{ op: 'table', table: 'purpose', otherwise: 'drop' }] },
    { id: 'purpose-code', target: 'purposeCode', from: 'BGM03' },
    {
      id: 'document-date', target: 'documentDate', from: 'DTM[DTM01.1=137].DTM01.2',
      transform: [{ op: 'date', format: '102', formatFrom: 'DTM[DTM01.1=137].DTM01.3' }],
    },
    {
      id: 'as-of-document', target: 'asOf', from: 'DTM[DTM01.1=137].DTM01.2',
      transform: [{ op: 'date', format: '102', formatFrom: 'DTM[DTM01.1=137].DTM01.3' }],
    },
    {
      id: 'as-of', target: 'asOf', from: 'DTM[DTM01.1=366].DTM01.2',
      transform: [{ op: 'date', format: '102', formatFrom: 'DTM[DTM01.1=366].DTM01.3' }],
      description: 'DTM 366 (inventory report date) overwrites the document date',
    },
    { id: 'dates', target: 'dates[]', each: 'DTM', when: { all: [datableDtm, { not: { path: 'DTM01.1', in: ['137', '366'] } }] }, rules: edifactDateRules('date') },
    { id: 'references', target: 'references[]', each: 'loop(RFF)', rules: edifactReferenceRules('reference') },
    { id: 'parties', target: 'parties[]', each: 'loop(NAD)', rules: edifactPartyRules('party') },
    { id: 'currency', target: 'currency', from: 'CUX01.2' },
    {
      id: 'lines', target: 'lines[]', each: 'loop(LIN)', required: true, rules: [
        { id: 'line-number', target: 'lineNumber', from: 'LIN01', transform: [{ op: 'strip-leading-zeros' }] },
        ...edifactProductRules('line'),
        {
          id: 'line-location', target: 'location', from: ['LOC02.1', 'loop(QTY)/LOC.LOC02.1', 'loop(INV)/LOC.LOC02.1', '/NAD[NAD01=WH].NAD02.1'],
          description: "the line's LOC, else the first stock group's LOC, else the warehouse keeper's NAD",
        },
        { id: 'line-quantities-d96a', target: 'quantities[]', each: 'loop(QTY)', rules: stockQuantityRules('quantity') },
        { id: 'line-quantities-d01b', target: 'quantities[]', each: 'loop(INV)', rules: stockQuantityRules('inv-quantity') },
        { id: 'line-price', target: 'unitPrice.amount', from: ['loop(QTY)/PRI.PRI01.2', 'loop(INV)/PRI.PRI01.2'], transform: [{ op: 'decimal' }] },
        { id: 'line-references', target: 'references[]', each: 'loop(RFF)', rules: edifactReferenceRules('line-reference') },
      ],
    },
  ],
};
