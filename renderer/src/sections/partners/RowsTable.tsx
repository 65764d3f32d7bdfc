import type { ReactNode } from 'react';
import { FieldError } from '../settings/Field.js';
import type { FieldErrors } from './profile-draft.js';

export interface RowColumn<Row> {
  key: keyof Row & string;
  label: string;
  placeholder?: string;
  /** a select instead of a text input */
  options?: { value: string; label: string }[];
  /** hidden for rows where it does not apply (e.g. the qualifier of a GLN) */
  appliesTo?: (row: Row) => boolean;
  width?: string;
}

/** An editable table of rows with add and remove; errors appear under the cell (zod path list.N.key) or row (list.N). */
export function RowsTable<Row extends Record<string, string>>({
  list,
  caption,
  hint,
  columns,
  rows,
  errors,
  onChange,
  emptyRow,
  addLabel,
}: {
  list: string;
  addLabel: string;
  caption: string;
  hint?: ReactNode;
  columns: RowColumn<Row>[];
  rows: Row[];
  errors: FieldErrors;
  onChange: (rows: Row[]) => void;
  emptyRow: Row;
}) {
  const update = (index: number, key: string, value: string) => onChange(rows.map((row, at) => (at === index ? ({ ...row, [key]: value } as Row) : row)));
  return (
    <section className="form-section profile-rows" aria-labelledby={`profile-${list}-title`} data-testid={`profile-${list}`}>
      <h3 id={`profile-${list}-title`} className="form-section-title">
        {caption}
      </h3>
      {hint && <p className="form-section-hint">{hint}</p>}
      {rows.length > 0 && (
        <table className="profile-table">
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.key} scope="col" style={column.width ? { width: column.width } : undefined}>
                  {column.label}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              const rowError = errors[`${list}.${index}`];
              return (
                <tr key={index} data-testid={`profile-${list}-row`}>
                  {columns.map((column) => {
                    const path = `${list}.${index}.${column.key}`;
                    const label = `${caption} row ${index + 1} ${column.label}`;
                    if (column.appliesTo && !column.appliesTo(row)) return <td key={column.key} />;
                    const common = { 'aria-label': label, 'aria-invalid': errors[path] !== undefined || rowError !== undefined, 'data-testid': `${list}-${column.key}-${index}` };
                    return (
                      <td key={column.key}>
                        {column.options ? (
                          <select {...common} className="input" value={row[column.key]} onChange={(event) => update(index, column.key, event.target.value)}>
                            {column.options.map((option) => (
                              <option key={option.value} value={option.value}>
                                {option.label}
                              </option>
                            ))}
                          </select>
                        ) : (
                          <input {...common} className="input" value={row[column.key]} placeholder={column.placeholder} onChange={(event) => update(index, column.key, event.target.value)} />
                        )}
                        <FieldError message={errors[path]} />
                        {column === columns[0] && <FieldError message={rowError} />}
                      </td>
                    );
                  })}
                  <td>
                    <button type="button" className="button button-small" aria-label={`Remove ${caption} row ${index + 1}`} onClick={() => onChange(rows.filter((_, at) => at !== index))}>
                      Remove
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <button type="button" className="button button-small" data-testid={`profile-${list}-add`} onClick={() => onChange([...rows, { ...emptyRow }])}>
        {addLabel}
      </button>
    </section>
  );
}
