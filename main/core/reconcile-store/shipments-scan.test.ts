import { describe, expect, it } from 'vitest';
import { scanKeys } from './shipments-scan.js';

const SSCC = '006141411234567890';

describe('scanKeys', () => {
  it('takes an SSCC as typed, with its (00) AI, with the bare 00 AI and with a GS1-128 symbology identifier', () => {
    for (const input of [SSCC, `(00)${SSCC}`, `00${SSCC}`, `]C100${SSCC}`, `  ]C1(00)${SSCC}\r\n`, `\u001d00${SSCC}`]) {
      expect(scanKeys(input).sscc, JSON.stringify(input)).toBe(SSCC);
    }
  });

  it("reads the label's human-readable line with spaces", () => {
    expect(scanKeys('(00) 0 0614141 123456789 0').sscc).toBe(SSCC);
  });

  it('leaves other numbers as upper-cased text without an SSCC', () => {
    expect(scanKeys('  asn-7781 ')).toEqual({ text: 'ASN-7781', typed: 'asn-7781', sscc: null });
    expect(scanKeys(']C1bol99812')).toEqual({ text: 'BOL99812', typed: 'bol99812', sscc: null });
    // 17 and 19 digits are not SSCCs
    expect(scanKeys('00614141123456789').sscc).toBeNull();
    expect(scanKeys('0061414112345678901').sscc).toBeNull();
  });
});
