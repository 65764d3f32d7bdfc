/**
 * Every query shape of the Documents list, checked with EXPLAIN QUERY PLAN on a migrated workspace: each table is
 * reached through an index, and an ordered walk (the plan for "many rows") never sorts in a temporary b-tree.
 */
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentSortColumn } from '../api/types-documents.js';
import { documentFacets } from './facets.js';
import {
  boundedSql,
  cappedCountSql,
  countIndex,
  driverCandidates,
  filteredCountSql,
  orderedPlan,
  orderedSql,
  type DocumentFilter,
  type DocumentSort,
  type Sql,
} from './list-plan.js';
import { ensureSortValues } from './sort-values.js';
import { filledWorkspace, type TestWorkspace } from './test-workspace.js';

let workspace: TestWorkspace;
let db: Database.Database;
beforeAll(() => {
  workspace = filledWorkspace(6);
  db = workspace.core.context.workspace.db;
  ensureSortValues(db);
});
afterAll(() => workspace.cleanup());

function plan(query: Sql): string[] {
  return (db.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(query.params) as { detail: string }[]).map((row) => row.detail);
}

/** A table read without an index ("SCAN d", "SCAN documents") would read every row. */
function assertIndexedEverywhere(lines: string[], context: string): void {
  for (const line of lines) {
    if (/^(SCAN|SEARCH) /.test(line) && !/CONSTANT ROW|subquery|LIST SUBQUERY|^SCAN t$/.test(line)) {
      expect(line, `${context}: ${lines.join(' | ')}`).toMatch(/USING (COVERING )?INDEX|USING (INTEGER )?PRIMARY KEY/);
    }
  }
}

const SINGLE_FILTERS: [string, DocumentFilter][] = [
  ['none', {}],
  ['partner', { partnerId: 1 }],
  ['type', { type: '850' }],
  ['status', { status: 'rejected' }],
  ['direction', { direction: 'outbound' }],
  ['received from', { from: '2026-01-01' }],
  ['received between', { from: '2026-01-01', to: '2026-02-01' }],
  ['text', { text: 'PO-1' }],
];

const PAIRS: [string, DocumentFilter][] = [
  ['partner + type', { partnerId: 1, type: '850' }],
  ['partner + status', { partnerId: 1, status: 'rejected' }],
  ['partner + direction', { partnerId: 1, direction: 'inbound' }],
  ['type + status', { type: '850', status: 'rejected' }],
  ['type + direction', { type: '850', direction: 'inbound' }],
  ['status + direction', { status: 'rejected', direction: 'inbound' }],
  ['partner + dates', { partnerId: 1, from: '2026-01-01', to: '2026-02-01' }],
];

const SORTS: DocumentSort[] = (['receivedAt', 'type', 'status', 'partner', 'controlNumber'] as DocumentSortColumn[]).flatMap((column) =>
  (['asc', 'desc'] as const).map((direction) => ({ column, direction })),
);

/**
 * The shapes whose ordered walk checks a filter row by row instead of seeking it (the planner prefers a bounded read
 * for those when any filter is selective): control-number order with any filter; a pair of
 * filters sorted by a third column (no three-column indexes); and text search (read through its own indexes, or only
 * its first matches when it is too short). Every other shape seeks every term.
 */
function expectResidual(filter: DocumentFilter, sort: DocumentSort): boolean {
  if (filter.text !== undefined) return true;
  const keys = { partner: filter.partnerId, type: filter.type, status: filter.status, direction: filter.direction };
  const bound = Object.values(keys).filter((value) => value !== undefined).length;
  if (sort.column === 'controlNumber') return bound > 0 || filter.from !== undefined || filter.to !== undefined;
  const loop = sort.column === 'receivedAt' ? undefined : sort.column;
  return loop !== undefined && keys[loop] === undefined && bound >= 2;
}

describe('ordered plans (many rows): an index walk in the wanted order, no temporary b-tree', () => {
  for (const [name, filter] of [...SINGLE_FILTERS, ...PAIRS]) {
    it(`${name}, every sort both ways`, () => {
      for (const sort of SORTS) {
        const ordered = orderedPlan(filter, sort);
        const lines = plan(orderedSql(filter, sort, ordered, { offset: 0, limit: 100 }));
        const context = `${name} / ${sort.column} ${sort.direction}`;
        assertIndexedEverywhere(lines, context);
        expect(lines.join(' | '), context).not.toMatch(/TEMP B-TREE/);
        expect(lines.some((line) => line.includes(`INDEX ${ordered.index}`)), `${context}: ${lines.join(' | ')}`).toBe(true);
        expect(ordered.residual, `${context} seeks every filter term`).toBe(expectResidual(filter, sort));
      }
    });
  }
});

describe('bounded plans (few rows): read through the most selective index, then sorted', () => {
  it('seeks a pair with direction in one index', () => {
    expect(driverCandidates({ direction: 'outbound', type: '850' }).map((index) => index.name)).toEqual(['documents_type_direction']);
  });

  for (const [name, filter] of [...SINGLE_FILTERS, ...PAIRS].filter(([, filter]) => Object.keys(filter).length > 0)) {
    it(`${name}: each candidate driver is sought, never scanned`, () => {
      const drivers = [...driverCandidates(filter).map((index) => ({ kind: 'time' as const, index })), ...(filter.text === undefined ? [] : [{ kind: 'text' as const }, { kind: 'text-limited' as const, limit: 2000 }])];
      expect(drivers.length, `${name} has a driver`).toBeGreaterThan(0);
      for (const driver of drivers) {
        for (const sort of SORTS) {
          const lines = plan(boundedSql(filter, sort, driver));
          assertIndexedEverywhere(lines, `${name} / ${driver.kind}`);
          if (driver.kind === 'time') expect(lines.join(' | ')).toMatch(new RegExp(`SEARCH d USING (COVERING )?INDEX ${driver.index.name} \\(`));
        }
        assertIndexedEverywhere(plan(cappedCountSql(filter, driver, 20_000)), `${name} / capped count`);
      }
    });
  }

  it('uses the pair index when both filters of a pair are set', () => {
    expect(driverCandidates({ partnerId: 1, status: 'rejected', type: '850' }).map((index) => index.name).sort()).toEqual([
      'documents_partner_status',
      'documents_partner_type',
      'documents_type_status',
    ]);
  });
});

describe('counts and facets', () => {
  it('counts every filter through an index', () => {
    for (const [name, filter] of [...SINGLE_FILTERS, ...PAIRS]) {
      const { index } = countIndex(filter);
      assertIndexedEverywhere(plan(filteredCountSql(filter, index, 100_000)), `${name} count`);
    }
  });

  it('reads the facets from indexes', () => {
    const facets = documentFacets(db);
    expect(facets.total).toBeGreaterThan(0);
    for (const sql of [
      'SELECT partner_id, count(*) FROM documents INDEXED BY documents_partner GROUP BY partner_id',
      "SELECT count(*) FROM documents INDEXED BY documents_type WHERE type = '850'",
      "SELECT count(*) FROM documents INDEXED BY documents_status WHERE status = 'rejected'",
      "SELECT count(*) FROM documents INDEXED BY documents_direction WHERE direction = 'inbound'",
    ]) {
      const lines = plan({ sql, params: {} });
      assertIndexedEverywhere(lines, sql);
      expect(lines.join(' | '), sql).toMatch(/COVERING INDEX/);
      expect(lines.join(' | ')).not.toMatch(/TEMP B-TREE/);
    }
  });

  it('lists quarantined files newest first from the state index', () => {
    const lines = plan({ sql: "SELECT f.id FROM files f WHERE f.state = 'quarantined' ORDER BY f.id DESC LIMIT 100", params: {} });
    expect(lines.join(' | ')).toMatch(/USING (COVERING )?INDEX files_state/);
    expect(lines.join(' | ')).not.toMatch(/TEMP B-TREE/);
  });
});
