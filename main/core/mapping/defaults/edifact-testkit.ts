/**
 * Test support for the EDIFACT default maps (imported by their *.test.ts only): parse a fixture or corpus file,
 * map every message of a type with a default map, and compare with a golden canonical JSON
 * (UPDATE_GOLDEN=1 rewrites the golden files; review them before committing).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEdi } from '../../../../parsers/index.js';
import { compileMap } from '../compile.js';
import type { MapDefinition } from '../format.js';
import { mapTransaction } from '../map-transaction.js';
import type { MappingResult } from '../result.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const fixturesDir = path.resolve(here, '../fixtures');
export const corpusDir = path.resolve(here, '../../../..', '../shared/corpus/edifact');

export interface MappedMessage {
  controlNumber: string;
  version: string;
  result: MappingResult;
}

/** Every message of `type` in the file, mapped with `map` (envelope passed, so UNA decimal marks apply). */
export function mapFile(file: string, map: MapDefinition, type: string): MappedMessage[] {
  const compiled = compileMap(map);
  if (!compiled.ok) throw new Error(`the map does not compile: ${JSON.stringify(compiled.errors)}`);
  const parsed = parseEdi(readFileSync(file));
  const mapped: MappedMessage[] = [];
  for (const interchange of parsed.interchanges) {
    for (const group of interchange.groups) {
      for (const transaction of group.transactions) {
        if (transaction.type !== type) continue;
        const result = mapTransaction(compiled.map, transaction, { envelope: { interchange, group } });
        mapped.push({ controlNumber: transaction.controlNumber, version: transaction.version, result });
      }
    }
  }
  return mapped;
}

/** The types of the messages in a file (to tell a mislabelled corpus file). */
export function messageTypes(file: string): string[] {
  const parsed = parseEdi(readFileSync(file));
  return parsed.interchanges.flatMap((interchange) => interchange.groups.flatMap((group) => group.transactions.map((transaction) => transaction.type)));
}

/** The golden documents for a fixture ('<fixture>.golden.json'), written first when UPDATE_GOLDEN=1. */
export function golden(fixture: string, documents: unknown[]): unknown[] {
  const file = `${fixture}.golden.json`;
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, `${JSON.stringify(documents, null, 2)}\n`);
  return JSON.parse(readFileSync(file, 'utf8')) as unknown[];
}

/** Error issues in the short form the corpus expectations list: 'ruleId: message'. */
export function errorsOf(result: MappingResult): string[] {
  return result.issues.filter((issue) => issue.severity === 'error').map((issue) => `${issue.ruleId ?? issue.path ?? '-'}: ${issue.message}`);
}
