import { parseArgs } from 'node:util';
import { assertEmptyTarget, createDemoWorkspace, DemoError, MANIFEST_FILE, type DemoProgress, type DemoResult } from '../../core/demo/index.js';
import { EXIT, printJson, UsageError, type CliIo, type Command } from '../io.js';

const usage = `Usage:
  crossdock demo --workspace DIR [--json]
    Creates a demo workspace in DIR (a new or empty folder): three trading partners (X12 004010, X12 005010,
    EDIFACT D96A) with complete profiles, about 200 orders of the last three weeks as real EDI files taken in by
    the ingest, ERP and WMS records, and about 30 planted mismatches of every type, listed in ${MANIFEST_FILE}.
    Then: crossdock reconcile --workspace DIR, or npm run web -- --workspace DIR to look at it in the app.`;

function progressLine(io: CliIo, progress: DemoProgress): void {
  const count = progress.total ? ` ${progress.done ?? 0}/${progress.total}` : '';
  if (io.isTty) io.err(`\r\x1b[2K${progress.message}${count}`);
  else if (progress.done === undefined || progress.done === 0) io.err(`${progress.message}\n`);
}

function printSummary(io: CliIo, result: DemoResult): void {
  const { manifest } = result;
  io.out(`Demo workspace: ${result.workspaceDir}\n`);
  io.out(`  partners: ${manifest.partners.map((partner) => `${partner.name} (${partner.standard.toUpperCase()} ${partner.version})`).join(', ')}\n`);
  io.out(`  ${manifest.counts.orders} orders, ${result.ingest.files} EDI files ingested (${result.ingest.errors} errors), ${result.records.erp} ERP and ${result.records.wms} WMS records\n`);
  io.out(`  ${manifest.defects.length} planted mismatches of ${new Set(manifest.defects.map((defect) => defect.type)).size} types, listed in ${MANIFEST_FILE}\n`);
  io.out(`  reconciled: ${result.threads} threads, ${result.mismatchesFound} mismatches in the review queue\n`);
  const total = Object.values(result.timings).reduce((sum, value) => sum + value, 0);
  io.out(`  took ${(total / 1000).toFixed(1)} s (${Object.entries(result.timings).map(([step, ms]) => `${step} ${(ms / 1000).toFixed(1)} s`).join(', ')})\n`);
}

export const demoCommand: Command = {
  name: 'demo',
  summary: 'create a demo workspace with partners, orders and planted mismatches',
  usage,
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, options: { workspace: { type: 'string', short: 'w' }, json: { type: 'boolean' } }, allowPositionals: true, strict: true });
    if (!values.workspace) throw new UsageError(`--workspace DIR is required\n${usage}`);
    if (positionals.length > 0) throw new UsageError(`Unexpected argument '${positionals[0]}'\n${usage}`);
    try {
      assertEmptyTarget(values.workspace);
    } catch (error) {
      if (!(error instanceof DemoError)) throw error;
      io.err(`crossdock demo: ${error.message}\n`);
      return EXIT.problems;
    }
    const result = await createDemoWorkspace(values.workspace, { onProgress: values.json ? undefined : (progress) => progressLine(io, progress) });
    if (io.isTty && !values.json) io.err('\r\x1b[2K');
    if (values.json) {
      const { manifest, ...rest } = result;
      printJson(io, { ...rest, defects: manifest.defects, partners: manifest.partners, counts: manifest.counts });
    } else printSummary(io, result);
    return EXIT.ok;
  },
};
