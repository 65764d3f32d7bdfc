/**
 * Golden output: the engine's threads and mismatches (every field, as JSON) over 400 seeds of messy inputs (fuzz.ts),
 * digested per group of 25 seeds and pinned to what the engine gave at commit cf6c7f2, before its speed work. Any
 * change of a result fails here. A deliberate change of what the engine finds: check the new findings, then re-pin
 * the digests this test prints.
 */
import { describe, expect, it } from 'vitest';
import { fuzzedContext, fuzzedInputs } from './fuzz.js';
import { hash64 } from './hash.js';
import { reconcileAll } from './reconcile.js';
import { MISMATCH_TYPES } from './types.js';

const GROUP = 25;
const PINNED = [
  '53024b9ed70bbd04', '4f9342a4f9e34d5c', '3348f50c296f404f', '824dfb485c59bd9e', 'ba9c4e04733e0e35', 'b2a748a6149472a8', '8e786448774fa4f5', '692e428ea6b0cf41',
  '06f8b3fa8ef19a99', '33e35970d0e1c329', 'b58e0859f5994de2', '7de3d75fc28eb216', 'e7c51fe683e405a0', '7b126770f9996f35', '3efcba5c8e0444b8', 'fc8b52e9fc763ecb',
];

describe('golden output (engine results pinned at cf6c7f2)', () => {
  const types = new Set<string>();
  const digests = PINNED.map((_, group) => {
    const parts: string[] = [];
    for (let seed = 1 + group * GROUP; seed <= (group + 1) * GROUP; seed++) {
      let text: string;
      try {
        const result = reconcileAll(fuzzedInputs(seed), fuzzedContext(seed));
        for (const found of result.mismatches) types.add(found.type);
        text = JSON.stringify(result);
      } catch (error) {
        text = `throws ${String(error)}`;
      }
      parts.push(hash64(text));
    }
    return hash64(parts.join(','));
  });

  it('the inputs reach every mismatch type', () => {
    expect([...types].sort()).toEqual([...MISMATCH_TYPES].sort());
  });

  it.each(PINNED.map((pinned, group) => [group * GROUP + 1, (group + 1) * GROUP, pinned, group] as const))('seeds %i-%i give the pinned threads and mismatches', (_from, _to, pinned, group) => {
    expect(digests[group]).toBe(pinned);
  });
});
