import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/helpers/temp-dir.js';
import { purchaseOrder } from '../../../test/helpers/x12-samples.js';
import { edifactInterchange, ordersBody } from '../acks/test-fixtures.js';
import { createCore, type Core } from '../core.js';
import { receive } from '../ingest/receive.js';
import { listLedger } from '../ledger/ledger.js';
import { crossReferencesFor } from './cross-references.js';

let temp: ReturnType<typeof makeTempDir>;
let core: Core;
const db = () => core.context.workspace.db;

function ingest(name: string, text: string) {
  receive(core.context, { name, path: null, bytes: Buffer.from(text), source: 'upload' });
}
const partnerIdOf = (isaId: string) => db().prepare("SELECT partner_id FROM partner_identifiers WHERE standard = 'x12' AND identifier = ?").pluck().get(isaId) as number;

async function value<T>(promise: Promise<{ ok: true; value: T } | { ok: false; error: { code: string; message: string; details?: unknown } }>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

beforeEach(() => {
  temp = makeTempDir();
  core = createCore({ workspaceDir: join(temp.path, 'ws'), create: true, mode: 'test' });
  ingest('a1', purchaseOrder({ po: 'A-1', control: '000000001', lines: 1, sender: 'ACMEPROD' }));
  ingest('a2', purchaseOrder({ po: 'A-2', control: '000000002', lines: 2, sender: 'ACMEPROD' }));
  ingest('b1', purchaseOrder({ po: 'B-1', control: '000000007', lines: 1, sender: 'ACMETEST' }));
});
afterEach(() => {
  core.close();
  temp.cleanup();
});

describe('partners.list and partners.get', () => {
  it('lists each partner with its identifiers, document counts and last seen', async () => {
    const list = await value(core.invoke('partners.list', {}));
    expect(list.items.map((item) => item.name)).toEqual(['ACMEPROD', 'ACMETEST']);
    const prod = list.items[0]!;
    expect(prod).toMatchObject({ channel: 'edi', documents: { inbound: 2, outbound: 0, total: 2 }, mergedInto: null });
    expect(prod.identifiers).toEqual([{ kind: 'isa', qualifier: 'ZZ', id: 'ACMEPROD' }, { kind: 'gs', id: 'ACMEPROD' }]);
    expect(prod.lastSeenAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('shows the learned delimiters, versions and quirks read-only beside default profile fields', async () => {
    const detail = await value(core.invoke('partners.get', { partnerId: partnerIdOf('ACMEPROD') }));
    expect(detail.learned.versions).toContain('004010');
    expect(detail.learned.standards).toEqual(['x12']);
    expect(detail.learned.delimiters).toMatchObject({ element: '*' });
    expect(detail.profile).toMatchObject({ name: 'ACMEPROD', channel: 'edi', items: [], ackOverdueHours: null });
    expect((await core.invoke('partners.get', { partnerId: 999 })).ok).toBe(false);
  });
});

describe('partners.update', () => {
  it('renames, edits fields, keeps learned and ack keys compatible, and audits', async () => {
    const partnerId = partnerIdOf('ACMEPROD');
    await value(core.invoke('partners.ackPolicy.set', { partnerId, policy: { ta1: 'always' } }));
    const updated = await value(
      core.invoke('partners.update', {
        partnerId,
        name: 'Acme Retail',
        profile: { channel: 'marketplace', ackOverdueHours: 8, uomConversions: [{ from: 'CA', to: 'EA', factor: '12' }], items: [{ buyerPart: 'BP1', sku: 'S1' }] },
      }),
    );
    expect(updated.profile).toMatchObject({ name: 'Acme Retail', channel: 'marketplace', ackOverdueHours: 8, ackPolicy: { ta1: 'always' } });
    expect(updated.learned.versions).toContain('004010');
    // the ack code reads the same keys
    expect(await value(core.invoke('partners.ackPolicy.get', { partnerId }))).toMatchObject({ ackOverdueHours: 8, policy: { ta1: 'always' } });
    expect(crossReferencesFor(db(), partnerId).convertUom('3', 'CA', 'EA')).toBe('36');
    const cleared = await value(core.invoke('partners.update', { partnerId, profile: { ackOverdueHours: null } }));
    expect(cleared.profile.ackOverdueHours).toBeNull();
    expect(cleared.profile.channel).toBe('marketplace');
    expect(db().prepare("SELECT count(*) FROM audit_log WHERE action = 'partners.update'").pluck().get()).toBe(2);
  });

  it('answers zod paths for bad fields and refuses an identifier that belongs to another partner', async () => {
    const partnerId = partnerIdOf('ACMEPROD');
    const bad = await core.call('partners.update', { partnerId, profile: { items: [{ sku: 'S1' }, { sku: 'S2', gtin: '12' }] } });
    expect(bad.ok === false && bad.error.code).toBe('invalid-input');
    expect(bad.ok === false && bad.error.details).toEqual([expect.objectContaining({ path: 'profile.items.1.gtin' })]);
    const taken = await core.call('partners.update', { partnerId, identifiers: [{ kind: 'gln', id: '5012345000017' }, { kind: 'isa', qualifier: 'zz', id: 'acmetest' }] });
    expect(taken.ok === false && taken.error.details).toEqual([expect.objectContaining({ path: 'identifiers.1', message: expect.stringContaining('ACMETEST') })]);
    const fine = await value(core.invoke('partners.update', { partnerId, identifiers: [{ kind: 'isa', qualifier: 'ZZ', id: 'ACMEPROD' }, { kind: 'gln', id: '5012345000017' }] }));
    expect(fine.identifiers).toEqual([{ kind: 'isa', qualifier: 'ZZ', id: 'ACMEPROD' }, { kind: 'gln', id: '5012345000017' }]);
  });
});

describe('partners.merge', () => {
  it('reports what would move on a dry run without changing anything', async () => {
    const [from, into] = [partnerIdOf('ACMETEST'), partnerIdOf('ACMEPROD')];
    const announced: unknown[] = [];
    const unsubscribe = core.context.events.subscribe((event, payload) => event === 'partners.changed' && announced.push(payload));
    const summary = await value(core.invoke('partners.merge', { from, into, dryRun: true }));
    unsubscribe();
    expect(announced).toEqual([]);
    expect(summary).toMatchObject({ applied: false, documents: 1, interchanges: 1, identifiers: [{ kind: 'isa', id: 'ACMETEST' }, { kind: 'gs', id: 'ACMETEST' }] });
    expect(summary.otherRows).toEqual({ acknowledgments_sent: 1 });
    expect((await value(core.invoke('partners.list', {}))).items).toHaveLength(2);
  });

  it('moves identifiers, documents, ledger and ack rows in one go; later files resolve to the survivor', async () => {
    const [from, into] = [partnerIdOf('ACMETEST'), partnerIdOf('ACMEPROD')];
    const countersBefore = db().prepare('SELECT max(last_interchange) FROM ack_counters').pluck().get() as number;
    const announced: unknown[] = [];
    const unsubscribe = core.context.events.subscribe((event, payload) => event === 'partners.changed' && announced.push(payload));
    await value(core.invoke('partners.update', { partnerId: from, profile: { contacts: [{ name: 'Tess', email: 'tess@example.com' }] } }));
    const summary = await value(core.invoke('partners.merge', { from, into }));
    unsubscribe();
    expect(announced).toEqual([{ partnerIds: [from] }, { partnerIds: [from, into] }]);
    expect(summary.applied).toBe(true);
    expect(summary.profileRowsAdded.contacts).toBe(1);
    const list = await value(core.invoke('partners.list', {}));
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ id: into, documents: { total: 3 } });
    expect(list.items[0]!.identifiers.map((identifier) => identifier.id)).toEqual(expect.arrayContaining(['ACMEPROD', 'ACMETEST']));
    for (const table of ['documents', 'interchanges', 'acknowledgments_sent', 'partner_identifiers', 'ack_counters']) {
      expect(db().prepare(`SELECT count(*) FROM ${table} WHERE partner_id = ?`).pluck().get(from), table).toBe(0);
    }
    expect(db().prepare('SELECT last_interchange FROM ack_counters WHERE partner_id = ?').pluck().get(into)).toBe(countersBefore);
    const facets = await value(core.invoke('documents.facets', {}));
    expect(facets.partners.map((partner) => partner.id)).toEqual([into]);
    expect(listLedger(db(), { partnerId: from }).total).toBe(0);
    const detail = await value(core.invoke('partners.get', { partnerId: into }));
    expect(detail.mergedFrom).toEqual([{ id: from, name: 'ACMETEST' }]);
    expect(detail.profile.contacts).toEqual([{ name: 'Tess', email: 'tess@example.com' }]);
    ingest('b2', purchaseOrder({ po: 'B-2', control: '000000008', lines: 1, sender: 'ACMETEST' }));
    expect(db().prepare("SELECT partner_id FROM documents WHERE po_number = 'B-2'").pluck().get()).toBe(into);
    expect(crossReferencesFor(db(), from).partnerId).toBe(into);
  });

  it('refuses merging into itself, from or into a merged partner, and unknown partners', async () => {
    const [from, into] = [partnerIdOf('ACMETEST'), partnerIdOf('ACMEPROD')];
    const self = await core.call('partners.merge', { from: into, into });
    expect(self.ok === false && self.error).toMatchObject({ code: 'invalid-input', message: expect.stringContaining('itself') });
    await value(core.invoke('partners.merge', { from, into }));
    const again = await core.call('partners.merge', { from, into });
    expect(again.ok === false && again.error.code).toBe('conflict');
    const intoMerged = await core.call('partners.merge', { from: into, into: from });
    expect(intoMerged.ok === false && intoMerged.error.code).toBe('conflict');
    const unknown = await core.call('partners.merge', { from: 999, into });
    expect(unknown.ok === false && unknown.error.code).toBe('not-found');
    const edit = await core.call('partners.update', { partnerId: from, name: 'x' });
    expect(edit.ok === false && edit.error.code).toBe('conflict');
  });

  it('merges an EDIFACT partner into an X12 one and says so; each keeps resolving by its own ids', async () => {
    ingest('e1', edifactInterchange({ sender: '5012345000017', receiver: '5099999000000', reference: 'R1', messages: [{ type: 'ORDERS', reference: 'M1', body: ordersBody('E-1') }] }));
    const edifact = db().prepare("SELECT partner_id FROM partner_identifiers WHERE standard = 'edifact'").pluck().get() as number;
    const summary = await value(core.invoke('partners.merge', { from: edifact, into: partnerIdOf('ACMEPROD') }));
    expect(summary.notes.join(' ')).toContain('edifact');
    ingest('e2', edifactInterchange({ sender: '5012345000017', receiver: '5099999000000', reference: 'R2', messages: [{ type: 'ORDERS', reference: 'M2', body: ordersBody('E-2') }] }));
    expect(db().prepare("SELECT DISTINCT partner_id FROM documents WHERE standard = 'edifact'").pluck().all()).toEqual([partnerIdOf('ACMEPROD')]);
  });
});

describe('partners.export and partners.import', () => {
  it('round-trips a profile: import into another workspace creates it, importing again updates it', async () => {
    const partnerId = partnerIdOf('ACMEPROD');
    await value(core.invoke('partners.update', { partnerId, name: 'Acme', profile: { tolerances: { pricePercent: '1.5', quantityUnits: null, quantityPercent: '2' }, locations: [{ code: 'DC7', warehouse: 'W1' }] } }));
    const document = await value(core.invoke('partners.export', { partnerId }));
    expect(document).toMatchObject({ format: 'crossdock-partner/1', profile: { name: 'Acme' }, identifiers: [{ kind: 'isa', id: 'ACMEPROD' }, { kind: 'gs' }] });
    const json = JSON.parse(JSON.stringify(document)) as unknown;

    const other = createCore({ workspaceDir: join(temp.path, 'other'), create: true, mode: 'test' });
    try {
      const created = await value(other.invoke('partners.import', { document: json as never }));
      expect(created).toMatchObject({ created: true, partner: { profile: { name: 'Acme', tolerances: { pricePercent: '1.5' } } } });
      expect(created.identifiersAdded).toHaveLength(2);
      // the imported profile catches the partner's first file
      receive(other.context, { name: 'a', path: null, bytes: Buffer.from(purchaseOrder({ po: 'X', control: '000000001', lines: 1, sender: 'ACMEPROD' })), source: 'upload' });
      expect(other.context.workspace.db.prepare('SELECT DISTINCT partner_id FROM documents').pluck().all()).toEqual([created.partner.id]);
    } finally {
      other.close();
    }

    const changed = { ...document, profile: { ...document.profile, name: 'Acme Again', channel: 'portal' }, identifiers: [...document.identifiers, { kind: 'duns', id: '123456789' }] };
    const updated = await value(core.invoke('partners.import', { document: changed as never }));
    expect(updated).toMatchObject({ created: false, partner: { id: partnerId, profile: { name: 'Acme Again', channel: 'portal' } }, identifiersAdded: [{ kind: 'duns', id: '123456789' }] });
    expect(updated.partner.learned.versions).toContain('004010');
  });

  it('an imported profile known only by GLN catches the first EDIFACT file from that GLN (qualifier 14)', async () => {
    const document = { format: 'crossdock-partner/1', profile: { name: 'Euro Retail', channel: 'edi' }, identifiers: [{ kind: 'gln', id: '5412345000013' }] };
    const imported = await value(core.invoke('partners.import', { document: document as never }));
    ingest('e1', edifactInterchange({ sender: '5412345000013', receiver: '5099999000000', reference: 'R1', messages: [{ type: 'ORDERS', reference: 'M1', body: ordersBody('E-1') }] }));
    expect(db().prepare("SELECT DISTINCT partner_id FROM documents WHERE standard = 'edifact'").pluck().all()).toEqual([imported.partner.id]);
    const detail = await value(core.invoke('partners.get', { partnerId: imported.partner.id }));
    expect(detail.identifiers).toEqual([{ kind: 'unb', qualifier: '14', id: '5412345000013' }, { kind: 'gln', id: '5412345000013' }]);
    expect(detail.learned.standards).toEqual(['edifact']);
  });

  it('refuses a document whose identifiers name two partners, and reports bad fields by path', async () => {
    const document = { format: 'crossdock-partner/1', profile: { name: 'Both' }, identifiers: [{ kind: 'isa', qualifier: 'ZZ', id: 'ACMEPROD' }, { kind: 'isa', qualifier: 'ZZ', id: 'ACMETEST' }] };
    const both = await core.call('partners.import', { document });
    expect(both.ok === false && both.error).toMatchObject({ code: 'conflict', message: expect.stringContaining('Merge them first') });
    const bad = await core.call('partners.import', { document: { format: 'crossdock-partner/2', profile: { name: '', slas: { ackWithinHours: -1 } }, identifiers: [] } });
    const paths = bad.ok ? [] : (bad.error.details as { path: string }[]).map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(['document.format', 'document.profile.name', 'document.profile.slas.ackWithinHours']));
  });
});
