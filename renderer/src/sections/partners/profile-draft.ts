/**
 * The profile form's draft: every input as text (so half-typed values survive), turned into a partners.update input
 * on save. Validation is the core's (zod): its issue paths come back and are placed beside the field or row.
 */
import type { PartnerDetail } from '../../../../main/core/partners/types.js';
import type { InputOf } from '../../api/contract-types.js';
import type { PartnerChannel, PartnerIdentifierKind } from '../../../../main/core/partners/profile-schema.js';

export type IdentifierDraft = {
  kind: PartnerIdentifierKind;
  qualifier: string;
  id: string;
}
export type ItemDraft = {
  buyerPart: string;
  sku: string;
  gtin: string;
  description: string;
}
export type UomDraft = {
  from: string;
  to: string;
  factor: string;
  sku: string;
}
export type LocationDraft = {
  code: string;
  gln: string;
  warehouse: string;
  name: string;
}
export type ContactDraft = {
  name: string;
  role: string;
  email: string;
  phone: string;
}

export interface ProfileDraft {
  name: string;
  channel: PartnerChannel;
  standard: '' | 'x12' | 'edifact';
  version: string;
  identifiers: IdentifierDraft[];
  ackWithinHours: string;
  asnWithinHours: string;
  ackOverdueHours: string;
  pricePercent: string;
  quantityUnits: string;
  quantityPercent: string;
  items: ItemDraft[];
  uomConversions: UomDraft[];
  locations: LocationDraft[];
  contacts: ContactDraft[];
}

export type RowListKey = 'identifiers' | 'items' | 'uomConversions' | 'locations' | 'contacts';

export const EMPTY_ROWS: { [K in RowListKey]: ProfileDraft[K][number] } = {
  identifiers: { kind: 'isa', qualifier: 'ZZ', id: '' },
  items: { buyerPart: '', sku: '', gtin: '', description: '' },
  uomConversions: { from: '', to: '', factor: '', sku: '' },
  locations: { code: '', gln: '', warehouse: '', name: '' },
  contacts: { name: '', role: '', email: '', phone: '' },
};

const text = (value: string | number | null | undefined) => (value === null || value === undefined ? '' : String(value));

export function toDraft(detail: PartnerDetail): ProfileDraft {
  const { profile } = detail;
  return {
    name: profile.name,
    channel: profile.channel,
    standard: profile.standard ?? '',
    version: text(profile.version),
    identifiers: detail.identifiers.map((identifier) => ({ kind: identifier.kind, qualifier: 'qualifier' in identifier ? identifier.qualifier : '', id: identifier.id })),
    ackWithinHours: text(profile.slas.ackWithinHours),
    asnWithinHours: text(profile.slas.asnWithinHours),
    ackOverdueHours: text(profile.ackOverdueHours),
    pricePercent: text(profile.tolerances.pricePercent),
    quantityUnits: text(profile.tolerances.quantityUnits),
    quantityPercent: text(profile.tolerances.quantityPercent),
    items: profile.items.map((item) => ({ buyerPart: text(item.buyerPart), sku: text(item.sku), gtin: text(item.gtin), description: text(item.description) })),
    uomConversions: profile.uomConversions.map((conversion) => ({ from: conversion.from, to: conversion.to, factor: conversion.factor, sku: text(conversion.sku) })),
    locations: profile.locations.map((location) => ({ code: text(location.code), gln: text(location.gln), warehouse: text(location.warehouse), name: text(location.name) })),
    contacts: profile.contacts.map((contact) => ({ name: contact.name, role: text(contact.role), email: text(contact.email), phone: text(contact.phone) })),
  };
}

/** Field errors keyed by the draft's paths: 'name', 'slas.ackWithinHours', 'items.2.gtin', 'identifiers.0'. */
export type FieldErrors = Record<string, string>;

/** Blank optional text is left out rather than sent as ''. */
function compact<T extends Record<string, string>>(row: T): Partial<T> {
  return Object.fromEntries(Object.entries(row).filter(([, value]) => value.trim() !== '')) as Partial<T>;
}

const HOURS = /^\d+$/;

export type UpdateInput = InputOf<'partners.update'>;

export function draftToUpdate(partnerId: number, draft: ProfileDraft): { ok: true; input: UpdateInput } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const hours = (value: string, path: string): number | null => {
    if (value.trim() === '') return null;
    if (!HOURS.test(value.trim())) errors[path] = 'Enter a whole number of hours.';
    return Number(value.trim());
  };
  const decimal = (value: string) => (value.trim() === '' ? null : value.trim());
  const slas = { ackWithinHours: hours(draft.ackWithinHours, 'slas.ackWithinHours'), asnWithinHours: hours(draft.asnWithinHours, 'slas.asnWithinHours') };
  const ackOverdueHours = hours(draft.ackOverdueHours, 'ackOverdueHours');
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      partnerId,
      name: draft.name,
      identifiers: draft.identifiers.map(({ kind, qualifier, id }) => (kind === 'isa' || kind === 'unb' ? { kind, qualifier, id } : { kind, id })),
      profile: {
        channel: draft.channel,
        standard: draft.standard === '' ? null : draft.standard,
        version: draft.version.trim() === '' ? null : draft.version,
        ackOverdueHours,
        slas,
        tolerances: { pricePercent: decimal(draft.pricePercent), quantityUnits: decimal(draft.quantityUnits), quantityPercent: decimal(draft.quantityPercent) },
        items: draft.items.map(compact),
        uomConversions: draft.uomConversions.map((row) => ({ from: row.from, to: row.to, factor: row.factor, ...compact({ sku: row.sku }) })),
        locations: draft.locations.map(compact),
        contacts: draft.contacts.map((row) => ({ name: row.name, ...compact({ role: row.role, email: row.email, phone: row.phone }) })),
      },
    },
  };
}

/** The core's zod issues ('profile.items.1.gtin') as draft paths ('items.1.gtin'); the rest as form errors. */
export function fieldErrorsFrom(details: unknown): { fields: FieldErrors; unplaced: string[] } {
  const fields: FieldErrors = {};
  const unplaced: string[] = [];
  if (!Array.isArray(details)) return { fields, unplaced };
  for (const issue of details as { path?: unknown; message?: unknown }[]) {
    if (typeof issue.path !== 'string' || typeof issue.message !== 'string') continue;
    const path = issue.path.replace(/^profile\./, '');
    if (path === '' || path === 'profile' || path === 'partnerId') unplaced.push(issue.message);
    else fields[path] ??= issue.message;
  }
  return { fields, unplaced };
}

/** Errors of a row (its own or any of its cells), for the row's summary. */
export function rowError(errors: FieldErrors, list: RowListKey, index: number): string | undefined {
  return errors[`${list}.${index}`];
}
