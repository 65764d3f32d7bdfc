import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertMismatches, SEED_NOW, seedPartners, syntheticMismatches, tempWorkspace, type StoredMismatch } from './review-fixtures.js';
import { dashboard, fromMinor } from './dashboard.js';
import { deleteView, listViews, saveView } from './views.js';

let ws: ReturnType<typeof tempWorkspace>;
const db = () => ws.workspace.db;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.cleanup());

describe('saved views', () => {
  it('creates, lists by name, updates and deletes', () => {
    const west = saveView(db(), { name: 'West warehouse', filter: { warehouses: ['WEST'] }, sort: { field: 'money', direction: 'desc' } }, '2026-12-01T00:00:00.000Z');
    saveView(db(), { name: 'asn issues', filter: { types: ['asn-missing', 'asn-late'] }, sort: null });
    expect(listViews(db()).map((view) => view.name)).toEqual(['asn issues', 'West warehouse']);
    expect(west).toMatchObject({ filter: { warehouses: ['WEST'] }, sort: { field: 'money', direction: 'desc' } });
    const renamed = saveView(db(), { id: west.id, name: 'West', filter: { warehouses: ['WEST'], owners: ['warehouse'] }, sort: null }, '2026-12-02T00:00:00.000Z');
    expect(renamed).toEqual({ id: west.id, name: 'West', filter: { warehouses: ['WEST'], owners: ['warehouse'] }, sort: null, updatedAt: '2026-12-02T00:00:00.000Z' });
    expect(listViews(db()).find((view) => view.name === 'asn issues')?.sort).toBeNull();
    expect(deleteView(db(), west.id)).toEqual({ deleted: true });
    expect(deleteView(db(), west.id)).toEqual({ deleted: false });
    expect(listViews(db())).toHaveLength(1);
  });

  it('refuses a name another view holds with a conflict, and an unknown id as not-found', () => {
    saveView(db(), { name: 'Mine', filter: {}, sort: null });
    const other = saveView(db(), { name: 'Other', filter: {}, sort: null });
    expect(() => saveView(db(), { name: 'Mine', filter: { assignee: 'x' }, sort: null })).toThrow(expect.objectContaining({ code: 'conflict', message: expect.stringContaining('"Mine" already exists') }));
    expect(() => saveView(db(), { id: other.id, name: ' Mine ', filter: {}, sort: null })).toThrow(expect.objectContaining({ code: 'conflict' }));
    expect(() => saveView(db(), { id: 999, name: 'Gone', filter: {}, sort: null })).toThrow(expect.objectContaining({ code: 'not-found' }));
    // saving a view under its own name is an update, not a conflict
    expect(saveView(db(), { id: other.id, name: 'Other', filter: { owners: ['edi'] }, sort: null }).filter).toEqual({ owners: ['edi'] });
  });
});

describe('reconcile.dashboard', () => {
  it('counts open mismatches by type, partner and age, sums money per currency, and builds the 30-day trend', () => {
    const partners = seedPartners(db(), ['Alpha', 'Beta']);
    const rows = syntheticMismatches(500, partners);
    insertMismatches(db(), rows);
    const events = db().prepare('INSERT INTO mismatch_events (mismatch_id, at, actor, action, from_status, to_status) VALUES (?, ?, ?, ?, ?, ?)');
    events.run(rows[0]!.id, '2026-12-19T10:00:00.000Z', 'system', 'found', null, 'open');
    events.run(rows[1]!.id, '2026-12-19T11:00:00.000Z', 'system', 'found', null, 'open');
    events.run(rows[1]!.id, '2026-12-19T12:00:00.000Z', 'ana', 'resolved', 'assigned', 'resolved');
    events.run(rows[2]!.id, '2026-12-18T12:00:00.000Z', 'system', 'cleared', 'open', 'resolved');
    events.run(rows[3]!.id, '2026-12-18T13:00:00.000Z', 'system', 'cleared', 'resolved', 'resolved');
    events.run(rows[4]!.id, '2026-10-01T13:00:00.000Z', 'system', 'found', null, 'open');
    db().prepare("INSERT INTO recon_threads (key, kind, member_count, evaluated_at) VALUES ('order:1:X', 'order', 3, '2026-12-19T00:00:00.000Z'), ('order:1:Y', 'order', 3, '2026-12-18T00:00:00.000Z')").run();
    const thread = db().prepare("INSERT OR IGNORE INTO recon_threads (key, kind, member_count, evaluated_at) VALUES (?, 'order', 3, '2026-12-17T00:00:00.000Z')");
    for (const row of rows) thread.run(row.thread_key);

    const open = rows.filter((row) => row.present === 1 && (row.status === 'open' || row.status === 'assigned'));
    const minor = (list: StoredMismatch[]) => list.reduce((sum, row) => sum + (row.money_at_risk ? Math.round(Number(row.money_at_risk) * 100) : 0), 0);
    const board = dashboard(db(), SEED_NOW);
    expect(board.openTotal).toBe(open.length);
    expect(board.moneyAtRisk).toEqual(
      expect.arrayContaining(['USD', 'EUR'].map((currency) => ({ currency, amount: fromMinor(minor(open.filter((row) => row.currency === currency))) }))),
    );
    expect(board.byType.reduce((sum, entry) => sum + entry.open, 0)).toBe(open.length);
    const qty = board.byType.find((entry) => entry.type === 'qty-mismatch')!;
    expect(qty.money).toBe(fromMinor(minor(open.filter((row) => row.type === 'qty-mismatch'))));
    expect(board.byPartner.map((entry) => [entry.partnerName, entry.open]).sort()).toEqual(
      [['Alpha', open.filter((row) => row.partner_id === partners[0]).length], ['Beta', open.filter((row) => row.partner_id === partners[1]).length]].sort(),
    );
    expect(board.aging.map((entry) => entry.bucket)).toEqual(['0-1', '1-3', '3-7', '7-30', '30+']);
    expect(board.aging.reduce((sum, entry) => sum + entry.open, 0)).toBe(open.length);
    const ageDays = (row: StoredMismatch) => (SEED_NOW - Date.parse(row.first_seen_at)) / 86_400_000;
    expect(board.aging[4]!.open).toBe(open.filter((row) => ageDays(row) >= 30).length);
    expect(board.trend).toHaveLength(30);
    expect(board.trend.at(-1)!.day).toBe('2026-12-20');
    expect(board.trend.find((day) => day.day === '2026-12-19')).toEqual({ day: '2026-12-19', found: 2, resolved: 1 });
    expect(board.trend.find((day) => day.day === '2026-12-18')).toEqual({ day: '2026-12-18', found: 0, resolved: 1 });
    const threadKeys = new Set(rows.map((row) => row.thread_key));
    const withOpen = new Set(open.map((row) => row.thread_key)).size;
    expect(withOpen).toBeLessThan(threadKeys.size);
    expect(board.threads).toEqual({ total: threadKeys.size + 2, withOpen, clean: threadKeys.size + 2 - withOpen });
    expect(board.lastEvaluatedAt).toBe('2026-12-19T00:00:00.000Z');
  });

  it('answers an empty workspace', () => {
    expect(dashboard(db(), SEED_NOW)).toMatchObject({ openTotal: 0, moneyAtRisk: [], byType: [], threads: { total: 0, clean: 0, withOpen: 0 }, lastEvaluatedAt: null });
    expect(fromMinor(123456)).toBe('1234.56');
    expect(fromMinor(-5)).toBe('-0.05');
  });
});
