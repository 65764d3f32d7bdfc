/**
 * The settings form's own model. Inputs hold text (an hours field can be half typed), and blank list rows are
 * allowed while editing; `draftToPatch` turns the draft into what `settings.update` accepts and remembers where
 * each row went, so the server's errors (paths like `company.glns.1`) land on the row the user sees.
 */
import type { Settings, ThemePreference } from '../api/contract-types.js';

export interface PartyIdRow {
  qualifier: string;
  id: string;
}

export interface SettingsDraft {
  theme: ThemePreference;
  companyName: string;
  x12Ids: PartyIdRow[];
  edifactIds: PartyIdRow[];
  glns: string[];
  ackOverdueHours: string;
}

export type ListField = 'x12Ids' | 'edifactIds' | 'glns';

/** field path (as the server names it, with draft row indexes) → message */
export type FieldErrors = Record<string, string>;

export function toDraft(settings: Settings): SettingsDraft {
  return {
    theme: settings.theme,
    companyName: settings.company.name,
    x12Ids: settings.company.x12Ids.map((row) => ({ ...row })),
    edifactIds: settings.company.edifactIds.map((row) => ({ ...row })),
    glns: [...settings.company.glns],
    ackOverdueHours: String(settings.ackOverdueHours),
  };
}

export interface PreparedPatch {
  patch: Settings;
  /** per list: index in the patch → index in the draft */
  rowOrigins: Record<ListField, number[]>;
}

export type PrepareOutcome = { ok: true; prepared: PreparedPatch } | { ok: false; errors: FieldErrors };

const isBlankRow = (row: PartyIdRow) => row.qualifier.trim() === '' && row.id.trim() === '';

function keptRows<T>(rows: T[], isBlank: (row: T) => boolean): { rows: T[]; origins: number[] } {
  const origins = rows.flatMap((row, index) => (isBlank(row) ? [] : [index]));
  return { rows: origins.map((index) => rows[index] as T), origins };
}

export function draftToPatch(draft: SettingsDraft): PrepareOutcome {
  const hoursText = draft.ackOverdueHours.trim();
  if (!/^\d+$/.test(hoursText)) {
    return { ok: false, errors: { ackOverdueHours: 'Enter a whole number of hours.' } };
  }
  const trimRow = (row: PartyIdRow) => ({ qualifier: row.qualifier.trim(), id: row.id.trim() });
  const x12 = keptRows(draft.x12Ids, isBlankRow);
  const edifact = keptRows(draft.edifactIds, isBlankRow);
  const glns = keptRows(draft.glns, (gln) => gln.trim() === '');
  return {
    ok: true,
    prepared: {
      patch: {
        theme: draft.theme,
        company: {
          name: draft.companyName.trim(),
          x12Ids: x12.rows.map(trimRow),
          edifactIds: edifact.rows.map(trimRow),
          glns: glns.rows.map((gln) => gln.trim()),
        },
        ackOverdueHours: Number(hoursText),
      },
      rowOrigins: { x12Ids: x12.origins, edifactIds: edifact.origins, glns: glns.origins },
    },
  };
}

const listPath = /^company\.(x12Ids|edifactIds|glns)\.(\d+)(\..*)?$/;

/** Maps a server error path on the patch back to the draft's rows. */
export function draftPath(path: string, rowOrigins: Record<ListField, number[]>): string {
  const match = listPath.exec(path);
  if (!match) return path;
  const [, list, index, rest] = match as unknown as [string, ListField, string, string | undefined];
  const origin = rowOrigins[list][Number(index)];
  return origin === undefined ? path : `company.${list}.${origin}${rest ?? ''}`;
}

/** Field errors from an invalid-input error's details (`[{ path, message }]`); the rest is for the whole form. */
export function fieldErrorsFrom(details: unknown, rowOrigins: Record<ListField, number[]>): { fields: FieldErrors; unplaced: string[] } {
  const fields: FieldErrors = {};
  const unplaced: string[] = [];
  if (!Array.isArray(details)) return { fields, unplaced };
  for (const issue of details as unknown[]) {
    if (typeof issue !== 'object' || issue === null) continue;
    const { path, message } = issue as { path?: unknown; message?: unknown };
    if (typeof message !== 'string') continue;
    if (typeof path !== 'string' || path === '') {
      unplaced.push(message);
      continue;
    }
    const key = draftPath(path, rowOrigins);
    fields[key] ??= message;
  }
  return { fields, unplaced };
}

export function sameDraft(a: SettingsDraft, b: SettingsDraft): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Errors placed on rows after `removed` move up one row with them; the removed row's errors go. */
export function shiftRowErrors(errors: FieldErrors, list: ListField, removed: number): FieldErrors {
  const shifted: FieldErrors = {};
  const prefix = `company.${list}.`;
  for (const [path, message] of Object.entries(errors)) {
    if (!path.startsWith(prefix)) {
      shifted[path] = message;
      continue;
    }
    const [indexText, ...rest] = path.slice(prefix.length).split('.');
    const index = Number(indexText);
    if (index === removed) continue;
    const newIndex = index > removed ? index - 1 : index;
    shifted[[`${prefix}${newIndex}`, ...rest].join('.')] = message;
  }
  return shifted;
}
