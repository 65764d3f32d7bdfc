/**
 * Small integer ids for segment tags, so the per-segment lookups (spec positions in each open loop, the segment's
 * dictionary spec) index arrays. Tags of 2-3 digits or capital letters (all real ones) are looked up in a flat table
 * by their characters, with no string hashing: engines may hand over a fresh tag string for every segment.
 * Only tags from specs and dictionaries get ids, so junk input cannot grow the table.
 */
const ids = new Map<string, number>();

/** 37 symbols per position: 0 = no third character, 1-10 digits, 11-36 capital letters */
const SYMBOLS = 37;
const byCharacters = new Int32Array(SYMBOLS * SYMBOLS * SYMBOLS).fill(-1);

function symbol(code: number): number {
  if (code >= 48 && code <= 57) return code - 47;
  if (code >= 65 && code <= 90) return code - 54;
  return -1;
}

/** index into byCharacters, or -1 when the tag is not 2-3 digits or capital letters */
function slotOf(tag: string): number {
  const length = tag.length;
  if (length < 2 || length > 3) return -1;
  const first = symbol(tag.charCodeAt(0));
  const second = symbol(tag.charCodeAt(1));
  const third = length === 3 ? symbol(tag.charCodeAt(2)) : 0;
  if (first < 0 || second < 0 || third < 0) return -1;
  return (first * SYMBOLS + second) * SYMBOLS + third;
}

/** The tag's id, or -1 when no spec or dictionary has the tag. */
export function tagIdOf(tag: string): number {
  const slot = slotOf(tag);
  if (slot >= 0) return byCharacters[slot] as number;
  return ids.get(tag) ?? -1;
}

export function registerTag(tag: string): number {
  let id = ids.get(tag);
  if (id === undefined) {
    id = ids.size;
    ids.set(tag, id);
    const slot = slotOf(tag);
    if (slot >= 0) byCharacters[slot] = id;
  }
  return id;
}
