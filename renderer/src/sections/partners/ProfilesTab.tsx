import { useRef, type ChangeEvent } from 'react';
import { useStore } from 'zustand';
import { MergePanel } from './MergePanel.js';
import { PartnerList } from './PartnerList.js';
import { ProfileForm } from './ProfileForm.js';
import type { ProfilesStore } from './profiles-store.js';
import './profiles.css';

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const fileNameFor = (name: string) => `partner-${name.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-|-$/g, '') || 'profile'}.json`;

/** Import a crossdock-partner/1 file: creates the partner or updates the one its identifiers match. */
export function ImportButton({ store }: { store: ProfilesStore }) {
  const fileInput = useRef<HTMLInputElement>(null);
  const importProfile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) await store.getState().importDocument(await file.text(), file.name);
  };
  return (
    <>
      <button type="button" className="button button-small" onClick={() => fileInput.current?.click()} data-testid="profile-import">
        Import JSON…
      </button>
      <input ref={fileInput} type="file" accept="application/json,.json" hidden onChange={(event) => void importProfile(event)} data-testid="profile-import-input" />
    </>
  );
}

export function ProfilesTab({ store }: { store: ProfilesStore }) {
  const { partners, selectedId, status, error, message, detail } = useStore(store);

  const exportProfile = async () => {
    const document = await store.getState().exportSelected();
    if (document) download(fileNameFor(document.profile.name), `${JSON.stringify(document, null, 2)}\n`);
  };
  return (
    <div className="profiles" data-testid="profiles-tab">
      <div className="partners-filters profiles-toolbar">
        <span className="partners-count">{partners.length === 1 ? '1 partner' : `${partners.length} partners`}</span>
        <button type="button" className="button button-small" disabled={!detail} onClick={() => void exportProfile()} data-testid="profile-export">
          Export JSON
        </button>
        <ImportButton store={store} />
        {message && message !== 'Saved' && (
          <span className="profiles-message" role="status" data-testid="profiles-message">
            {message}
          </span>
        )}
      </div>
      {status === 'failed' && (
        <p className="partners-error" role="alert">
          Could not load partners: {error}
        </p>
      )}
      <div className="profiles-body">
        <PartnerList partners={partners} selectedId={selectedId} onSelect={(id) => void store.getState().select(id)} />
        <div className="profiles-detail">
          <ProfileForm store={store} />
          <MergePanel key={selectedId ?? 0} store={store} />
        </div>
      </div>
    </div>
  );
}
