/**
 * The "Edit connector" form's draft: the schedule, the config as JSON and a new secret value. Checked like an added
 * connector's (the same rules through checkDraft), then sent as connectors.update; the core validates the config
 * again. Secrets are never shown back: the form names the stored ones, and an empty value keeps them.
 */
import type { InputOf } from '../../api/contract-types.js';
import type { ConnectorSummary } from '../../../../main/core/connectors/api-types.js';
import { checkDraft, type AddDraft, type DraftErrors } from './add-draft.js';

export type EditDraft = Pick<AddDraft, 'scheduleMinutes' | 'config' | 'secretKey' | 'secretValue'>;
export type UpdateInput = InputOf<'connectors.update'>;

const KINDS: readonly AddDraft['kind'][] = ['rest', 'drop-folder', 'tryton'];

export function editDraftOf(connector: ConnectorSummary): EditDraft {
  const secretKey = connector.secretKeys[0] ?? (connector.kind === 'rest' ? 'token' : connector.kind === 'tryton' ? 'password' : '');
  return { scheduleMinutes: connector.scheduleMinutes === null ? '' : String(connector.scheduleMinutes), config: JSON.stringify(connector.config, null, 2), secretKey, secretValue: '' };
}

export function checkEdit(connector: ConnectorSummary, draft: EditDraft): { ok: true; input: UpdateInput } | { ok: false; errors: DraftErrors } {
  const kind = KINDS.find((each) => each === connector.kind) ?? 'rest';
  const checked = checkDraft({ ...draft, name: connector.name, kind, side: connector.side });
  if (!checked.ok) return checked;
  const { config, scheduleMinutes, secrets } = checked.input;
  return { ok: true, input: { name: connector.name, config, scheduleMinutes: scheduleMinutes ?? null, ...(secrets ? { secrets } : {}) } };
}

/** How many records a connector brought in (new ones, over its streams; not re-reads or failures): what stays when it is removed. */
export function recordsOf(connector: ConnectorSummary): number {
  return connector.streams.reduce((sum, stream) => sum + stream.inserted, 0);
}
