/**
 * Summarises a V8 .cpuprofile (from `npm run bench:parse -- --cpu-prof`): self time per function with its original
 * file and line (through the bundle's source map), and per file, as a share of the time the process was busy (idle
 * samples left out). Usage: node --import tsx bench/parse/profile-summary.ts FILE [TOP]
 */
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [path, topText = '25'] = process.argv.slice(2);
if (!path) {
  console.error('Usage: node --import tsx bench/parse/profile-summary.ts FILE.cpuprofile [TOP]');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfMicros = new Map<number, number>();
profile.samples.forEach((id, index) => selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
const total = [...selfMicros.values()].reduce((sum, value) => sum + value, 0);

const maps = new Map<string, SourceMap | null>();
function sourceMapFor(url: string): SourceMap | null {
  if (!maps.has(url)) {
    const path = url.startsWith('file://') ? `${fileURLToPath(url)}.map` : '';
    maps.set(url, path && existsSync(path) ? new SourceMap(JSON.parse(readFileSync(path, 'utf8')) as ConstructorParameters<typeof SourceMap>[0]) : null);
  }
  return maps.get(url)!;
}

/** `parsers/x12/tokenizer.ts:120` for a frame in the bundle, else the frame's own url and line. */
function place(frame: ProfileNode['callFrame']): { file: string; line: number } {
  const entry = sourceMapFor(frame.url)?.findEntry(frame.lineNumber, frame.columnNumber) as { originalSource?: string; originalLine?: number } | undefined;
  const url = entry?.originalSource ?? frame.url;
  const file = url ? url.replace(/^file:\/\//, '').replace(/^.*?\/?(parsers|bench|node_modules)\//, '$1/') : '(native)';
  return { file, line: (entry?.originalLine ?? frame.lineNumber) + 1 };
}

const byFunction = new Map<string, number>();
const byFile = new Map<string, number>();
let busy = 0;
for (const [id, micros] of selfMicros) {
  const frame = byId.get(id)!.callFrame;
  if (frame.functionName === '(idle)') continue;
  busy += micros;
  const { file, line } = place(frame);
  const name = `${file}:${frame.functionName || '(anonymous)'}:${line}`;
  byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
  byFile.set(file, (byFile.get(file) ?? 0) + micros);
}
const print = (title: string, entries: Map<string, number>, top: number): void => {
  console.log(`\n${title}`);
  for (const [name, micros] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${((micros / busy) * 100).toFixed(1).padStart(5)}%  ${(micros / 1000).toFixed(0).padStart(6)} ms  ${name}`);
};
console.log(`${path}: ${(total / 1000).toFixed(0)} ms sampled, ${(busy / 1000).toFixed(0)} ms busy (percentages are of busy time)`);
print('self time by function (file:function:line)', byFunction, Number(topText));
print('self time by file', byFile, 12);
