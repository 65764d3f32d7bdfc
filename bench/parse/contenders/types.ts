import type { InputKind } from '../data/inputs.js';

export type ContenderFamily = 'ours' | 'npm' | 'baseline';

/** One way of reading a benchmark file. `parse` streams the file from disk and resolves with the segments it saw. */
export interface ContenderParser {
  parse(path: string): Promise<number>;
}

export interface Contender {
  /** stable id used on the child's command line and in the results file */
  id: string;
  label: string;
  input: InputKind;
  family: ContenderFamily;
  /** true for the contenders that take part in `--size` constant-memory runs */
  streamingOurs?: boolean;
  /** loaded in the child only, so each child's memory holds just its own contender */
  load(): Promise<ContenderParser>;
}

/** Every contender reads in chunks of this size, like a file stream with Node's default-ish buffer. */
export const CHUNK_BYTES = 64 * 1024;
