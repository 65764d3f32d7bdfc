/**
 * EBCDIC code page 037 to Latin-1. Code page 037 is a permutation of Latin-1, so decoding byte for byte keeps every
 * offset: after translation an EBCDIC file reads exactly like an ASCII one (its NL 0x15 becomes U+0085).
 */

const CP037_TO_LATIN1_HEX =
  '000102039c09867f978d8e0b0c0d0e0f101112139d8508871819928f1c1d1e1f80818283840a171b88898a8b8c050607909116939495960498' +
  '999a9b14159e1a20a0e2e4e0e1e3e5e7f1a22e3c282b7c26e9eaebe8edeeefecdf21242a293bac2d2fc2c4c0c1c3c5c7d1a62c255f3e3ff8c9ca' +
  'cbc8cdcecfcc603a2340273d22d8616263646566676869abbbf0fdfeb1b06a6b6c6d6e6f707172aabae6b8c6a4b57e737475767778797aa1bfd0' +
  'dddeae5ea3a5b7a9a7b6bcbdbe5b5dafa8b4d77b414243444546474849adf4f6f2f3f57d4a4b4c4d4e4f505152b9fbfcf9faff5cf7535455565758' +
  '595ab2d4d6d2d3d530313233343536373839b3dbdcd9da9f';

export const CP037_TO_LATIN1: Uint8Array = Uint8Array.from(
  { length: 256 },
  (_, i) => parseInt(CP037_TO_LATIN1_HEX.slice(i * 2, i * 2 + 2), 16),
);

/** "ISA" in EBCDIC. */
export const EBCDIC_I = 0xc9;
export const EBCDIC_S = 0xe2;
export const EBCDIC_A = 0xc1;

/** Translate bytes[start, end) in place. */
export function translateEbcdic(bytes: Uint8Array, start: number, end: number): void {
  const table = CP037_TO_LATIN1;
  for (let i = start; i < end; i++) bytes[i] = table[bytes[i]!]!;
}
