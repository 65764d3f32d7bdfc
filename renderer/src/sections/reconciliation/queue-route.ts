/**
 * Where the Reconciliation section is, in the address: the review queue with its filter and sort
 * (#/reconciliation?type=qty-mismatch&sort=money), the dashboard (#/reconciliation/dashboard) or one thread
 * (#/reconciliation/thread/<key>?m=<mismatch id>). A reload, Back and a pasted link land on the same view. The
 * filter is also what goes to the core: `normalizeFilter` makes the one the form holds into the one sent.
 */
import { CHANNELS, MISMATCH_TYPES, OWNERS, SEVERITIES, STATUSES } from './labels.js';
import type { QueueFilter, QueueSort, QueueSortField } from './recon-types.js';

export type ReconRoute =
  | { view: 'queue'; filter: QueueFilter; sort: QueueSort; viewId: number | null }
  | { view: 'dashboard' }
  | { view: 'thread'; key: string; mismatchId: string | null };

export const DEFAULT_SORT: QueueSort = { field: 'severity', direction: 'desc' };
const SORT_FIELDS: readonly QueueSortField[] = ['age', 'money', 'severity', 'type', 'partner', 'status'];
const MONEY = /^\d{1,15}(\.\d{1,6})?$/;
const MISMATCH_ID = /^mm-[0-9a-f]{1,32}$/;

function listOf<T extends string>(allowed: readonly T[], text: string | null): T[] {
  if (!text) return [];
  return [...new Set(text.split(',').filter((value): value is T => (allowed as readonly string[]).includes(value)))];
}

const texts = (text: string | null, max: number): string[] =>
  (text ?? '')
    .split(',')
    .map((value) => value.trim().slice(0, max))
    .filter(Boolean);

const days = (text: string | null): number | undefined => (text && /^\d{1,4}$/.test(text) && Number(text) <= 3650 ? Number(text) : undefined);

/**
 * The filter without empty parts, invalid amounts or out-of-range days, as the core's schema accepts it. Arrays are
 * sorted so that the same filter always has the same address and the same saved-view text.
 */
export function normalizeFilter(filter: QueueFilter): QueueFilter {
  const result: QueueFilter = {};
  const sorted = <T extends string | number>(values: T[] | undefined) => (values && values.length > 0 ? [...new Set(values)].sort() : undefined);
  const statuses = sorted(filter.statuses);
  if (statuses) result.statuses = statuses;
  const types = sorted(filter.types);
  if (types) result.types = types;
  const partnerIds = filter.partnerIds?.filter((id) => Number.isInteger(id) && id > 0);
  if (partnerIds && partnerIds.length > 0) result.partnerIds = [...new Set(partnerIds)].sort((a, b) => a - b);
  const channels = sorted(filter.channels?.map((value) => value.trim().slice(0, 40)).filter(Boolean));
  if (channels) result.channels = channels;
  const warehouses = sorted(filter.warehouses?.map((value) => value.trim().slice(0, 80)).filter(Boolean));
  if (warehouses) result.warehouses = warehouses;
  const owners = sorted(filter.owners);
  if (owners) result.owners = owners;
  const severities = sorted(filter.severities);
  if (severities) result.severities = severities;
  const assignee = filter.assignee?.trim().slice(0, 80);
  if (assignee) result.assignee = assignee;
  const minMoney = filter.minMoney?.trim();
  if (minMoney && MONEY.test(minMoney) && Number(minMoney) > 0) result.minMoney = minMoney;
  if (filter.minAgeDays !== undefined && Number.isInteger(filter.minAgeDays) && filter.minAgeDays > 0 && filter.minAgeDays <= 3650) result.minAgeDays = filter.minAgeDays;
  if (filter.maxAgeDays !== undefined && Number.isInteger(filter.maxAgeDays) && filter.maxAgeDays >= 0 && filter.maxAgeDays <= 3650) result.maxAgeDays = filter.maxAgeDays;
  if (filter.chargebackRisk) result.chargebackRisk = true;
  const text = filter.text?.trim().slice(0, 200);
  if (text) result.text = text;
  const threadKey = filter.threadKey?.trim();
  if (threadKey) result.threadKey = threadKey.slice(0, 500);
  if (filter.includeCleared) result.includeCleared = true;
  return result;
}

export function parseReconHash(hash: string): ReconRoute {
  const path = hash.replace(/^#\/?/, '');
  const queryAt = path.indexOf('?');
  const route = queryAt < 0 ? path : path.slice(0, queryAt);
  const params = new URLSearchParams(queryAt < 0 ? '' : path.slice(queryAt + 1));
  const parts = route.split('/');
  if (parts[1] === 'dashboard') return { view: 'dashboard' };
  if (parts[1] === 'thread' && parts.length > 2) {
    let key: string;
    try {
      key = decodeURIComponent(parts.slice(2).join('/'));
    } catch {
      key = parts.slice(2).join('/');
    }
    const id = params.get('m');
    return { view: 'thread', key, mismatchId: id && MISMATCH_ID.test(id) ? id : null };
  }
  const filter: QueueFilter = {
    statuses: listOf(STATUSES, params.get('status')),
    types: listOf(MISMATCH_TYPES, params.get('type')),
    partnerIds: texts(params.get('partner'), 12).filter((value) => /^\d+$/.test(value)).map(Number),
    channels: listOf(CHANNELS, params.get('channel')),
    warehouses: texts(params.get('warehouse'), 80),
    owners: listOf(OWNERS, params.get('owner')),
    severities: listOf(SEVERITIES, params.get('severity')),
  };
  const assignee = params.get('assignee');
  if (assignee) filter.assignee = assignee;
  const min = params.get('min');
  if (min) filter.minMoney = min;
  const minAge = days(params.get('minAge'));
  if (minAge !== undefined) filter.minAgeDays = minAge;
  const maxAge = days(params.get('maxAge'));
  if (maxAge !== undefined) filter.maxAgeDays = maxAge;
  if (params.get('chargeback') === '1') filter.chargebackRisk = true;
  if (params.get('cleared') === '1') filter.includeCleared = true;
  const text = params.get('q');
  if (text) filter.text = text;
  const thread = params.get('thread');
  if (thread) filter.threadKey = thread;
  const field = SORT_FIELDS.find((candidate) => candidate === params.get('sort')) ?? DEFAULT_SORT.field;
  const dir = params.get('dir');
  const direction = dir === 'asc' || dir === 'desc' ? dir : field === DEFAULT_SORT.field ? DEFAULT_SORT.direction : defaultDirection(field);
  const view = params.get('view');
  return { view: 'queue', filter: normalizeFilter(filter), sort: { field, direction }, viewId: view && /^\d+$/.test(view) ? Number(view) : null };
}

/** Money, severity and age read best largest first; names and statuses A first. */
export function defaultDirection(field: QueueSortField): 'asc' | 'desc' {
  return field === 'money' || field === 'severity' || field === 'age' ? 'desc' : 'asc';
}

export function queueHash(filter: QueueFilter, sort: QueueSort, viewId: number | null = null): string {
  const clean = normalizeFilter(filter);
  const params = new URLSearchParams();
  const list = (name: string, values: readonly (string | number)[] | undefined) => {
    if (values && values.length > 0) params.set(name, values.join(','));
  };
  list('status', clean.statuses);
  list('type', clean.types);
  list('partner', clean.partnerIds);
  list('channel', clean.channels);
  list('warehouse', clean.warehouses);
  list('owner', clean.owners);
  list('severity', clean.severities);
  if (clean.assignee) params.set('assignee', clean.assignee);
  if (clean.minMoney) params.set('min', clean.minMoney);
  if (clean.minAgeDays !== undefined) params.set('minAge', String(clean.minAgeDays));
  if (clean.maxAgeDays !== undefined) params.set('maxAge', String(clean.maxAgeDays));
  if (clean.chargebackRisk) params.set('chargeback', '1');
  if (clean.includeCleared) params.set('cleared', '1');
  if (clean.text) params.set('q', clean.text);
  if (clean.threadKey) params.set('thread', clean.threadKey);
  if (sort.field !== DEFAULT_SORT.field || sort.direction !== DEFAULT_SORT.direction) {
    params.set('sort', sort.field);
    params.set('dir', sort.direction);
  }
  if (viewId !== null) params.set('view', String(viewId));
  const query = params.toString();
  return query ? `#/reconciliation?${query}` : '#/reconciliation';
}

export const DASHBOARD_HASH = '#/reconciliation/dashboard';

export function threadHash(key: string, mismatchId: string | null = null): string {
  return `#/reconciliation/thread/${encodeURIComponent(key)}${mismatchId ? `?m=${mismatchId}` : ''}`;
}

/** Clicking the sorted column again reverses it; another column starts in its natural direction. */
export function toggledSort(current: QueueSort, field: QueueSortField): QueueSort {
  if (current.field === field) return { field, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { field, direction: defaultDirection(field) };
}

/** Whether a filter narrows anything beyond the default queue (for "clear filters" and the empty state). */
export function isFiltered(filter: QueueFilter): boolean {
  return Object.keys(normalizeFilter(filter)).length > 0;
}

let remembered = '#/reconciliation';
/** The queue as last shown, for the way back from a thread. */
export function rememberQueue(hash: string): void {
  remembered = hash;
}
export function rememberedQueue(): string {
  return remembered;
}
