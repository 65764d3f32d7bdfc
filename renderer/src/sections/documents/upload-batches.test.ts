import { describe, expect, it } from 'vitest';
import { base64Length, MAX_BATCH_BASE64, MAX_BATCH_FILES, MAX_FILE_BYTES, planBatches, toBase64 } from './upload-batches.js';

describe('planBatches', () => {
  it('keeps each call under the file count and the body size, in the order given', () => {
    const many = Array.from({ length: MAX_BATCH_FILES + 3 }, (_, index) => ({ name: `f${index}`, size: 10 }));
    const { batches } = planBatches(many);
    expect(batches.map((batch) => batch.length)).toEqual([MAX_BATCH_FILES, 3]);
    expect(batches.flat().map((file) => file.name)).toEqual(many.map((file) => file.name));
    const big = Array.from({ length: 4 }, (_, index) => ({ name: `b${index}`, size: 30 * 1024 * 1024 }));
    for (const batch of planBatches(big).batches) expect(batch.reduce((sum, file) => sum + base64Length(file.size), 0)).toBeLessThanOrEqual(MAX_BATCH_BASE64);
  });

  it('sets aside a file too large for any call', () => {
    const plan = planBatches([{ name: 'small', size: 1 }, { name: 'huge', size: MAX_FILE_BYTES + 1 }]);
    expect(plan.tooLarge.map((file) => file.name)).toEqual(['huge']);
    expect(plan.batches).toEqual([[{ name: 'small', size: 1 }]]);
  });
});

describe('toBase64', () => {
  it('matches Node for lengths around its chunk size', () => {
    for (const length of [0, 1, 2, 3, 24_575, 24_576, 24_577, 100_000]) {
      const bytes = new Uint8Array(length).map((_, index) => (index * 31 + 7) % 256);
      expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
  });
});
