/**
 * The crash rule, with a real process and a real SIGKILL: a child ingests ~2,000 generated files (valid,
 * broken, duplicated bytes, not EDI, X12 and EDIFACT) into a workspace and is killed at random moments (after a
 * random time, or once it reports a random number of files done), then restarted until one run completes. The
 * workspace must then hold exactly what one uninterrupted run into a fresh workspace holds: every file once, one
 * receipt per delivery, nothing left half-done, and a sound database.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRandom } from '../../../bench/parse/data/random.js';
import { makeTempDir } from '../../../test/helpers/temp-dir.js';
import { purchaseOrder } from '../../../test/helpers/x12-samples.js';
import { removeAbandonedPartials } from './archive.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const childScript = join(repoRoot, 'test/helpers/ingest-child.ts');
const FILES = 2000;
const KILLS = 6;
const seed = Number(process.env.CRASH_SEED ?? Date.now() % 100_000);

function edifactOrder(reference: number, sender: string, lines: number): string {
  const body = ['UNH+1+ORDERS:D:96A:UN', `BGM+220+PO${reference}+9`, 'DTM+137:20261115:102', ...Array.from({ length: lines }, (_, index) => [`LIN+${index + 1}++400638133393${index % 10}:EN`, `QTY+21:${(index + 1) * 3}:PCE`]).flat(), 'UNS+S', `CNT+2:${lines}`];
  const segments = [`UNB+UNOC:3+${sender}:14+5412345000013:14+261115:1200+R${reference}`, ...body, `UNT+${body.length + 1}+1`, `UNZ+1+R${reference}`];
  return `UNA:+.? '${segments.join("'\n")}'\n`;
}

/** The source folder: what a partner's drop, a user's folder or an old system's export might hold. */
function writeSources(folder: string): Map<string, number> {
  const random = createRandom(seed);
  const written: Buffer[] = [];
  const nextControl = new Map<string, number>();
  for (let index = 0; index < FILES; index++) {
    const roll = random.int(1, 100);
    const sender = `PARTNER${random.int(1, 25)}`;
    const control = (nextControl.get(sender) ?? 0) + (random.chance(0.03) ? 0 : 1); // a few reused control numbers
    nextControl.set(sender, control);
    let text: string | Buffer;
    if (roll <= 62) text = purchaseOrder({ po: `PO-${index}`, control: String(control).padStart(9, '0'), lines: random.int(1, 12), sender });
    else if (roll <= 72) text = edifactOrder(index, `40123450${random.digits(5)}`, random.int(1, 8));
    else if (roll <= 78) text = purchaseOrder({ po: `BAD-${index}`, control: String(control).padStart(9, '0'), lines: 3, sender }).replace(/SE\*\d+\*/, 'SE*99*');
    else if (roll <= 82) {
      const whole = purchaseOrder({ po: `CUT-${index}`, control: String(control).padStart(9, '0'), lines: 6, sender });
      text = whole.slice(0, random.int(40, whole.length - 20));
    } else if (roll <= 87) text = random.chance(0.2) ? '' : random.chance(0.5) ? `Meeting notes ${index}: call the carrier about dock ${random.int(1, 9)}.\n` : Buffer.from(Array.from({ length: 300 }, () => random.int(0, 255)));
    else text = written[random.int(0, written.length - 1)] ?? 'empty start';
    const bytes = Buffer.isBuffer(text) ? text : Buffer.from(text, 'latin1');
    written.push(bytes);
    const sub = join(folder, `part-${index % 4}`, roll > 87 ? 'copies' : '');
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `f${String(index).padStart(4, '0')}${roll <= 72 && roll > 62 ? '.edi' : '.x12'}`), bytes);
  }
  const bySha = new Map<string, number>();
  for (const bytes of written) {
    const sha = createHash('sha256').update(bytes).digest('hex');
    bySha.set(sha, (bySha.get(sha) ?? 0) + 1);
  }
  return bySha;
}

interface Run {
  killed: boolean;
  /** the last `progress` the child reported before it was killed or finished */
  progress: number;
  /** files in state 'received' that the kill left (receipt committed, results not) */
  leftReceived: number;
  ms: number;
  summary?: Record<string, unknown>;
}

/** Runs the child until it exits or the kill condition hits; `killAt` is ms after spawn or files done. */
function runChild(workspace: string, folder: string, killAt: { afterMs: number } | { afterFiles: number; extraMs: number } | null): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', childScript, workspace, folder], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    const run: Run = { killed: false, progress: 0, leftReceived: 0, ms: 0 };
    const started = Date.now();
    let stderr = '';
    let buffered = '';
    let armed = false;
    const kill = () => {
      if (run.killed || child.exitCode !== null) return;
      run.killed = true;
      child.kill('SIGKILL');
    };
    if (killAt && 'afterMs' in killAt) setTimeout(kill, killAt.afterMs);
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('progress ')) run.progress = Number(line.slice(9));
        if (line.startsWith('done ')) run.summary = JSON.parse(line.slice(5)) as Record<string, unknown>;
        if (killAt && 'afterFiles' in killAt && run.progress >= killAt.afterFiles && !armed) {
          armed = true;
          setTimeout(kill, killAt.extraMs);
        }
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      run.ms = Date.now() - started;
      if (signal === 'SIGKILL' && run.killed) {
        try {
          const db = new Database(join(workspace, 'workspace.db'), { fileMustExist: true });
          try {
            run.leftReceived = db.prepare("SELECT count(*) FROM files WHERE state = 'received'").pluck().get() as number;
          } finally {
            db.close();
          }
        } catch {
          // killed before the workspace or its schema existed
        }
        resolve(run);
      } else if (code === 0 && run.summary) resolve(run);
      else reject(new Error(`child exited with ${code ?? signal} (seed ${seed}): ${stderr.slice(-2000)}`));
    });
  });
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

type Row = Record<string, unknown>;
const fingerprint = (db: Database.Database) => ({
  files: db.prepare('SELECT sha256, size, state, verdict, quarantine_reason FROM files ORDER BY sha256').all() as Row[],
  documents: db.prepare('SELECT f.sha256, d.ordinal, d.type, d.control_number, d.status, d.error_count, d.warning_count, d.byte_start, d.byte_end, d.po_number, d.reference FROM documents d JOIN files f ON f.id = d.file_id ORDER BY f.sha256, d.interchange_id, d.group_id, d.ordinal').all() as Row[],
  interchanges: db.prepare('SELECT f.sha256, i.ordinal, i.control_number, i.duplicate_control FROM interchanges i JOIN files f ON f.id = i.file_id ORDER BY f.sha256, i.ordinal').all() as Row[],
  partners: db.prepare('SELECT count(*) FROM partners').pluck().get(),
  acks: db.prepare('SELECT count(*) FROM acknowledgments_sent').pluck().get(),
});

describe('crash safety: kill -9 during an ingest of 2,000 files, restart until done', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let folder: string;
  let workspace: string;
  let sources: Map<string, number>;
  const runs: Run[] = [];

  beforeAll(async () => {
    temp = makeTempDir('crossdock-crash-');
    folder = join(temp.path, 'sources');
    workspace = join(temp.path, 'killed');
    sources = writeSources(folder);
    const random = createRandom(seed + 1);
    // The reference: one uninterrupted run into a fresh workspace, alongside (most of both is waiting on fsync).
    const reference = runChild(join(temp.path, 'clean'), folder, null);
    // The first kill lands anywhere from start-up on. Each later kill is aimed at a point in the batch (files done),
    // spread evenly over it with jitter and always past where the previous run died, then fires a random few ms
    // after the run reaches it: kills fall into every phase (reading, archiving, receipts, parsing, storing) and the
    // count does not depend on how fast the machine is (a time-only schedule let a quiet machine finish early).
    runs.push(await runChild(workspace, folder, { afterMs: random.int(300, 1500) }));
    for (let kill = 1; kill < KILLS && !runs.at(-1)?.summary; kill++) {
      const aim = Math.floor((FILES * (kill + random.int(0, 99) / 100)) / (KILLS + 1));
      runs.push(await runChild(workspace, folder, { afterFiles: Math.max(aim, runs.at(-1)!.progress + 1), extraMs: random.int(0, 150) }));
    }
    for (let attempt = 0; attempt < 3 && !runs.at(-1)?.summary; attempt++) runs.push(await runChild(workspace, folder, null));
    await reference;
  }, 180_000);

  afterAll(() => temp?.cleanup(), 60_000);

  it('was really killed mid-ingest, then completed', () => {
    const killed = runs.filter((run) => run.killed);
    console.info(`crash test (CRASH_SEED=${seed}): ${killed.length} kills at files done ${killed.map((run) => run.progress).join(', ')}; files left received by each: ${killed.map((run) => run.leftReceived).join(', ')}; run times ${runs.map((run) => run.ms).join(', ')} ms`);
    expect(killed.length, `seed ${seed}`).toBeGreaterThanOrEqual(4);
    expect(killed.filter((run) => run.progress > 0 && run.progress < FILES).length, `seed ${seed}`).toBeGreaterThanOrEqual(3);
    expect(runs.at(-1)?.summary?.files).toBe(FILES);
  });

  it('leaves a sound database with every file once, one receipt per delivery and nothing half-done', () => {
    const db = new Database(join(workspace, 'workspace.db'), { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      const files = db.prepare('SELECT sha256, (SELECT count(*) FROM receipts r WHERE r.file_id = f.id) AS receipts FROM files f').all() as { sha256: string; receipts: number }[];
      expect(new Map(files.map((file) => [file.sha256, file.receipts]))).toEqual(sources);
      const paths = db.prepare('SELECT original_path FROM receipts ORDER BY original_path').pluck().all() as string[];
      expect(paths).toEqual(filesUnder(folder).sort());
      expect(db.prepare("SELECT count(*) FROM files WHERE state = 'received'").pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });

  it('stores exactly what one uninterrupted run stores', () => {
    const clean = new Database(join(temp.path, 'clean', 'workspace.db'), { readonly: true });
    const db = new Database(join(workspace, 'workspace.db'), { readonly: true });
    try {
      const [expected, actual] = [fingerprint(clean), fingerprint(db)];
      expect(actual.documents.length).toBeGreaterThan(FILES / 2);
      expect(actual.documents.length).toBe(expected.documents.length);
      expect(actual).toEqual(expected);
    } finally {
      clean.close();
      db.close();
    }
  });

  it('keeps each archived file whole under its hash; temporary files a kill left are hidden and removable', () => {
    const archive = join(workspace, 'archive');
    const db = new Database(join(workspace, 'workspace.db'), { readonly: true });
    const rows = db.prepare('SELECT sha256, archive_path FROM files').all() as { sha256: string; archive_path: string }[];
    db.close();
    for (const row of rows) expect(createHash('sha256').update(readFileSync(join(archive, row.archive_path))).digest('hex')).toBe(row.sha256);
    const onDisk = filesUnder(archive).map((path) => relative(archive, path));
    const partials = onDisk.filter((path) => path.endsWith('.partial'));
    console.info(`crash test: ${partials.length} temporary archive files left by kills`);
    expect(partials.every((path) => /^[0-9a-f]{2}\/\.[0-9a-f]{64}\.[0-9a-f]{8}\.partial$/.test(path))).toBe(true);
    expect(onDisk.filter((path) => !path.endsWith('.partial')).sort()).toEqual(rows.map((row) => row.archive_path).sort());
    expect(removeAbandonedPartials(archive, 0)).toBe(partials.length);
    expect(filesUnder(archive).length).toBe(rows.length);
  });
});
