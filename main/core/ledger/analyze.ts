/**
 * The ledger's rules, applied to one sender's control numbers at one level (a partner in one direction), read in
 * receipt order: by file, then by position in the file.
 * - duplicate: the same number in more than one file (repeats inside one file are the parser's to report);
 * - a drop to a number at most a tenth of the previous one is a reset (counter rollover, a re-installed
 *   translator) and starts a new sequence; a smaller drop stays in the sequence;
 * - out-of-sequence: a number lower than the highest one received before it in its sequence;
 * - gap: numbers missing between two consecutive distinct numbers of a sequence, whenever they arrived.
 * Only numbers made of digits have sequences; any number can be a duplicate. Transaction numbers of a sender that
 * starts every group again (ST02 0001 in each group, UNH 1 in each interchange) are compared inside each group.
 * Pure and columnar: a sender may have a million numbers.
 */

export interface SenderNumbers {
  texts: string[];
  fileIds: number[];
  /** transaction level: the group each number is in (consecutive rows of one group); 0 at other levels */
  groupIds: number[];
}

export interface Gap {
  from: number;
  to: number;
  /** rows holding the numbers on either side (their first use) */
  before: number;
  after: number;
}

export interface SenderFindings {
  /** per repeated number, the rows using it, in receipt order */
  duplicates: number[][];
  gaps: Gap[];
  outOfSequence: { row: number; highestBefore: number }[];
  /** transaction level: true when numbers were compared per group */
  perGroup: boolean;
}

/** Beyond 15 digits a double no longer holds every integer exactly; such numbers are treated as text. */
const NUMERIC = /^\d{1,15}$/;

export function numericValue(text: string): number {
  return NUMERIC.test(text) ? Number(text) : Number.NaN;
}

/** More than half of the sender's groups start with the same number: it numbers transactions per group. */
export function numbersPerGroup(numbers: SenderNumbers): boolean {
  const starts = new Map<string, number>();
  let groups = 0;
  for (let row = 0; row < numbers.texts.length; row++) {
    if (row > 0 && numbers.groupIds[row] === numbers.groupIds[row - 1]) continue;
    groups++;
    const text = numbers.texts[row]!;
    starts.set(text, (starts.get(text) ?? 0) + 1);
  }
  let most = 0;
  for (const count of starts.values()) most = Math.max(most, count);
  return groups > 0 && most * 2 > groups;
}

export function analyzeSender(numbers: SenderNumbers, options: { perGroupAllowed: boolean }): SenderFindings {
  const values = Float64Array.from(numbers.texts, numericValue);
  const perGroup = options.perGroupAllowed && numbersPerGroup(numbers);
  // a group lies inside one file, so per-group numbers cannot repeat across files
  const duplicates = perGroup ? [] : findDuplicates(numbers, values);
  const { gaps, outOfSequence } = walkSequences(values, perGroup ? numbers.groupIds : null);
  return { duplicates, gaps, outOfSequence, perGroup };
}

function findDuplicates(numbers: SenderNumbers, values: Float64Array): number[][] {
  const sorted = values.filter((value) => !Number.isNaN(value)).sort();
  const repeatedValues = new Set<number>();
  for (let index = 1; index < sorted.length; index++) if (sorted[index] === sorted[index - 1]) repeatedValues.add(sorted[index]!);
  const textUses = new Map<string, number>();
  values.forEach((value, row) => {
    if (Number.isNaN(value)) textUses.set(numbers.texts[row]!, (textUses.get(numbers.texts[row]!) ?? 0) + 1);
  });
  const rowsByKey = new Map<number | string, number[]>();
  values.forEach((value, row) => {
    const key = Number.isNaN(value) ? numbers.texts[row]! : value;
    const repeated = typeof key === 'number' ? repeatedValues.has(key) : (textUses.get(key) ?? 0) > 1;
    if (!repeated) return;
    const rows = rowsByKey.get(key) ?? [];
    rows.push(row);
    rowsByKey.set(key, rows);
  });
  return [...rowsByKey.values()].filter((rows) => rows.some((row) => numbers.fileIds[row] !== numbers.fileIds[rows[0]!]));
}

/** One pass in receipt order: sequences split at resets (and at group changes when numbered per group). */
function walkSequences(values: Float64Array, scopes: number[] | null): Pick<SenderFindings, 'gaps' | 'outOfSequence'> {
  const gaps: Gap[] = [];
  const outOfSequence: SenderFindings['outOfSequence'] = [];
  let sequence: number[] = [];
  let previous = Number.NaN;
  let highest = Number.NaN;
  for (let row = 0; row < values.length; row++) {
    const value = values[row]!;
    if (Number.isNaN(value)) continue;
    const newScope = scopes !== null && sequence.length > 0 && scopes[row] !== scopes[sequence[0]!];
    const reset = value < previous && value * 10 <= previous;
    if (newScope || reset) {
      gaps.push(...gapsIn(sequence, values));
      sequence = [];
      highest = Number.NaN;
    }
    if (value < highest) outOfSequence.push({ row, highestBefore: highest });
    if (!(value <= highest)) highest = value;
    previous = value;
    sequence.push(row);
  }
  gaps.push(...gapsIn(sequence, values));
  return { gaps, outOfSequence };
}

function gapsIn(rows: number[], values: Float64Array): Gap[] {
  const sorted = Float64Array.from(rows, (row) => values[row]!).sort();
  const found: { from: number; to: number; low: number; high: number }[] = [];
  for (let index = 1; index < sorted.length; index++) {
    const low = sorted[index - 1]!;
    const high = sorted[index]!;
    if (high - low > 1) found.push({ from: low + 1, to: high - 1, low, high });
  }
  if (found.length === 0) return [];
  const wanted = new Set(found.flatMap((gap) => [gap.low, gap.high]));
  const firstRow = new Map<number, number>();
  for (const row of rows) if (wanted.has(values[row]!) && !firstRow.has(values[row]!)) firstRow.set(values[row]!, row);
  return found.map((gap) => ({ from: gap.from, to: gap.to, before: firstRow.get(gap.low)!, after: firstRow.get(gap.high)! }));
}
