/** The ingest hook's per-file set-up: nothing to set up while no map is published, and a publish is seen at once. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { purchaseOrder } from '../../../test/helpers/x12-samples.js';
import { canonicalStoreFor } from './canonical-store.js';
import { createIngestMapper } from './ingest-mapper.js';
import { default850With, mappingWorkspace, unwrap, waitForTask, type MappingWorkspace } from './test-workspace.js';

let ws: MappingWorkspace;
beforeEach(() => {
  ws = mappingWorkspace();
});
afterEach(() => ws.cleanup());

const fileRef = { id: 1, sha256: 'a'.repeat(64) };

describe('createIngestMapper', () => {
  it('is null while no map is published, even with a draft saved, and maps the first file ingested after a publish', async () => {
    ws.ingest(purchaseOrder({ po: 'PO-1', control: '000000001', lines: 1 }), 'first.x12');
    const draft = unwrap(await ws.core.invoke('maps.saveDraft', { partnerId: null, standard: 'x12', type: '850', definition: default850With() as unknown as Record<string, unknown> }));
    expect(createIngestMapper(ws.core.context, fileRef)).toBeNull();
    ws.ingest(purchaseOrder({ po: 'PO-2', control: '000000002', lines: 1 }), 'second.x12');
    expect(ws.db.prepare('SELECT count(*) FROM canonical_documents').pluck().get()).toBe(0);

    await waitForTask(ws.core, unwrap(await ws.core.invoke('maps.publish', { id: draft.map.id })).taskId);
    expect(createIngestMapper(ws.core.context, fileRef)).not.toBeNull();
    ws.ingest(purchaseOrder({ po: 'PO-3', control: '000000003', lines: 1 }), 'third.x12');
    expect(canonicalStoreFor(ws.db).get(ws.documentId('PO-3'))).toMatchObject({ status: 'ok', map: { origin: 'workspace', mapId: draft.map.id } });
  });
});
