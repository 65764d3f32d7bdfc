// Quick throughput and memory check of the EDIFACT engine (not a test):
//   node parsers/edifact/bench.mjs [sizeMiB=50] [runs=3] [modes=envelope-stream,build-stream,full-stream,envelope-buffer,npm-edifact]
// Bundles the engine with esbuild (as the app's build does; no TypeScript loader in the measured processes),
// generates an ORDERS file with release characters and Latin-1 text, then runs each mode in its own process
// (so peak RSS is per mode) and prints MiB/s (best of the runs) by wall clock and per CPU second (the machine may be
// shared: CPU time shows the work done regardless of other load) and peak RSS.
import { spawnSync } from 'node:child_process';
import { closeSync, createReadStream, existsSync, openSync, readFileSync, renameSync, statSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const self = fileURLToPath(import.meta.url);

if (process.argv[2] === '--child') {
  const [mode, file, bundle] = process.argv.slice(3);
  const engine = await import(bundle);
  const Parser = createRequire(import.meta.url)('edifact/parser.js');
  const started = performance.now();
  const cpu = process.cpuUsage();
  const segments = await run(mode, file, engine, Parser);
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const mib = statSync(file).size / 1048576;
  console.log(JSON.stringify({ mode, mibPerSecond: mib / seconds, cpuMibPerSecond: mib / cpuSeconds, seconds, segments, peakRssMB: process.resourceUsage().maxRSS / 1024 }));
} else {
  const sizeMiB = Number(process.argv[2] ?? 50);
  const runs = Number(process.argv[3] ?? 3);
  const file = join(tmpdir(), `crossdock-edifact-orders-${sizeMiB}MiB.edi`);
  if (!existsSync(file)) generate(file, sizeMiB * 1048576);
  const bundle = join(tmpdir(), 'crossdock-edifact-engine.mjs');
  const esbuild = createRequire(import.meta.url)('esbuild');
  esbuild.buildSync({ entryPoints: [join(dirname(self), 'index.ts')], bundle: true, format: 'esm', platform: 'neutral', target: 'es2022', outfile: bundle, logLevel: 'warning' });
  console.log(`${file}: ${(statSync(file).size / 1048576).toFixed(1)} MiB, node ${process.version}`);
  const modes = (process.argv[4] ?? 'envelope-stream,build-stream,full-stream,envelope-buffer,npm-edifact').split(',');
  for (const mode of modes) {
    let best = null;
    for (let i = 0; i < runs; i++) {
      const child = spawnSync(process.execPath, [self, '--child', mode, file, bundle], { encoding: 'utf8' });
      if (child.status !== 0) {
        console.log(`${mode}: failed\n${child.stderr}`);
        break;
      }
      const result = JSON.parse(child.stdout.trim().split('\n').pop());
      if (!best || result.mibPerSecond > best.mibPerSecond) best = result;
    }
    if (best) {
      const wall = best.mibPerSecond.toFixed(1).padStart(7);
      const cpu = best.cpuMibPerSecond.toFixed(1).padStart(7);
      console.log(`${mode.padEnd(16)} ${wall} MiB/s wall ${cpu} MiB/s per CPU second  peak RSS ${best.peakRssMB.toFixed(0)} MB  (${best.segments} segments)`);
    }
  }
}

async function run(mode, file, engine, Parser) {
  if (mode === 'envelope-buffer') {
    const result = engine.parseEdifact(readFileSync(file), { validate: 'envelope', keepSegments: false });
    return countSegments(result);
  }
  if (mode === 'npm-edifact') return runNpmEdifact(file, Parser);
  let segments = 0;
  // build-stream: Segment objects built and lent to the callback, but no spec validation (the engine's own share)
  const stream = engine.createEdifactStream({
    validate: mode === 'full-stream' ? 'full' : 'envelope',
    segmentsForCallback: mode === 'build-stream',
    onTransaction: (transaction) => {
      segments += transaction.segmentCount;
    },
  });
  for await (const chunk of createReadStream(file, { highWaterMark: 65536 })) stream.write(chunk);
  const result = stream.end();
  if (result.verdict === 'errors') throw new Error('the generated file should parse without errors');
  return segments + 2 * result.interchanges.length;
}

function countSegments(result) {
  let count = 0;
  for (const interchange of result.interchanges) {
    count += 2;
    for (const group of interchange.groups) for (const transaction of group.transactions) count += transaction.segmentCount;
  }
  return count;
}

async function runNpmEdifact(file, Parser) {
  const parser = new Parser();
  parser.encoding('UNOC');
  let segments = 0;
  parser.on('closesegment', () => segments++);
  // the npm parser mishandles a release character at a chunk boundary, so it gets text split at terminators
  let rest = '';
  for await (const chunk of createReadStream(file, { highWaterMark: 65536, encoding: 'latin1' })) {
    const text = rest + chunk;
    const cut = text.lastIndexOf("'\n") + 2;
    parser.write(text.slice(0, cut));
    rest = text.slice(cut);
  }
  if (rest) parser.write(rest);
  parser.end();
  return segments;
}

/** Deterministic ORDERS D96A: UNA, UNOC, 500 messages per interchange, 10 lines each, escapes in free text. */
function generate(file, targetBytes) {
  const notes = ['Dock 4?: ring bell?+wait', 'Fragile?? handle with care', "Customer?'s own label", 'Rückfrage an Frau Müller?+Lager Süd'];
  const partial = `${file}.partial`;
  const fd = openSync(partial, 'w');
  const write = (text) => {
    writeSync(fd, Buffer.from(text, 'latin1'));
    size += text.length;
  };
  let size = 0;
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  const digits = (n) => String(next()).padStart(10, '0').slice(-n);
  write("UNA:+.? '\n");
  for (let interchange = 1; size < targetBytes; interchange++) {
    const reference = `IC${String(interchange).padStart(8, '0')}`;
    write(`UNB+UNOC:3+5412345000013:14+4012345000009:14+240131:1030+${reference}++ORDERS'\n`);
    let messages = 0;
    for (; messages < 500 && size < targetBytes; messages++) {
      const reference = String(messages + 1);
      const body = [`UNH+${reference}+ORDERS:D:96A:UN:EAN008`, `BGM+220+PO${digits(8)}+9`, 'DTM+137:20240131:102', `FTX+AAI+++${notes[next() % notes.length]}`,
        'NAD+BY+5412345000013::9++Bäckerei Süd?+Co', 'NAD+DP+5412345000020::9', 'CUX+2:EUR:9'];
      for (let line = 1; line <= 10; line++) {
        body.push(`LIN+${line}++${digits(13)}:EN`, `PIA+1+XK?+${digits(5)}:SA`, `IMD+F++:::Artikel ${digits(4)} grün?: 12?+1`, `QTY+21:${next() % 240 + 1}:PCE`, `PRI+AAA:${next() % 9000 / 100}`);
      }
      body.push('UNS+S', 'CNT+2:10');
      body.push(`UNT+${body.length + 1}+${reference}`);
      write(body.join("'\n") + "'\n");
    }
    write(`UNZ+${messages}+${reference}'\n`);
  }
  closeSync(fd);
  renameSync(partial, file);
}
