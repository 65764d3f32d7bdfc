/**
 * `crossdock partners list|export|import --workspace DIR`: trading partner profiles from the command line, e.g. to
 * keep each partner's profile (cross-references, tolerances, contacts) in version control and load it elsewhere.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { ApiError } from '../../core/api/result.js';
import { createCore, type Core } from '../../core/core.js';
import { describeIdentifier } from '../../core/partners/identifiers.js';
import type { PartnerSummary } from '../../core/partners/types.js';
import { EXIT, printJson, UsageError, type CliIo, type Command } from '../io.js';

const usage = `Usage:
  crossdock partners list --workspace DIR [--json] [--all]
      partners by name: id, channel, identifiers, documents, last seen (--all: merged ones too)
  crossdock partners export ID --workspace DIR [--out FILE]
      the partner's profile as a crossdock-partner/1 JSON document (stdout without --out)
  crossdock partners import FILE --workspace DIR [--json]
      create a partner from the document, or update the one its identifiers match
Exit status: 0 done, 1 the core refused (unknown partner, invalid document, identifiers of two partners), 2 bad arguments.`;

export const partnersCommand: Command = {
  name: 'partners',
  summary: 'list trading partners, export and import their profiles as JSON',
  usage,
  async run(args, io) {
    const [verb, ...rest] = args;
    const { values, positionals } = parseArgs({
      args: rest,
      options: { workspace: { type: 'string', short: 'w' }, json: { type: 'boolean' }, all: { type: 'boolean' }, out: { type: 'string', short: 'o' } },
      allowPositionals: true,
      strict: true,
    });
    if (verb !== 'list' && verb !== 'export' && verb !== 'import') throw new UsageError(`Unknown partners command ${verb ?? '(none)'}\n${usage}`);
    if (!values.workspace) throw new UsageError(`--workspace DIR is required\n${usage}`);
    const expected = verb === 'list' ? 0 : 1;
    if (positionals.length !== expected) throw new UsageError(`partners ${verb} needs ${expected === 0 ? 'no arguments' : verb === 'export' ? 'one partner id' : 'one file'}\n${usage}`);
    const argument = positionals[0] ?? '';
    if (verb === 'export' && !/^[1-9]\d*$/.test(argument)) throw new UsageError(`partner id must be a positive whole number (got '${argument}')`);
    let document: unknown;
    if (verb === 'import') {
      try {
        document = JSON.parse(readFileSync(argument, 'utf8'));
      } catch (error) {
        io.err(`${argument}: ${error instanceof SyntaxError ? `not JSON (${error.message})` : (error as Error).message}\n`);
        return EXIT.problems;
      }
    }
    const core = createCore({ workspaceDir: values.workspace, create: false, mode: 'cli', actor: 'cli' });
    try {
      if (verb === 'list') return await list(core, io, values.json ?? false, values.all ?? false);
      if (verb === 'export') return await exportProfile(core, io, Number(argument), values.out);
      return await importProfile(core, io, argument, document, values.json ?? false);
    } finally {
      core.close();
    }
  },
};

function refused(io: CliIo, error: ApiError): number {
  io.err(`${error.message}\n`);
  if (error.code === 'invalid-input' && Array.isArray(error.details)) {
    for (const issue of error.details as { path: string; message: string }[]) io.err(`  ${issue.path.replace(/^document\./, '') || '(document)'}: ${issue.message}\n`);
  }
  return EXIT.problems;
}

async function list(core: Core, io: CliIo, json: boolean, all: boolean): Promise<number> {
  const result = await core.invoke('partners.list', { includeMerged: all });
  if (!result.ok) return refused(io, result.error);
  if (json) {
    printJson(io, result.value.items);
    return EXIT.ok;
  }
  const rows = result.value.items.map((partner: PartnerSummary) => [
    String(partner.id),
    partner.name + (partner.mergedInto === null ? '' : ` (merged into ${partner.mergedInto})`),
    partner.channel,
    partner.identifiers.map(describeIdentifier).join(', ') || '-',
    String(partner.documents.total),
    partner.lastSeenAt?.slice(0, 16).replace('T', ' ') ?? '-',
  ]);
  const header = ['ID', 'NAME', 'CHANNEL', 'IDENTIFIERS', 'DOCUMENTS', 'LAST SEEN (UTC)'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  for (const row of [header, ...rows]) io.out(`${row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  ')}\n`);
  if (rows.length === 0) io.out('No partners yet: one is created when its first file is ingested.\n');
  return EXIT.ok;
}

async function exportProfile(core: Core, io: CliIo, partnerId: number, out: string | undefined): Promise<number> {
  const result = await core.invoke('partners.export', { partnerId });
  if (!result.ok) return refused(io, result.error);
  const text = `${JSON.stringify(result.value, null, 2)}\n`;
  if (out === undefined) io.out(text);
  else {
    writeFileSync(out, text);
    io.err(`wrote ${out} (${result.value.profile.name})\n`);
  }
  return EXIT.ok;
}

async function importProfile(core: Core, io: CliIo, path: string, document: unknown, json: boolean): Promise<number> {
  const result = await core.call('partners.import', { document });
  if (!result.ok) return refused(io, { ...result.error, message: `${path}: ${result.error.message}` });
  const value = result.value as { created: boolean; partner: { id: number; profile: { name: string } }; identifiersAdded: unknown[] };
  if (json) printJson(io, value);
  else io.out(`${value.created ? 'Created' : 'Updated'} partner ${value.partner.id} (${value.partner.profile.name}); ${value.identifiersAdded.length} new identifier${value.identifiersAdded.length === 1 ? '' : 's'}\n`);
  return EXIT.ok;
}
