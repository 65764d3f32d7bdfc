/** The Profiles tab's data: the partner list, the selected partner's draft, merge previews, export and import. */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CrossdockClient } from '../../api/contract-types.js';
import type { PartnerExport } from '../../../../main/core/partners/profile-schema.js';
import type { PartnerDetail, PartnerMergeSummary, PartnerSummary } from '../../../../main/core/partners/types.js';
import { draftToUpdate, fieldErrorsFrom, toDraft, type FieldErrors, type ProfileDraft } from './profile-draft.js';

export interface ProfilesState {
  status: 'loading' | 'ready' | 'failed';
  error: string | null;
  partners: PartnerSummary[];
  selectedId: number | null;
  detail: PartnerDetail | null;
  draft: ProfileDraft | null;
  saving: boolean;
  fieldErrors: FieldErrors;
  formErrors: string[];
  /** what the last save, merge or import did, for a polite status line */
  message: string | null;
  merge: { intoId: number; preview: PartnerMergeSummary | null; error: string | null } | null;
  load(): Promise<void>;
  select(partnerId: number): Promise<void>;
  edit(change: (draft: ProfileDraft) => ProfileDraft): void;
  discard(): void;
  save(): Promise<boolean>;
  previewMerge(intoId: number): Promise<void>;
  cancelMerge(): void;
  confirmMerge(): Promise<boolean>;
  exportSelected(): Promise<PartnerExport | null>;
  importDocument(text: string, fileName: string): Promise<boolean>;
  subscribe(): () => void;
}

export type ProfilesStore = StoreApi<ProfilesState>;

export const isDraftDirty = (state: Pick<ProfilesState, 'detail' | 'draft'>): boolean =>
  state.detail !== null && state.draft !== null && JSON.stringify(toDraft(state.detail)) !== JSON.stringify(state.draft);

type ProfilesData = Pick<ProfilesState, 'status' | 'error' | 'partners' | 'selectedId' | 'detail' | 'draft' | 'saving' | 'fieldErrors' | 'formErrors' | 'message' | 'merge'>;

/** The data part of a state (markup tests seed a new store with it: server rendering reads the initial state). */
export function profilesData(state: ProfilesState): ProfilesData {
  const { status, error, partners, selectedId, detail, draft, saving, fieldErrors, formErrors, message, merge } = state;
  return { status, error, partners, selectedId, detail, draft, saving, fieldErrors, formErrors, message, merge };
}

export function createProfilesStore(client: CrossdockClient, initial: Partial<ProfilesData> = {}): ProfilesStore {
  let selection = 0;
  return createStore<ProfilesState>()((set, get) => {
    const showDetail = (detail: PartnerDetail, message: string | null = null) =>
      set({ selectedId: detail.id, detail, draft: toDraft(detail), fieldErrors: {}, formErrors: [], message, merge: null });

    return {
      status: 'loading',
      error: null,
      partners: [],
      selectedId: null,
      detail: null,
      draft: null,
      saving: false,
      fieldErrors: {},
      formErrors: [],
      message: null,
      merge: null,
      ...initial,

      async load() {
        const result = await client.call('partners.list', {});
        if (!result.ok) {
          set({ status: 'failed', error: result.error.message });
          return;
        }
        set({ status: 'ready', error: null, partners: result.value.items });
        const { selectedId } = get();
        const stillThere = result.value.items.some((partner) => partner.id === selectedId);
        const first = result.value.items[0];
        if (!stillThere && first) await get().select(first.id);
      },

      async select(partnerId) {
        const mine = ++selection;
        set({ selectedId: partnerId });
        const result = await client.call('partners.get', { partnerId });
        if (mine !== selection) return;
        if (result.ok) showDetail(result.value);
        else set({ formErrors: [result.error.message] });
      },

      edit(change) {
        const { draft } = get();
        if (draft) set({ draft: change(draft), message: null });
      },

      discard() {
        const { detail } = get();
        if (detail) showDetail(detail);
      },

      async save() {
        const { draft, detail } = get();
        if (!draft || !detail) return false;
        const prepared = draftToUpdate(detail.id, draft);
        if (!prepared.ok) {
          set({ fieldErrors: prepared.errors, formErrors: [] });
          return false;
        }
        set({ saving: true });
        const result = await client.call('partners.update', prepared.input);
        set({ saving: false });
        if (!result.ok) {
          const { fields, unplaced } = fieldErrorsFrom(result.error.details);
          set({ fieldErrors: fields, formErrors: Object.keys(fields).length === 0 && unplaced.length === 0 ? [result.error.message] : unplaced });
          return false;
        }
        showDetail(result.value, 'Saved');
        await get().load();
        return true;
      },

      async previewMerge(intoId) {
        const { selectedId } = get();
        if (selectedId === null) return;
        set({ merge: { intoId, preview: null, error: null } });
        const result = await client.call('partners.merge', { from: selectedId, into: intoId, dryRun: true });
        if (get().merge?.intoId !== intoId) return;
        set({ merge: { intoId, preview: result.ok ? result.value : null, error: result.ok ? null : result.error.message } });
      },

      cancelMerge() {
        set({ merge: null });
      },

      async confirmMerge() {
        const { selectedId, merge } = get();
        if (selectedId === null || !merge) return false;
        const result = await client.call('partners.merge', { from: selectedId, into: merge.intoId });
        if (!result.ok) {
          set({ merge: { ...merge, error: result.error.message } });
          return false;
        }
        set({ merge: null, selectedId: merge.intoId });
        await get().select(merge.intoId);
        set({ message: `Merged ${result.value.from.name} into ${result.value.into.name}: ${result.value.documents} documents moved` });
        await get().load();
        return true;
      },

      async exportSelected() {
        const { selectedId } = get();
        if (selectedId === null) return null;
        const result = await client.call('partners.export', { partnerId: selectedId });
        if (!result.ok) set({ formErrors: [result.error.message] });
        return result.ok ? result.value : null;
      },

      async importDocument(text, fileName) {
        let document: unknown;
        try {
          document = JSON.parse(text);
        } catch {
          set({ formErrors: [`${fileName} is not JSON`], message: null });
          return false;
        }
        const result = await client.call('partners.import', { document: document as PartnerExport });
        if (!result.ok) {
          const issues = fieldErrorsFrom(result.error.details).fields;
          const lines = Object.entries(issues).map(([path, message]) => `${path.replace(/^document\./, '')}: ${message}`);
          set({ formErrors: [`${fileName}: ${lines.length > 0 ? 'not imported' : result.error.message}`, ...lines], message: null });
          return false;
        }
        showDetail(result.value.partner, `${result.value.created ? 'Created' : 'Updated'} ${result.value.partner.profile.name} from ${fileName}`);
        await get().load();
        return true;
      },

      subscribe() {
        // new partners appear when their first file arrives; another window may rename or merge
        const offIngest = client.on('ingest.finished', () => void get().load());
        const offPartners = client.on('partners.changed', () => void get().load());
        return () => {
          offIngest();
          offPartners();
        };
      },
    };
  });
}
