import { parseArgs } from 'node:util';
import { createCore } from '../../core/core.js';
import { runBatchAsync, sourcesFromPaths, type IngestSummary } from '../../core/ingest/batch.js';
import { EXIT, printJson, UsageError, type CliIo, type Command } from '../io.js';

const usage = `Usage:
  crossdock ingest PATH... --workspace DIR [--partner ID] [--json]
    Archives each file (folders are read recursively), parses it and stores its transactions.
    The same bytes twice are recorded as a duplicate delivery; files that are not EDI are quarantined.
    --partner ID   the partner these files come from: a CSV/JSON file is claimed by this partner's published map
                   (without it, by the one partner whose map fits; a file several partners' maps fit is quarantined).
                   EDI files ignore it: their envelope names the partner.
    Exit 0 when every file was read without errors, 1 when some had errors or were quarantined.`;

function progressLine(io: CliIo, done: number, total: number, bytes: number, started: number, current: string): void {
  const seconds = Math.max((Date.now() - started) / 1000, 0.001);
  const mib = bytes / 1048576;
  io.err(`\r\x1b[2K${done}/${total} files  ${mib.toFixed(1)} MiB  ${(done / seconds).toFixed(0)} files/s  ${current.slice(0, 50)}`);
}

function printSummary(io: CliIo, summary: IngestSummary): void {
  for (const report of summary.reports) {
    if (report.outcome === 'ingested' && report.errors === 0) continue;
    const detail = report.message ?? `${report.errors} errors, ${report.warnings} warnings`;
    io.out(`${report.outcome.padEnd(16)} ${report.path ?? report.name}: ${detail}\n`);
  }
  io.out(
    `${summary.files} files (${(summary.bytes / 1048576).toFixed(1)} MiB) in ${summary.seconds.toFixed(1)} s: ${summary.ingested} ingested, ` +
      `${summary.transactions} transactions, ${summary.duplicates} duplicates, ${summary.quarantined} quarantined, ${summary.unreadable} unreadable, ` +
      `${summary.errors} errors, ${summary.warnings} warnings${summary.newPartners ? `, ${summary.newPartners} new partners` : ''}\n`,
  );
}

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'archive, parse and store EDI files or folders',
  usage,
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, options: { workspace: { type: 'string', short: 'w' }, partner: { type: 'string' }, json: { type: 'boolean' } }, allowPositionals: true, strict: true });
    if (!values.workspace) throw new UsageError(`--workspace DIR is required\n${usage}`);
    if (positionals.length === 0) throw new UsageError(`Give at least one file or folder\n${usage}`);
    if (values.partner !== undefined && !/^[1-9]\d*$/.test(values.partner)) throw new UsageError(`--partner must be a positive whole number (got '${values.partner}')`);
    const partnerId = values.partner === undefined ? undefined : Number(values.partner);
    const { sources, missing } = sourcesFromPaths(positionals);
    const core = createCore({ workspaceDir: values.workspace, create: true, mode: 'cli', actor: 'cli' });
    try {
      if (partnerId !== undefined && core.context.workspace.db.prepare('SELECT 1 FROM partners WHERE id = ?').pluck().get(partnerId) !== 1) {
        io.err(`crossdock ingest: there is no partner ${partnerId} in ${values.workspace}\n`);
        return EXIT.problems;
      }
      const task = core.context.tasks.start('ingest', `Ingesting ${sources.length} files`, sources.length);
      const started = Date.now();
      const showProgress = io.isTty && !values.json;
      const stop = showProgress ? core.on('task.progress', (progress) => progressLine(io, progress.done, progress.total, progress.bytesDone ?? 0, started, progress.current ?? '')) : () => {};
      const summary = await runBatchAsync(core.context, sources, 'cli', task, partnerId);
      task.finish();
      stop();
      if (showProgress) io.err('\r\x1b[2K');
      for (const path of missing) {
        summary.reports.push({ name: path, path, outcome: 'unreadable', documents: 0, errors: 1, warnings: 0, message: 'No such file or folder' });
        summary.unreadable++;
        summary.errors++;
      }
      if (values.json) {
        const { reports, ...totals } = summary;
        printJson(io, { ...totals, files: summary.files + missing.length, reports });
      } else printSummary(io, summary);
      return summary.errors > 0 || summary.quarantined > 0 || summary.unreadable > 0 ? EXIT.problems : EXIT.ok;
    } finally {
      core.close();
    }
  },
};
