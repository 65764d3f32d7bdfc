import { useId } from 'react';
import { useServices, useSettings } from '../../services.js';
import type { ListField, PartyIdRow } from '../../store/settings-form.js';
import { FieldError } from './Field.js';

interface Qualifier {
  code: string;
  meaning: string;
}

export const X12_QUALIFIERS: Qualifier[] = [
  { code: 'ZZ', meaning: 'Mutually defined' },
  { code: '01', meaning: 'DUNS' },
  { code: '14', meaning: 'DUNS plus suffix' },
  { code: '08', meaning: 'UCC EDI communications id' },
  { code: '12', meaning: 'Phone number' },
];

export const EDIFACT_QUALIFIERS: Qualifier[] = [
  { code: '14', meaning: 'GS1 (GLN)' },
  { code: '1', meaning: 'DUNS' },
  { code: 'ZZZ', meaning: 'Mutually defined' },
  { code: 'ZZ', meaning: 'Mutually defined' },
];

interface PartyIdListProps {
  list: Extract<ListField, 'x12Ids' | 'edifactIds'>;
  /** data-testid stem: settings-<testId>, settings-<testId>-qualifier-<row>, ... */
  testId: string;
  label: string;
  hint: string;
  qualifiers: Qualifier[];
}

/** Our interchange identifiers for one standard: rows of qualifier + id, added and removed freely. */
export function PartyIdList({ list, testId, label, hint, qualifiers }: PartyIdListProps) {
  const rows = useSettings((state) => state.draft?.[list] ?? []);
  const errors = useSettings((state) => state.fieldErrors);
  const { settings } = useServices();
  const id = useId();
  const setRow = (index: number, patch: Partial<PartyIdRow>) =>
    settings.getState().edit((draft) => ({ ...draft, [list]: draft[list].map((row, i) => (i === index ? { ...row, ...patch } : row)) }));
  const add = () => settings.getState().edit((draft) => ({ ...draft, [list]: [...draft[list], { qualifier: qualifiers[0]?.code ?? '', id: '' }] }));
  const listError = errors[`company.${list}`];

  return (
    <fieldset className="field field-group" data-testid={`settings-${testId}`}>
      <legend className="field-label">{label}</legend>
      <div className="field-control">
        <datalist id={`${id}-qualifiers`}>
          {qualifiers.map((qualifier) => (
            <option key={qualifier.code + qualifier.meaning} value={qualifier.code}>
              {qualifier.meaning}
            </option>
          ))}
        </datalist>
        {rows.length === 0 && <p className="field-empty">None yet.</p>}
        {rows.map((row, index) => {
          const qualifierError = errors[`company.${list}.${index}.qualifier`];
          const idError = errors[`company.${list}.${index}.id`] ?? errors[`company.${list}.${index}`];
          return (
            <div className="list-row" key={index}>
              <input
                className="input input-qualifier"
                aria-label={`${label}: qualifier, row ${index + 1}`}
                list={`${id}-qualifiers`}
                maxLength={4}
                value={row.qualifier}
                onChange={(event) => setRow(index, { qualifier: event.target.value })}
                aria-invalid={qualifierError !== undefined}
                data-testid={`settings-${testId}-qualifier-${index}`}
              />
              <input
                className="input input-grow"
                aria-label={`${label}: id, row ${index + 1}`}
                maxLength={35}
                spellCheck={false}
                value={row.id}
                onChange={(event) => setRow(index, { id: event.target.value })}
                aria-invalid={idError !== undefined}
                data-testid={`settings-${testId}-id-${index}`}
              />
              <button
                type="button"
                className="button button-quiet button-icon"
                aria-label={`Remove row ${index + 1} of ${label}`}
                onClick={() => settings.getState().removeRow(list, index)}
                data-testid={`settings-${testId}-remove-${index}`}
              >
                ×
              </button>
              <FieldError message={[qualifierError, idError].filter(Boolean).join('; ') || undefined} />
            </div>
          );
        })}
        <FieldError message={listError} />
        <button type="button" className="button button-quiet button-small" onClick={add} data-testid={`settings-${testId}-add`}>
          Add {label.replace(/s$/, '')}
        </button>
        <p className="field-hint">{hint}</p>
      </div>
    </fieldset>
  );
}

/** Our Global Location Numbers, one per row. */
export function GlnList() {
  const glns = useSettings((state) => state.draft?.glns ?? []);
  const errors = useSettings((state) => state.fieldErrors);
  const { settings } = useServices();
  const setRow = (index: number, value: string) =>
    settings.getState().edit((draft) => ({ ...draft, glns: draft.glns.map((gln, i) => (i === index ? value : gln)) }));
  return (
    <fieldset className="field field-group" data-testid="settings-glns">
      <legend className="field-label">GLNs</legend>
      <div className="field-control">
        {glns.length === 0 && <p className="field-empty">None yet.</p>}
        {glns.map((gln, index) => {
          const error = errors[`company.glns.${index}`];
          return (
            <div className="list-row" key={index}>
              <input
                className="input input-gln"
                aria-label={`GLN, row ${index + 1}`}
                inputMode="numeric"
                maxLength={13}
                spellCheck={false}
                value={gln}
                onChange={(event) => setRow(index, event.target.value)}
                aria-invalid={error !== undefined}
                data-testid={`settings-glns-${index}`}
              />
              <button
                type="button"
                className="button button-quiet button-icon"
                aria-label={`Remove GLN row ${index + 1}`}
                onClick={() => settings.getState().removeRow('glns', index)}
                data-testid={`settings-glns-remove-${index}`}
              >
                ×
              </button>
              <FieldError message={error} />
            </div>
          );
        })}
        <FieldError message={errors['company.glns']} />
        <button type="button" className="button button-quiet button-small" onClick={() => settings.getState().edit((draft) => ({ ...draft, glns: [...draft.glns, ''] }))} data-testid="settings-glns-add">
          Add GLN
        </button>
        <p className="field-hint">13 digits each. Documents addressed to these locations count as ours.</p>
      </div>
    </fieldset>
  );
}
