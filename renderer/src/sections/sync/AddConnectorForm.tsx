import { useState } from 'react';
import { checkDraft, CONFIG_TEMPLATES, emptyDraft, type AddDraft } from './add-draft.js';
import type { SyncStore } from './sync-store.js';
import { useDraftForm } from './use-draft-form.js';

/** "Add connector": a disclosure button, then name, kind, side, schedule, the config as JSON and one secret. */
export function AddConnector({ store }: { store: SyncStore }) {
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <button type="button" className="button button-small" onClick={() => setOpen(true)} data-testid="sync-add-open">
        Add connector…
      </button>
    );
  return <AddConnectorForm store={store} onClose={() => setOpen(false)} />;
}

function AddConnectorForm({ store, onClose }: { store: SyncStore; onClose: () => void }) {
  const { id, draft, setDraft, edit, refusal, saving, submit, field, described } = useDraftForm({ initial: emptyDraft, check: checkDraft, save: (input) => store.getState().addConnector(input), onClose });
  const changeKind = (kind: AddDraft['kind']) =>
    // a config the user has not touched follows the kind
    setDraft((current) => ({ ...current, kind, config: current.config === CONFIG_TEMPLATES[current.kind] ? CONFIG_TEMPLATES[kind] : current.config, secretKey: kind === 'rest' ? 'token' : kind === 'tryton' ? 'password' : '' }));

  return (
    <form
      className="sync-add"
      aria-label="Add connector"
      data-testid="sync-add-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <div className="sync-add-row">
        {field('name', 'Name', <input id={`${id}-name`} className="input" value={draft.name} onChange={(event) => edit('name', event.target.value)} autoFocus data-testid="sync-add-name" {...described('name')} />)}
        {field(
          'kind',
          'Kind',
          <select id={`${id}-kind`} className="input" value={draft.kind} onChange={(event) => changeKind(event.target.value as AddDraft['kind'])} data-testid="sync-add-kind">
            <option value="rest">REST/JSON API</option>
            <option value="drop-folder">Drop folder</option>
            <option value="tryton">Tryton</option>
          </select>,
        )}
        {field(
          'side',
          'Side',
          <select id={`${id}-side`} className="input" value={draft.side} onChange={(event) => edit('side', event.target.value as AddDraft['side'])}>
            <option value="erp">ERP</option>
            <option value="wms">Warehouse (name starts with wms)</option>
          </select>,
        )}
        {field('scheduleMinutes', 'Every (minutes)', <input id={`${id}-scheduleMinutes`} className="input sync-input-short" inputMode="numeric" value={draft.scheduleMinutes} onChange={(event) => edit('scheduleMinutes', event.target.value)} {...described('scheduleMinutes')} />, 'empty: by hand only')}
      </div>
      {field('config', 'Config (JSON, no credentials)', <textarea id={`${id}-config`} className="input sync-config" rows={12} spellCheck={false} value={draft.config} onChange={(event) => edit('config', event.target.value)} data-testid="sync-add-config" {...described('config')} />)}
      <div className="sync-add-row">
        {field('secretKey', 'Secret name', <input id={`${id}-secretKey`} className="input" value={draft.secretKey} onChange={(event) => edit('secretKey', event.target.value)} {...described('secretKey')} />)}
        {field('secretValue', 'Secret value', <input id={`${id}-secretValue`} className="input" type="password" autoComplete="off" value={draft.secretValue} onChange={(event) => edit('secretValue', event.target.value)} />, 'kept in the encrypted secret store')}
      </div>
      {refusal && (
        <p className="sync-error" role="alert" data-testid="sync-add-refusal">
          {refusal}
        </p>
      )}
      <div className="sync-add-actions">
        <button type="submit" className="button button-primary button-small" disabled={saving} data-testid="sync-add-submit">
          {saving ? 'Adding…' : 'Add connector'}
        </button>
        <button type="button" className="button button-small" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
