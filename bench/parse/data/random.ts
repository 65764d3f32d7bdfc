/**
 * A seeded pseudo-random source (mulberry32) so benchmark inputs are byte-for-byte reproducible: the same
 * parameters always produce the same file, which is what lets the cache key on a hash of the parameters.
 */
export interface Random {
  /** integer in [min, max] */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** `digits` decimal digits, zero-padded */
  digits(count: number): string;
  chance(probability: number): boolean;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    int,
    pick: <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T,
    digits: (count) => {
      let text = '';
      for (let i = 0; i < count; i++) text += String(int(0, 9));
      return text;
    },
    chance: (probability) => next() < probability,
  };
}

/** Prices as decimal strings with two places (money is never a binary float in EDI text). */
export function price(random: Random): string {
  return `${random.int(0, 499)}.${String(random.int(0, 99)).padStart(2, '0')}`;
}

export function yyyymmdd(random: Random, year = 2024): string {
  return `${year}${String(random.int(1, 12)).padStart(2, '0')}${String(random.int(1, 28)).padStart(2, '0')}`;
}
