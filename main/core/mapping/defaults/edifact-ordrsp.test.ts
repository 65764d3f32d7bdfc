import { describe, expect, it } from 'vitest';
import path from 'node:path';
import type { OrderAck } from '../../canonical/index.js';
import { edifactOrdrspMap } from './edifact-ordrsp.js';
import { describeCorpus, describeGoldens, fixturesDir, mapFile } from './edifact-testkit.js';

describeGoldens('ORDRSP', edifactOrdrspMap, ['ordrsp-d96a.edi', 'ordrsp-d01b.edi']);

describe('EDIFACT ORDRSP line statuses', () => {
  it('gives each line one status with its 1229 code, the quantity to deliver and its date; a backorder is a second status with the promised date', () => {
    const [message] = mapFile(path.join(fixturesDir, 'edifact-ordrsp/ordrsp-d96a.edi'), edifactOrdrspMap, 'ORDRSP');
    const ack = message?.result.document as unknown as OrderAck;
    const summary = (ack.lines ?? []).map((line) => line.statuses.map((status) => [status.status, status.code, status.quantity?.value, status.date?.value]));
    expect(summary).toEqual([
      [['accepted', '5', '60', '2026-11-24']],
      [['changed', '6', '24', undefined], ['backordered', undefined, '16', '2026-12-01']],
      [['rejected', '7', undefined, undefined]],
    ]);
  });
});

describeCorpus('ORDRSP', edifactOrdrspMap, [
  {
    file: 'BerryWorksSoftware__edireader__ORDERS-D01B-UNOC.edi',
    messages: 1,
    errors: {
      '000001': [
        "currency: expected an ISO 4217 currency code such as USD",
        "line-price-currency: expected an ISO 4217 currency code such as USD",
      ],
    },
  },
  {
    file: 'BerryWorksSoftware__edireader__ORDERS-D01B-UNOE.edi',
    notThisType: "SOURCES.tsv labels it ORDRSP, but its UNH says ORDERS:D:01B:UN:EAN008 (a purchase order, for the ORDERS map)",
  },
]);
