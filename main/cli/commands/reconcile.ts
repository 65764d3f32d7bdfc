/**
 * `crossdock reconcile --workspace DIR [--rebuild [--workers N]] [--json]`: the open mismatches of the review queue
 * (present, open or assigned), most severe first, each with what was expected, what was found and where the evidence
 * is stored (file and byte range, or connector and record id). --rebuild re-builds every thread first (review state
 * is kept); --workers sets its worker threads (default min(2, cores) from 20,000 rows, none below; 0: this thread).
 */
import { parseArgs } from 'node:util';
import { createCore } from '../../core/core.js';
import { startRebuild } from '../../core/reconcile-store/rebuild.js';
import { openMismatches, reconcileStatus } from '../../core/reconcile-store/status.js';
import { EXIT, printJson, UsageError, type Command } from '../io.js';

const MAX_WORKERS = 64;

const usage = `Usage:
  crossdock reconcile --workspace DIR [--rebuild [--workers N]] [--json]
      list open mismatches with expected, actual and evidence; --rebuild re-evaluates every thread first,
      --workers N on N worker threads (0-${MAX_WORKERS}; default 2 at most, none for a small workspace)
Exit status: 0 no open mismatch, 1 open mismatches listed, 2 bad arguments.`;

export const reconcileCommand: Command = {
  name: 'reconcile',
  summary: 'list open reconciliation mismatches (optionally after a full rebuild)',
  usage,
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, options: { workspace: { type: 'string', short: 'w' }, rebuild: { type: 'boolean' }, workers: { type: 'string' }, json: { type: 'boolean' } }, allowPositionals: true, strict: true });
    if (positionals.length > 0) throw new UsageError(`reconcile takes no file arguments (got '${positionals[0]}')\n${usage}`);
    if (!values.workspace) throw new UsageError(`--workspace DIR is required\n${usage}`);
    const workers = workersOf(values.workers, values.rebuild === true);
    const core = createCore({ workspaceDir: values.workspace, mode: 'cli', actor: 'cli' });
    try {
      const db = core.context.workspace.db;
      const rebuilt = values.rebuild ? await startRebuild(core.context, workers === undefined ? {} : { workers }).done : null;
      const mismatches = openMismatches(db);
      const status = reconcileStatus(db);
      if (values.json) {
        printJson(io, { status, rebuild: rebuilt, mismatches });
        return mismatches.length > 0 ? EXIT.problems : EXIT.ok;
      }
      if (rebuilt) io.out(`rebuilt ${rebuilt.threads} threads in ${rebuilt.seconds.toFixed(1)} s: ${rebuilt.found} found, ${rebuilt.reopened} re-opened, ${rebuilt.cleared} cleared\n`);
      for (const mismatch of mismatches) {
        io.out(`${mismatch.id}  ${mismatch.severity.toUpperCase()}  ${mismatch.type}  ${mismatch.threadKey}${mismatch.partnerName ? `  (${mismatch.partnerName})` : ''}\n`);
        io.out(`  ${mismatch.summary}\n  expected: ${mismatch.expected}\n  actual:   ${mismatch.actual}\n`);
        for (const item of mismatch.evidence) io.out(`  evidence: ${item.label}: ${item.where}\n`);
      }
      const never = status.lastFullRunAt === null && status.threads === 0 && !rebuilt;
      io.out(`${mismatches.length} open mismatch${mismatches.length === 1 ? '' : 'es'} in ${status.threads} threads${never ? ' (nothing evaluated yet: run with --rebuild)' : ''}\n`);
      return mismatches.length > 0 ? EXIT.problems : EXIT.ok;
    } finally {
      core.close();
    }
  },
};

function workersOf(text: string | undefined, rebuild: boolean): number | undefined {
  if (text === undefined) return undefined;
  if (!rebuild) throw new UsageError(`--workers applies to --rebuild only\n${usage}`);
  const workers = Number(text);
  if (!/^\d+$/.test(text) || workers > MAX_WORKERS) throw new UsageError(`--workers takes a whole number from 0 to ${MAX_WORKERS}, got '${text}'\n${usage}`);
  return workers;
}
