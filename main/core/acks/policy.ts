/**
 * A partner's acknowledgment policy lives in its profile (partners.profile_json) under `ackPolicy`, and its overdue
 * hours under `ackOverdueHours`; missing or unreadable values fall back to the defaults and the workspace setting.
 */
import type Database from 'better-sqlite3';
import { CoreError } from '../api/result.js';
import { ackPolicySchema, DEFAULT_ACK_POLICY, type AckPolicy } from './schema.js';
import { ackStoreFor } from './store.js';
import type { PartnerAckPolicy } from './types.js';

type Profile = Record<string, unknown>;

export function readProfile(db: Database.Database, partnerId: number): Profile | null {
  const text = ackStoreFor(db).profileJson.get(partnerId) as string | undefined;
  if (text === undefined) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Profile) : {};
  } catch {
    return {};
  }
}

/** Each field on its own: one bad field in a hand-edited profile does not discard the others. */
export function ackPolicyOf(profile: Profile | null): AckPolicy {
  const stored = profile?.ackPolicy;
  const policy: AckPolicy = { ...DEFAULT_ACK_POLICY };
  if (stored === null || typeof stored !== 'object') return policy;
  for (const key of Object.keys(DEFAULT_ACK_POLICY) as (keyof AckPolicy)[]) {
    const field = ackPolicySchema.shape[key].safeParse((stored as Profile)[key]);
    if (field.success) (policy as Record<string, unknown>)[key] = field.data;
  }
  return policy;
}

export function overdueHoursOf(profile: Profile | null): number | null {
  const hours = profile?.ackOverdueHours;
  return typeof hours === 'number' && Number.isInteger(hours) && hours > 0 ? hours : null;
}

export function partnerAckPolicy(db: Database.Database, partnerId: number, workspaceHours: number): PartnerAckPolicy {
  const profile = readProfile(db, partnerId);
  if (profile === null) throw new CoreError('not-found', `No partner with id ${partnerId}`);
  const own = overdueHoursOf(profile);
  return { partnerId, policy: ackPolicyOf(profile), ackOverdueHours: own, effectiveOverdueHours: own ?? workspaceHours };
}

export interface PolicyChange {
  policy?: Partial<AckPolicy> | undefined;
  /** null: follow the workspace setting again */
  ackOverdueHours?: number | null | undefined;
}

/** Changes the policy and/or overdue hours in the profile (other profile keys untouched) and audits the change. */
export function updatePartnerAckPolicy(db: Database.Database, partnerId: number, change: PolicyChange, actor: string, now: Date, workspaceHours: number): PartnerAckPolicy {
  db.transaction(() => {
    const profile = readProfile(db, partnerId);
    if (profile === null) throw new CoreError('not-found', `No partner with id ${partnerId}`);
    const next: Profile = { ...profile };
    if (change.policy !== undefined) next.ackPolicy = { ...ackPolicyOf(profile), ...change.policy };
    if (change.ackOverdueHours === null) delete next.ackOverdueHours;
    else if (change.ackOverdueHours !== undefined) next.ackOverdueHours = change.ackOverdueHours;
    db.prepare('UPDATE partners SET profile_json = ? WHERE id = ?').run(JSON.stringify(next), partnerId);
    db.prepare('INSERT INTO audit_log (at, actor, action, subject, detail_json) VALUES (?, ?, ?, ?, ?)').run(
      now.toISOString(), actor, 'partners.ackPolicy.set', `partner:${partnerId}`, JSON.stringify(change),
    );
  })();
  return partnerAckPolicy(db, partnerId, workspaceHours);
}
