import { useState } from 'react';
import { useStore } from 'zustand';
import type { ProfilesStore } from './profiles-store.js';

const describe = (identifier: { kind: string; id: string; qualifier?: string }) => `${identifier.kind.toUpperCase()} ${identifier.qualifier ? `${identifier.qualifier}/` : ''}${identifier.id}`;

/** Merge the selected partner into another: pick the survivor, see what moves (a dry run), then confirm. */
export function MergePanel({ store }: { store: ProfilesStore }) {
  const { partners, selectedId, merge, detail } = useStore(store);
  const [target, setTarget] = useState('');
  const candidates = partners.filter((partner) => partner.id !== selectedId);
  if (!detail || candidates.length === 0) return null;
  const preview = merge?.preview;
  return (
    <section className="form-section profile-merge" aria-labelledby="profile-merge-title" data-testid="profile-merge">
      <h3 id="profile-merge-title" className="form-section-title">Merge</h3>
      <p className="form-section-hint">When {detail.profile.name} is really another partner: its identifiers, documents, control numbers and acks move to the one you pick.</p>
      <div className="profile-merge-row">
        <label htmlFor="profile-merge-target">Merge {detail.profile.name} into</label>
        <select id="profile-merge-target" className="input" value={target} onChange={(event) => setTarget(event.target.value)} data-testid="profile-merge-target">
          <option value="">Choose a partner…</option>
          {candidates.map((partner) => (
            <option key={partner.id} value={partner.id}>
              {partner.name}
            </option>
          ))}
        </select>
        <button type="button" className="button" disabled={target === ''} onClick={() => void store.getState().previewMerge(Number(target))} data-testid="profile-merge-preview">
          Merge…
        </button>
      </div>
      {merge && (
        <div className="inline-message inline-message-info profile-merge-confirm" role="alertdialog" aria-labelledby="profile-merge-question" data-testid="profile-merge-confirm">
          {merge.error && (
            <p role="alert" className="field-error">
              {merge.error}
            </p>
          )}
          {!preview && !merge.error && <p>Checking what would move…</p>}
          {preview && (
            <>
              <p id="profile-merge-question">
                Merge <strong>{preview.from.name}</strong> into <strong>{preview.into.name}</strong>? This moves:
              </p>
              <ul data-testid="profile-merge-moves">
                <li>{preview.documents.toLocaleString()} documents in {preview.interchanges.toLocaleString()} interchanges</li>
                <li>identifiers: {preview.identifiers.map(describe).join(', ') || 'none'}</li>
                {Object.entries(preview.otherRows).map(([table, count]) => (
                  <li key={table}>
                    {count.toLocaleString()} {table.replaceAll('_', ' ')}
                  </li>
                ))}
                {Object.entries(preview.profileRowsAdded)
                  .filter(([, count]) => count > 0)
                  .map(([list, count]) => (
                    <li key={list}>
                      {count} {list} rows added to {preview.into.name}'s profile
                    </li>
                  ))}
              </ul>
              {preview.notes.map((note) => (
                <p key={note}>{note}</p>
              ))}
              <p>{preview.from.name} stays listed as merged; its future files go to {preview.into.name}.</p>
            </>
          )}
          <div className="profile-merge-row">
            <button type="button" className="button button-primary" disabled={!preview} onClick={() => void store.getState().confirmMerge()} data-testid="profile-merge-confirm-button">
              Merge
            </button>
            <button type="button" className="button" onClick={() => store.getState().cancelMerge()}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
