import { useRef, type FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ThemePreference } from '../../api/contract-types.js';
import { useServices, useSettings } from '../../services.js';
import { isDirty } from '../../store/settings-store.js';
import { Field } from './Field.js';
import { EDIFACT_QUALIFIERS, GlnList, PartyIdList, X12_QUALIFIERS } from './identifier-lists.js';

const THEMES: { value: ThemePreference; label: string }[] = [
  { value: 'system', label: 'Same as the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

function SaveBar() {
  const { status, dirty, errorCount } = useSettings(
    useShallow((state) => ({ status: state.status, dirty: isDirty(state), errorCount: Object.keys(state.fieldErrors).length + state.formErrors.length })),
  );
  const { settings } = useServices();
  const message = status === 'saving' ? 'Saving…' : errorCount > 0 ? `Not saved: ${errorCount === 1 ? 'one field needs' : `${errorCount} fields need`} attention` : dirty ? 'Unsaved changes' : 'All changes saved';
  return (
    <div className="save-bar">
      <button type="submit" className="button button-primary" disabled={!dirty || status === 'saving'} data-testid="settings-save">
        Save
      </button>
      <button type="button" className="button" disabled={!dirty || status === 'saving'} onClick={() => settings.getState().discard()} data-testid="settings-discard">
        Discard changes
      </button>
      <span className={errorCount > 0 ? 'save-bar-status save-bar-status-error' : 'save-bar-status'} role="status" data-testid="settings-status">
        {message}
      </span>
    </div>
  );
}

function ChangedElsewhere() {
  const changedElsewhere = useSettings((state) => state.changedElsewhere);
  const { settings } = useServices();
  if (!changedElsewhere) return null;
  return (
    <div className="inline-message inline-message-info" role="status">
      These settings were changed in another window while you were editing.
      <button type="button" className="button button-small" onClick={() => settings.getState().discard()}>
        Show their version
      </button>
    </div>
  );
}

function FormErrors() {
  const formErrors = useSettings((state) => state.formErrors);
  if (formErrors.length === 0) return null;
  return (
    <div className="inline-message inline-message-error" role="alert" data-testid="settings-form-error">
      {formErrors.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );
}

export function SettingsForm() {
  const draft = useSettings((state) => state.draft);
  const errors = useSettings((state) => state.fieldErrors);
  const { settings } = useServices();
  const form = useRef<HTMLFormElement>(null);
  if (!draft) return null;
  const edit = settings.getState().edit;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await settings.getState().save();
    // Take the user to the first thing to fix.
    if (!saved) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  };

  return (
    <form ref={form} className="settings-form" onSubmit={(event) => void submit(event)} noValidate>
      <ChangedElsewhere />
      <FormErrors />
      <section className="form-section" aria-labelledby="settings-appearance">
        <h2 id="settings-appearance" className="form-section-title">Appearance</h2>
        <Field label="Theme" hint="Applies at once as a preview; Save keeps it." error={errors.theme}>
          {(control) => (
            <select {...control} className="input" value={draft.theme} onChange={(event) => edit((d) => ({ ...d, theme: event.target.value as ThemePreference }))} data-testid="settings-theme">
              {THEMES.map((theme) => (
                <option key={theme.value} value={theme.value}>
                  {theme.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      </section>

      <section className="form-section" aria-labelledby="settings-company">
        <h2 id="settings-company" className="form-section-title">Your company</h2>
        <p className="form-section-hint">A document sent from one of these identifiers is outbound; one addressed to them is inbound.</p>
        <Field label="Company name" error={errors['company.name']}>
          {(control) => (
            <input {...control} className="input input-wide" maxLength={200} value={draft.companyName} onChange={(event) => edit((d) => ({ ...d, companyName: event.target.value }))} data-testid="settings-company-name" />
          )}
        </Field>
        <PartyIdList list="x12Ids" testId="x12-ids" label="X12 ids" qualifiers={X12_QUALIFIERS} hint="ISA sender/receiver qualifier (ISA05/07) and id (ISA06/08), e.g. ZZ and your mailbox id." />
        <PartyIdList list="edifactIds" testId="edifact-ids" label="EDIFACT ids" qualifiers={EDIFACT_QUALIFIERS} hint="UNB party identification and code qualifier, e.g. your GLN with 14." />
        <GlnList />
      </section>

      <section className="form-section" aria-labelledby="settings-acks">
        <h2 id="settings-acks" className="form-section-title">Acknowledgments</h2>
        <Field label="Overdue after (hours)" hint="An outbound group without a 997, 999 or CONTRL after this many hours is flagged overdue. 1 to 720." error={errors.ackOverdueHours}>
          {(control) => (
            <input
              {...control}
              className="input input-number"
              inputMode="numeric"
              value={draft.ackOverdueHours}
              onChange={(event) => edit((d) => ({ ...d, ackOverdueHours: event.target.value }))}
              data-testid="settings-ack-overdue-hours"
            />
          )}
        </Field>
      </section>
      <SaveBar />
    </form>
  );
}
