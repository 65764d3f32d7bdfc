import { useId, useState } from 'react';
import type { ConnectorSummary } from '../../../../main/core/connectors/api-types.js';
import { checkEdit, editDraftOf, recordsOf, type EditDraft } from './edit-draft.js';
import type { SyncStore } from './sync-store.js';
import { useDraftForm } from './use-draft-form.js';

/** Edit a connector's schedule, config and secret in its card. The name, kind and side stay (records are keyed by them). */
export function EditConnectorForm({ store, connector, onClose }: { store: SyncStore; connector: ConnectorSummary; onClose: () => void }) {
  const { id, draft, edit, refusal, saving, submit, field, described } = useDraftForm({ initial: () => editDraftOf(connector), check: (current: EditDraft) => checkEdit(connector, current), save: (input) => store.getState().updateConnector(input), onClose });
  const stored = connector.secretKeys.length > 0 ? `stored: ${connector.secretKeys.join(', ')}; empty keeps it` : 'none stored';

  return (
    <form
      className="sync-add sync-edit"
      aria-label={`Edit connector ${connector.name}`}
      data-testid={`sync-edit-form-${connector.name}`}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <div className="sync-add-row">
        {field('scheduleMinutes', 'Every (minutes)', <input id={`${id}-scheduleMinutes`} className="input sync-input-short" inputMode="numeric" value={draft.scheduleMinutes} onChange={(event) => edit('scheduleMinutes', event.target.value)} autoFocus data-testid="sync-edit-schedule" {...described('scheduleMinutes')} />, 'empty: by hand only')}
      </div>
      {field('config', 'Config (JSON, no credentials)', <textarea id={`${id}-config`} className="input sync-config" rows={12} spellCheck={false} value={draft.config} onChange={(event) => edit('config', event.target.value)} data-testid="sync-edit-config" {...described('config')} />)}
      <div className="sync-add-row">
        {field('secretKey', 'Secret name', <input id={`${id}-secretKey`} className="input" value={draft.secretKey} onChange={(event) => edit('secretKey', event.target.value)} {...described('secretKey')} />)}
        {field('secretValue', 'New secret value', <input id={`${id}-secretValue`} className="input" type="password" autoComplete="off" placeholder="unchanged" value={draft.secretValue} onChange={(event) => edit('secretValue', event.target.value)} data-testid="sync-edit-secret" />, stored)}
      </div>
      {refusal && (
        <p className="sync-error" role="alert" data-testid="sync-edit-refusal">
          {refusal}
        </p>
      )}
      <div className="sync-add-actions">
        <button type="submit" className="button button-primary button-small" disabled={saving} data-testid="sync-edit-save">
          {saving ? 'Saving…' : 'Save changes'}
        </button>
        <button type="button" className="button button-small" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** "Remove connector X?" in its card; Cancel has the focus, so Enter by habit removes nothing. */
export function RemoveConnectorConfirm({ store, connector, onClose }: { store: SyncStore; connector: ConnectorSummary; onClose: () => void }) {
  const id = useId();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [removing, setRemoving] = useState(false);
  const records = recordsOf(connector);
  const remove = async () => {
    setRemoving(true);
    const message = await store.getState().removeConnector(connector.name);
    setRemoving(false);
    if (message) setRefusal(message);
  };
  return (
    <div
      className="sync-confirm"
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      data-testid={`sync-remove-confirm-${connector.name}`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <p id={`${id}-title`} className="sync-confirm-title">
        Remove connector {connector.name}?
      </p>
      <p id={`${id}-text`}>
        Its settings, sync position and stored secrets are deleted; syncing it again means adding it again.{' '}
        {records > 0 ? `The ${records.toLocaleString('en-US')} ${records === 1 ? 'record' : 'records'} it brought in stay in the workspace, and so does its run log.` : 'Its run log stays.'}
      </p>
      {refusal && (
        <p className="sync-error" role="alert">
          {refusal}
        </p>
      )}
      <div className="sync-add-actions">
        <button type="button" className="button button-danger button-small" disabled={removing} onClick={() => void remove()} data-testid={`sync-remove-confirm-button-${connector.name}`}>
          {removing ? 'Removing…' : 'Remove connector'}
        </button>
        <button type="button" className="button button-small" onClick={onClose} autoFocus>
          Cancel
        </button>
      </div>
    </div>
  );
}
