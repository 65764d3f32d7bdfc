/** Plain sentences for element problems, naming the element the way each standard's users do. */
import type { ProblemCode, Standard } from '../model.js';
import type { CompiledElement } from './compiled-segments.js';
import { countedLength } from './element-values.js';

/** X12 'BEG03' / 'REF04-1'; EDIFACT 'BGM element 2' / 'NAD element 3.1' */
export function elementLabel(standard: Standard, tag: string, element: number, component?: number): string {
  if (standard === 'x12') {
    const base = `${tag}${element < 10 ? '0' : ''}${element}`;
    return component === undefined ? base : `${base}-${component}`;
  }
  return component === undefined ? `${tag} element ${element}` : `${tag} element ${element}.${component}`;
}

export function valueProblemMessage(
  code: ProblemCode,
  label: string,
  element: CompiledElement,
  value: string,
  decimalMark: string,
): string {
  const what = `${label} (${element.name})`;
  const shown = JSON.stringify(value);
  switch (code) {
    case 'element-too-short':
      return `${what} ${shown} is ${countedLength(value, element, decimalMark)} characters long; the minimum is ${element.min}.`;
    case 'element-too-long':
      return `${what} ${shown} is ${countedLength(value, element, decimalMark)} characters long; the maximum is ${element.max}.`;
    case 'element-invalid-number':
      return `${what} ${shown} is not a valid number.`;
    case 'element-invalid-decimal-mark':
      return `${what} ${shown} uses the wrong decimal mark: this interchange declared "${decimalMark}".`;
    case 'element-invalid-date':
      return `${what} ${shown} is not a valid date (${value.length === 6 ? 'YYMMDD' : 'CCYYMMDD'}).`;
    case 'element-invalid-time':
      return `${what} ${shown} is not a valid time (HHMM, HHMMSS or HHMMSSd).`;
    case 'element-invalid-code':
      return element.codesComplete
        ? `${what} ${shown} is not a code of the ${element.codeListName || element.ref} list.`
        : `${what} ${shown} is not among the known codes of the ${element.codeListName || element.ref} list.`;
    case 'element-invalid-character':
      return element.type === 'a'
        ? `${what} ${shown} must be alphabetic but contains a digit or a control character.`
        : `${what} ${shown} contains a control character.`;
    default:
      return `${what} ${shown} is invalid.`;
  }
}
