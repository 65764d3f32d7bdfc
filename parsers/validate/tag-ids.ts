/**
 * Small integer ids for segment tags, so the per-segment lookups (spec positions in each open loop, the segment's
 * dictionary spec) index arrays after one Map lookup per segment. Only tags from specs and dictionaries get ids:
 * tags found only in files never do, so junk input cannot grow the table.
 */
const ids = new Map<string, number>();

/** The tag's id, or -1 when no spec or dictionary has the tag. */
export function tagIdOf(tag: string): number {
  return ids.get(tag) ?? -1;
}

export function registerTag(tag: string): number {
  let id = ids.get(tag);
  if (id === undefined) {
    id = ids.size;
    ids.set(tag, id);
  }
  return id;
}
