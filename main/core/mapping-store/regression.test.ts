import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { purchaseOrder } from '../../../test/helpers/x12-samples.js';
import { default850With, mappingWorkspace, unwrap, waitForTask, type MappingWorkspace } from './test-workspace.js';

let ws: MappingWorkspace;
let buyer: number;

beforeEach(() => {
  ws = mappingWorkspace();
  for (let index = 1; index <= 4; index++) ws.ingest(purchaseOrder({ po: `PO-${index}`, control: String(index).padStart(9, '0'), lines: index }), `po-${index}.x12`);
  ws.ingest(purchaseOrder({ po: 'PO-OTHER', control: '000000009', lines: 1, sender: 'OTHERCO' }), 'other.x12');
  buyer = ws.partnerId('BUYERCO');
});
afterEach(() => ws.cleanup());

/** PO-2 gains a note; PO-3 gets an order type through a table that does not know it (an error). */
const draft = () =>
  default850With(
    { id: 'po2-note', target: 'notes[]', value: 'second', when: { path: 'BEG03', equals: 'PO-2' } },
    { id: 'po3-type', target: 'orderType', from: 'BEG03', when: { path: 'BEG03', equals: 'PO-3' }, transform: [{ op: 'table', table: 'purpose' }] },
  ) as unknown as Record<string, unknown>;

describe('maps.regression', () => {
  it('lists exactly the documents whose canonical output changed, with the difference and new errors', async () => {
    const { taskId } = unwrap(await ws.core.invoke('maps.regression', { partnerId: buyer, standard: 'x12', type: '850', definition: draft() }));
    const progress = await waitForTask(ws.core, taskId);
    expect(progress).toMatchObject({ state: 'finished', done: 4, total: 4 });
    const result = unwrap(await ws.core.invoke('maps.regressionResult', { taskId }));
    expect(result).toMatchObject({ state: 'finished', baseline: { origin: 'default' }, draftId: null, counts: { documents: 4, changed: 2, unchanged: 2, newErrors: 1, fixedErrors: 0, unreadable: 0 } });
    const byPo = new Map(result.documents.map((document) => [ws.db.prepare('SELECT po_number FROM documents WHERE id = ?').pluck().get(document.documentId), document]));
    expect([...byPo.keys()].sort()).toEqual(['PO-2', 'PO-3']);
    expect(byPo.get('PO-2')).toMatchObject({ before: 'ok', after: 'ok', fileName: 'po-2.x12', diff: [{ path: 'notes', before: null, after: ['second'] }], newErrors: [] });
    const po3 = byPo.get('PO-3')!;
    expect(po3.before).toBe('ok');
    expect(po3.after).toBe('errors');
    expect(po3.newErrors.map((issue) => issue.ruleId)).toEqual(['po3-type']);
    const all = unwrap(await ws.core.invoke('maps.regressionResult', { taskId, only: 'all' }));
    expect(all.documents).toHaveLength(4);
    expect(all.documents.filter((document) => document.diff.length === 0 && document.before === document.after)).toHaveLength(2);
  });

  it('compares a saved draft against the published version, and writes nothing', async () => {
    const base = unwrap(await ws.core.invoke('maps.saveDraft', { partnerId: buyer, standard: 'x12', type: '850', definition: default850With() as unknown as Record<string, unknown> }));
    await waitForTask(ws.core, unwrap(await ws.core.invoke('maps.publish', { id: base.map.id })).taskId);
    const before = ws.db.prepare('SELECT document_id, canonical_json, map_version FROM canonical_documents ORDER BY document_id').all();
    const saved = unwrap(await ws.core.invoke('maps.saveDraft', { partnerId: buyer, standard: 'x12', type: '850', definition: draft() }));
    const { taskId } = unwrap(await ws.core.invoke('maps.regression', { partnerId: buyer, standard: 'x12', type: '850', draftId: saved.map.id }));
    await waitForTask(ws.core, taskId);
    const result = unwrap(await ws.core.invoke('maps.regressionResult', { taskId }));
    expect(result.baseline).toEqual({ origin: 'partner', mapId: base.map.id, version: 1 });
    expect(result.draftId).toBe(saved.map.id);
    expect(result.counts.changed).toBe(2);
    expect(ws.db.prepare('SELECT document_id, canonical_json, map_version FROM canonical_documents ORDER BY document_id').all()).toEqual(before);
  });

  it('refuses a draft that does not compile, and a draft of another partner', async () => {
    const broken = await ws.core.invoke('maps.regression', { partnerId: buyer, standard: 'x12', type: '850', definition: { format: 'crossdock-map/1' } });
    expect(broken.ok ? null : broken.error.code).toBe('invalid-input');
    const other = ws.partnerId('OTHERCO');
    const saved = unwrap(await ws.core.invoke('maps.saveDraft', { partnerId: other, standard: 'x12', type: '850', definition: draft() }));
    const wrong = await ws.core.invoke('maps.regression', { partnerId: buyer, standard: 'x12', type: '850', draftId: saved.map.id });
    expect(wrong.ok ? null : wrong.error.code).toBe('invalid-input');
    const unknown = await ws.core.invoke('maps.regressionResult', { taskId: 'nope' });
    expect(unknown.ok ? null : unknown.error.code).toBe('not-found');
  });
});
