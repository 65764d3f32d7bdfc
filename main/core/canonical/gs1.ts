/**
 * GS1 check digits (SSCC, GTIN, GLN all use the same mod-10 scheme). The schemas check only the digit count: a
 * partner's wrong check digit is a finding for reconciliation to report, not a reason to lose the document.
 */

/** The check digit for `body` (all digits but the last): weights 3,1,3,1... from the right. */
export function gs1CheckDigit(body: string): number {
  if (!/^\d+$/.test(body)) throw new Error(`'${body}' is not a string of digits`);
  let sum = 0;
  for (let index = 0; index < body.length; index++) {
    const digit = body.charCodeAt(body.length - 1 - index) - 48;
    sum += index % 2 === 0 ? digit * 3 : digit;
  }
  return (10 - (sum % 10)) % 10;
}

/** true when the last digit of an SSCC-18, GTIN-8/12/13/14 or GLN-13 matches the others. */
export function hasValidGs1CheckDigit(code: string): boolean {
  if (!/^\d{8,18}$/.test(code)) return false;
  return gs1CheckDigit(code.slice(0, -1)) === Number(code.slice(-1));
}
