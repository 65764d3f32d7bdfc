/**
 * partners.profile_json holds, side by side: what ingest learned (delimiters, versions, quirks, standards; written
 * by resolve.ts), the ack policy (`ackPolicy`, `ackOverdueHours`; read by main/core/acks/policy.ts) and the fields a
 * coordinator edits. Each field is read on its own, so one bad value in a hand-edited profile loses only itself.
 */
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { ackPolicyOf, overdueHoursOf } from '../acks/policy.js';
import { CoreError } from '../api/result.js';
import { DEFAULT_PROFILE_FIELDS, profilePatchSchema, type LearnedProfile, type PartnerProfileFields } from './profile-schema.js';

export type RawProfile = Record<string, unknown>;

export interface PartnerRow {
  id: number;
  name: string;
  merged_into: number | null;
  created_at: string;
  profile_json: string;
}

export function partnerRow(db: Database.Database, partnerId: number): PartnerRow {
  const row = db.prepare('SELECT id, name, merged_into, created_at, profile_json FROM partners WHERE id = ?').get(partnerId) as PartnerRow | undefined;
  if (row === undefined) throw new CoreError('not-found', `No partner with id ${partnerId}`);
  return row;
}

export function parseRawProfile(text: string): RawProfile {
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as RawProfile) : {};
  } catch {
    return {};
  }
}

// partial() wrapped each field in an optional; a stored value must be present to count
const fieldSchemas = profilePatchSchema.shape as unknown as Record<keyof PartnerProfileFields, z.ZodOptional<z.ZodType>>;

function readField<K extends keyof PartnerProfileFields>(raw: RawProfile, key: K): PartnerProfileFields[K] {
  const stored = raw[key];
  const schema = fieldSchemas[key].unwrap();
  if (Array.isArray(stored) && schema instanceof z.ZodArray) {
    // keep the rows that still read well
    const element = schema.element as z.ZodType;
    return stored.flatMap((row) => {
      const parsed = element.safeParse(row);
      return parsed.success ? [parsed.data] : [];
    }) as PartnerProfileFields[K];
  }
  const parsed = schema.safeParse(stored);
  return parsed.success ? (parsed.data as PartnerProfileFields[K]) : DEFAULT_PROFILE_FIELDS[key];
}

export function profileFieldsOf(raw: RawProfile): PartnerProfileFields {
  const fields = { ...DEFAULT_PROFILE_FIELDS };
  for (const key of Object.keys(DEFAULT_PROFILE_FIELDS) as (keyof PartnerProfileFields)[]) (fields as Record<string, unknown>)[key] = readField(raw, key);
  // the ack keys are read exactly as the ack code reads them
  fields.ackPolicy = ackPolicyOf(raw);
  fields.ackOverdueHours = overdueHoursOf(raw);
  return fields;
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

export function learnedOf(raw: RawProfile): LearnedProfile {
  return { delimiters: raw.delimiters ?? null, versions: strings(raw.versions), quirks: strings(raw.quirks), standards: strings(raw.standards) };
}

/** The stored JSON with `fields` written over it; learned and unknown keys stay. */
export function withFields(raw: RawProfile, fields: Partial<PartnerProfileFields>): RawProfile {
  const next: RawProfile = { ...raw, ...fields };
  if (next.ackOverdueHours === null) delete next.ackOverdueHours;
  return next;
}

export function writeRawProfile(db: Database.Database, partnerId: number, raw: RawProfile): void {
  db.prepare('UPDATE partners SET profile_json = ? WHERE id = ?').run(JSON.stringify(raw), partnerId);
}

export function audit(db: Database.Database, actor: string, action: string, partnerId: number, detail: unknown): void {
  db.prepare('INSERT INTO audit_log (at, actor, action, subject, detail_json) VALUES (?, ?, ?, ?, ?)').run(new Date().toISOString(), actor, action, `partner:${partnerId}`, JSON.stringify(detail));
}

/** The surviving partner: follows merged_into until a partner that is not merged. */
export function survivorOf(db: Database.Database, partnerId: number): number {
  const next = db.prepare('SELECT merged_into FROM partners WHERE id = ?').pluck();
  let current = partnerId;
  for (let hops = 0; hops < 100; hops++) {
    const target = next.get(current) as number | null | undefined;
    if (target === undefined) throw new CoreError('not-found', `No partner with id ${partnerId}`);
    if (target === null) return current;
    current = target;
  }
  throw new CoreError('conflict', `Partner ${partnerId} is merged in a loop`);
}
