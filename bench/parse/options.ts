import { parseArgs } from 'node:util';

export interface BenchOptions {
  /** input size in MiB; anything but the default runs only our streaming contenders (the constant-memory check) */
  sizeMiB: number;
  runs: number;
  warmups: number;
  only: string[] | null;
  constantMemoryCheck: boolean;
  /** run each child with --cpu-prof (profiles in bench/.data/profiles/) */
  cpuProfile: boolean;
}

export const DEFAULT_SIZE_MIB = 50;

export const USAGE = `Usage: npm run bench:parse -- [--size MiB] [--runs N] [--warmups N] [--only id,id] [--cpu-prof]
  --size 1024   constant-memory check on a 1 GiB input: our streaming parsers only, one run, no warm-up
  --cpu-prof    write a V8 CPU profile per contender to bench/.data/profiles/ (see profile-summary.ts)`;

export function parseBenchOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: { size: { type: 'string' }, runs: { type: 'string' }, warmups: { type: 'string' }, only: { type: 'string' }, 'cpu-prof': { type: 'boolean' }, help: { type: 'boolean' } },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const sizeMiB = positiveNumber(values.size, DEFAULT_SIZE_MIB, '--size');
  const constantMemoryCheck = sizeMiB !== DEFAULT_SIZE_MIB;
  return {
    sizeMiB,
    constantMemoryCheck,
    runs: positiveNumber(values.runs, constantMemoryCheck ? 1 : 3, '--runs'),
    warmups: values.warmups === undefined ? (constantMemoryCheck ? 0 : 1) : Number(values.warmups),
    only: values.only ? values.only.split(',').map((id) => id.trim()) : null,
    cpuProfile: values['cpu-prof'] ?? false,
  };
}

function positiveNumber(text: string | undefined, fallback: number, name: string): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} needs a positive number, got '${text}'`);
  return value;
}
