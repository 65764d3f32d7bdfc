import { describe, expect, it } from 'vitest';
import type { MapPreview } from '../../../../main/core/mapping-store/types.js';
import type { Result } from '../../api/contract-types.js';
import { createNoticesStore } from '../../store/notices-store.js';
import { eventually } from '../../test-support/eventually.js';
import { FakeClient } from '../../test-support/fake-client.js';
import { createEditorStore, holdsSourceOf, keepSameSource, mergePreview } from './editor-store.js';
import { mapsList, preview, sampleDefinition, typeVersions, versionSummary } from './test-data.js';

const key = { partnerId: 7, standard: 'x12', type: '850' } as const;

function clientWith(options: { draft?: boolean } = {}) {
  const client = new FakeClient('http', true);
  let version = options.draft ? 2 : 0;
  const draft = options.draft ? versionSummary({ id: 2, version: 2, status: 'draft' }) : null;
  client
    .handle('maps.list', () => ({ ok: true, value: mapsList([typeVersions({ draft, versions: draft ? [draft] : [] })]) }))
    .handle('maps.get', ({ id }) => ({ ok: true, value: { ...versionSummary({ id, status: 'draft' }), definition: { ...sampleDefinition(), name: 'stored draft' }, errors: [] } }))
    .handle('maps.defaults', () => ({ ok: true, value: { maps: [{ standard: 'x12', type: '850', kind: 'order', name: 'default', definition: sampleDefinition() }] } }))
    .handle('maps.samples', () => ({ ok: true, value: { samples: [{ documentId: 11, fileId: 5, fileName: 'po.x12', receivedAt: '2026-11-27T10:00:00Z', controlNumber: '0001', segmentCount: 5, poNumber: 'PO-1', canonicalStatus: null }] } }))
    .handle('maps.preview', (input) => ({ ok: true, value: preview(String((input.definition.rules as { from?: string }[])[0]?.from)) }))
    .handle('maps.saveDraft', () => {
      version++;
      return { ok: true, value: { map: { ...versionSummary({ id: 40 + version, version, status: 'draft' }), definition: {}, errors: [] }, errors: [] } };
    });
  return client;
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

describe('mapping editor store', () => {
  it("starts a partner's first map from the default, picks the newest sample and previews it", async () => {
    const client = clientWith();
    const store = createEditorStore(client, createNoticesStore(), { debounceMs: 5 });
    await store.getState().load(key);
    const state = store.getState();
    expect(state.status).toBe('ready');
    expect(state.origin).toBe('default');
    expect(state.sampleId).toBe(11);
    expect(state.dirty).toBe(false);
    expect(client.callsTo('maps.preview')).toEqual([{ definition: sampleDefinition(), documentId: 11, partnerId: 7 }]);
    expect(state.preview?.document).toEqual({ kind: 'order', poNumber: 'BEG03' });
    expect(state.previewMs).toBeGreaterThanOrEqual(0);
  });

  it('opens the open draft rather than the default', async () => {
    const client = clientWith({ draft: true });
    const store = createEditorStore(client, createNoticesStore(), { debounceMs: 5 });
    await store.getState().load(key);
    expect(store.getState().origin).toBe('draft');
    expect(store.getState().draftId).toBe(2);
    expect(store.getState().definition.name).toBe('stored draft');
    expect(client.callsTo('maps.defaults')).toHaveLength(0);
  });

  it('shows only the latest request’s answer when an older one arrives after it', async () => {
    const client = clientWith();
    const store = createEditorStore(client, createNoticesStore(), { debounceMs: 5 });
    await store.getState().load(key);
    const answers: { definition: unknown; answer: ReturnType<typeof deferred<Result<MapPreview>>> }[] = [];
    client.handle('maps.preview', (input) => {
      const answer = deferred<Result<MapPreview>>();
      answers.push({ definition: input.definition, answer });
      return answer.promise;
    });
    store.getState().editRule([0], (rule) => ({ ...rule, from: 'BEG04' }));
    const first = store.getState().previewNow();
    store.getState().editRule([0], (rule) => ({ ...rule, from: 'BEG05' }));
    const second = store.getState().previewNow();
    expect(answers).toHaveLength(2);
    answers[1]!.answer.resolve({ ok: true, value: preview('newest') });
    await second;
    answers[0]!.answer.resolve({ ok: true, value: preview('stale') });
    await first;
    expect((store.getState().preview?.document as { poNumber: string }).poNumber).toBe('newest');
    expect(store.getState().previewPending).toBe(false);
  });

  it('waits for typing to pause: several quick edits make one preview with the last text', async () => {
    const client = clientWith();
    const store = createEditorStore(client, createNoticesStore(), { debounceMs: 30 });
    await store.getState().load(key);
    const before = client.callsTo('maps.preview').length;
    for (const from of ['B', 'BE', 'BEG', 'BEG0', 'BEG03X']) store.getState().editRule([0], (rule) => ({ ...rule, from }));
    expect(client.callsTo('maps.preview')).toHaveLength(before);
    await eventually(() => expect(client.callsTo('maps.preview')).toHaveLength(before + 1));
    await eventually(() => expect((store.getState().preview?.document as { poNumber: string }).poNumber).toBe('BEG03X'));
  });

  it('asks at once when idle; edits made while an answer is on its way make one more request, with the last text', async () => {
    const client = clientWith();
    const store = createEditorStore(client, createNoticesStore(), { debounceMs: 5 });
    await store.getState().load(key);
    const answers: { from: string; answer: ReturnType<typeof deferred<Result<MapPreview>>> }[] = [];
    client.handle('maps.preview', (input) => {
      const answer = deferred<Result<MapPreview>>();
      answers.push({ from: String((input.definition.rules as { from?: string }[])[0]?.from), answer });
      return answer.promise;
    });
    store.getState().editRule([0], (rule) => ({ ...rule, from: 'B' }));
    await eventually(() => expect(answers).toHaveLength(1));
    for (const from of ['BE', 'BEG', 'BEG0']) store.getState().editRule([0], (rule) => ({ ...rule, from }));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(answers).toHaveLength(1);
    expect(store.getState().previewPending).toBe(true);
    const seqBefore = store.getState().previewSeq;
    answers[0]!.answer.resolve({ ok: true, value: preview('B') });
    // the first answer is shown at once (the newest there is) while the next request carries the last edit
    await eventually(() => expect(answers).toHaveLength(2));
    expect(answers[1]!.from).toBe('BEG0');
    expect((store.getState().preview?.document as { poNumber: string }).poNumber).toBe('B');
    expect(store.getState().previewPending).toBe(true);
    expect(store.getState().previewSeq).toBeGreaterThan(seqBefore);
    answers[1]!.answer.resolve({ ok: true, value: preview('BEG0') });
    await eventually(() => expect(store.getState().previewPending).toBe(false));
    expect((store.getState().preview?.document as { poNumber: string }).poNumber).toBe('BEG0');
    expect(answers).toHaveLength(2);
  });

  it('is dirty after an edit, clean again when the edit is undone, and clean after saving', async () => {
    const client = clientWith();
    const store = createEditorStore(client, createNoticesStore(), { debounceMs: 5 });
    await store.getState().load(key);
    store.getState().editRule([0], (rule) => ({ ...rule, target: 'orderNumber' }));
    expect(store.getState().dirty).toBe(true);
    store.getState().editRule([0], (rule) => ({ ...rule, target: 'poNumber' }));
    expect(store.getState().dirty).toBe(false);
    store.getState().removeRule([1]);
    expect(store.getState().dirty).toBe(true);
    expect(await store.getState().saveDraft()).toBe(true);
    expect(store.getState()).toMatchObject({ dirty: false, origin: 'draft', draftId: 41 });
    expect(client.callsTo('maps.saveDraft')[0]).toMatchObject({ partnerId: 7, standard: 'x12', type: '850' });
    expect(client.callsTo('maps.saveDraft')[0]).not.toHaveProperty('draftId');
    store.getState().addRule(null);
    await store.getState().saveDraft();
    expect(client.callsTo('maps.saveDraft')[1]).toMatchObject({ draftId: 41 });
  });

  it('keeps an edit typed while the save was on its way dirty', async () => {
    const client = clientWith();
    const store = createEditorStore(client, createNoticesStore(), { debounceMs: 5 });
    await store.getState().load(key);
    store.getState().editRule([0], (rule) => ({ ...rule, target: 'a' }));
    const saving = store.getState().saveDraft();
    store.getState().editRule([0], (rule) => ({ ...rule, target: 'b' }));
    await saving;
    expect(store.getState().dirty).toBe(true);
  });

  it('adds, moves and removes rules, selecting the one moved or added', async () => {
    const store = createEditorStore(clientWith(), createNoticesStore(), { debounceMs: 5 });
    await store.getState().load(key);
    store.getState().addRule([0]);
    expect(store.getState().selected).toEqual([1]);
    expect(store.getState().definition.rules?.map((rule) => rule.id)).toEqual(['po-number', 'new-rule', 'currency', 'lines']);
    store.getState().moveRule([1], 1);
    expect(store.getState().selected).toEqual([2]);
    expect(store.getState().definition.rules?.map((rule) => rule.id)).toEqual(['po-number', 'currency', 'new-rule', 'lines']);
    store.getState().addNestedRule([3]);
    expect(store.getState().selected).toEqual([3, 1]);
    expect(store.getState().definition.rules?.[3]?.rules?.map((rule) => rule.id)).toEqual(['line-qty', 'new-rule-2']);
    store.getState().selectRuleById('line-qty');
    expect(store.getState().selected).toEqual([3, 0]);
  });

  it('raw JSON: a parse error names its line and column and previews nothing; valid text replaces the map', async () => {
    const client = clientWith();
    const store = createEditorStore(client, createNoticesStore(), { debounceMs: 5 });
    await store.getState().load(key);
    store.getState().setMode('raw');
    const calls = client.callsTo('maps.preview').length;
    store.getState().setRawText('{\n  "rules": [\n    { "id": "x" "target": "y" }\n  ]\n}');
    expect(store.getState().rawError).toMatchObject({ line: 3, column: 17 });
    store.getState().setMode('rules');
    expect(store.getState().mode).toBe('raw');
    expect(await store.getState().saveDraft()).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(client.callsTo('maps.preview')).toHaveLength(calls);
    store.getState().setRawText('{ "rules": [{ "id": "x", "target": "y", "from": "BEG02" }] }');
    expect(store.getState().rawError).toBeNull();
    expect(store.getState().definition.rules?.[0]?.id).toBe('x');
    await store.getState().previewNow();
    expect((store.getState().preview?.document as { poNumber: string }).poNumber).toBe('BEG02');
  });

  it('publishes by saving the draft first, then following the re-map task', async () => {
    const client = clientWith().handle('maps.publish', ({ id }) => ({ ok: true, value: { map: { ...versionSummary({ id, version: 1 }), definition: {}, errors: [] }, taskId: 'remap-1' } }));
    const store = createEditorStore(client, createNoticesStore(), { debounceMs: 5 });
    await store.getState().load(key);
    expect(await store.getState().publish()).toBe('remap-1');
    expect(client.callsTo('maps.saveDraft')).toHaveLength(1);
    expect(client.callsTo('maps.publish')).toEqual([{ id: 41 }]);
    expect(store.getState().remapTaskId).toBe('remap-1');
  });
});

/** What the core answers: the full preview, or without the source tree and with the used marks as indexes. */
function answer(input: { documentId?: number; includeSource?: boolean }, poNumber: string, used: number[], segmentCount = 5): MapPreview {
  const full = preview(poNumber);
  full.source = { ...full.source, documentId: input.documentId ?? null, segments: full.source.segments.map((segment) => ({ ...segment, used: used.includes(segment.index) })) };
  if (input.includeSource !== false) return { ...full, sourceIncluded: true, usedSegments: used };
  return { ...full, source: { ...full.source, segments: [], tree: null, hierarchy: [], segmentCount }, sourceIncluded: false, usedSegments: used };
}

describe('previews without the source tree once it is held', () => {
  const sampleRow = (documentId: number) => ({ documentId, fileId: documentId, fileName: 'po.x12', receivedAt: '2026-11-27T10:00:00Z', controlNumber: '0001', segmentCount: 5, poNumber: 'PO-1', canonicalStatus: null });

  it('asks for the tree once per sample, then re-marks the held tree from the used indexes', async () => {
    const client = clientWith().handle('maps.samples', () => ({ ok: true, value: { samples: [sampleRow(11), sampleRow(12)] } }));
    let used = [0, 1, 2, 4];
    client.handle('maps.preview', (input) => ({ ok: true, value: answer(input, String((input.definition.rules as { from?: string }[])[0]?.from), used) }));
    const store = createEditorStore(client, createNoticesStore(), { debounceMs: 5 });
    await store.getState().load(key);
    const first = store.getState().preview!;
    expect(holdsSourceOf(first, 11)).toBe(true);

    store.getState().editRule([0], (rule) => ({ ...rule, from: 'BEG04' }));
    await store.getState().previewNow();
    const unchanged = store.getState().preview!;
    expect(client.callsTo('maps.preview').at(-1)).toMatchObject({ documentId: 11, includeSource: false });
    expect((unchanged.document as { poNumber: string }).poNumber).toBe('BEG04');
    expect(unchanged.source).toBe(first.source);

    used = [0, 1, 2, 3, 4];
    store.getState().editRule([0], (rule) => ({ ...rule, from: 'BEG05' }));
    await store.getState().previewNow();
    const remarked = store.getState().preview!;
    expect(client.callsTo('maps.preview').at(-1)).toMatchObject({ includeSource: false });
    expect(remarked.source.segments.map((segment) => segment.used)).toEqual([true, true, true, true, true]);
    expect(remarked.source.segments[3]!.tag).toBe('CTT');
    expect(remarked.source.segments[1]).toBe(first.source.segments[1]);
    expect(remarked.source.tree).toBe(first.source.tree);

    store.getState().selectSample(12);
    await eventually(() => expect(store.getState().preview?.source.documentId).toBe(12));
    expect(client.callsTo('maps.preview').at(-1)).not.toHaveProperty('includeSource');
    expect(store.getState().preview?.source.segments).toHaveLength(5);
  });

  it('asks again with the tree when an answer does not fit the tree held', async () => {
    const client = clientWith();
    let segmentCount = 5;
    client.handle('maps.preview', (input) => ({ ok: true, value: answer(input, 'PO', [0, 4], segmentCount) }));
    const store = createEditorStore(client, createNoticesStore(), { debounceMs: 5 });
    await store.getState().load(key);
    segmentCount = 6;
    store.getState().editRule([0], (rule) => ({ ...rule, from: 'BEG04' }));
    await store.getState().previewNow();
    const calls = client.callsTo('maps.preview').map((call) => (call as { includeSource?: boolean }).includeSource);
    expect(calls).toEqual([undefined, false, undefined]);
    expect(store.getState().preview?.sourceIncluded).toBe(true);
    expect(store.getState().preview?.source.segments).toHaveLength(5);
  });

  it('mergePreview: null without a held source of the same transaction', () => {
    const bare = answer({ documentId: 11, includeSource: false }, 'X', [0]);
    expect(mergePreview(null, bare)).toBeNull();
    expect(mergePreview(answer({ documentId: 12 }, 'X', [0]), bare)).toBeNull();
    expect(mergePreview(answer({ documentId: 11 }, 'X', [0]), bare)?.source.segments).toHaveLength(5);
  });
});

describe('keeping the drawn source tree', () => {
  it('keeps the previous source when the new answer reads the same transaction with the same marks', () => {
    const first = preview('A');
    const same = keepSameSource(first, preview('B'));
    expect(same.source).toBe(first.source);
    expect((same.document as { poNumber: string }).poNumber).toBe('B');
    const remarked = preview('C');
    remarked.source.segments[3] = { ...remarked.source.segments[3]!, used: true };
    expect(keepSameSource(first, remarked).source).toBe(remarked.source);
    expect(keepSameSource(null, remarked)).toBe(remarked);
  });
});
