/** The "Add connector" form's draft and its check: what the user typed → the connectors.add input, or errors per field. */
import type { InputOf } from '../../api/contract-types.js';

export interface AddDraft {
  name: string;
  kind: 'rest' | 'drop-folder' | 'tryton';
  side: 'erp' | 'wms';
  scheduleMinutes: string;
  config: string;
  secretKey: string;
  secretValue: string;
}

export type AddInput = InputOf<'connectors.add'>;
export type DraftErrors = Partial<Record<keyof AddDraft, string>>;

/** A starting config per kind, to edit rather than type from nothing (see the connectors README). */
export const CONFIG_TEMPLATES: Record<AddDraft['kind'], string> = {
  rest: JSON.stringify(
    {
      baseUrl: 'https://shop.example.com/api',
      auth: { type: 'bearer' },
      streams: { 'sales-orders': { path: '/orders', records: 'data', id: 'id', updatedAt: 'updated_at', updatedSince: { param: 'updated_since' }, pagination: { type: 'keyset', size: 500 }, map: { format: 'crossdock-map/1', kind: 'order', source: { standard: 'json' }, rules: [] } } },
    },
    null,
    2,
  ),
  'drop-folder': JSON.stringify({ folder: '/exports', streams: { shipments: { pattern: 'shipments-*.csv', id: 'shipment', map: { format: 'crossdock-map/1', kind: 'shipment', source: { standard: 'json' }, rules: [] } } } }, null, 2),
  tryton: JSON.stringify({ url: 'https://tryton.example.com', database: 'crossdock', username: 'sync' }, null, 2),
};

export function emptyDraft(kind: AddDraft['kind'] = 'rest'): AddDraft {
  return { name: '', kind, side: 'erp', scheduleMinutes: '15', config: CONFIG_TEMPLATES[kind], secretKey: kind === 'rest' ? 'token' : '', secretValue: '' };
}

const NAME = /^[a-z0-9][a-z0-9_-]{0,59}$/;

export function checkDraft(draft: AddDraft): { ok: true; input: AddInput } | { ok: false; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const name = draft.name.trim();
  if (!NAME.test(name)) errors.name = 'Lower-case letters, digits, - and _ (e.g. erp-shop or wms-main)';
  // the reconciliation engine reads the side from the name: a warehouse connector's name starts with wms
  else if ((draft.side === 'wms') !== name.startsWith('wms')) errors.name = draft.side === 'wms' ? 'A warehouse connector’s name starts with wms' : 'Only warehouse connectors’ names start with wms';
  let scheduleMinutes: number | null = null;
  if (draft.scheduleMinutes.trim() !== '') {
    scheduleMinutes = Number(draft.scheduleMinutes);
    if (!Number.isInteger(scheduleMinutes) || scheduleMinutes < 1 || scheduleMinutes > 10_080) errors.scheduleMinutes = 'Whole minutes from 1 to 10080, or empty to sync by hand only';
  }
  let config: AddInput['config'] = null;
  try {
    config = JSON.parse(draft.config) as AddInput['config'];
    if (config === null || typeof config !== 'object' || Array.isArray(config)) errors.config = 'The config is a JSON object';
  } catch (error) {
    errors.config = `Not valid JSON: ${(error as Error).message}`;
  }
  const secretKey = draft.secretKey.trim();
  if (draft.secretValue !== '' && !/^[A-Za-z][A-Za-z0-9_-]{0,40}$/.test(secretKey)) errors.secretKey = 'Name the secret (e.g. token, password, apiKey)';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: { name, kind: draft.kind, side: draft.side, config, scheduleMinutes, ...(draft.secretValue !== '' ? { secrets: { [secretKey]: draft.secretValue } } : {}) },
  };
}
