/**
 * Real partner files (../shared/corpus) must use only segment tags our spec defines for their message. The splitter
 * here is deliberately tiny and independent of the parser: UNA (or the default delimiters), the release character,
 * and UNH..UNT message boundaries.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resolveTransactionSpec } from '../registry.js';
import { edifactDictionary } from './index.js';
import { segmentTagsOf } from './walk.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const corpusDir = path.resolve(repoRoot, '../shared/corpus/edifact');
const CHECKED_TYPES = new Set(['ORDERS', 'ORDRSP', 'DESADV', 'INVOIC', 'RECADV', 'APERAK']);

/**
 * Tags a file uses that its UN directory message does not define, with the reason we accept them. Keyed by
 * `file|type|tag`. Keep this list short and explained; anything new here is either a spec bug or a partner quirk.
 */
const EXCEPTIONS: Record<string, string> = {};

type Element = string[];

/** Splits EDIFACT text into segments of elements of components, honouring UNA and the release character. */
function splitEdifact(text: string): Element[][] {
  let start = text.search(/UN[ABH]/);
  if (start < 0) return [];
  let component = ':', element = '+', release: string | null = '?', terminator = "'";
  if (text.startsWith('UNA', start)) {
    component = text.charAt(start + 3);
    element = text.charAt(start + 4);
    release = text.charAt(start + 6) === ' ' ? null : text.charAt(start + 6);
    terminator = text.charAt(start + 8);
    start += 9;
  }
  const segments: Element[][] = [];
  let elements: Element[] = [];
  let components: string[] = [];
  let value = '';
  for (let index = start; index < text.length; index++) {
    const char = text.charAt(index);
    if (char === release) {
      value += text.charAt(++index);
    } else if (char === component) {
      components.push(value);
      value = '';
    } else if (char === element) {
      components.push(value);
      elements.push(components);
      components = [];
      value = '';
    } else if (char === terminator) {
      components.push(value);
      elements.push(components);
      const tag = elements[0]?.[0]?.replace(/^[\s]+/, '') ?? '';
      elements[0] = [tag];
      if (tag !== '') segments.push(elements);
      elements = [];
      components = [];
      value = '';
    } else {
      value += char;
    }
  }
  return segments;
}

interface CorpusMessage {
  file: string;
  type: string;
  version: string;
  tags: string[];
}

function messagesIn(file: string): CorpusMessage[] {
  const segments = splitEdifact(readFileSync(path.join(corpusDir, file), 'latin1'));
  const messages: CorpusMessage[] = [];
  let current: CorpusMessage | null = null;
  for (const segment of segments) {
    const tag = segment[0]?.[0] ?? '';
    if (tag === 'UNH') {
      const identifier = segment[2] ?? [];
      current = { file, type: identifier[0] ?? '', version: `${identifier[1] ?? ''}:${identifier[2] ?? ''}`, tags: [] };
      messages.push(current);
    }
    if (current) current.tags.push(tag);
    if (tag === 'UNT') current = null;
  }
  return messages;
}

describe('splitEdifact', () => {
  it('honours UNA delimiters and the release character', () => {
    const segments = splitEdifact('UNA*+.? $UNB+UNOC*3+A+B$\nFTX+AAI+++a?+b?*c?$d??$UNZ+1+X$');
    expect(segments.map((segment) => segment[0]?.[0])).toEqual(['UNB', 'FTX', 'UNZ']);
    expect(segments[0]?.[1]).toEqual(['UNOC', '3']);
    expect(segments[1]?.[4]).toEqual(['a+b*c$d?']);
  });

  it('uses the default delimiters without UNA and skips a preamble', () => {
    const segments = splitEdifact("junk\r\nUNB+UNOA:1+X'\r\nUNH+1+ORDERS:D:96A:UN'");
    expect(segments.map((segment) => segment[0]?.[0])).toEqual(['UNB', 'UNH']);
    expect(segments[1]?.[2]).toEqual(['ORDERS', 'D', '96A', 'UN']);
  });
});

describe.skipIf(!existsSync(corpusDir))('EDIFACT corpus segment tags (skipped: ../shared/corpus/edifact is absent)', () => {
  const messages = existsSync(corpusDir)
    ? readdirSync(corpusDir).sort().flatMap((file) => messagesIn(file)).filter((message) => CHECKED_TYPES.has(message.type))
    : [];

  it('finds messages of every checked type in the corpus', () => {
    expect(new Set(messages.map((message) => message.type))).toEqual(CHECKED_TYPES);
  });

  it.each(messages.map((message, index) => [`${message.file} #${index} ${message.type} ${message.version}`, message] as const))(
    '%s uses only segments of its spec',
    (_name, message) => {
      const resolved = resolveTransactionSpec('edifact', message.type, message.version);
      expect(resolved).toBeDefined();
      // A version we have no spec for (D97A, D03B) is checked against every directory we have for the type.
      const allowed = resolved?.exact
        ? segmentTagsOf(resolved.spec)
        : new Set(
            edifactDictionary.transactions.filter((spec) => spec.type === message.type).flatMap((spec) => [...segmentTagsOf(spec)]),
          );
      const unknown = [...new Set(message.tags)].filter(
        (tag) => !allowed.has(tag) && EXCEPTIONS[`${message.file}|${message.type}|${tag}`] === undefined,
      );
      expect(unknown).toEqual([]);
    },
  );
});
