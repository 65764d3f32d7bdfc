/**
 * What a person typed or a barcode scanner sent, made into look-up keys. Scanners prefix a symbology identifier
 * (']C1' for GS1-128), may send the GS1 function character (ASCII 29) and the '00' application identifier before an
 * SSCC; people type '(00) 0 0614141 123456789 0' from the label's human-readable line.
 */

export interface ScanKeys {
  /** trimmed, upper-cased, symbology identifier and control characters removed: an ASN, shipment or BOL number */
  text: string;
  /** trimmed, symbology identifier and control characters removed, case kept (a number stored in lower case) */
  typed: string;
  /** the 18-digit SSCC when the input is one (with or without its (00) application identifier) */
  sscc: string | null;
}

const SYMBOLOGY_ID = /^\][A-Za-z][0-9A-Za-z]/;
// ASCII control characters (the GS1 function character, CR/LF a scanner ends with): none belongs in a number
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/g;

export function scanKeys(input: string): ScanKeys {
  const typed = input.replace(CONTROL, '').trim().replace(SYMBOLOGY_ID, '').trim();
  const text = typed.toUpperCase();
  return { text, typed, sscc: ssccOf(text) };
}

function ssccOf(text: string): string | null {
  const compact = text.replace(/[\s-]/g, '');
  const withParens = /^\(00\)(\d{18})$/.exec(compact);
  if (withParens) return withParens[1]!;
  if (/^\d{18}$/.test(compact)) return compact;
  // '00' + 18 digits: the application identifier as a scanner sends it
  const withAi = /^00(\d{18})$/.exec(compact);
  return withAi ? withAi[1]! : null;
}
