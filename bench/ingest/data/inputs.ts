/**
 * The ingest benchmark's inputs: the parse benchmark's 50 MiB X12 file (same generator, same cache), and a folder of
 * small files generated once into bench/.data/ and reused while the generator's parameters and source are unchanged.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_DIR, ensureInput } from '../../parse/data/inputs.js';
import { generateSmallFiles } from './small-files.js';

export interface IngestInput {
  kind: 'big' | 'small';
  /** a file (big) or a folder of files (small) */
  path: string;
  files: number;
  bytes: number;
  transactions: number;
  generated: boolean;
}

const here = dirname(fileURLToPath(import.meta.url));
const GENERATOR_SOURCES = [join(here, 'small-files.ts'), join(here, 'inputs.ts'), join(here, '../../parse/data/random.ts'), join(here, '../../parse/data/vocabulary.ts')];

export function bigInput(): IngestInput {
  const input = ensureInput('x12', 50);
  return { kind: 'big', path: input.path, files: 1, bytes: input.bytes, transactions: input.transactions, generated: input.generated };
}

export function smallInput(count: number): IngestInput {
  const hash = createHash('sha256').update(JSON.stringify({ count, seed: 1000 }));
  for (const source of GENERATOR_SOURCES) hash.update(readFileSync(source));
  const prefix = `ingest-small-${count}-`;
  const folder = join(DATA_DIR, `${prefix}${hash.digest('hex').slice(0, 12)}`);
  const metaPath = `${folder}.json`;
  if (existsSync(folder) && existsSync(metaPath)) {
    const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as Omit<IngestInput, 'generated'>;
    return { ...meta, path: folder, generated: false };
  }
  mkdirSync(DATA_DIR, { recursive: true });
  for (const name of readdirSync(DATA_DIR)) if (name.startsWith(prefix)) rmSync(join(DATA_DIR, name), { recursive: true, force: true });
  const partial = `${folder}.partial`;
  mkdirSync(partial);
  let bytes = 0;
  let transactions = 0;
  for (const file of generateSmallFiles(count)) {
    const data = Buffer.from(file.text, 'latin1');
    writeFileSync(join(partial, file.name), data);
    bytes += data.length;
    transactions += file.transactions;
  }
  renameSync(partial, folder);
  const meta = { kind: 'small' as const, path: folder, files: count, bytes, transactions };
  writeFileSync(metaPath, `${JSON.stringify(meta, null, 2)}\n`);
  return { ...meta, generated: true };
}
