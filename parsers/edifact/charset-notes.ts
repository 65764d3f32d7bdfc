/**
 * Problems about bytes rather than values: characters outside the declared repertoire (listed up to a cap per
 * message or interchange, then counted) and line breaks inside segments (one warning per interchange).
 */
import type { Problem } from '../model.js';
import type { SyntaxCharset } from './charset.js';
import type { Reporter } from './report.js';
import type { SegmentView } from './segment-view.js';
import { describeByte, siteOfByte } from './segment-view.js';

/** how many charset violations are listed one by one per message (or per interchange outside messages) */
export const CHARSET_PROBLEMS_LISTED = 10;

export interface CharsetTally {
  listed: number;
  unlisted: number;
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
  for (const offset of offsets) {
    if (tally.listed >= CHARSET_PROBLEMS_LISTED) {
      tally.unlisted++;
      continue;
    }
    tally.listed++;
    const site = siteOfByte(view, offset);
    const byte = view.bytes[view.start + (offset - view.offset)] ?? 0;
    const where = site.element ? `${view.tag} element ${site.element}${site.component && site.component > 1 ? ` component ${site.component}` : ''}` : `the tag of ${view.tag}`;
    const message = charset.utf8 && byte >= 0x80
      ? `Invalid UTF-8 sequence starting with ${describeByte(byte)} at byte ${offset} in ${where}; the interchange declares ${charset.syntaxId} (UTF-8)`
      : `${describeByte(byte)} at byte ${offset} in ${where} is outside the ${charset.syntaxId} character set (${repertoireName(charset)})`;
    problems.push(reporter.warning('charset-violation', 'element', message, site, { badValue: String.fromCharCode(byte) }));
  }
  tally.unlisted += overflow;
}

/** One closing warning for violations counted but not listed. */
export function unlistedViolations(tally: CharsetTally, charset: SyntaxCharset, where: string, offset: number, reporter: Reporter): Problem | null {
  if (tally.unlisted === 0) return null;
  return reporter.warning('charset-violation', 'element',
    `${tally.unlisted} more characters outside the ${charset.syntaxId} character set in ${where} are not listed`, { offset });
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
