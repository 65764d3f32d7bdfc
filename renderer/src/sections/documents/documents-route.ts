/**
 * Where the Documents section is, in the address: the list with its filter and sort (#/documents?status=rejected&
 * sort=partner), one document (#/documents/123), or the quarantined files (#/documents/quarantine). A reload, the
 * Back button and a pasted link all land on the same view.
 */
import type { InputOf } from '../../api/contract-types.js';

export type DocumentsInput = InputOf<'documents.list'>;
export type DocumentFilter = NonNullable<DocumentsInput['filter']>;
export type DocumentSort = NonNullable<DocumentsInput['sort']>;
export type SortColumn = DocumentSort['column'];

/** Bytes of the document's file to show highlighted (a mismatch's evidence): absolute offsets, end exclusive. */
export interface ByteRange {
  start: number;
  end: number;
}

export type DocumentsRoute =
  | { view: 'list'; filter: DocumentFilter; sort: DocumentSort }
  | { view: 'document'; id: number; bytes?: ByteRange }
  | { view: 'quarantine' };

export const DEFAULT_SORT: DocumentSort = { column: 'receivedAt', direction: 'desc' };

const SORT_COLUMNS: readonly SortColumn[] = ['receivedAt', 'type', 'status', 'partner', 'controlNumber'];
const STATUSES = ['accepted', 'accepted-with-errors', 'rejected'] as const;
const DIRECTIONS = ['inbound', 'outbound'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((candidate) => candidate === value);
}

export function parseDocumentsHash(hash: string): DocumentsRoute {
  const path = hash.replace(/^#\/?/, '');
  const [route = '', query = ''] = path.split('?');
  const parts = route.split('/');
  if (parts[1] === 'quarantine') return { view: 'quarantine' };
  const params = new URLSearchParams(query);
  if (parts[1] && /^\d+$/.test(parts[1])) {
    const bytes = byteRangeOf(params);
    return bytes ? { view: 'document', id: Number(parts[1]), bytes } : { view: 'document', id: Number(parts[1]) };
  }
  const filter: DocumentFilter = {};
  const partner = params.get('partner');
  if (partner && /^\d+$/.test(partner)) filter.partnerId = Number(partner);
  const type = params.get('type');
  if (type) filter.type = type.slice(0, 12);
  const status = oneOf(STATUSES, params.get('status'));
  if (status) filter.status = status;
  const direction = oneOf(DIRECTIONS, params.get('direction'));
  if (direction) filter.direction = direction;
  const from = params.get('from');
  if (from && DATE.test(from)) filter.from = from;
  const to = params.get('to');
  if (to && DATE.test(to)) filter.to = to;
  const text = params.get('q')?.trim();
  if (text) filter.text = text.slice(0, 80);
  const column = oneOf(SORT_COLUMNS, params.get('sort')) ?? DEFAULT_SORT.column;
  const sortDirection = params.get('dir') === 'asc' ? 'asc' : params.get('dir') === 'desc' ? 'desc' : column === 'receivedAt' ? 'desc' : 'asc';
  return { view: 'list', filter, sort: { column, direction: sortDirection } };
}

const OFFSET = /^\d{1,15}$/;

/** `byte=340&end=900` (end optional: the byte alone); anything else is no range. */
function byteRangeOf(params: URLSearchParams): ByteRange | undefined {
  const start = params.get('byte');
  if (start === null || !OFFSET.test(start)) return undefined;
  const end = params.get('end');
  const from = Number(start);
  return { start: from, end: end !== null && OFFSET.test(end) ? Math.max(from, Number(end)) : from + 1 };
}

/** `#/documents/12`, or with the bytes to highlight `#/documents/12?byte=340&end=900`. */
export function documentRangeHash(id: number, bytes?: ByteRange): string {
  return bytes ? `#/documents/${id}?byte=${bytes.start}&end=${bytes.end}` : `#/documents/${id}`;
}

/** The list's address; the filter's dates stay calendar dates (the core turns them into the local day's range). */
export function listHash(filter: DocumentFilter, sort: DocumentSort): string {
  const params = new URLSearchParams();
  if (filter.partnerId !== undefined) params.set('partner', String(filter.partnerId));
  if (filter.type) params.set('type', filter.type);
  if (filter.status) params.set('status', filter.status);
  if (filter.direction) params.set('direction', filter.direction);
  if (filter.from && DATE.test(filter.from)) params.set('from', filter.from);
  if (filter.to && DATE.test(filter.to)) params.set('to', filter.to);
  if (filter.text) params.set('q', filter.text);
  if (sort.column !== DEFAULT_SORT.column || sort.direction !== DEFAULT_SORT.direction) {
    params.set('sort', sort.column);
    params.set('dir', sort.direction);
  }
  const query = params.toString();
  return query ? `#/documents?${query}` : '#/documents';
}

export const documentHash = (id: number) => `#/documents/${id}`;
export const QUARANTINE_HASH = '#/documents/quarantine';

/** Clicking a sorted column's header again reverses it; a new column starts newest/A-first. */
export function toggledSort(current: DocumentSort, column: SortColumn): DocumentSort {
  if (current.column === column) return { column, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { column, direction: column === 'receivedAt' ? 'desc' : 'asc' };
}

let remembered: { filter: DocumentFilter; sort: DocumentSort } = { filter: {}, sort: DEFAULT_SORT };

/** The list as last shown, for the Documents tab and the way back from a document. */
export function rememberList(filter: DocumentFilter, sort: DocumentSort): void {
  remembered = { filter, sort };
}

export function rememberedList(): { filter: DocumentFilter; sort: DocumentSort } {
  return remembered;
}
