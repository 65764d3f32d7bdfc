import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { purchaseOrder } from '../../../test/helpers/x12-samples.js';
import { canonicalStoreFor } from './canonical-store.js';
import { default850With, mappingWorkspace, unwrap, waitForTask, type MappingWorkspace } from './test-workspace.js';

let ws: MappingWorkspace;

beforeEach(() => {
  ws = mappingWorkspace();
});
afterEach(() => ws.cleanup());

const canonicalRow = (documentId: number) => canonicalStoreFor(ws.db).get(documentId)!;
const notesOf = (documentId: number) => (canonicalRow(documentId).document as { notes?: string[] } | null)?.notes ?? [];

function ingestOrders() {
  ws.ingest(purchaseOrder({ po: 'PO-1', control: '000000001', lines: 2 }), 'a.x12');
  ws.ingest(purchaseOrder({ po: 'PO-2', control: '000000002', lines: 3 }), 'b.x12');
  ws.ingest(purchaseOrder({ po: 'PO-9', control: '000000003', lines: 1, sender: 'OTHERCO' }), 'c.x12');
  return { buyer: ws.partnerId('BUYERCO'), other: ws.partnerId('OTHERCO') };
}

describe('maps: drafts, publish, rollback', () => {
  it('saves a draft with compile errors as values naming the rule, and refuses to publish it', async () => {
    const { buyer } = ingestOrders();
    const broken = default850With({ id: 'bad-path', target: 'notes[]', from: 'BEG[BEG01=' });
    const saved = unwrap(await ws.core.invoke('maps.saveDraft', { partnerId: buyer, standard: 'x12', type: '850', definition: broken as unknown as Record<string, unknown> }));
    expect(saved.map.status).toBe('draft');
    expect(saved.map.version).toBe(1);
    expect(saved.errors.map((error) => error.ruleId)).toContain('bad-path');
    const publish = await ws.core.invoke('maps.publish', { id: saved.map.id });
    expect(publish.ok).toBe(false);
    if (!publish.ok) expect(publish.error.code).toBe('conflict');
  });

  it("overwrites the open draft instead of creating versions, and lists versions with what applies", async () => {
    const { buyer } = ingestOrders();
    const first = unwrap(await ws.core.invoke('maps.saveDraft', { partnerId: buyer, standard: 'x12', type: '850', definition: default850With() as unknown as Record<string, unknown> }));
    const second = unwrap(await ws.core.invoke('maps.saveDraft', { partnerId: buyer, standard: 'x12', type: '850', definition: default850With({ id: 'x', target: 'notes[]', value: 'x' }) as unknown as Record<string, unknown>, note: 'edited' }));
    expect(second.map.id).toBe(first.map.id);
    expect(second.errors).toEqual([]);
    const list = unwrap(await ws.core.invoke('maps.list', { partnerId: buyer }));
    const x850 = list.types.find((entry) => entry.standard === 'x12' && entry.type === '850')!;
    expect(x850.hasDefault).toBe(true);
    expect(x850.effective).toBeNull(); // a draft applies to nothing, and neither does the built-in default
    expect(x850.draft?.note).toBe('edited');
    expect(x850.versions).toHaveLength(1);
  });

  it("publishing re-maps that partner's documents of that type only; rollback publishes the older version again", async () => {
    const { buyer, other } = ingestOrders();
    const v1 = unwrap(await ws.core.invoke('maps.saveDraft', { partnerId: buyer, standard: 'x12', type: '850', definition: default850With({ id: 'tag', target: 'notes[]', value: 'v1' }) as unknown as Record<string, unknown> }));
    const published = unwrap(await ws.core.invoke('maps.publish', { id: v1.map.id }));
    expect(published.map.status).toBe('published');
    const progress = await waitForTask(ws.core, published.taskId);
    expect(progress.state).toBe('finished');
    expect(progress.done).toBe(2);
    const po1 = ws.documentId('PO-1');
    expect(canonicalRow(po1)).toMatchObject({ status: 'ok', kind: 'order', map: { origin: 'partner', mapId: v1.map.id, version: 1 } });
    expect((canonicalRow(po1).document as { poNumber: string }).poNumber).toBe('PO-1');
    expect(notesOf(ws.documentId('PO-2'))).toEqual(['v1']);
    // The other partner keeps what it had (no hook yet: nothing; with the ingest hook: the default map's output).
    expect(canonicalRow(ws.documentId('PO-9')).map?.origin ?? 'default').toBe('default');
    expect(ws.db.prepare('SELECT po_number FROM canonical_documents WHERE partner_id = ? ORDER BY po_number').pluck().all(buyer)).toEqual(['PO-1', 'PO-2']);

    const v2 = unwrap(await ws.core.invoke('maps.saveDraft', { partnerId: buyer, standard: 'x12', type: '850', definition: default850With({ id: 'tag', target: 'notes[]', value: 'v2' }) as unknown as Record<string, unknown> }));
    expect(v2.map.version).toBe(2);
    await waitForTask(ws.core, unwrap(await ws.core.invoke('maps.publish', { id: v2.map.id })).taskId);
    expect(notesOf(po1)).toEqual(['v2']);
    expect(unwrap(await ws.core.invoke('maps.get', { id: v1.map.id })).status).toBe('retired');

    const rolled = unwrap(await ws.core.invoke('maps.rollback', { partnerId: buyer, standard: 'x12', type: '850', toVersion: 1 }));
    expect(rolled.map).toMatchObject({ id: v1.map.id, status: 'published', version: 1 });
    await waitForTask(ws.core, rolled.taskId);
    expect(notesOf(po1)).toEqual(['v1']);
    expect(canonicalRow(po1).map?.version).toBe(1);
    expect(unwrap(await ws.core.invoke('maps.get', { id: v2.map.id })).status).toBe('retired');
    const list = unwrap(await ws.core.invoke('maps.list', { partnerId: buyer }));
    expect(list.types.find((entry) => entry.type === '850')).toMatchObject({ effective: 'partner', published: { version: 1 } });
    const audit = ws.db.prepare("SELECT action FROM audit_log WHERE subject LIKE 'map:%' ORDER BY id").pluck().all();
    expect(audit).toEqual(['map.draft-created', 'map.published', 'map.draft-created', 'map.published', 'map.rolled-back']);
    void other;
  });

  it("a workspace map (partner null) applies to every partner without its own, and is re-mapped for them on publish", async () => {
    const { buyer, other } = ingestOrders();
    const own = unwrap(await ws.core.invoke('maps.saveDraft', { partnerId: buyer, standard: 'x12', type: '850', definition: default850With({ id: 'tag', target: 'notes[]', value: 'buyer' }) as unknown as Record<string, unknown> }));
    await waitForTask(ws.core, unwrap(await ws.core.invoke('maps.publish', { id: own.map.id })).taskId);
    const shared = unwrap(await ws.core.invoke('maps.saveDraft', { partnerId: null, standard: 'x12', type: '850', definition: default850With({ id: 'tag', target: 'notes[]', value: 'workspace' }) as unknown as Record<string, unknown> }));
    const published = unwrap(await ws.core.invoke('maps.publish', { id: shared.map.id }));
    expect(await waitForTask(ws.core, published.taskId)).toMatchObject({ state: 'finished', done: 1 });
    expect(notesOf(ws.documentId('PO-9'))).toEqual(['workspace']);
    expect(canonicalRow(ws.documentId('PO-9')).map).toEqual({ origin: 'workspace', mapId: shared.map.id, version: 1 });
    expect(notesOf(ws.documentId('PO-1'))).toEqual(['buyer']);
    const otherList = unwrap(await ws.core.invoke('maps.list', { partnerId: other }));
    expect(otherList.types.find((entry) => entry.type === '850')?.effective).toBe('workspace');
    const workspaceList = unwrap(await ws.core.invoke('maps.list', {}));
    expect(workspaceList.types.find((entry) => entry.type === '850')).toMatchObject({ effective: 'workspace', published: { id: shared.map.id } });
  });

  it('discards a draft but never a published version', async () => {
    const { buyer } = ingestOrders();
    const draft = unwrap(await ws.core.invoke('maps.saveDraft', { partnerId: buyer, standard: 'x12', type: '850', definition: default850With() as unknown as Record<string, unknown> }));
    expect(unwrap(await ws.core.invoke('maps.discardDraft', { id: draft.map.id }))).toEqual({ discarded: true });
    const again = unwrap(await ws.core.invoke('maps.saveDraft', { partnerId: buyer, standard: 'x12', type: '850', definition: default850With() as unknown as Record<string, unknown> }));
    expect(again.map.version).toBe(1);
    await waitForTask(ws.core, unwrap(await ws.core.invoke('maps.publish', { id: again.map.id })).taskId);
    const refused = await ws.core.invoke('maps.discardDraft', { id: again.map.id });
    expect(refused.ok ? null : refused.error.code).toBe('conflict');
    const edit = await ws.core.invoke('maps.saveDraft', { partnerId: buyer, standard: 'x12', type: '850', definition: default850With() as unknown as Record<string, unknown>, draftId: again.map.id });
    expect(edit.ok ? null : edit.error.code).toBe('conflict');
  });

  it('lists archived samples newest first with their canonical status', async () => {
    const { buyer } = ingestOrders();
    const { samples } = unwrap(await ws.core.invoke('maps.samples', { partnerId: buyer, standard: 'x12', type: '850' }));
    expect(samples.map((sample) => sample.poNumber)).toEqual(['PO-2', 'PO-1']);
    expect(samples[0]).toMatchObject({ fileName: 'b.x12', segmentCount: 8, controlNumber: '0001' });
  });

  it('rollback to an unknown or current version is an error value', async () => {
    const { buyer } = ingestOrders();
    const missing = await ws.core.invoke('maps.rollback', { partnerId: buyer, standard: 'x12', type: '850', toVersion: 7 });
    expect(missing.ok ? null : missing.error.code).toBe('not-found');
  });

  it('canonical.get reads a document of a type without a map as unmapped; canonical.schema gives JSON Schema', async () => {
    ingestOrders();
    const record = unwrap(await ws.core.invoke('canonical.get', { documentId: ws.documentId('PO-1') }));
    expect(['unmapped', 'ok']).toContain(record.status);
    const missing = await ws.core.invoke('canonical.get', { documentId: 999_999 });
    expect(missing.ok ? null : missing.error.code).toBe('not-found');
    const schema = unwrap(await ws.core.invoke('canonical.schema', { kind: 'invoice' }));
    expect(Object.keys(schema.schemas)).toEqual(['invoice']);
    expect(JSON.stringify(schema.schemas.invoice)).toContain('invoiceNumber');
    const defaults = unwrap(await ws.core.invoke('maps.defaults', {}));
    expect(defaults.maps.some((map) => map.standard === 'x12' && map.type === '850' && map.kind === 'order')).toBe(true);
  });
});
