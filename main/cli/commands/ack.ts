/**
 * `crossdock ack FILE... --out DIR [--kind 997|999|auto] [--json]`: writes the acknowledgments each file calls for
 * (997/999 and TA1 for X12, CONTRL for EDIFACT) into DIR, one file each, named after what they acknowledge. The acks'
 * own control numbers come from DIR/.crossdock-ack-counter.json, so repeated runs never reuse one.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateAcknowledgments, whyNoAcknowledgment, type Acknowledgment, type ControlNumberSource } from '../../../parsers/index.js';
import { createPalette } from '../format/colour.js';
import { buildFileReport, unreadableFileReport, type FileReport } from '../format/file-report.js';
import { plural, verdictText } from '../format/inspect-text.js';
import { EXIT, printJson, UsageError, type CliIo, type Command } from '../io.js';
import { isFileError, parseFile } from './inspect.js';

const usage = `Usage:
  crossdock ack FILE... --out DIR [--kind 997|999|auto] [--json]
      write acknowledgments (997/999/TA1 for X12, CONTRL for EDIFACT) into DIR; control numbers continue from
      DIR/.crossdock-ack-counter.json
Exit status: 0 no file has errors, 1 some file has errors, is not EDI or cannot be read, 2 bad arguments.`;

export const COUNTER_FILE = '.crossdock-ack-counter.json';
const KINDS = ['997', '999', 'auto'] as const;

interface WrittenAck {
  file: string;
  kind: Acknowledgment['kind'];
  acknowledges: { path: string; sender: string; interchange: string; group: string | null; status: string };
}

export const ackCommand: Command = {
  name: 'ack',
  summary: 'write 997/999/TA1 or CONTRL acknowledgments for EDI files',
  usage,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: { out: { type: 'string' }, kind: { type: 'string' }, json: { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length === 0) throw new UsageError(`ack needs at least one file\n${usage}`);
    if (!values.out) throw new UsageError(`ack needs --out DIR\n${usage}`);
    const kind = values.kind ?? 'auto';
    if (!(KINDS as readonly string[]).includes(kind)) throw new UsageError(`--kind must be 997, 999 or auto (got '${kind}')`);
    const outDir = resolve(values.out);
    mkdirSync(outDir, { recursive: true });
    const counter = new PersistedCounter(join(outDir, COUNTER_FILE));
    const palette = createPalette(io.isTty);
    const written: WrittenAck[] = [];
    const reports: FileReport[] = [];
    for (const path of positionals) {
      const { report, acks } = await acknowledgeFile(path, io, counter, kind as (typeof KINDS)[number]);
      reports.push(report);
      for (const ack of acks) {
        const file = writeUnique(outDir, ackFileName(ack), ack.text);
        const entry: WrittenAck = { file, kind: ack.kind, acknowledges: describeTarget(path, ack) };
        written.push(entry);
        if (!values.json) io.out(`wrote ${file}  ${entry.kind} for ${entry.acknowledges.sender} interchange ${entry.acknowledges.interchange}${entry.acknowledges.group ? ` group ${entry.acknowledges.group}` : ''}: ${entry.acknowledges.status}\n`);
      }
      counter.save();
      if (!values.json && acks.length === 0) io.out(`${path}: ${verdictText(report.verdict, palette)}, no acknowledgment written${report.problems[0] ? ` (${report.problems[0].message})` : ''}\n`);
    }
    const failed = reports.filter((report) => report.verdict === 'errors' || report.verdict === 'not-edi').length;
    if (values.json) printJson(io, { written, files: reports.map(({ path, standard, verdict }) => ({ path, standard, verdict })) });
    else io.out(`${plural(written.length, 'acknowledgment')} written to ${outDir}; ${plural(positionals.length, 'file')}, ${failed} with errors\n`);
    return failed > 0 ? EXIT.problems : EXIT.ok;
  },
};

async function acknowledgeFile(path: string, io: CliIo, counter: ControlNumberSource, kind: (typeof KINDS)[number]): Promise<{ report: FileReport; acks: Acknowledgment[] }> {
  let result;
  try {
    result = await parseFile(path, io);
  } catch (error) {
    if (isFileError(error)) return { report: unreadableFileReport(path, error), acks: [] };
    throw error;
  }
  for (const interchange of result.interchanges) {
    const reason = whyNoAcknowledgment(interchange);
    if (reason) io.err(`${path}: no acknowledgment for interchange ${interchange.controlNumber || '(none)'} at byte ${interchange.range.start}: ${reason}\n`);
  }
  const acks = result.standard ? generateAcknowledgments(result, { controlNumbers: counter, kind }) : [];
  return { report: buildFileReport(path, result), acks };
}

/** `997-<sender>-<ISA13>-<GS06>.x12`, `TA1-<sender>-<ISA13>.x12`, `CONTRL-<sender>-<UNB0020>.edi`: sorts by kind, partner, then control number. */
export function ackFileName(ack: Acknowledgment): string {
  const parts = [ack.kind, safe(ack.interchange.sender.id), safe(ack.interchange.controlNumber)];
  if (ack.group?.controlNumber) parts.push(safe(ack.group.controlNumber));
  return `${parts.join('-')}.${ack.standard === 'x12' ? 'x12' : 'edi'}`;
}

function safe(value: string): string {
  return value.trim().replace(/[^A-Za-z0-9_.]+/g, '_') || '_';
}

function describeTarget(path: string, ack: Acknowledgment): WrittenAck['acknowledges'] {
  const base = { path, sender: ack.interchange.sender.id.trim(), interchange: ack.interchange.controlNumber, group: ack.group?.controlNumber ?? null };
  if (ack.kind === 'TA1') return { ...base, status: ack.interchange.problems.some((problem) => problem.severity === 'error') ? 'interchange rejected' : 'interchange accepted' };
  if (ack.group) return { ...base, status: ack.group.status };
  // CONTRL answers the whole interchange: say what happened to its messages
  const byStatus = new Map<string, number>();
  for (const group of ack.interchange.groups) for (const transaction of group.transactions) byStatus.set(transaction.status, (byStatus.get(transaction.status) ?? 0) + 1);
  const messages = [...byStatus].map(([status, count]) => `${count} ${status}`).join(', ');
  return { ...base, status: messages ? `messages ${messages}` : 'no messages' };
}

/** Never overwrites an earlier ack (a re-run acknowledges again with new control numbers): adds -2, -3... instead. */
function writeUnique(dir: string, name: string, text: string): string {
  const dot = name.lastIndexOf('.');
  for (let attempt = 1; ; attempt++) {
    const candidate = attempt === 1 ? name : `${name.slice(0, dot)}-${attempt}${name.slice(dot)}`;
    const path = join(dir, candidate);
    try {
      writeFileSync(path, text, { flag: 'wx', encoding: 'latin1' });
      return path;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/** The last control numbers used, per envelope level, kept in a small JSON file beside the acks. */
type CounterState = Record<'interchange' | 'group' | 'transaction', number>;

class PersistedCounter implements ControlNumberSource {
  private readonly state: CounterState = { interchange: 0, group: 0, transaction: 0 };

  constructor(private readonly path: string) {
    if (existsSync(path)) {
      const saved = JSON.parse(readFileSync(path, 'utf8')) as Partial<CounterState>;
      for (const key of ['interchange', 'group', 'transaction'] as const) {
        const value = saved[key];
        if (value !== undefined && (!Number.isSafeInteger(value) || value < 0)) throw new Error(`${path}: '${key}' is not a control number (${String(value)})`);
        this.state[key] = value ?? 0;
      }
    }
  }

  nextInterchange(): number {
    return this.next('interchange', 999_999_999);
  }

  nextGroup(): number {
    return this.next('group', 999_999_999);
  }

  nextTransaction(): number {
    return this.next('transaction', 999_999_999);
  }

  /** Control numbers wrap to 1 after the largest value the envelope field holds. */
  private next(key: keyof CounterState, max: number): number {
    this.state[key] = this.state[key] >= max ? 1 : this.state[key] + 1;
    return this.state[key];
  }

  save(): void {
    const partial = `${this.path}.partial`;
    writeFileSync(partial, `${JSON.stringify({ ...this.state, updated: new Date().toISOString() }, null, 2)}\n`);
    renameSync(partial, this.path);
  }
}
