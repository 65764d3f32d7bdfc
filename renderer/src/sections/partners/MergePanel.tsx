import { useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { ProfilesStore } from './profiles-store.js';

const ROW_NAMES: Record<string, [string, string]> = { items: ['item', 'items'], uomConversions: ['UOM conversion', 'UOM conversions'], locations: ['location', 'locations'], contacts: ['contact', 'contacts'] };
const TABLE_NAMES: Record<string, string> = { acknowledgments_sent: 'acks we sent them', acknowledgments_received: 'acks they sent us', outbound_acks: 'outbound groups with their ack status' };
const rows = (list: string, count: number) => `${count} ${(ROW_NAMES[list] ?? [list, list])[count === 1 ? 0 : 1]}`;

const describe = (identifier: { kind: string; id: string; qualifier?: string }) => `${identifier.kind.toUpperCase()} ${identifier.qualifier ? `${identifier.qualifier}/` : ''}${identifier.id}`;

/** Merge the selected partner into another: pick the survivor, see what moves (a dry run), then confirm. */
export function MergePanel({ store }: { store: ProfilesStore }) {
  const { partners, selectedId, merge, detail } = useStore(store);
  const [target, setTarget] = useState('');
  const confirmButton = useRef<HTMLButtonElement>(null);
  const ready = Boolean(merge?.preview);
  // the confirmation appears below the form: take the user (and the keyboard) to it
  useEffect(() => {
    if (!ready) return;
    confirmButton.current?.scrollIntoView({ block: 'nearest' });
    confirmButton.current?.focus();
  }, [ready]);
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
                    {count.toLocaleString()} {TABLE_NAMES[table] ?? table.replaceAll('_', ' ')}
                  </li>
                ))}
                {Object.entries(preview.profileRowsAdded)
                  .filter(([, count]) => count > 0)
                  .map(([list, count]) => (
                    <li key={list}>
                      {rows(list, count)} added to {preview.into.name}'s profile
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
            <button ref={confirmButton} type="button" className="button button-primary" disabled={!preview} onClick={() => void store.getState().confirmMerge()} data-testid="profile-merge-confirm-button">
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
