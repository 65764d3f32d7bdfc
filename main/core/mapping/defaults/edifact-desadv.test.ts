import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { shipmentLines, type Shipment } from '../../canonical/index.js';
import { edifactDesadvMap } from './edifact-desadv.js';
import { describeCorpus, describeGoldens, fixturesDir, mapFile } from './edifact-testkit.js';

describeGoldens('DESADV', edifactDesadvMap, ['desadv-d96a.edi', 'desadv-d01b.edi', 'desadv-nested.edi']);

describe('EDIFACT DESADV packs', () => {
  it('makes one pack per SSCC-carrying CPS level, skips the bare consignment level, keeps lines in their pack', () => {
    const [message] = mapFile(path.join(fixturesDir, 'edifact-desadv/desadv-d01b.edi'), edifactDesadvMap, 'DESADV');
    const shipment = message?.result.document as unknown as Shipment;
    expect(shipment.packs?.map((pack) => pack.sscc)).toEqual(['354123450000001004', '354123450000001011', '354123450000001028']);
    expect(shipment.declaredPackageCount).toBe(3);
    const flat = shipmentLines(shipment);
    expect(flat.map(({ line, packPath }) => [line.lineNumber, line.quantity.value, packPath[0]])).toEqual([
      ['1', '6', '354123450000001004'], ['2', '6', '354123450000001011'], ['3', '50', '354123450000001011'], ['4', '100', '354123450000001028'],
    ]);
  });

  it('nests cartons in their pallet by CPS parent id (7075 empty), the bare consignment level not being a pack', () => {
    const [message] = mapFile(path.join(fixturesDir, 'edifact-desadv/desadv-nested.edi'), edifactDesadvMap, 'DESADV');
    const shipment = message?.result.document as unknown as Shipment;
    expect(shipment.packs?.map((pack) => [pack.sscc, pack.level, pack.packs?.map((inner) => inner.sscc)])).toEqual([
      ['354123450000002018', 'tare', ['354123450000002025', '354123450000002032']],
      ['354123450000002049', 'tare', ['354123450000002056']],
    ]);
    expect(shipmentLines(shipment).map(({ line, packPath }) => [line.lineNumber, ...packPath])).toEqual([
      ['1', '354123450000002018', '354123450000002025'], ['2', '354123450000002018', '354123450000002032'], ['3', '354123450000002049', '354123450000002056'],
    ]);
  });

  it('keeps every SSCC of a CPS level that lists several (GIN+BJ with two ids) as BJ references', () => {
    const [message] = mapFile(path.join(fixturesDir, 'edifact-desadv/desadv-d96a.edi'), edifactDesadvMap, 'DESADV');
    const shipment = message?.result.document as unknown as Shipment;
    const level = shipment.packs?.find((pack) => pack.references?.some((reference) => reference.qualifier === 'CPS' && reference.value === '4'));
    expect(level?.sscc).toBe('354123450000000038');
    expect(level?.references?.filter((reference) => reference.qualifier === 'BJ').map((reference) => reference.value)).toEqual(['354123450000000038', '354123450000000045']);
    expect(shipment.packs).toHaveLength(3);
  });
});

describeCorpus('DESADV', edifactDesadvMap, [
  { file: 'bots-edi__bots-plugins__desadv1.edi', messages: 3 },
  { file: 'bots-edi__bots-plugins__dutchic_desadv1.edi', messages: 8 },
  { file: 'php-edifact__edifact__D96ADESADV.edi', messages: 1 },
  { file: 'php-edifact__edifact__example_utf8.edi', messages: 1 },
]);
