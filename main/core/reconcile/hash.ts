/**
 * A 64-bit string hash (two independent 32-bit multiply-xorshift lanes, as in cyrb53 but keeping all 64 bits) for
 * mismatch ids. Pure JavaScript so the engine runs in a worker or browser; not cryptographic, only stable.
 */
export function hash64(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

/** 'mm-' + 16 hex digits from the mismatch type, its thread and its line or carton. */
export function mismatchId(type: string, threadKey: string, lineKey: string | null): string {
  return `mm-${hash64(`${type}\u0000${threadKey}\u0000${lineKey ?? ''}`)}`;
}
