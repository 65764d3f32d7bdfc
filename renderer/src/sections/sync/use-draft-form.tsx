import { useId, useState, type ReactNode } from 'react';
import type { DraftErrors } from './add-draft.js';

type Checked<Input> = { ok: true; input: Input } | { ok: false; errors: DraftErrors };

/**
 * A connector form's state (the Add form and a card's Edit form): the draft, its checked errors, the core's refusal
 * and the saving flag; `submit` checks, saves, and closes when the core accepts. `field` is a labelled control with
 * its hint and error, `described` ties the control to its error for screen readers.
 */
export function useDraftForm<Draft extends object, Input>(options: { initial: () => Draft; check: (draft: Draft) => Checked<Input>; save: (input: Input) => Promise<string | null>; onClose: () => void }) {
  const id = useId();
  const [draft, setDraft] = useState<Draft>(options.initial);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const edit = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  const submit = async () => {
    const checked = options.check(draft);
    setRefusal(null);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setSaving(true);
    const message = await options.save(checked.input);
    setSaving(false);
    if (message) setRefusal(message);
    else options.onClose();
  };

  const errorOf = (key: keyof Draft) => errors[key as keyof DraftErrors];
  const field = (key: keyof Draft & string, label: string, control: ReactNode, hint?: string) => (
    <div className="sync-field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      {control}
      {hint && <span className="sync-muted">{hint}</span>}
      {errorOf(key) && (
        <span className="sync-error" id={`${id}-${key}-error`}>
          {errorOf(key)}
        </span>
      )}
    </div>
  );
  const described = (key: keyof Draft & string) => (errorOf(key) ? { 'aria-invalid': true, 'aria-describedby': `${id}-${key}-error` } : {});
  return { id, draft, setDraft, edit, refusal, saving, submit, field, described };
}
