import { useId, type ReactNode } from 'react';

export interface ControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

/** A labelled form row: the control gets its id and is described by the hint and the error, when there are some. */
export function Field({ label, hint, error, children }: { label: string; hint?: string; error?: string | undefined; children: (control: ControlProps) => ReactNode }) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <div className="field-control">
        {children({ id, 'aria-invalid': error !== undefined, 'aria-describedby': describedBy })}
        <FieldError id={errorId} message={error} />
        {hint && (
          <p className="field-hint" id={hintId}>
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}

export function FieldError({ id, message, testId }: { id?: string | undefined; message?: string | undefined; testId?: string }) {
  if (!message) return null;
  return (
    <p className="field-error" id={id} data-testid={testId}>
      {message}
    </p>
  );
}
