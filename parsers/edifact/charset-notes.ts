/**
 * Problems about bytes rather than values: characters outside the declared repertoire (listed up to a cap per
 * message or interchange, then counted) and line breaks inside segments (one warning per interchange).
 */
import type { Problem } from '../model.js';
import type { SyntaxCharset } from './charset.js';
import type { Reporter } from './report.js';
import type { SegmentView } from './segment-view.js';
import type { Site } from './report.js';
import { locateInSegment } from './segment-values.js';
import { describeByte, siteOf, siteOfByte } from './segment-view.js';

/** how many charset violations are listed one by one per message (or per interchange outside messages) */
export const CHARSET_PROBLEMS_LISTED = 10;

export interface CharsetTally {
  listed: number;
  unlisted: number;
  /** the closing warning, created (and located) at the first character counted but not listed */
  unlistedProblem?: Problem;
}

export function noteViolations(
  view: SegmentView,
  offsets: number[],
  overflow: number,
  charset: SyntaxCharset,
  tally: CharsetTally,
  problems: Problem[],
  reporter: Reporter,
): void {
  // one problem per value: consecutive offending characters in one component are reported together
  let index = 0;
  while (index < offsets.length) {
    const first = offsets[index]!;
    const site = siteOfByte(view, first);
    let count = 1;
    while (index + count < offsets.length && sameValue(siteOfByte(view, offsets[index + count]!), site)) count++;
    index += count;
    if (tally.listed >= CHARSET_PROBLEMS_LISTED) {
      tally.unlisted += count;
      tally.unlistedProblem ??= reporter.warning('charset-violation', 'segment', '', site);
      continue;
    }
    tally.listed++;
    const byte = byteAt(view, first);
    const where = site.element ? `${view.tag} element ${site.element}${site.component && site.component > 1 ? ` component ${site.component}` : ''}` : `the tag of ${view.tag}`;
    const value = valueText(view, first);
    const what = count === 1 ? `${describeByte(byte)} at byte ${first}` : `${count} characters, the first ${describeByte(byte)} at byte ${first},`;
    const message = charset.utf8 && byte >= 0x80
      ? `${count === 1 ? 'Invalid UTF-8' : `${count} invalid UTF-8 sequences, the first`} at byte ${first} (${describeByte(byte)}) in ${where} ${JSON.stringify(value)}; the interchange declares ${charset.syntaxId} (UTF-8)`
      : `${what} in ${where} ${JSON.stringify(value)} ${count === 1 ? 'is' : 'are'} outside the ${charset.syntaxId} character set (${repertoireName(charset)})${utf8Hint(view, first, charset)}`;
    problems.push(reporter.warning('charset-violation', 'element', message, site, { badValue: value }));
  }
  if (overflow > 0) {
    tally.unlisted += overflow;
    tally.unlistedProblem ??= reporter.warning('charset-violation', 'segment', '', siteOf(view));
  }
}

function sameValue(a: Site, b: Site): boolean {
  return a.element === b.element && a.component === b.component && a.repetition === b.repetition;
}

function byteAt(view: SegmentView, offset: number): number {
  return view.bytes[view.start + (offset - view.offset)] ?? 0;
}

/** The component holding `offset`, as Latin-1 text (at most 40 characters), for the message. */
function valueText(view: SegmentView, offset: number): string {
  const d = view.delimiters;
  const stops = new Set([d.element, d.component, d.repetition ?? d.element].map((c) => c.charCodeAt(0)));
  const release = d.release?.charCodeAt(0) ?? -1;
  const position = locateInSegment(view.bytes, view.start, view.end, d, view.start + (offset - view.offset));
  let text = '';
  for (let i = position.index; i < view.end && text.length < 40; i++) {
    const b = view.bytes[i]!;
    if (b === release) i++;
    else if (stops.has(b)) break;
    if (i < view.end) text += String.fromCharCode(view.bytes[i]!);
  }
  return text;
}

/** Under a single-byte set, bytes that form valid UTF-8 suggest the file is really UTF-8: say so. */
function utf8Hint(view: SegmentView, offset: number, charset: SyntaxCharset): string {
  if (charset.utf8) return '';
  const at = view.start + (offset - view.offset);
  for (let lead = at; lead >= Math.max(view.start, at - 3); lead--) {
    const b = view.bytes[lead]!;
    const length = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 ? 2 : 0;
    if (b < 0xc2 || length === 0 || lead + length <= at || lead + length > view.end) continue;
    try {
      const character = strictUtf8.decode(view.bytes.subarray(lead, lead + length));
      const hex = [...view.bytes.subarray(lead, lead + length)].map((x) => x.toString(16).toUpperCase().padStart(2, '0')).join(' ');
      return `; the bytes ${hex} are UTF-8 for '${character}', so the file may be UTF-8 although UNB declares ${charset.syntaxId}`;
    } catch {
      // not UTF-8 either
    }
  }
  return '';
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** One closing warning for violations counted but not listed (located where the first of them was). */
export function unlistedViolations(tally: CharsetTally, charset: SyntaxCharset, where: string): Problem | null {
  const problem = tally.unlistedProblem;
  if (tally.unlisted === 0 || !problem) return null;
  problem.message = `${tally.unlisted} more characters outside the ${charset.syntaxId} character set in ${where} are not listed (the first at byte ${problem.position.offset})`;
  return problem;
}

function repertoireName(charset: SyntaxCharset): string {
  if (charset.syntaxId === 'UNOA') return 'upper-case letters, digits and . , - ( ) / = \' + : ? ! " % & * ; < > and space';
  if (charset.syntaxId === 'UNOB') return 'letters, digits and the level A punctuation';
  return `${charset.charset} printable characters`;
}

/** Offset of the first unreleased CR or LF in the segment (what the scanner flagged), or the segment start. */
export function firstLineBreak(view: SegmentView): number {
  const release = view.delimiters.release?.charCodeAt(0) ?? -1;
  for (let i = view.start; i < view.end; i++) {
    const b = view.bytes[i]!;
    if (b === release) i++;
    else if (b === 0x0a || b === 0x0d) return view.offset + (i - view.start);
  }
  return view.offset;
}

export function lineBreakMessage(tag: string, offset: number, segments: number): string {
  const more = segments > 1 ? `; ${segments} segments in this interchange contain line breaks` : '';
  return `Line break inside segment ${tag} at byte ${offset} is not part of the data and was ignored (the file is wrapped or breaks lines inside values)${more}`;
}
