/**
 * `crossdock map FILE... [--partner ID] [--workspace DIR] [--json]`: parses files (nothing is ingested) and maps each
 * transaction to its canonical document, with the partner's published map when a workspace is given (the partner
 * found by the envelope ids, or --partner), else the built-in default maps. For checking a partner map in CI.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type Database from 'better-sqlite3';
import { parseEdi, type Interchange, type Transaction } from '../../../parsers/index.js';
import type { Settings } from '../../core/api/types.js';
import { createCore, type Core } from '../../core/core.js';
import type { CanonicalOutcome } from '../../core/mapping-store/canonical-store.js';
import { partnerCrossReferences } from '../../core/mapping-store/cross-references.js';
import { compileDefinition, defaultDefinitionFor, type CompiledHandle } from '../../core/mapping-store/engine.js';
import { existingPartner, hasMappingSchema } from '../../core/mapping-store/ingest-mapper.js';
import { mapResolved } from '../../core/mapping-store/map-one.js';
import { createResolutionMemo, type ResolvedMap } from '../../core/mapping-store/resolver.js';
import type { MappingIssue } from '../../core/mapping-store/types.js';
import { EXIT, printJson, UsageError, type CliIo, type Command } from '../io.js';

const usage = `Usage:
  crossdock map FILE... [--partner ID] [--workspace DIR] [--json]
      map every transaction to its canonical document (JSON with --json, else a summary with issues)
      --workspace DIR   use the workspace's published maps and cross-references (partner found by envelope ids)
      --partner ID      use this partner's maps for every file (needs --workspace)
Exit status: 0 no mapping errors, 1 some transaction has mapping errors or a file is not EDI / unreadable, 2 bad arguments.`;

export interface MappedTransaction {
  interchange: string;
  type: string;
  controlNumber: string;
  partnerId: number | null;
  map: CanonicalOutcome['map'];
  status: CanonicalOutcome['status'];
  issues: MappingIssue[];
  document: unknown;
}

export interface MappedFile {
  path: string;
  error: string | null;
  transactions: MappedTransaction[];
}

type Resolve = (partnerId: number | null, standard: string, type: string) => ResolvedMap | null;

/** Without a workspace: the built-in defaults, compiled once per type. */
function defaultsOnly(): Resolve {
  const cache = new Map<string, CompiledHandle | null>();
  return (_partnerId, standard, type) => {
    const key = `${standard}|${type}`;
    if (!cache.has(key)) {
      const definition = defaultDefinitionFor(standard, type);
      const compiled = definition === undefined ? null : compileDefinition(definition);
      cache.set(key, compiled?.ok ? compiled.handle : null);
    }
    const handle = cache.get(key) ?? null;
    return handle ? { handle, origin: 'default', mapId: null, version: null } : null;
  };
}

interface Mapper {
  db: Database.Database | null;
  company: Settings['company'] | null;
  partner: number | null;
  resolve: Resolve;
}

export function mapFile(path: string, mapper: Mapper): MappedFile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { path, error: (error as Error).message, transactions: [] };
  }
  const transactions: MappedTransaction[] = [];
  const partners = new WeakMap<Interchange, number | null>();
  const result = parseEdi(bytes, {
    keepSegments: false,
    segmentsForCallback: true,
    onTransaction: (transaction: Transaction, group, interchange) => {
      let partnerId = mapper.partner ?? partners.get(interchange);
      if (partnerId === undefined) {
        partnerId = mapper.db && mapper.company ? existingPartner(mapper.db, interchange, mapper.company) : null;
        partners.set(interchange, partnerId);
      }
      const resolved = mapper.resolve(partnerId, interchange.standard, transaction.type);
      const xref = mapper.db ? partnerCrossReferences(mapper.db, partnerId) : undefined;
      const outcome = mapResolved(resolved, transaction, { partnerId, xref, envelope: { interchange, group } });
      transactions.push({ interchange: interchange.controlNumber, type: transaction.type, controlNumber: transaction.controlNumber, partnerId, map: outcome.map, status: outcome.status, issues: outcome.issues, document: outcome.document });
    },
  });
  const error = result.interchanges.length === 0 ? (result.problems[0]?.message ?? 'No interchange found in the file') : null;
  return { path, error, transactions };
}

function issueLine(issue: MappingIssue): string {
  const where = issue.segment ? ` at ${issue.segment.tag} (segment ${issue.segment.index + 1}, byte ${issue.segment.offset})` : '';
  return `    ${issue.severity}${issue.ruleId ? ` [${issue.ruleId}]` : ''}${issue.path ? ` ${issue.path}:` : ''} ${issue.message}${where}`;
}

function fileText(file: MappedFile): string {
  const lines = [file.path];
  if (file.error) lines.push(`  not mapped: ${file.error}`);
  for (const item of file.transactions) {
    const map = item.map ? `${item.map.origin} map${item.map.version !== null ? ` v${item.map.version}` : ''}` : 'no map';
    const document = (item.document ?? {}) as { kind?: string; poNumber?: string; lines?: unknown[] };
    const keys = [document.kind, document.poNumber ? `PO ${document.poNumber}` : null, Array.isArray(document.lines) ? `${document.lines.length} lines` : null].filter(Boolean).join(', ');
    lines.push(`  ${item.type} ${item.controlNumber}${item.partnerId !== null ? ` partner ${item.partnerId}` : ''} · ${map} · ${item.status}${keys ? ` · ${keys}` : ''}`);
    for (const issue of item.issues.filter((each) => each.severity !== 'info')) lines.push(issueLine(issue));
  }
  return `${lines.join('\n')}\n`;
}

export const mapCommand: Command = {
  name: 'map',
  summary: "map EDI files to canonical documents with a partner's published map (or the defaults)",
  usage,
  async run(args, io: CliIo) {
    const { values, positionals } = parseArgs({
      args,
      options: { workspace: { type: 'string', short: 'w' }, partner: { type: 'string' }, json: { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length === 0) throw new UsageError(`map needs at least one file\n${usage}`);
    if (values.partner !== undefined && !/^[1-9]\d*$/.test(values.partner)) throw new UsageError(`--partner must be a positive whole number (got '${values.partner}')`);
    if (values.partner !== undefined && !values.workspace) throw new UsageError(`--partner needs --workspace DIR (the partner's maps live there)\n${usage}`);
    let core: Core | null = null;
    try {
      let mapper: Mapper = { db: null, company: null, partner: null, resolve: defaultsOnly() };
      if (values.workspace) {
        core = createCore({ workspaceDir: values.workspace, create: false, mode: 'cli', actor: 'cli' });
        const db = core.context.workspace.db;
        const partner = values.partner === undefined ? null : Number(values.partner);
        if (partner !== null && db.prepare('SELECT 1 FROM partners WHERE id = ?').pluck().get(partner) !== 1) {
          io.err(`There is no partner ${partner} in ${values.workspace}\n`);
          return EXIT.problems;
        }
        mapper = { db, company: core.context.settings.read().company, partner, resolve: hasMappingSchema(db) ? createResolutionMemo(db) : defaultsOnly() };
      }
      const files = positionals.map((path) => mapFile(path, mapper));
      const failed = files.some((file) => file.error !== null || file.transactions.some((item) => item.status === 'errors'));
      if (values.json) printJson(io, { files });
      else for (const file of files) io.out(fileText(file));
      return failed ? EXIT.problems : EXIT.ok;
    } finally {
      core?.close();
    }
  },
};
