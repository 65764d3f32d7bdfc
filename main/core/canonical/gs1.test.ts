import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gs1CheckDigit, hasValidGs1CheckDigit } from './gs1.js';
import { allCanonicalSamples } from './samples.js';
import { shipmentLines, type ShipmentPack } from './shipment.js';

describe('GS1 check digits', () => {
  it('computes the check digit of known codes', () => {
    expect(gs1CheckDigit('400638133393')).toBe(1);
    expect(gs1CheckDigit('61414112346')).toBe(9);
    expect(hasValidGs1CheckDigit('006141411234567890')).toBe(true);
    expect(hasValidGs1CheckDigit('006141411234567891')).toBe(false);
    expect(hasValidGs1CheckDigit('0614141')).toBe(false);
    expect(() => gs1CheckDigit('12a')).toThrow(/digits/);
  });

  it('accepts a body with its computed digit and refuses every other last digit', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{7,17}$/), (body) => {
        const digit = gs1CheckDigit(body);
        expect(hasValidGs1CheckDigit(`${body}${digit}`)).toBe(true);
        for (let other = 0; other < 10; other++) if (other !== digit) expect(hasValidGs1CheckDigit(`${body}${other}`)).toBe(false);
      }),
    );
  });

  it('the samples carry valid SSCCs and GTINs, so tests built on them start from clean data', () => {
    const codes: string[] = [];
    const packs = (list: ShipmentPack[] | undefined): void => {
      for (const pack of list ?? []) {
        if (pack.sscc) codes.push(pack.sscc);
        packs(pack.packs);
      }
    };
    for (const sample of allCanonicalSamples) {
      if (sample.kind === 'shipment') {
        packs(sample.packs);
        for (const { line } of shipmentLines(sample)) if (line.product?.gtin) codes.push(line.product.gtin);
      }
      if (sample.kind === 'order') for (const line of sample.lines) for (const code of [line.product?.gtin, line.product?.upc]) if (code) codes.push(code);
    }
    expect(codes.length).toBeGreaterThan(5);
    for (const code of codes) expect(hasValidGs1CheckDigit(code), code).toBe(true);
  });
});
