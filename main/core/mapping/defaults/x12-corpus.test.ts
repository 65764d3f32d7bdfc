/**
 * The corpus (../shared/corpus, real files from other projects) under the X12 default maps for 855, 856, 810, 846,
 * 860, 940, 945 and 180: every file SOURCES.tsv lists with one of these types maps without errors, or with exactly
 * the errors listed here (rule id: reason), each explained by a note about the file.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseEdi } from '../../../../parsers/index.js';
import { compileMap } from '../compile.js';
import { mapTransaction } from '../map-transaction.js';
import { defaultMaps } from './index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const corpusDir = path.resolve(repoRoot, '../shared/corpus');
const types = ['855', '856', '810', '846', '860', '940', '945', '180'];

interface Expectation {
  file: string;
  /** every transaction set in file order: 'type controlNumber canonical-kind' */
  sets: string[];
  /** per set ('type controlNumber'): the error issues, 'ruleId: message (canonical path)' */
  missing?: Record<string, string[]>;
  /** why the file maps as it does */
  note?: string;
}

const expectations: Expectation[] = [
  {
    file: 'aaronhuggins__node-x12__855.edi',
    sets: ['855 0005 order-ack'],
  },
  {
    file: 'aaronhuggins__node-x12__856.edi',
    sets: ['856 0008 shipment'],
  },
  {
    file: 'bots-edi__bots-plugins__855-004010UCS-01.x12',
    sets: ['855 0001 order-ack', '855 0002 order-ack', '855 0003 order-ack', '855 0004 order-ack', '855 0005 order-ack', '855 0006 order-ack'],
    note: 'no ACK segments: every line takes the status BAK02 AP implies (accepted)',
  },
  {
    file: 'bots-edi__bots-plugins__810-004030VICS-01.x12',
    sets: ['810 2240001 invoice', '810 2240002 invoice'],
  },
  {
    file: 'bots-edi__bots-plugins__810_1.x12',
    sets: ['810 0063 credit'],
    note: "BIG07 DR (debit memo): a credit document with adjustment 'debit', though SOURCES.tsv calls it a retailer invoice",
  },
  {
    file: 'bots-edi__bots-plugins__856_1.x12',
    sets: ['856 0062 shipment'],
    missing: {
      '856 0062': [
        'pack-sscc: expected an 18-digit SSCC (packs[0].sscc)',
        'pack-sscc: expected an 18-digit SSCC (packs[1].sscc)',
        'pack-sscc: expected an 18-digit SSCC (packs[2].sscc)',
      ],
    },
    note: "MAN*GM values are 22 digits ('0000123456781234567890'), not AI 00 + an 18-digit SSCC: each pack's SSCC fails the 18-digit check rather than being truncated into a wrong one (the raw marks stay in the pack references)",
  },
  {
    file: 'bots-edi__bots-plugins__856_2.x12',
    sets: ['856 0060 shipment', '856 0061 shipment'],
    missing: {
      '856 0060': [
        'pack-sscc: expected an 18-digit SSCC (packs[0].sscc)',
        'pack-item-upc: expected a 12-digit UPC (packs[0].lines[0].product.upc)',
        'pack-sscc: expected an 18-digit SSCC (packs[1].sscc)',
        'pack-item-upc: expected a 12-digit UPC (packs[1].lines[0].product.upc)',
        'pack-sscc: expected an 18-digit SSCC (packs[2].sscc)',
        'pack-item-upc: expected a 12-digit UPC (packs[2].lines[0].product.upc)',
        'pack-sscc: expected an 18-digit SSCC (packs[3].sscc)',
        'pack-item-upc: expected a 12-digit UPC (packs[3].lines[0].product.upc)',
        'pack-item-upc: expected a 12-digit UPC (packs[3].lines[1].product.upc)',
        'pack-sscc: expected an 18-digit SSCC (packs[4].sscc)',
        'pack-item-upc: expected a 12-digit UPC (packs[4].lines[0].product.upc)',
      ],
      '856 0061': [
        'pack-sscc: expected an 18-digit SSCC (packs[0].sscc)',
        'pack-sscc: expected an 18-digit SSCC (packs[1].sscc)',
      ],
    },
    note: "22-digit MAN*GM values as in 856_1; LIN*UP carries 13-digit EANs ('8712345678913') under the 12-digit UPC qualifier; 0060 ships three orders, so its items get no poNumber (an item cannot read its O level)",
  },
  {
    file: 'Stedi-Demos__bootstrap-archived__inbound.edi',
    sets: ['855 0001 order-ack'],
  },
  {
    file: 'olmelabs__EdiEngine__856.Crossdock.OK.edi',
    sets: ['856 0001 shipment'],
    missing: {
      '856 0001': [
        'pack-item-upc: expected a 12-digit UPC (packs[0].lines[0].product.upc)',
        'pack-item-upc: expected a 12-digit UPC (packs[2].lines[0].product.upc)',
        'pack-item-upc: expected a 12-digit UPC (packs[3].lines[0].product.upc)',
        'pack-item-upc: expected a 12-digit UPC (packs[4].lines[0].product.upc)',
      ],
    },
    note: "LIN*UP carries 13-digit values ('0000000000642') under the 12-digit UPC qualifier; two orders, so items get no poNumber",
  },
  {
    file: 'olmelabs__EdiEngine__940.OK.edi',
    sets: ['940 0001 order'],
  },
  {
    file: 'olmelabs__EdiEngine__940.2.OK.edi',
    sets: ['940 20066 order'],
  },
  {
    file: 'olmelabs__EdiEngine__940.W05.Only.edi',
    sets: ['940 20066 order'],
    missing: {
      '940 20066': [
        "lines: required: 'loop(LX)/loop(W01)' found nothing to build lines[] from",
        'lines: Invalid input: expected array, received undefined (lines)',
      ],
    },
    note: '[invalid] truncated after W05: a 940 without W01 lines is not an order',
  },
  {
    file: 'olmelabs__EdiEngine__940_Failed_SE01.edi',
    sets: ['940 20066 order'],
    missing: {
      '940 20066': [
        'line-quantity: required: W0101 gave no value for quantity.value',
        'line-gtin: expected a GTIN of 8, 12, 13 or 14 digits (lines[0].product.gtin)',
        'lines: Invalid input: expected string, received undefined (lines[0].quantity.value)',
      ],
    },
    note: "[invalid] besides SE01, its W01 is shifted one element right (W01**1*EA*VC...): no W0101 quantity, and 'EA' lands in W0103 (U.P.C. case code)",
  },
  {
    file: 'olmelabs__EdiEngine__AckTest.edi',
    sets: ['940 20066 order', '940 20067 order', '940 20068 order'],
    note: "20067's N9**3 has no qualifier (the parser reports it): the map skips that reference",
  },
  {
    file: 'olmelabs__EdiEngine__ControlNumbersMismatch.edi',
    sets: ['940 0001 order'],
  },
  {
    file: 'olmelabs__EdiEngine__MultipleInterchangesAndGroups.edi',
    sets: ['940 0001 order', '940 0002 order', '940 0001 order', '940 0001 order', '940 0002 order', '940 0001 order'],
  },
  {
    file: 'olmelabs__EdiEngine__WrongGroupsAndTranCount.edi',
    sets: ['940 0001 order'],
  },];

/** The corpus files SOURCES.tsv lists with one of our types. */
function corpusFiles(): string[] {
  return readFileSync(path.join(corpusDir, 'SOURCES.tsv'), 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .filter(([file, , , , declared]) => file?.startsWith('x12/') && (declared ?? '').split(/[\s,;/]+/).some((type) => types.includes(type)))
    .map(([file]) => (file ?? '').slice('x12/'.length));
}

describe.skipIf(!existsSync(corpusDir))('X12 corpus under the default maps (skipped: ../shared/corpus is not in this clone)', () => {
  it('has an expectation for every corpus file of these types', () => {
    expect(expectations.map((expectation) => expectation.file).sort()).toEqual(corpusFiles().sort());
  });

  it.each(expectations)('$file', ({ file, sets, missing = {} }) => {
    const parsed = parseEdi(readFileSync(path.join(corpusDir, 'x12', file)));
    const seen: string[] = [];
    const errors: Record<string, string[]> = {};
    for (const interchange of parsed.interchanges) {
      for (const group of interchange.groups) {
        for (const transaction of group.transactions) {
          const compiled = compileMap(defaultMaps.get('x12', transaction.type));
          if (!compiled.ok) throw new Error(`no compiled default map for x12 ${transaction.type}`);
          const result = mapTransaction(compiled.map, transaction, { envelope: { interchange, group } });
          const set = `${transaction.type} ${transaction.controlNumber}`;
          seen.push(`${set} ${String(result.document.kind)}`);
          const found = result.issues.filter((issue) => issue.severity === 'error').map((issue) => `${issue.ruleId ?? 'schema'}: ${issue.message}${issue.path ? ` (${issue.path})` : ''}`);
          if (found.length > 0) errors[set] = found;
          expect(result.ok).toBe(found.length === 0);
        }
      }
    }
    expect(seen).toEqual(sets);
    expect(errors).toEqual(missing);
  });
});
