import type { FormEvent } from 'react';
import { useStore } from 'zustand';
import { Field } from '../settings/Field.js';
import { EMPTY_ROWS, type ProfileDraft } from './profile-draft.js';
import { isDraftDirty, type ProfilesStore } from './profiles-store.js';
import { RowsTable } from './RowsTable.js';

const CHANNELS: { value: ProfileDraft['channel']; label: string }[] = [
  { value: 'edi', label: 'EDI' },
  { value: 'ecommerce', label: 'E-commerce' },
  { value: 'marketplace', label: 'Marketplace' },
  { value: 'field-sales', label: 'Field sales' },
  { value: 'portal', label: 'Portal' },
];

const IDENTIFIER_KINDS = [
  { value: 'isa', label: 'ISA (X12)' },
  { value: 'gs', label: 'GS (X12 group)' },
  { value: 'unb', label: 'UNB (EDIFACT)' },
  { value: 'ung', label: 'UNG (EDIFACT group)' },
  { value: 'gln', label: 'GLN' },
  { value: 'duns', label: 'DUNS' },
];
const visible = (character: string) => ({ '\n': '\\n', '\r': '\\r', '\r\n': '\\r\\n', ' ': 'space' })[character] ?? character;

/** e.g. "element * · component > · segment ~ · after segment \n" */
export function delimitersText(delimiters: unknown): string {
  if (delimiters === null || typeof delimiters !== 'object') return '—';
  const names: Record<string, string> = { element: 'element', component: 'component', segment: 'segment', repetition: 'repetition', release: 'release', decimal: 'decimal mark', segmentSuffix: 'after segment' };
  const parts = Object.entries(delimiters as Record<string, unknown>).flatMap(([key, value]) => (typeof value === 'string' && value !== '' ? [`${names[key] ?? key} ${visible(value)}`] : []));
  return parts.join(' · ') || '—';
}

const hasQualifier = (row: { kind: string }) => row.kind === 'isa' || row.kind === 'unb';

function TextField({ label, path, hint, draftKey, store, className = 'input', testId }: { label: string; path: string; hint?: string; draftKey: keyof ProfileDraft; store: ProfilesStore; className?: string; testId: string }) {
  const value = useStore(store, (state) => state.draft?.[draftKey]);
  const error = useStore(store, (state) => state.fieldErrors[path]);
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <input {...control} className={className} value={typeof value === 'string' ? value : ''} onChange={(event) => store.getState().edit((draft) => ({ ...draft, [draftKey]: event.target.value }))} data-testid={testId} />
      )}
    </Field>
  );
}

export function ProfileForm({ store }: { store: ProfilesStore }) {
  const state = useStore(store);
  const { draft, detail, fieldErrors: errors } = state;
  if (!draft || !detail) return null;
  const edit = state.edit;
  const dirty = isDraftDirty(state);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    if (!(await store.getState().save())) form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  };

  return (
    <form className="profile-form" onSubmit={(event) => void submit(event)} noValidate aria-label={`Profile of ${detail.profile.name}`} data-testid="profile-form">
      {state.formErrors.length > 0 && (
        <div className="inline-message inline-message-error" role="alert" data-testid="profile-form-error">
          {state.formErrors.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      )}
      <section className="form-section" aria-labelledby="profile-general">
        <h3 id="profile-general" className="form-section-title">General</h3>
        <TextField label="Name" path="name" draftKey="name" store={store} className="input input-wide" testId="profile-name" />
        <Field label="Channel" error={errors.channel}>
          {(control) => (
            <select {...control} className="input" value={draft.channel} onChange={(event) => edit((d) => ({ ...d, channel: event.target.value as ProfileDraft['channel'] }))} data-testid="profile-channel">
              {CHANNELS.map((channel) => (
                <option key={channel.value} value={channel.value}>
                  {channel.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Standard" hint="What we send them." error={errors.standard}>
          {(control) => (
            <select {...control} className="input" value={draft.standard} onChange={(event) => edit((d) => ({ ...d, standard: event.target.value as ProfileDraft['standard'] }))} data-testid="profile-standard">
              <option value="">Not set</option>
              <option value="x12">X12</option>
              <option value="edifact">EDIFACT</option>
            </select>
          )}
        </Field>
        <TextField label="Version" path="version" hint="e.g. 004010, 005010, D96A" draftKey="version" store={store} testId="profile-version" />
      </section>

      <RowsTable
        list="identifiers"
        caption="Identifiers"
        hint="Files whose envelope names one of these resolve to this partner. Removing one makes its next file a new partner."
        columns={[
          { key: 'kind', label: 'Kind', options: IDENTIFIER_KINDS },
          { key: 'qualifier', label: 'Qualifier', placeholder: 'ZZ', appliesTo: hasQualifier, width: '6rem' },
          { key: 'id', label: 'Identifier' },
        ]}
        rows={draft.identifiers}
        errors={errors}
        onChange={(rows) => edit((d) => ({ ...d, identifiers: rows }))}
        emptyRow={EMPTY_ROWS.identifiers}
        addLabel="Add identifier"
      />

      <section className="form-section" aria-labelledby="profile-slas">
        <h3 id="profile-slas" className="form-section-title">Service levels and tolerances</h3>
        <TextField label="Their ack within (hours)" path="slas.ackWithinHours" draftKey="ackWithinHours" store={store} className="input input-number" testId="profile-ack-within" />
        <TextField label="Our ASN within (hours)" path="slas.asnWithinHours" draftKey="asnWithinHours" store={store} className="input input-number" testId="profile-asn-within" />
        <TextField label="Ack overdue after (hours)" path="ackOverdueHours" hint="Empty: the workspace setting." draftKey="ackOverdueHours" store={store} className="input input-number" testId="profile-ack-overdue" />
        <TextField label="Price tolerance (%)" path="tolerances.pricePercent" draftKey="pricePercent" store={store} className="input input-number" testId="profile-price-percent" />
        <TextField label="Quantity tolerance (units)" path="tolerances.quantityUnits" draftKey="quantityUnits" store={store} className="input input-number" testId="profile-quantity-units" />
        <TextField label="Quantity tolerance (%)" path="tolerances.quantityPercent" draftKey="quantityPercent" store={store} className="input input-number" testId="profile-quantity-percent" />
      </section>

      <RowsTable
        list="items"
        caption="Items"
        hint="Buyer part ↔ SKU ↔ GTIN, used when their documents are mapped."
        columns={[
          { key: 'buyerPart', label: 'Buyer part' },
          { key: 'sku', label: 'SKU' },
          { key: 'gtin', label: 'GTIN' },
          { key: 'description', label: 'Description' },
        ]}
        rows={draft.items}
        errors={errors}
        onChange={(rows) => edit((d) => ({ ...d, items: rows }))}
        emptyRow={EMPTY_ROWS.items}
        addLabel="Add item"
      />
      <RowsTable
        list="uomConversions"
        caption="UOM conversions"
        hint="1 From = Factor × To, e.g. CA → EA factor 12. With a SKU, for that item only."
        columns={[
          { key: 'from', label: 'From', placeholder: 'CA', width: '6rem' },
          { key: 'to', label: 'To', placeholder: 'EA', width: '6rem' },
          { key: 'factor', label: 'Factor', placeholder: '12', width: '8rem' },
          { key: 'sku', label: 'SKU (optional)' },
        ]}
        rows={draft.uomConversions}
        errors={errors}
        onChange={(rows) => edit((d) => ({ ...d, uomConversions: rows }))}
        emptyRow={EMPTY_ROWS.uomConversions}
        addLabel="Add UOM conversion"
      />
      <RowsTable
        list="locations"
        caption="Locations"
        hint="Ship-to codes ↔ GLN ↔ our warehouse."
        columns={[
          { key: 'code', label: 'Ship-to code' },
          { key: 'gln', label: 'GLN' },
          { key: 'warehouse', label: 'Warehouse' },
          { key: 'name', label: 'Name' },
        ]}
        rows={draft.locations}
        errors={errors}
        onChange={(rows) => edit((d) => ({ ...d, locations: rows }))}
        emptyRow={EMPTY_ROWS.locations}
        addLabel="Add location"
      />
      <RowsTable
        list="contacts"
        caption="Contacts"
        columns={[
          { key: 'name', label: 'Name' },
          { key: 'role', label: 'Role' },
          { key: 'email', label: 'Email' },
          { key: 'phone', label: 'Phone' },
        ]}
        rows={draft.contacts}
        errors={errors}
        onChange={(rows) => edit((d) => ({ ...d, contacts: rows }))}
        emptyRow={EMPTY_ROWS.contacts}
        addLabel="Add contact"
      />

      <section className="form-section" aria-labelledby="profile-learned" data-testid="profile-learned">
        <h3 id="profile-learned" className="form-section-title">Learned from their files</h3>
        <p className="form-section-hint">Read-only: recorded as files arrive.</p>
        <dl className="profile-learned">
          <dt>Standards</dt>
          <dd>{detail.learned.standards.join(', ') || '—'}</dd>
          <dt>Versions</dt>
          <dd>{detail.learned.versions.join(', ') || '—'}</dd>
          <dt>Delimiters</dt>
          <dd>
            <code>{delimitersText(detail.learned.delimiters)}</code>
          </dd>
          <dt>Quirks</dt>
          <dd>{detail.learned.quirks.join(', ') || 'none'}</dd>
        </dl>
      </section>

      <div className="save-bar">
        <button type="submit" className="button button-primary" disabled={!dirty || state.saving} data-testid="profile-save">
          Save
        </button>
        <button type="button" className="button" disabled={!dirty || state.saving} onClick={() => store.getState().discard()}>
          Discard changes
        </button>
        <span className="save-bar-status" role="status" data-testid="profile-status">
          {state.saving ? 'Saving…' : Object.keys(errors).length > 0 ? 'Not saved: see the marked fields' : dirty ? 'Unsaved changes' : state.message === 'Saved' ? 'Saved' : 'All changes saved'}
        </span>
      </div>
    </form>
  );
}
