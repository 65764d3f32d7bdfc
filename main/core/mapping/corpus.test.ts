/**
 * Every purchase order in the shared corpus (../shared/corpus, SOURCES.tsv) through the default 850 / ORDERS maps.
 * A file maps without error issues and with no required field missing, or exactly as fixtures/corpus-expected.json
 * says (each entry a real defect of that file: a bad date, a message without lines, a file the parser cannot read).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseEdi } from '../../../parsers/index.js';
import { compileMap, type CompiledMap } from './compile.js';
import { defaultMaps } from './defaults/index.js';
import { mapTransaction } from './map-transaction.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const corpusDir = path.resolve(here, '../../../../shared/corpus');
const expectedFile = path.join(here, 'fixtures', 'corpus-expected.json');

function purchaseOrderFiles(): string[] {
  const rows = readFileSync(path.join(corpusDir, 'SOURCES.tsv'), 'utf8').split('\n').slice(1).filter(Boolean);
  return rows.map((row) => row.split('\t')).filter((columns) => /\b(850|ORDERS)\b/.test(columns[4] ?? '')).map((columns) => columns[0] ?? '');
}

const compiledFor = new Map<string, CompiledMap>();
function compiled(standard: string, type: string): CompiledMap {
  const key = `${standard} ${type}`;
  let map = compiledFor.get(key);
  if (!map) {
    const result = compileMap(defaultMaps.get(standard, type));
    if (!result.ok) throw new Error(`default ${key} does not compile`);
    compiledFor.set(key, (map = result.map));
  }
  return map;
}

/** One line per error issue and per missing required path: 'tx 2 date-date DTM@4300: message'. */
function findings(file: string): { transactions: number; lines: string[] } {
  const parsed = parseEdi(readFileSync(path.join(corpusDir, file)));
  const lines: string[] = [];
  let transactions = 0;
  for (const interchange of parsed.interchanges) {
    for (const group of interchange.groups) {
      for (const transaction of group.transactions) {
        if (transaction.type !== '850' && transaction.type !== 'ORDERS') continue;
        const ordinal = ++transactions;
        const result = mapTransaction(compiled(interchange.standard, transaction.type), transaction, { envelope: { interchange, group } });
        for (const issue of result.issues) {
          if (issue.severity !== 'error') continue;
          const where = issue.segment ? ` ${issue.segment.tag}@${issue.segment.offset}` : '';
          lines.push(`tx ${ordinal} ${issue.ruleId ?? '-'}${issue.path ? ` ${issue.path}` : ''}${where}: ${issue.message}`);
        }
        for (const missing of result.coverage.unmappedRequired) lines.push(`tx ${ordinal} missing ${missing}`);
      }
    }
  }
  return { transactions, lines };
}

describe.skipIf(!existsSync(corpusDir))(`corpus purchase orders through the default maps (${corpusDir}; skipped when absent)`, () => {
  const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as Record<string, string[]>;
  const files = existsSync(corpusDir) ? purchaseOrderFiles() : [];

  it('finds the corpus purchase orders', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  it.each(files)('%s', (file) => {
    const { transactions, lines } = findings(file);
    expect(transactions).toBeGreaterThan(0);
    expect(lines).toEqual(expected[file] ?? []);
  });

  it('lists no expectation for a file that is not in the corpus', () => {
    expect(Object.keys(expected).filter((file) => !files.includes(file))).toEqual([]);
  });
});
