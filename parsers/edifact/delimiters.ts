/**
 * EDIFACT service characters: the defaults of ISO 9735, the level B control-character set, and the UNA service
 * string advice that overrides them for one interchange.
 */
import type { EdifactDelimiters } from '../model.js';

/** Syntax 1-3 defaults (a syntax 4 interchange without UNA also gets '*' as repetition separator). */
export const DEFAULT_DELIMITERS: Readonly<EdifactDelimiters> = {
  component: ':',
  element: '+',
  decimal: '.',
  release: '?',
  repetition: null,
  segment: "'",
  segmentSuffix: '',
};

/** ISO 9735 level B defaults: IS1 component, IS3 element, IS4 segment terminator, no release character. */
export const LEVEL_B_DELIMITERS: Readonly<EdifactDelimiters> = {
  component: '\x1f',
  element: '\x1d',
  decimal: '.',
  release: null,
  repetition: null,
  segment: '\x1c',
  segmentSuffix: '',
};

export const SYNTAX_4_DEFAULT_REPETITION = '*';

export interface UnaReading {
  delimiters: EdifactDelimiters;
  /** delimiter clashes (errors) */
  clashes: string[];
  /** odd but usable choices (warnings) */
  oddities: string[];
}

/** Reads the six characters after 'UNA' (component, element, decimal, release, repetition, terminator). */
export function readServiceStringAdvice(six: string): UnaReading {
  const at = (i: number): string => six.charAt(i);
  const delimiters: EdifactDelimiters = {
    component: at(0),
    element: at(1),
    decimal: at(2),
    release: at(3) === ' ' ? null : at(3),
    repetition: at(4) === ' ' ? null : at(4),
    segment: at(5),
    segmentSuffix: '',
  };
  return { delimiters, clashes: findClashes(delimiters), oddities: findOddities(delimiters) };
}

export function findClashes(d: EdifactDelimiters): string[] {
  const roles: [string, string | null][] = [
    ['component separator', d.component],
    ['element separator', d.element],
    ['release character', d.release],
    ['repetition separator', d.repetition],
    ['segment terminator', d.segment],
  ];
  const clashes: string[] = [];
  for (let i = 0; i < roles.length; i++) {
    for (let j = i + 1; j < roles.length; j++) {
      const [nameA, a] = roles[i]!;
      const [nameB, b] = roles[j]!;
      if (a !== null && a === b) clashes.push(`the ${nameA} and the ${nameB} are both ${describeCharacter(a)}`);
    }
  }
  return clashes;
}

function findOddities(d: EdifactDelimiters): string[] {
  const oddities: string[] = [];
  if (d.decimal !== '.' && d.decimal !== ',') {
    oddities.push(`the decimal mark ${describeCharacter(d.decimal)} is neither '.' nor ','`);
  }
  for (const [role, ch] of [['component separator', d.component], ['element separator', d.element], ['segment terminator', d.segment]] as const) {
    if (/^[A-Za-z0-9]$/.test(ch)) oddities.push(`the ${role} is the letter or digit ${describeCharacter(ch)}`);
  }
  return oddities;
}

/** A delimiter as a coordinator can read it: "'+'", "LF", "U+001D". */
export function describeCharacter(ch: string): string {
  const code = ch.charCodeAt(0);
  if (ch === '\n') return 'LF';
  if (ch === '\r') return 'CR';
  if (ch === ' ') return 'space';
  if (code < 0x20 || code === 0x7f) return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `'${ch}'`;
}
