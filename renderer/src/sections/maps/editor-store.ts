/**
 * The mapping editor's state: one partner's map of one document type, the sample it is previewed on, the rules
 * being edited (as a list or as raw JSON), the live preview, and saving / publishing / rolling back.
 *
 * The preview is asked for as soon as an edit lands (edits of the same moment make one request) while none is on its
 * way; edits made while one is on its way make one more request when its answer comes, with the latest definition.
 * So typing never queues requests, and the output follows the typing one round trip behind (#5: ≤ 200 ms for a
 * 1,000-segment document; a fixed debounce of 150 ms spent most of that budget waiting). `previewNow` asks at once.
 * Answers can overtake each other, so every request is numbered and only the latest one's answer is shown; its round
 * trip is measured for the corner and its number is `previewSeq`. Once the sample's source tree is held, previews
 * ask without it (`includeSource: false`) and re-mark it locally.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ApiError, CrossdockClient, Result, ResultOf } from '../../api/contract-types.js';
import type { CompileProblem, MapPreview, MapSample, MapStandard, MapTypeVersions } from '../../../../main/core/mapping-store/types.js';
import { reportError, type NoticesStore } from '../../store/notices-store.js';
import { parseJsonText, prettyJson, type JsonTextError } from './json-text.js';
import { addNestedRule, addressOf, addRule, moveRule, removeRule, updateRule, type EditableRule, type MapDefinitionDraft, type RuleAddress } from './rule-list.js';

export interface EditorKey {
  partnerId: number;
  standard: MapStandard;
  type: string;
}

/** where the definition being edited came from */
export type EditorOrigin = 'draft' | 'published' | 'default' | 'empty';

export interface EditorState {
  key: EditorKey | null;
  status: 'idle' | 'loading' | 'ready' | 'failed';
  error: string | null;
  versions: MapTypeVersions | null;
  samples: MapSample[];
  sampleId: number | null;
  definition: MapDefinitionDraft;
  /** JSON of the definition as last loaded or saved: dirty = the definition differs from it */
  savedJson: string;
  dirty: boolean;
  origin: EditorOrigin;
  draftId: number | null;
  mode: 'rules' | 'raw';
  rawText: string;
  rawError: JsonTextError | null;
  selected: RuleAddress | null;
  selectedSegment: number | null;
  preview: MapPreview | null;
  previewError: ApiError | null;
  /** round trip of the answer shown, in ms */
  previewMs: number | null;
  previewPending: boolean;
  /** the request number of the answer shown (0 before the first): grows with every answer shown */
  previewSeq: number;
  compileErrors: CompileProblem[];
  busy: 'saving' | 'discarding' | 'publishing' | 'rolling-back' | null;
  /** the re-map task of the last publish or rollback */
  remapTaskId: string | null;

  load(key: EditorKey, sampleId?: number | null): Promise<void>;
  selectSample(documentId: number): void;
  setDefinition(definition: MapDefinitionDraft): void;
  editRule(address: RuleAddress, change: (rule: EditableRule) => EditableRule): void;
  addRule(after: RuleAddress | null): void;
  addNestedRule(each: RuleAddress): void;
  removeRule(address: RuleAddress): void;
  moveRule(address: RuleAddress, delta: -1 | 1): void;
  selectRule(address: RuleAddress | null): void;
  selectRuleById(ruleId: string): void;
  selectSegment(index: number | null): void;
  setMode(mode: 'rules' | 'raw'): void;
  setRawText(text: string): void;
  previewNow(): Promise<void>;
  saveDraft(): Promise<boolean>;
  discardDraft(): Promise<void>;
  publish(): Promise<string | null>;
  rollback(toVersion: number): Promise<string | null>;
  dispose(): void;
}

export type EditorStore = StoreApi<EditorState>;

export interface EditorOptions {
  /** wait after an edit before asking, so edits of the same moment make one request (default 10 ms) */
  debounceMs?: number;
  now?: () => number;
}

const jsonOf = (definition: unknown) => JSON.stringify(definition);

function emptyDefinition(key: EditorKey): MapDefinitionDraft {
  return { format: 'crossdock-map/1', kind: 'order', source: { standard: key.standard, type: key.type }, rules: [] };
}

function asDefinition(value: unknown): MapDefinitionDraft | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as MapDefinitionDraft) : null;
}

export function createEditorStore(client: CrossdockClient, notices: NoticesStore, options: EditorOptions = {}): EditorStore {
  const debounceMs = options.debounceMs ?? 10;
  const now = options.now ?? (() => performance.now());
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** numbers preview requests; an answer is shown only if it is the latest request's */
  let previewGeneration = 0;
  /** preview requests on their way, and whether the definition changed since the last one left */
  let inFlight = 0;
  let editedInFlight = false;
  /** numbers loads, so a slow load of another map does not land over the current one */
  let loadGeneration = 0;

  const cancelTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  const store = createStore<EditorState>()((set, get) => {
    const schedulePreview = () => {
      cancelTimer();
      if (inFlight > 0) {
        // asked again when the answer on its way comes back: one request at a time, always the latest definition
        editedInFlight = true;
        set({ previewPending: true });
        return;
      }
      timer = setTimeout(() => void get().previewNow(), debounceMs);
    };

    /** Forgets an edit waiting for the answer on its way (a load, a dispose, JSON that does not parse). */
    const dropWaitingEdit = () => {
      cancelTimer();
      editedInFlight = false;
    };

    /** Every edit goes through here: new definition, dirty flag, the raw text kept in step, a preview soon. */
    const apply = (definition: MapDefinitionDraft, extra: Partial<EditorState> = {}) => {
      // rawText is written when the JSON mode opens (setMode): pretty-printing the map on every keystroke costs.
      set({ definition, dirty: jsonOf(definition) !== get().savedJson, ...extra });
      schedulePreview();
    };

    /**
     * Asks without the source tree when the preview shown already holds this sample's (about 1 MB for 1,000
     * segments); an answer that cannot be laid over the source held is asked for again with the tree.
     */
    const runPreview = async (withSource: boolean): Promise<void> => {
      cancelTimer();
      const { sampleId, definition, key, rawError } = get();
      if (sampleId === null || key === null || rawError) return;
      const mine = ++previewGeneration;
      set({ previewPending: true });
      const started = now();
      const includeSource = withSource || !holdsSourceOf(get().preview, sampleId);
      inFlight++;
      // this request carries every edit so far
      editedInFlight = false;
      let result: Result<ResultOf<'maps.preview'>>;
      try {
        result = await client.call('maps.preview', { definition, documentId: sampleId, partnerId: key.partnerId, ...(includeSource ? {} : { includeSource: false }) });
      } finally {
        inFlight--;
      }
      const askAgain = editedInFlight && inFlight === 0;
      if (askAgain) editedInFlight = false;
      if (mine !== previewGeneration) {
        if (askAgain) void runPreview(false);
        return;
      }
      const elapsed = Math.round(now() - started);
      if (!result.ok) {
        set({ previewError: result.error, previewMs: elapsed, previewPending: askAgain, previewSeq: mine });
        if (askAgain) await runPreview(false);
        return;
      }
      const shown = mergePreview(get().preview, result.value);
      if (!shown) return runPreview(true);
      // An answer for a definition edited since is still the newest there is: shown while the next one is asked.
      set({ preview: shown, previewError: null, previewMs: elapsed, previewPending: askAgain, previewSeq: mine });
      if (askAgain) await runPreview(false);
    };

    const refreshVersions = async (key: EditorKey) => {
      const listed = await client.call('maps.list', { partnerId: key.partnerId });
      if (!listed.ok) return;
      const versions = listed.value.types.find((entry) => entry.standard === key.standard && entry.type === key.type) ?? null;
      if (sameKey(get().key, key)) set({ versions });
    };

    return {
      key: null,
      status: 'idle',
      error: null,
      versions: null,
      samples: [],
      sampleId: null,
      definition: {},
      savedJson: '{}',
      dirty: false,
      origin: 'empty',
      draftId: null,
      mode: 'rules',
      rawText: '',
      rawError: null,
      selected: null,
      selectedSegment: null,
      preview: null,
      previewError: null,
      previewMs: null,
      previewPending: false,
      previewSeq: 0,
      compileErrors: [],
      busy: null,
      remapTaskId: null,

      async load(key, sampleId = null) {
        const mine = ++loadGeneration;
        previewGeneration++;
        dropWaitingEdit();
        set({ key, status: 'loading', error: null, preview: null, previewError: null, previewMs: null, selected: null, selectedSegment: null, rawError: null, compileErrors: [] });
        const [listed, samples] = await Promise.all([
          client.call('maps.list', { partnerId: key.partnerId }),
          client.call('maps.samples', { partnerId: key.partnerId, standard: key.standard, type: key.type, limit: 100 }),
        ]);
        if (mine !== loadGeneration) return;
        if (!listed.ok) return set({ status: 'failed', error: listed.error.message });
        const versions = listed.value.types.find((entry) => entry.standard === key.standard && entry.type === key.type) ?? null;
        let definition: MapDefinitionDraft | null = null;
        let origin: EditorOrigin = 'empty';
        const stored = versions?.draft ?? versions?.published ?? null;
        if (stored) {
          const got = await client.call('maps.get', { id: stored.id });
          if (mine !== loadGeneration) return;
          if (!got.ok) return set({ status: 'failed', error: got.error.message });
          definition = asDefinition(got.value.definition);
          origin = got.value.status === 'draft' ? 'draft' : 'published';
          set({ compileErrors: got.value.errors });
        } else {
          // A partner's first map starts as a copy of the built-in default for the type.
          const defaults = await client.call('maps.defaults', {});
          if (mine !== loadGeneration) return;
          const builtIn = defaults.ok ? defaults.value.maps.find((map) => map.standard === key.standard && map.type === key.type) : undefined;
          definition = builtIn ? asDefinition(builtIn.definition) : null;
          origin = definition ? 'default' : 'empty';
        }
        definition ??= emptyDefinition(key);
        const sampleList = samples.ok ? samples.value.samples : [];
        const chosen = sampleId !== null && sampleList.some((sample) => sample.documentId === sampleId) ? sampleId : (sampleList[0]?.documentId ?? sampleId);
        set({
          status: 'ready',
          versions,
          samples: sampleList,
          sampleId: chosen,
          definition,
          savedJson: jsonOf(definition),
          dirty: false,
          origin,
          draftId: versions?.draft?.id ?? null,
          rawText: prettyJson(definition),
        });
        await get().previewNow();
      },

      selectSample(documentId) {
        set({ sampleId: documentId, selectedSegment: null });
        void get().previewNow();
      },

      setDefinition(definition) {
        apply(definition);
      },

      editRule(address, change) {
        apply(updateRule(get().definition, address, change));
      },

      addRule(after) {
        const added = addRule(get().definition, after);
        apply(added.definition, { selected: added.address });
      },

      addNestedRule(each) {
        const added = addNestedRule(get().definition, each);
        apply(added.definition, { selected: added.address });
      },

      removeRule(address) {
        apply(removeRule(get().definition, address), { selected: null });
      },

      moveRule(address, delta) {
        const moved = moveRule(get().definition, address, delta);
        if (moved) apply(moved.definition, { selected: moved.address });
      },

      selectRule(address) {
        set({ selected: address });
      },

      selectRuleById(ruleId) {
        const address = addressOf(get().definition, ruleId);
        if (address) set({ selected: address, mode: get().rawError ? get().mode : 'rules' });
      },

      selectSegment(index) {
        set({ selectedSegment: index });
      },

      setMode(mode) {
        if (mode === get().mode) return;
        if (mode === 'raw') return set({ mode, rawText: prettyJson(get().definition), rawError: null });
        // Back to the list only with text that parses: the list cannot show half-typed JSON.
        if (get().rawError) return;
        set({ mode });
      },

      setRawText(text) {
        const parsed = parseJsonText(text);
        if (!parsed.ok) {
          dropWaitingEdit();
          previewGeneration++;
          set({ rawText: text, rawError: parsed.error, previewPending: false });
          return;
        }
        const definition = asDefinition(parsed.value);
        if (!definition) {
          set({ rawText: text, rawError: { message: 'A map is a JSON object ({ … })', offset: 0, line: 1, column: 1 } });
          return;
        }
        set({ rawText: text, rawError: null });
        apply(definition);
      },

      async previewNow() {
        await runPreview(false);
      },

      async saveDraft() {
        const { key, definition, draftId, rawError } = get();
        if (!key || get().busy) return false;
        if (rawError) {
          notices.getState().push('error', `Line ${rawError.line}, column ${rawError.column}: ${rawError.message}`, 'Fix the JSON before saving');
          return false;
        }
        const sent = jsonOf(definition);
        set({ busy: 'saving' });
        const saved = await client.call('maps.saveDraft', { partnerId: key.partnerId, standard: key.standard, type: key.type, definition, ...(draftId === null ? {} : { draftId }) });
        set({ busy: null });
        if (!saved.ok) {
          reportError(notices, 'Could not save the draft', saved.error);
          return false;
        }
        // Edits typed while the save was on its way stay dirty: compare with what was sent.
        set({ draftId: saved.value.map.id, origin: 'draft', savedJson: sent, dirty: jsonOf(get().definition) !== sent, compileErrors: saved.value.errors });
        notices.getState().push('success', saved.value.errors.length > 0 ? `Saved with ${saved.value.errors.length} problem(s) to fix before publishing` : `Draft version ${saved.value.map.version} saved`, 'Draft saved');
        await refreshVersions(key);
        return true;
      },

      async discardDraft() {
        const { key, draftId } = get();
        if (!key || draftId === null || get().busy) return;
        set({ busy: 'discarding' });
        const discarded = await client.call('maps.discardDraft', { id: draftId });
        set({ busy: null });
        if (!discarded.ok) return reportError(notices, 'Could not discard the draft', discarded.error);
        await get().load(key, get().sampleId);
      },

      async publish() {
        const { key } = get();
        if (!key || get().busy) return null;
        if (get().dirty || get().draftId === null) {
          if (!(await get().saveDraft())) return null;
        }
        const draftId = get().draftId;
        if (draftId === null) return null;
        set({ busy: 'publishing' });
        const published = await client.call('maps.publish', { id: draftId });
        set({ busy: null });
        if (!published.ok) {
          reportError(notices, 'Could not publish the map', published.error);
          return null;
        }
        set({ remapTaskId: published.value.taskId, origin: 'published', draftId: null });
        notices.getState().push('success', `Version ${published.value.map.version} is now used for this partner’s ${key.type} documents`, 'Map published');
        await refreshVersions(key);
        return published.value.taskId;
      },

      async rollback(toVersion) {
        const { key } = get();
        if (!key || get().busy) return null;
        set({ busy: 'rolling-back' });
        const rolled = await client.call('maps.rollback', { partnerId: key.partnerId, standard: key.standard, type: key.type, toVersion });
        set({ busy: null });
        if (!rolled.ok) {
          reportError(notices, 'Could not roll back', rolled.error);
          return null;
        }
        notices.getState().push('success', `Version ${toVersion} is published again`, 'Rolled back');
        set({ remapTaskId: rolled.value.taskId });
        // An open draft stays open; without one the editor now shows the version rolled back to.
        if (get().draftId === null && !get().dirty) await get().load(key, get().sampleId);
        else await refreshVersions(key);
        return rolled.value.taskId;
      },

      dispose() {
        dropWaitingEdit();
        previewGeneration++;
        loadGeneration++;
      },
    };
  });
  return store;
}

/**
 * The source tree of a 1,000-segment sample is costly to draw: when a new answer reads the same transaction with the
 * same used / usedBy marks, the previous source object is kept so the tree is not drawn again.
 */
export function keepSameSource(previous: MapPreview | null, next: MapPreview): MapPreview {
  const before = previous?.source;
  const after = next.source;
  if (!before || before.documentId !== after.documentId || before.fileId !== after.fileId || before.ordinal !== after.ordinal || before.segments.length !== after.segments.length) return next;
  for (let index = 0; index < after.segments.length; index++) {
    const a = before.segments[index]!;
    const b = after.segments[index]!;
    if (a.used !== b.used || a.usedBy.length !== b.usedBy.length || a.usedBy.some((id, at) => id !== b.usedBy[at])) return next;
  }
  return { ...next, source: before };
}

/** the preview shown carries the full source of this sample (not an answer asked without it) */
export function holdsSourceOf(preview: MapPreview | null, documentId: number): boolean {
  return preview !== null && preview.sourceIncluded !== false && preview.source.documentId === documentId && preview.source.segments.length > 0;
}

/**
 * The preview to show for an answer: a full answer as before (keepSameSource); an answer without the source laid over
 * the source held, re-marked from its used indexes (unchanged segments and, when no mark moved, the whole source keep
 * their identity so the tree is not drawn again). null when the held source is not this answer's transaction.
 */
export function mergePreview(previous: MapPreview | null, next: MapPreview): MapPreview | null {
  if (next.sourceIncluded !== false) return keepSameSource(previous, next);
  const held = previous?.sourceIncluded !== false ? previous?.source : undefined;
  const after = next.source;
  if (!held || held.documentId !== after.documentId || held.fileId !== after.fileId || held.ordinal !== after.ordinal) return null;
  if (after.segmentCount === undefined || held.segments.length !== after.segmentCount || next.usedSegments === undefined) return null;
  const used = new Set(next.usedSegments);
  let moved = false;
  const segments = held.segments.map((segment) => {
    const isUsed = used.has(segment.index);
    if (isUsed === segment.used) return segment;
    moved = true;
    return { ...segment, used: isUsed, usedBy: [] };
  });
  const source = moved ? { ...held, segments } : held;
  return { ...next, source, sourceIncluded: true };
}

function sameKey(a: EditorKey | null, b: EditorKey): boolean {
  return a !== null && a.partnerId === b.partnerId && a.standard === b.standard && a.type === b.type;
}
