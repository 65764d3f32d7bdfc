import { useEffect, useRef, useState, type FormEvent } from 'react';
import { RESOLUTION_REASON_LABELS, USER_RESOLUTION_REASONS, type UserResolutionReason } from './labels.js';
import type { ReviewAction } from './queue-store.js';
import { rememberAssignee, rememberedAssignee } from './recon-services.js';

export type DialogKind = 'assign' | 'resolve' | 'note';

const TITLES: Record<DialogKind, string> = { assign: 'Assign', resolve: 'Resolve', note: 'Add a note to' };

/**
 * The small form behind a, r and n (and their bulk forms): a modal <dialog>, so focus stays inside and Esc closes it.
 * Assigning offers the name typed last time; resolving asks for a reason and an optional note.
 */
export function ReviewDialog({ kind, count, onSubmit, onClose }: { kind: DialogKind; count: number; onSubmit: (change: ReviewAction) => void; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [assignee, setAssignee] = useState(() => rememberedAssignee());
  const [reason, setReason] = useState<UserResolutionReason | ''>('');
  const [note, setNote] = useState('');

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal?.();
    return () => element?.close?.();
  }, []);

  const ready = kind === 'assign' ? assignee.trim() !== '' : kind === 'resolve' ? reason !== '' : note.trim() !== '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    if (kind === 'assign') {
      rememberAssignee(assignee.trim());
      onSubmit({ action: 'assign', assignee: assignee.trim() });
    } else if (kind === 'resolve' && reason !== '') onSubmit(note.trim() ? { action: 'resolve', reason, note: note.trim() } : { action: 'resolve', reason });
    else onSubmit({ action: 'note', note: note.trim() });
  };
  const what = count === 1 ? 'this mismatch' : `${count.toLocaleString()} mismatches`;

  return (
    <dialog
      ref={dialog}
      className="recon-dialog"
      aria-labelledby="recon-dialog-title"
      data-testid={`recon-dialog-${kind}`}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form onSubmit={submit} className="recon-dialog-form">
        <h2 id="recon-dialog-title" className="recon-dialog-title">
          {TITLES[kind]} {what}
        </h2>
        {kind === 'assign' && (
          <label className="recon-field">
            <span>Assign to</span>
            <input className="input" autoFocus value={assignee} maxLength={80} onChange={(event) => setAssignee(event.target.value)} data-testid="recon-assignee-input" />
          </label>
        )}
        {kind === 'resolve' && (
          <fieldset className="recon-reasons">
            <legend>Reason</legend>
            {USER_RESOLUTION_REASONS.map((value, index) => (
              <label key={value} className="recon-reason">
                <input type="radio" name="reason" value={value} autoFocus={index === 0} checked={reason === value} onChange={() => setReason(value)} data-testid={`recon-reason-${value}`} />
                {RESOLUTION_REASON_LABELS[value]}
              </label>
            ))}
          </fieldset>
        )}
        {(kind === 'resolve' || kind === 'note') && (
          <label className="recon-field">
            <span>{kind === 'note' ? 'Note' : 'Note (optional)'}</span>
            <textarea className="input recon-note" autoFocus={kind === 'note'} rows={3} maxLength={4000} value={note} onChange={(event) => setNote(event.target.value)} data-testid="recon-note-input" />
          </label>
        )}
        <div className="recon-dialog-buttons">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={!ready} data-testid="recon-dialog-submit">
            {kind === 'assign' ? 'Assign' : kind === 'resolve' ? 'Resolve' : 'Add note'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
