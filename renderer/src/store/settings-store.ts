import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CrossdockClient, Settings, ThemePreference } from '../api/contract-types.js';
import { reportError, type NoticesStore } from './notices-store.js';
import {
  draftToPatch,
  fieldErrorsFrom,
  sameDraft,
  shiftRowErrors,
  toDraft,
  type FieldErrors,
  type ListField,
  type SettingsDraft,
} from './settings-form.js';

export interface SettingsState {
  /** what the workspace holds now */
  saved: Settings | null;
  /** what the form shows; kept across section changes so unsaved edits survive navigation */
  draft: SettingsDraft | null;
  status: 'loading' | 'ready' | 'saving' | 'failed';
  fieldErrors: FieldErrors;
  /** messages that belong to no single field */
  formErrors: string[];
  /** another window saved settings while this one had unsaved edits */
  changedElsewhere: boolean;
  load(): Promise<void>;
  edit(change: (draft: SettingsDraft) => SettingsDraft): void;
  removeRow(list: ListField, index: number): void;
  save(): Promise<boolean>;
  /** back to the saved settings (also takes in changes made elsewhere) */
  discard(): void;
  /** settings.changed from the core */
  receive(settings: Settings): void;
}

export type SettingsStore = StoreApi<SettingsState>;

export function isDirty(state: Pick<SettingsState, 'saved' | 'draft'>): boolean {
  return state.saved !== null && state.draft !== null && !sameDraft(state.draft, toDraft(state.saved));
}

/** The theme on screen: the one being edited (so a choice is previewed at once), else the saved one. */
export function effectiveTheme(state: Pick<SettingsState, 'saved' | 'draft'>): ThemePreference {
  return state.draft?.theme ?? state.saved?.theme ?? 'system';
}

export function createSettingsStore(client: CrossdockClient, notices: NoticesStore): SettingsStore {
  return createStore<SettingsState>()((set, get) => ({
    saved: null,
    draft: null,
    status: 'loading',
    fieldErrors: {},
    formErrors: [],
    changedElsewhere: false,

    async load() {
      if (get().saved === null) set({ status: 'loading' });
      const result = await client.call('settings.get', {});
      if (!result.ok) {
        reportError(notices, 'Could not load the settings', result.error);
        if (get().saved === null) set({ status: 'failed' });
        return;
      }
      get().receive(result.value);
      if (get().status !== 'saving') set({ status: 'ready' });
    },

    edit(change) {
      const { draft } = get();
      if (draft) set({ draft: change(draft) });
    },

    removeRow(list, index) {
      const { draft, fieldErrors } = get();
      if (!draft) return;
      const rows = draft[list] as unknown[];
      set({
        draft: { ...draft, [list]: rows.filter((_, i) => i !== index) },
        fieldErrors: shiftRowErrors(fieldErrors, list, index),
      });
    },

    async save() {
      const { draft } = get();
      if (!draft || get().status === 'saving') return false;
      const outcome = draftToPatch(draft);
      if (!outcome.ok) {
        set({ fieldErrors: outcome.errors, formErrors: [] });
        return false;
      }
      set({ status: 'saving' });
      const result = await client.call('settings.update', outcome.prepared.patch);
      if (result.ok) {
        set({ saved: result.value, draft: toDraft(result.value), status: 'ready', fieldErrors: {}, formErrors: [], changedElsewhere: false });
        return true;
      }
      set({ status: 'ready' });
      if (result.error.code === 'invalid-input') {
        const { fields, unplaced } = fieldErrorsFrom(result.error.details, outcome.prepared.rowOrigins);
        const nothingPlaced = Object.keys(fields).length === 0 && unplaced.length === 0;
        set({ fieldErrors: fields, formErrors: nothingPlaced ? [result.error.message] : unplaced });
      } else {
        reportError(notices, 'Could not save the settings', result.error);
      }
      return false;
    },

    discard() {
      const { saved } = get();
      if (saved) set({ draft: toDraft(saved), fieldErrors: {}, formErrors: [], changedElsewhere: false });
    },

    receive(settings) {
      const state = get();
      const hadEdits = isDirty(state);
      if (state.status === 'saving') {
        // Our own save echoing back (or one racing it); the save's answer settles the draft.
        set({ saved: settings });
      } else if (!hadEdits) {
        set({ saved: settings, draft: toDraft(settings), changedElsewhere: false });
      } else {
        set({ saved: settings, changedElsewhere: !sameDraft(state.draft as SettingsDraft, toDraft(settings)) });
      }
    },
  }));
}
