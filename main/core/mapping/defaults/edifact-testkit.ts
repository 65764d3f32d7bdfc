/**
 * Test support for the EDIFACT default maps (imported by their *.test.ts only): parse a fixture or corpus file,
 * map every message of a type with a default map, and compare with a golden canonical JSON
 * (UPDATE_GOLDEN=1 writes the golden files; review them before committing; a missing one fails).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseEdi } from '../../../../parsers/index.js';
import { validateCanonical } from '../../canonical/index.js';
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

/** The golden documents for a fixture ('<fixture>.golden.json'), rewritten when UPDATE_GOLDEN=1. */
export function golden(fixture: string, documents: unknown[]): unknown[] {
  const file = `${fixture}.golden.json`;
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, `${JSON.stringify(documents, null, 2)}\n`);
  if (!existsSync(file)) throw new Error(`no golden file ${file}: run with UPDATE_GOLDEN=1, then review it field by field`);
  return JSON.parse(readFileSync(file, 'utf8')) as unknown[];
}

/** Error issues in the short form the corpus expectations list: 'ruleId: message'. */
export function errorsOf(result: MappingResult): string[] {
  return result.issues.filter((issue) => issue.severity === 'error').map((issue) => `${issue.ruleId ?? issue.path ?? '-'}: ${issue.message}`);
}

/** Our fixtures of a type: every message maps without error issues, validates, and equals its reviewed golden JSON. */
export function describeGoldens(type: string, map: MapDefinition, fixtures: string[]): void {
  describe(`EDIFACT ${type} default map on our fixtures`, () => {
    for (const name of fixtures) {
      it(`${name}: no error issues, valid canonical documents, equal to the golden output`, () => {
        const file = path.join(fixturesDir, `edifact-${type.toLowerCase()}`, name);
        const mapped = mapFile(file, map, type);
        expect(mapped.length).toBeGreaterThan(0);
        for (const message of mapped) {
          expect(errorsOf(message.result)).toEqual([]);
          expect(validateCanonical(message.result.document).ok).toBe(true);
        }
        const documents = mapped.map((message) => message.result.document);
        expect(documents).toEqual(golden(file, documents));
      });
    }
  });
}

/** What mapping one corpus file gives: error issues per message control number ('ruleId: message'), or why it is not this type. */
export interface CorpusExpectation {
  file: string;
  messages?: number;
  errors?: Record<string, string[]>;
  /** the file is labelled with the type in SOURCES.tsv but holds none of its messages: why */
  notThisType?: string;
}

/** Corpus files SOURCES.tsv labels with `type` (paths relative to the corpus's edifact folder). */
function corpusFilesOf(type: string): string[] {
  const sources = readFileSync(path.join(corpusDir, '../SOURCES.tsv'), 'utf8');
  return sources.split('\n').map((row) => row.split('\t')).filter((cells) => cells[0]?.startsWith('edifact/') && cells[4] === type).map((cells) => (cells[0] ?? '').slice('edifact/'.length));
}

export function describeCorpus(type: string, map: MapDefinition, expectations: CorpusExpectation[]): void {
  describe.skipIf(!existsSync(corpusDir))(`EDIFACT ${type} default map on ../shared/corpus (skipped: no corpus folder beside the repository)`, () => {
    it(`has an expectation for every corpus file labelled ${type}`, () => {
      expect(expectations.map((expectation) => expectation.file).sort()).toEqual(corpusFilesOf(type).sort());
    });
    for (const expectation of expectations) {
      it(`${expectation.file}: ${expectation.notThisType ? 'not a ' + type : 'maps with exactly the listed errors'}`, () => {
        const file = path.join(corpusDir, expectation.file);
        if (expectation.notThisType) {
          expect(messageTypes(file)).not.toContain(type);
          return;
        }
        const mapped = mapFile(file, map, type);
        expect(mapped.length).toBe(expectation.messages);
        const errors = Object.fromEntries(mapped.map((message) => [message.controlNumber, errorsOf(message.result)] as const).filter(([, list]) => list.length > 0));
        expect(errors).toEqual(expectation.errors ?? {});
      });
    }
  });
}
