/**
 * The drop-folder connector, for systems that only export files: a folder of CSV or JSON exports, each file read once
 * (by content hash: a re-exported identical file is skipped, a changed one is read), one file per page, mapped with
 * its stream's crossdock-map/1 map (CSV or JSON source). Files are matched per stream by a name pattern ('orders*.csv').
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { mapCsv, type CompiledMap } from '../../mapping/index.js';
import { parseCsv } from '../../mapping/source/csv-source.js';
import { ConnectorError } from '../errors.js';
import { instantAt, readPath, textAt } from '../json-path.js';
import { compileRecordMap, driftWarnings, fieldsReadBy, mapJsonRecord, toMappedRecord } from '../mapped.js';
import { STREAM_NAMES, type Connector, type ConnectorContext, type ConnectorFactory, type ConnectorSettings, type FetchedPage, type FetchedRecord, type JsonValue, type MappedRecord, type StreamDefinition, type StreamName } from '../types.js';

const streamSchema = z
  .object({
    /** file names this stream reads: '*' matches any run of characters ('orders-*.csv') */
    pattern: z.string().min(1),
    /** JSON: where the records are ('orders', '$' for a top-level array) */
    records: z.string().default('$'),
    /** the record id: a JSON path or, for CSV, a column (rows with the same value are one record when the map groups by it) */
    id: z.string().min(1),
    updatedAt: z.string().min(1).optional(),
    map: z.unknown(),
  })
  .strict();

export const dropFolderConfigSchema = z.object({ folder: z.string().min(1), streams: z.partialRecord(z.enum(STREAM_NAMES), streamSchema) }).strict();

type StreamConfig = z.infer<typeof streamSchema>;

const globToRegExp = (pattern: string) => new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\?]/g, '\\$&').replace(/\*/g, '.*')}$`, 'i');

export class DropFolderConnector implements Connector {
  readonly kind = 'drop-folder';
  readonly name: string;
  readonly side: ConnectorSettings['side'];
  private readonly folder: string;
  private readonly prepared = new Map<StreamName, { config: StreamConfig; map: CompiledMap; pattern: RegExp; expected: Set<string> }>();

  constructor(
    settings: ConnectorSettings,
    private readonly context: ConnectorContext,
  ) {
    this.name = settings.name;
    this.side = settings.side;
    const config = dropFolderConfigSchema.parse(settings.config);
    this.folder = config.folder;
    for (const [stream, streamConfig] of Object.entries(config.streams) as [StreamName, StreamConfig][]) {
      const compiled = compileRecordMap(streamConfig.map, `${this.name} ${stream}`);
      if ('error' in compiled) throw new ConnectorError('config', compiled.error);
      this.prepared.set(stream, { config: streamConfig, map: compiled.map, pattern: globToRegExp(streamConfig.pattern), expected: fieldsReadBy(compiled.map) });
    }
  }

  streams(): StreamDefinition[] {
    return [...this.prepared.entries()].map(([name, { map }]) => ({ name, kinds: [map.definition.kind], incremental: 'full', pagination: 'files' }));
  }

  async test(): Promise<{ ok: boolean; message: string }> {
    try {
      if (!statSync(this.folder).isDirectory()) return { ok: false, message: `${this.folder} is not a folder` };
      const waiting = [...this.prepared.keys()].map((stream) => `${stream}: ${this.unread(stream).length} unread file(s)`);
      return { ok: true, message: `${this.folder}: ${waiting.join(', ') || 'no streams configured'}` };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  }

  /** Unread files of a stream, oldest name first, with their content hash. */
  private unread(stream: StreamName): { name: string; sha256: string; bytes: Buffer }[] {
    const prepared = this.prepared.get(stream)!;
    let names: string[];
    try {
      names = readdirSync(this.folder).filter((name) => prepared.pattern.test(name)).sort();
    } catch (error) {
      throw new ConnectorError('network', `the drop folder ${this.folder} is not reachable (${error instanceof Error ? error.message : String(error)})`);
    }
    const files = [];
    for (const name of names) {
      const bytes = readFileSync(join(this.folder, name));
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      if (!this.context.fileSeen?.(sha256)) files.push({ name, sha256, bytes });
    }
    return files;
  }

  async fetchPage(stream: StreamName): Promise<FetchedPage> {
    const prepared = this.prepared.get(stream);
    if (!prepared) throw new ConnectorError('config', `${this.name} has no stream '${stream}'`);
    const files = this.unread(stream);
    const file = files[0];
    if (!file) return { records: [], nextPage: null, done: true };
    const records = this.recordsOf(prepared.config, prepared.map, file.name, file.bytes.toString('utf8'));
    return { records, nextPage: files.length > 1 ? { after: file.name } : null, done: files.length <= 1, files: [{ sha256: file.sha256, name: file.name }] };
  }

  private recordsOf(config: StreamConfig, map: CompiledMap, name: string, text: string): FetchedRecord[] {
    const source = map.definition.source;
    if (source.standard === 'csv') {
      const { rows } = parseCsv(text, source.delimiter ?? ',');
      const groups = new Map<string, Record<string, string>[]>();
      rows.forEach((row, index) => {
        const id = row.values[config.id]?.trim() || `${name}#${row.line || index}`;
        groups.set(id, [...(groups.get(id) ?? []), row.values]);
      });
      return [...groups].map(([recordId, groupRows]) => ({ recordId, updatedAt: config.updatedAt ? instantAt(groupRows[0], config.updatedAt) : null, raw: { file: name, rows: groupRows } }));
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (error) {
      throw new ConnectorError('protocol', `${name} is not JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    const list = readPath(body, config.records);
    if (!Array.isArray(list)) throw new ConnectorError('protocol', `${name}: no record list at '${config.records}'`);
    return list.map((raw: unknown, index) => ({ recordId: textAt(raw, config.id) ?? `${name}#${index}`, updatedAt: config.updatedAt ? instantAt(raw, config.updatedAt) : null, raw: raw as JsonValue }));
  }

  toCanonical(stream: StreamName, record: FetchedRecord): MappedRecord {
    const prepared = this.prepared.get(stream);
    if (!prepared) return { status: 'failed', reason: `no stream '${stream}'`, warnings: [] };
    if (prepared.map.definition.source.standard !== 'csv') return mapJsonRecord(prepared.map, record.raw, prepared.expected, [prepared.config.id]);
    const rows = (record.raw as { rows?: Record<string, string>[] }).rows ?? [];
    const header = [...new Set(rows.flatMap((row) => Object.keys(row)))];
    const csv = [header, ...rows.map((row) => header.map((column) => row[column] ?? ''))].map((cells) => cells.map(csvCell).join(',')).join('\n');
    const mapped = mapCsv({ ...prepared.map, definition: { ...prepared.map.definition, source: { ...prepared.map.definition.source, delimiter: ',' } } } as CompiledMap, csv, { fileName: (record.raw as { file?: string }).file ?? 'export.csv' });
    if (!mapped.ok) return { status: 'failed', reason: mapped.message, warnings: [] };
    return toMappedRecord(mapped.documents[0], driftWarnings(rows[0] ?? {}, prepared.expected, [prepared.config.id]));
  }
}

const csvCell = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export const dropFolderFactory: ConnectorFactory = {
  kind: 'drop-folder',
  secretKeys: [],
  validate(config) {
    const parsed = dropFolderConfigSchema.safeParse(config);
    return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.') || '(config)'}: ${issue.message}`);
  },
  create: (settings, context) => new DropFolderConnector(settings, context),
};
