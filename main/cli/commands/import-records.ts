/**
 * `crossdock import-records FILE --source erp|wms --workspace DIR [--json]`: loads ERP or WMS records in the canonical
 * JSON (`crossdock schema`), bare or wrapped as { recordId?, stream?, raw?, document }. FILE holds a JSON array,
 * { records: [...] }, or one JSON value per line (NDJSON). The threads the records touch are re-evaluated.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createCore } from '../../core/core.js';
import type { RecordsImportResult } from '../../core/reconcile-store/types.js';
import { EXIT, printJson, UsageError, type Command } from '../io.js';

const usage = `Usage:
  crossdock import-records FILE --source erp|wms --workspace DIR [--json]
      load ERP or WMS records (canonical JSON: an array, {"records": [...]}, or NDJSON) and re-evaluate their threads
Exit status: 0 every record stored, 1 some record failed validation or the file is unreadable, 2 bad arguments.`;

/** The records a file holds, in any of the three shapes. */
export function recordsOfText(text: string): unknown[] {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return [];
  try {
    const parsed: unknown = JSON.parse(trimmed);
    if (Array.isArray(parsed)) return parsed;
    if (typeof parsed === 'object' && parsed !== null && Array.isArray((parsed as { records?: unknown }).records)) return (parsed as { records: unknown[] }).records;
    return [parsed];
  } catch (error) {
    const lines = trimmed.split(/\r?\n/).filter((line) => line.trim() !== '');
    if (lines.length < 2) throw error;
    return lines.map((line, index) => {
      try {
        return JSON.parse(line) as unknown;
      } catch (lineError) {
        throw new Error(`line ${index + 1}: ${(lineError as Error).message}`);
      }
    });
  }
}

const CHUNK = 100_000;

export const importRecordsCommand: Command = {
  name: 'import-records',
  summary: 'load ERP or WMS records (canonical JSON) and reconcile them',
  usage,
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, options: { workspace: { type: 'string', short: 'w' }, source: { type: 'string' }, json: { type: 'boolean' } }, allowPositionals: true, strict: true });
    if (positionals.length !== 1) throw new UsageError(`import-records takes one file\n${usage}`);
    if (!values.workspace) throw new UsageError(`--workspace DIR is required\n${usage}`);
    if (values.source !== 'erp' && values.source !== 'wms') throw new UsageError(`--source must be erp or wms\n${usage}`);
    const side = values.source;
    const file = positionals[0]!;
    let records: unknown[];
    try {
      records = recordsOfText(readFileSync(file, 'utf8'));
    } catch (error) {
      io.err(`crossdock import-records: cannot read ${file}: ${(error as Error).message}\n`);
      return EXIT.problems;
    }
    const core = createCore({ workspaceDir: values.workspace, create: true, mode: 'cli', actor: 'cli' });
    try {
      const total: RecordsImportResult = { inserted: 0, updated: 0, unchanged: 0, failed: [], warnings: [], threadsEvaluated: 0 };
      for (let start = 0; start < records.length; start += CHUNK) {
        const result = await core.invoke('records.import', { side, records: records.slice(start, start + CHUNK), origin: file });
        if (!result.ok) {
          io.err(`crossdock import-records: ${result.error.message}\n`);
          return EXIT.problems;
        }
        const shift = <T extends { index: number }>(item: T): T => ({ ...item, index: item.index + start });
        total.inserted += result.value.inserted;
        total.updated += result.value.updated;
        total.unchanged += result.value.unchanged;
        total.threadsEvaluated += result.value.threadsEvaluated;
        total.failed.push(...result.value.failed.map(shift));
        total.warnings.push(...result.value.warnings.map(shift));
      }
      if (values.json) printJson(io, total);
      else {
        for (const failure of total.failed) io.out(`record ${failure.index}${failure.recordId ? ` (${failure.recordId})` : ''} failed: ${failure.message}\n`);
        io.out(`${records.length} records: ${total.inserted} inserted, ${total.updated} updated, ${total.unchanged} unchanged, ${total.failed.length} failed; ${total.threadsEvaluated} threads evaluated\n`);
      }
      return total.failed.length > 0 ? EXIT.problems : EXIT.ok;
    } finally {
      core.close();
    }
  },
};
