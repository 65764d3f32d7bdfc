/**
 * The onboarding wizard: sample files in (through the Documents upload path) → what was detected per file →
 * the partner's profile (name, channel) → a default map per document type → the preview on the uploaded sample →
 * publish. Each step checks what it needs before the next one opens.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ApiError, CrossdockClient } from '../../api/contract-types.js';
import type { DocumentRow } from '../../../../main/core/api/types-documents.js';
import type { IngestFileReport } from '../../../../main/core/api/types-ingest.js';
import type { DefaultMapInfo, MapPreview, MapStandard } from '../../../../main/core/mapping-store/types.js';
import type { PartnerChannel } from '../../../../main/core/partners/profile-schema.js';
import type { PartnerDetail } from '../../../../main/core/partners/types.js';
import { reportError, type NoticesStore } from '../../store/notices-store.js';
import type { IngestStore } from '../documents/ingest-store.js';

export const WIZARD_STEPS = ['files', 'detected', 'profile', 'maps', 'preview', 'publish'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

export const STEP_TITLES: Record<WizardStep, string> = {
  files: 'Sample files',
  detected: 'What was detected',
  profile: 'Profile',
  maps: 'Default maps',
  preview: 'Preview',
  publish: 'Publish',
};

export interface FileEnvelope {
  standard: 'x12' | 'edifact';
  version: string;
  sender: string;
  receiver: string;
  delimiters: Record<string, string | null>;
  quirks: string[];
}

export interface DetectedFile {
  name: string;
  outcome: IngestFileReport['outcome'] | 'unknown';
  fileId: number | null;
  message: string | null;
  documents: DocumentRow[];
  envelope: FileEnvelope | null;
}

export interface TypeChoice {
  key: string;
  standard: MapStandard;
  type: string;
  documents: number;
  sampleDocumentId: number;
  defaultMap: DefaultMapInfo | null;
  use: boolean;
}

export interface PublishedType {
  key: string;
  state: 'publishing' | 'published' | 'failed';
  mapId: number | null;
  version: number | null;
  taskId: string | null;
  message: string | null;
}

export interface WizardState {
  step: WizardStep;
  uploading: boolean;
  files: DetectedFile[];
  partners: PartnerDetail[];
  partnerId: number | null;
  name: string;
  channel: PartnerChannel;
  profileErrors: Record<string, string>;
  types: TypeChoice[];
  previews: Record<string, { preview: MapPreview | null; error: ApiError | null }>;
  published: PublishedType[];
  working: boolean;
  /** why Continue is not possible yet, when it is not */
  blocked: string | null;

  upload(files: readonly File[]): Promise<void>;
  choosePartner(partnerId: number): void;
  setName(name: string): void;
  setChannel(channel: PartnerChannel): void;
  toggleType(key: string, use: boolean): void;
  next(): Promise<void>;
  back(): void;
  goTo(step: WizardStep): void;
  reset(): void;
}

export type WizardStore = StoreApi<WizardState>;

export const typeKey = (standard: string, type: string) => `${standard}/${type}`;

/** Why the step cannot be left forward yet (null: it can). */
export function blockedReason(state: Pick<WizardState, 'step' | 'files' | 'partnerId' | 'name' | 'types' | 'uploading' | 'working'>): string | null {
  if (state.uploading || state.working) return 'Working…';
  switch (state.step) {
    case 'files':
      return state.files.some((file) => file.documents.length > 0) ? null : 'Add at least one EDI file with a transaction in it';
    case 'detected':
      return state.partnerId === null ? 'Pick the partner to onboard' : null;
    case 'profile':
      return state.name.trim() === '' ? 'The partner needs a name' : null;
    case 'maps':
      return state.types.some((choice) => choice.use && choice.defaultMap) ? null : 'Pick a default map for at least one document type';
    case 'preview':
      return null;
    case 'publish':
      return 'This is the last step';
  }
}

function envelopeOf(detail: { envelope: { interchange: { standard: 'x12' | 'edifact'; version: string; sender: { qualifier: string; id: string }; receiver: { qualifier: string; id: string }; delimiters: Record<string, string | null>; quirks: string[] } } }): FileEnvelope {
  const { interchange } = detail.envelope;
  const party = (p: { qualifier: string; id: string }) => (p.qualifier ? `${p.qualifier}:${p.id}` : p.id);
  return { standard: interchange.standard, version: interchange.version, sender: party(interchange.sender), receiver: party(interchange.receiver), delimiters: interchange.delimiters, quirks: interchange.quirks };
}

const initial = (): Pick<WizardState, 'step' | 'uploading' | 'files' | 'partners' | 'partnerId' | 'name' | 'channel' | 'profileErrors' | 'types' | 'previews' | 'published' | 'working' | 'blocked'> => ({
  step: 'files',
  uploading: false,
  files: [],
  partners: [],
  partnerId: null,
  name: '',
  channel: 'edi',
  profileErrors: {},
  types: [],
  previews: {},
  published: [],
  working: false,
  blocked: 'Add at least one EDI file with a transaction in it',
});

export function createWizardStore(client: CrossdockClient, notices: NoticesStore, ingest: IngestStore): WizardStore {
  const store = createStore<WizardState>()((set, get) => {
    const update = (patch: Partial<WizardState>) => {
      set(patch);
      set({ blocked: blockedReason(get()) });
    };

    /** The documents of the uploaded files: the newest documents, matched by file id (or by name without one). */
    const detect = async (reports: IngestFileReport[], names: string[]) => {
      const listed = await client.call('documents.list', { sort: { column: 'receivedAt', direction: 'desc' }, limit: 500 });
      const rows = listed.ok ? listed.value.rows : [];
      const known: { name: string; outcome: DetectedFile['outcome']; fileId?: number; message?: string }[] = reports.length > 0 ? reports : names.map((name) => ({ name, outcome: 'unknown' }));
      const entries: DetectedFile[] = known.map((report) => {
        const documents = rows.filter((row) => (report.fileId !== undefined ? row.fileId === report.fileId : row.fileName === report.name));
        const fileId = report.fileId ?? documents[0]?.fileId ?? null;
        return { name: report.name, outcome: report.outcome, fileId, message: report.message ?? null, documents, envelope: null };
      });
      const envelopes = await Promise.all(entries.map(async (entry) => (entry.documents[0] ? client.call('documents.get', { id: entry.documents[0].id }) : null)));
      entries.forEach((entry, index) => {
        const got = envelopes[index];
        if (got?.ok) entry.envelope = envelopeOf(got.value);
      });
      const partnerIds = [...new Set(entries.flatMap((entry) => entry.documents.map((row) => row.partnerId)).filter((id): id is number => id !== null))];
      const details = await Promise.all(partnerIds.map((partnerId) => client.call('partners.get', { partnerId })));
      const partners = details.flatMap((got) => (got.ok ? [got.value] : []));
      const partnerId = partners.length === 1 ? partners[0]!.id : (get().partnerId ?? null);
      update({ files: [...get().files.filter((file) => !entries.some((entry) => entry.name === file.name)), ...entries], partners: mergePartners(get().partners, partners) });
      if (partnerId !== null) get().choosePartner(partnerId);
    };

    const buildTypes = async (partnerId: number) => {
      const defaults = await client.call('maps.defaults', {});
      const maps = defaults.ok ? defaults.value.maps : [];
      const byKey = new Map<string, TypeChoice>();
      for (const row of get().files.flatMap((file) => file.documents).filter((row) => row.partnerId === partnerId)) {
        const key = typeKey(row.standard, row.type);
        const existing = byKey.get(key);
        if (existing) existing.documents++;
        else {
          const defaultMap = maps.find((map) => map.standard === row.standard && map.type === row.type) ?? null;
          byKey.set(key, { key, standard: row.standard, type: row.type, documents: 1, sampleDocumentId: row.id, defaultMap, use: defaultMap !== null });
        }
      }
      update({ types: [...byKey.values()] });
    };

    const runPreviews = async () => {
      const { partnerId } = get();
      const chosen = get().types.filter((choice) => choice.use && choice.defaultMap);
      const answers = await Promise.all(
        chosen.map((choice) => client.call('maps.preview', { definition: choice.defaultMap!.definition as Record<string, unknown>, documentId: choice.sampleDocumentId, ...(partnerId === null ? {} : { partnerId }) })),
      );
      const previews: WizardState['previews'] = {};
      chosen.forEach((choice, index) => {
        const answer = answers[index]!;
        previews[choice.key] = answer.ok ? { preview: answer.value, error: null } : { preview: null, error: answer.error };
      });
      update({ previews });
    };

    const publishAll = async () => {
      const { partnerId } = get();
      if (partnerId === null) return;
      const chosen = get().types.filter((choice) => choice.use && choice.defaultMap);
      update({ published: chosen.map((choice) => ({ key: choice.key, state: 'publishing', mapId: null, version: null, taskId: null, message: null })) });
      const mark = (key: string, patch: Partial<PublishedType>) => set({ published: get().published.map((entry) => (entry.key === key ? { ...entry, ...patch } : entry)) });
      for (const choice of chosen) {
        const saved = await client.call('maps.saveDraft', { partnerId, standard: choice.standard, type: choice.type, definition: choice.defaultMap!.definition as Record<string, unknown>, note: 'Onboarding: started from the default map' });
        if (!saved.ok) {
          mark(choice.key, { state: 'failed', message: saved.error.message });
          continue;
        }
        const published = await client.call('maps.publish', { id: saved.value.map.id });
        if (!published.ok) mark(choice.key, { state: 'failed', mapId: saved.value.map.id, message: published.error.message });
        else mark(choice.key, { state: 'published', mapId: published.value.map.id, version: published.value.map.version, taskId: published.value.taskId });
      }
    };

    return {
      ...initial(),

      async upload(files) {
        if (files.length === 0) return;
        const before = ingest.getState().lastSummary;
        update({ uploading: true });
        try {
          await ingest.getState().upload(files);
          const summary = ingest.getState().lastSummary;
          const names = files.map((file) => file.name);
          const reports = summary && summary !== before ? summary.reports.filter((report) => names.includes(report.name)) : [];
          await detect(reports, names);
        } finally {
          update({ uploading: false });
        }
      },

      choosePartner(partnerId) {
        const partner = get().partners.find((candidate) => candidate.id === partnerId);
        update({ partnerId, name: partner?.profile.name ?? '', channel: partner?.profile.channel ?? 'edi', profileErrors: {} });
      },

      setName(name) {
        update({ name, profileErrors: { ...get().profileErrors, name: '' } });
      },

      setChannel(channel) {
        update({ channel });
      },

      toggleType(key, use) {
        update({ types: get().types.map((choice) => (choice.key === key ? { ...choice, use } : choice)) });
      },

      async next() {
        const state = get();
        if (blockedReason(state) !== null) return;
        const at = WIZARD_STEPS.indexOf(state.step);
        const following = WIZARD_STEPS[at + 1];
        if (!following) return;
        update({ working: true });
        try {
          if (state.step === 'profile' && state.partnerId !== null) {
            const saved = await client.call('partners.update', { partnerId: state.partnerId, name: state.name.trim(), profile: { channel: state.channel } });
            if (!saved.ok) {
              const fields: Record<string, string> = {};
              for (const issue of Array.isArray(saved.error.details) ? (saved.error.details as { path?: unknown; message?: unknown }[]) : []) {
                if (typeof issue.path === 'string' && typeof issue.message === 'string') fields[issue.path.split('.').at(-1) ?? issue.path] = issue.message;
              }
              if (Object.keys(fields).length === 0) reportError(notices, 'Could not save the profile', saved.error);
              update({ profileErrors: fields });
              return;
            }
            update({ partners: mergePartners(get().partners, [saved.value]) });
            await buildTypes(state.partnerId);
          }
          if (state.step === 'maps') await runPreviews();
          set({ step: following });
          if (following === 'publish') await publishAll();
        } finally {
          update({ working: false });
        }
      },

      back() {
        const at = WIZARD_STEPS.indexOf(get().step);
        // From Publish only when something failed (to change a choice and try again); a published map stays published.
        const canLeavePublish = get().published.some((entry) => entry.state === 'failed');
        if (at > 0 && !get().working && (get().step !== 'publish' || canLeavePublish)) update({ step: WIZARD_STEPS[at - 1]!, published: [] });
      },

      goTo(step) {
        // Only back to a step already passed: going forward takes the checks of next().
        if (WIZARD_STEPS.indexOf(step) < WIZARD_STEPS.indexOf(get().step) && get().step !== 'publish') update({ step });
      },

      reset() {
        set(initial());
      },
    };
  });
  return store;
}

function mergePartners(known: PartnerDetail[], fresh: PartnerDetail[]): PartnerDetail[] {
  const byId = new Map(known.map((partner) => [partner.id, partner]));
  for (const partner of fresh) byId.set(partner.id, partner);
  return [...byId.values()];
}
