import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { DocumentRow } from '../../../../main/core/api/types-documents.js';
import type { PartnerDetail } from '../../../../main/core/partners/types.js';
import { createNoticesStore } from '../../store/notices-store.js';
import { FakeClient } from '../../test-support/fake-client.js';
import { emptySummary, type IngestState } from '../documents/ingest-store.js';
import { preview, sampleDefinition, versionSummary } from './test-data.js';
import { blockedReason, createWizardStore } from './wizard-store.js';

function row(id: number, overrides: Partial<DocumentRow> = {}): DocumentRow {
  return {
    id, fileId: 5, partnerId: 3, partnerName: 'ORCHARDMKT', direction: 'inbound', standard: 'x12', type: '850', typeName: 'Purchase Order', version: '004010',
    controlNumber: String(id), interchangeControlNumber: '1', groupControlNumber: '1', status: 'accepted', errorCount: 0, warningCount: 0, firstProblem: null,
    segmentCount: 6, receivedAt: '2026-11-27T10:00:00Z', fileName: 'po.x12', poNumber: `PO-${id}`, reference: null, documentDate: null, amount: null, ...overrides,
  };
}

function partner(name = 'ORCHARDMKT'): PartnerDetail {
  return {
    id: 3, createdAt: '2026-11-27T10:00:00Z', mergedInto: null, mergedFrom: [], identifiers: [{ kind: 'isa', qualifier: 'ZZ', id: 'ORCHARDMKT' }],
    profile: { name, channel: 'edi' } as PartnerDetail['profile'], learned: { delimiters: {}, versions: ['00401'], quirks: [], standards: ['x12'] },
    documents: { inbound: 2, outbound: 0, total: 2 }, lastSeenAt: null,
  };
}

/** The Documents ingest store as the wizard sees it: upload() ends with a summary naming the file and its id. */
function fakeIngest() {
  return createStore<IngestState>()((set) => ({
    phase: 'idle', files: 0, batch: 0, batches: 0, taskId: null, lastSummary: null,
    async upload(files) {
      set({ lastSummary: { ...emptySummary(), files: files.length, reports: files.map((file) => ({ name: file.name, path: null, outcome: 'ingested', fileId: 5, documents: 2, errors: 0, warnings: 0 })) } });
    },
    cancel() {},
  }));
}

function client() {
  const fake = new FakeClient('http', true);
  let name = 'ORCHARDMKT';
  return fake
    .handle('documents.list', () => ({ ok: true, value: { rows: [row(12), row(11), row(9, { fileId: 4, partnerId: 8 })], total: 3, totalIsLowerBound: false, searchLimitedTo: null } }))
    .handle('documents.get', () => ({ ok: true, value: { envelope: { interchange: { standard: 'x12', version: '00401', sender: { qualifier: 'ZZ', id: 'ORCHARDMKT' }, receiver: { qualifier: 'ZZ', id: 'US' }, delimiters: { element: '*', segment: '~' }, quirks: ['segment-suffix-crlf'] } } } as never }))
    .handle('partners.get', () => ({ ok: true, value: partner(name) }))
    .handle('partners.update', (input) => {
      if (input.name === 'x'.repeat(201)) return { ok: false, error: { code: 'invalid-input', message: 'Invalid input', details: [{ path: 'name', message: 'too long' }] } };
      name = input.name ?? name;
      return { ok: true, value: partner(name) };
    })
    .handle('maps.defaults', () => ({ ok: true, value: { maps: [{ standard: 'x12', type: '850', kind: 'order', name: 'X12 850 default', definition: sampleDefinition() }] } }))
    .handle('maps.preview', () => ({ ok: true, value: preview('PO-12') }))
    .handle('maps.saveDraft', () => ({ ok: true, value: { map: { ...versionSummary({ id: 21, status: 'draft' }), definition: {}, errors: [] }, errors: [] } }))
    .handle('maps.publish', ({ id }) => ({ ok: true, value: { map: { ...versionSummary({ id, version: 1 }), definition: {}, errors: [] }, taskId: 'remap-9' } }));
}

describe('onboarding wizard store', () => {
  it('goes from uploaded files to a published map, checking each step', async () => {
    const fake = client();
    const wizard = createWizardStore(fake, createNoticesStore(), fakeIngest());
    expect(wizard.getState().blocked).toMatch(/Add at least one/);
    await wizard.getState().next();
    expect(wizard.getState().step).toBe('files');

    await wizard.getState().upload([new File(['ISA'], 'po.x12')]);
    const file = wizard.getState().files[0]!;
    expect(file.documents.map((document) => document.id)).toEqual([12, 11]);
    expect(file.envelope).toMatchObject({ sender: 'ZZ:ORCHARDMKT', version: '00401', quirks: ['segment-suffix-crlf'] });
    expect(wizard.getState().partnerId).toBe(3);
    expect(wizard.getState().name).toBe('ORCHARDMKT');

    await wizard.getState().next();
    expect(wizard.getState().step).toBe('detected');
    await wizard.getState().next();
    expect(wizard.getState().step).toBe('profile');
    wizard.getState().setName('Orchard Market');
    wizard.getState().setChannel('marketplace');
    await wizard.getState().next();
    expect(fake.callsTo('partners.update')).toEqual([{ partnerId: 3, name: 'Orchard Market', profile: { channel: 'marketplace' } }]);
    expect(wizard.getState().step).toBe('maps');
    expect(wizard.getState().types).toMatchObject([{ key: 'x12/850', documents: 2, sampleDocumentId: 12, use: true }]);

    await wizard.getState().next();
    expect(wizard.getState().step).toBe('preview');
    expect(fake.callsTo('maps.preview')).toEqual([{ definition: sampleDefinition(), documentId: 12, partnerId: 3 }]);
    expect(wizard.getState().previews['x12/850']?.preview?.document).toEqual({ kind: 'order', poNumber: 'PO-12' });

    await wizard.getState().next();
    expect(wizard.getState().step).toBe('publish');
    expect(fake.callsTo('maps.saveDraft')[0]).toMatchObject({ partnerId: 3, standard: 'x12', type: '850', definition: sampleDefinition() });
    expect(fake.callsTo('maps.publish')).toEqual([{ id: 21 }]);
    expect(wizard.getState().published).toEqual([{ key: 'x12/850', state: 'published', mapId: 21, version: 1, taskId: 'remap-9', message: null }]);
    wizard.getState().back();
    expect(wizard.getState().step).toBe('publish');
  });

  it('keeps the profile step open with the field error the core names', async () => {
    const wizard = createWizardStore(client(), createNoticesStore(), fakeIngest());
    await wizard.getState().upload([new File(['ISA'], 'po.x12')]);
    await wizard.getState().next();
    await wizard.getState().next();
    wizard.getState().setName('x'.repeat(201));
    await wizard.getState().next();
    expect(wizard.getState().step).toBe('profile');
    expect(wizard.getState().profileErrors).toEqual({ name: 'too long' });
    wizard.getState().setName('   ');
    expect(wizard.getState().blocked).toBe('The partner needs a name');
  });

  it('cannot continue from the maps step without a default map, and Back steps back', () => {
    const base = { files: [], partnerId: 3, name: 'A', uploading: false, working: false };
    expect(blockedReason({ ...base, step: 'maps', types: [{ key: 'x12/856', standard: 'x12', type: '856', documents: 1, sampleDocumentId: 1, defaultMap: null, use: false }] })).toMatch(/Pick a default map/);
    expect(blockedReason({ ...base, step: 'detected', partnerId: null, types: [] })).toMatch(/Pick the partner/);
  });
});
