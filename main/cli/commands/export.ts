/**
 * `crossdock export mismatches --workspace DIR --format csv|xlsx --out FILE`: the review queue under a filter as a
 * spreadsheet, the same file the app's Export button gives (open and assigned mismatches unless --status says).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createCore } from '../../core/core.js';
import { MISMATCH_TYPES, type MismatchType } from '../../core/reconcile/types.js';
import type { MismatchStatus, QueueFilter } from '../../core/reconcile-store/types.js';
import { EXIT, UsageError, type Command } from '../io.js';

const STATUSES: MismatchStatus[] = ['open', 'assigned', 'resolved', 'accepted'];

const usage = `Usage:
  crossdock export mismatches --workspace DIR --format csv|xlsx --out FILE [--type T]... [--partner ID]... [--status S]... [--include-cleared]
      the review queue as a CSV (RFC 4180, UTF-8) or XLSX file, most severe first
      --type       a mismatch type (${MISMATCH_TYPES.slice(0, 3).join(', ')}, …); repeat for several
      --partner    a partner id (crossdock partners list); repeat for several
      --status     ${STATUSES.join(' | ')}; repeat for several (default: open and assigned)
      --include-cleared  also mismatches the latest evaluation no longer finds
Exit status: 0 written, 1 the core refused or the file could not be written, 2 bad arguments.`;

export const exportCommand: Command = {
  name: 'export',
  summary: 'export the reconciliation review queue as CSV or XLSX',
  usage,
  async run(args, io) {
    const [what, ...rest] = args;
    if (what !== 'mismatches') throw new UsageError(`Unknown export ${what ?? '(none)'}\n${usage}`);
    const { values, positionals } = parseArgs({
      args: rest,
      options: {
        workspace: { type: 'string', short: 'w' },
        format: { type: 'string' },
        out: { type: 'string', short: 'o' },
        type: { type: 'string', multiple: true },
        partner: { type: 'string', multiple: true },
        status: { type: 'string', multiple: true },
        'include-cleared': { type: 'boolean' },
      },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length) throw new UsageError(`export mismatches takes no arguments (got ${positionals.join(' ')})\n${usage}`);
    if (!values.workspace) throw new UsageError(`--workspace DIR is required\n${usage}`);
    if (!values.out) throw new UsageError(`--out FILE is required\n${usage}`);
    const format = values.format ?? (values.out.toLowerCase().endsWith('.xlsx') ? 'xlsx' : values.out.toLowerCase().endsWith('.csv') ? 'csv' : undefined);
    if (format !== 'csv' && format !== 'xlsx') throw new UsageError(`--format must be csv or xlsx (got '${values.format ?? ''}')`);
    const filter: QueueFilter = {};
    for (const type of values.type ?? []) if (!(MISMATCH_TYPES as readonly string[]).includes(type)) throw new UsageError(`unknown mismatch type '${type}'; one of: ${MISMATCH_TYPES.join(', ')}`);
    for (const status of values.status ?? []) if (!(STATUSES as string[]).includes(status)) throw new UsageError(`unknown status '${status}'; one of: ${STATUSES.join(', ')}`);
    for (const partner of values.partner ?? []) if (!/^[1-9]\d*$/.test(partner)) throw new UsageError(`partner id must be a positive whole number (got '${partner}')`);
    if (values.type?.length) filter.types = values.type as MismatchType[];
    if (values.status?.length) filter.statuses = values.status as MismatchStatus[];
    if (values.partner?.length) filter.partnerIds = values.partner.map(Number);
    if (values['include-cleared']) filter.includeCleared = true;

    const core = createCore({ workspaceDir: values.workspace, create: false, mode: 'cli', actor: 'cli' });
    try {
      const result = await core.invoke('mismatches.export', { filter, format });
      if (!result.ok) {
        io.err(`${result.error.message}\n`);
        return EXIT.problems;
      }
      try {
        writeFileSync(values.out, Buffer.from(result.value.base64, 'base64'));
      } catch (error) {
        io.err(`${values.out}: ${(error as Error).message}\n`);
        return EXIT.problems;
      }
      io.out(`Wrote ${result.value.rows} mismatch${result.value.rows === 1 ? '' : 'es'} to ${values.out}\n`);
      return EXIT.ok;
    } finally {
      core.close();
    }
  },
};
