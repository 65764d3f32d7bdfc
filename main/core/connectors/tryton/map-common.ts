/**
 * Reading decoded Tryton records (values.ts has turned Decimals into strings and dates into ISO text): nested
 * "field." objects, numbers as decimal strings, units through the connector's unit map, and the options every
 * mapper shares.
 */
import type { Party, ProductIds, Quantity } from '../../canonical/index.js';
import type { JsonValue, RecordWarning } from '../types.js';
import type { TrytonRecord } from './client.js';
import { normaliseDecimal } from './values.js';

export interface TrytonMapOptions {
  /** source.connector on every document */
  connector: string;
  channel: 'edi' | 'ecommerce' | 'marketplace' | 'field-sales' | 'portal';
  /** Tryton unit symbol → the unit our partners' documents use ('u' → 'EA') */
  uoms: Record<string, string>;
  /** party code or name → workspace partner id, so ERP records join that partner's threads */
  partners: Record<string, number>;
}

export const DEFAULT_UOMS: Record<string, string> = { u: 'EA' };

/** The object Tryton nests under "name." for dotted fields ('party.name' → record['party.'].name). */
export function nested(record: TrytonRecord | undefined, field: string): TrytonRecord | undefined {
  const value = record?.[`${field}.`];
  return value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}

export function nestedList(record: TrytonRecord, field: string): TrytonRecord[] {
  const value = record[`${field}.`];
  return Array.isArray(value) ? value.filter((item): item is TrytonRecord => item !== null && typeof item === 'object' && !Array.isArray(item)) : [];
}

export function text(value: JsonValue | undefined): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** Tryton sends quantities as floats (10.0) and amounts as Decimals (decoded to strings): both as decimal text. */
export function decimal(value: JsonValue | undefined): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return normaliseDecimal(value);
  if (typeof value === 'number' && Number.isFinite(value)) return normaliseDecimal(String(value));
  return undefined;
}

export function negate(value: string): string {
  if (value.startsWith('-')) return value.slice(1);
  return /[1-9]/.test(value) ? `-${value}` : value;
}

export function absolute(value: string): string {
  return value.startsWith('-') ? value.slice(1) : value;
}

export function isNegative(value: string | undefined): boolean {
  return value !== undefined && value.startsWith('-') && /[1-9]/.test(value);
}

export function quantityOf(value: string, symbol: string | undefined, options: TrytonMapOptions): Quantity {
  const uom = symbol ? (options.uoms[symbol] ?? symbol) : 'EA';
  return { value, uom };
}

export function productOf(product: TrytonRecord | undefined, description: string | undefined): ProductIds | undefined {
  const sku = text(product?.code);
  const name = text(product?.name) ?? description;
  if (!sku && !name) return undefined;
  return { ...(sku ? { sku } : {}), ...(name ? { description: name } : {}) };
}

/** The customer as a party, and the workspace partner it is configured to be. */
export function customerOf(party: TrytonRecord | undefined, role: Party['role'], options: TrytonMapOptions): { party?: Party; partner?: { id?: number; name?: string } } {
  const name = text(party?.name);
  const code = text(party?.code);
  if (!name && !code) return {};
  const partnerId = (code !== undefined ? options.partners[code] : undefined) ?? (name !== undefined ? options.partners[name] : undefined);
  return {
    party: { role, ...(name ? { name } : {}), ...(code ? { ids: [{ scheme: 'seller-assigned', value: code }] } : {}) },
    partner: { ...(partnerId !== undefined ? { id: partnerId } : {}), ...(name ? { name } : {}) },
  };
}

export function dayOf(value: JsonValue | undefined): { value: string; precision: 'day' } | undefined {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? { value, precision: 'day' } : undefined;
}

/** A record's last-modified instant: write_date, or create_date on a record never modified (write_date is null then). */
export function updatedAtOf(record: TrytonRecord): string | null {
  return text(record.write_date) ?? text(record.create_date) ?? null;
}

export function missing(path: string, what: string): RecordWarning {
  return { code: 'missing-field', message: `${what} is empty`, path };
}
