/**
 * Trading partners are created on first sight of their envelope ids (ISA05/06 + GS02/03, UNB sender/recipient),
 * and each interchange is classified inbound or outbound by whether its sender is one of our own ids.
 */
import type Database from 'better-sqlite3';
import type { Interchange, PartyId } from '../../../parsers/index.js';
import type { Settings } from '../api/types.js';

export type Direction = 'inbound' | 'outbound';

export interface PartnerMatch {
  partnerId: number;
  direction: Direction;
  created: boolean;
}

/** What a partner profile learns from the files it sends: shown in the onboarding wizard and partner view. */
export interface DetectedProfile {
  delimiters?: unknown;
  versions: string[];
  quirks: string[];
  standards: string[];
}

const normalize = (value: string) => value.trim().toUpperCase();

/** Envelope qualifiers that say the id is a GLN or a DUNS number (X12 ISA05/07; EDIFACT 0007). */
const REGISTRY_QUALIFIERS: Record<string, Record<string, 'gln' | 'duns'>> = {
  x12: { '01': 'duns', '14': 'duns' },
  edifact: { '14': 'gln', '1': 'duns', '16': 'duns' },
};

/** A party is us when it is one of the company's own ids (or GLNs): what makes an interchange outbound. */
export function isOurs(standard: 'x12' | 'edifact', party: PartyId, company: Settings['company']): boolean {
  const id = normalize(party.id);
  const list = standard === 'x12' ? company.x12Ids : company.edifactIds;
  if (list.some((own) => normalize(own.id) === id && (own.qualifier === '' || normalize(own.qualifier) === normalize(party.qualifier)))) return true;
  return company.glns.includes(id);
}

export function createPartnerResolver(db: Database.Database) {
  const findIdentifier = db.prepare('SELECT partner_id FROM partner_identifiers WHERE standard = ? AND qualifier = ? AND identifier = ?').pluck();
  const followMerge = db.prepare('SELECT coalesce(merged_into, id) FROM partners WHERE id = ?').pluck();
  const insertPartner = db.prepare('INSERT INTO partners (name, created_at, profile_json) VALUES (?, ?, ?)');
  const insertIdentifier = db.prepare('INSERT OR IGNORE INTO partner_identifiers (standard, qualifier, identifier, partner_id) VALUES (?, ?, ?, ?)');
  const readProfile = db.prepare('SELECT profile_json FROM partners WHERE id = ?').pluck();
  const writeProfile = db.prepare('UPDATE partners SET profile_json = ? WHERE id = ?');

  function lookup(standard: string, party: PartyId): number | undefined {
    const id = findIdentifier.get(standard, normalize(party.qualifier), normalize(party.id)) as number | undefined;
    return id === undefined ? undefined : (followMerge.get(id) as number);
  }

  /** A profile that knows the partner only by GLN or DUNS (e.g. imported) catches an envelope id qualified as one. */
  function lookupByRegistry(standard: string, party: PartyId): number | undefined {
    const registry = REGISTRY_QUALIFIERS[standard]?.[normalize(party.qualifier)];
    if (registry === undefined) return undefined;
    const id = findIdentifier.get(registry, '', normalize(party.id)) as number | undefined;
    return id === undefined ? undefined : (followMerge.get(id) as number);
  }

  /** Must run inside the caller's transaction: a new partner and its identifiers are committed with the file. */
  function resolve(interchange: Interchange, company: Settings['company'], groupSender?: PartyId | null): PartnerMatch {
    const outbound = isOurs(interchange.standard, interchange.sender, company);
    const party = outbound ? interchange.receiver : interchange.sender;
    let existing = lookup(interchange.standard, party);
    if (existing === undefined) {
      existing = lookupByRegistry(interchange.standard, party);
      // from now on the envelope id resolves directly
      if (existing !== undefined) insertIdentifier.run(interchange.standard, normalize(party.qualifier), normalize(party.id), existing);
    }
    const profile = learnedProfile(interchange);
    if (existing !== undefined) {
      mergeProfile(existing, profile);
      return { partnerId: existing, direction: outbound ? 'outbound' : 'inbound', created: false };
    }
    const name = party.id.trim() || 'Unknown partner';
    const partnerId = Number(insertPartner.run(name, new Date().toISOString(), JSON.stringify(profile)).lastInsertRowid);
    insertIdentifier.run(interchange.standard, normalize(party.qualifier), normalize(party.id), partnerId);
    if (groupSender && !outbound && groupSender.id.trim() !== '') insertIdentifier.run(`${interchange.standard}-group`, '', normalize(groupSender.id), partnerId);
    return { partnerId, direction: outbound ? 'outbound' : 'inbound', created: true };
  }

  /**
   * What each partner's stored profile already holds, by the exact text it was read as: a partner that sends the
   * same envelope every time is read (a cheap row fetch) but not parsed, merged and re-serialised per interchange
   * (≈ 0.45 s of CPU per 10,000 small files). A profile changed since (by a user, a merge, another process) reads
   * as different text and is merged in full.
   */
  const known = new Map<number, KnownProfile>();

  function mergeProfile(partnerId: number, learned: DetectedProfile): void {
    const stored = (readProfile.get(partnerId) as string | undefined) ?? '{}';
    const seen = known.get(partnerId);
    if (seen !== undefined && seen.text === stored && holds(seen, learned)) return;
    const current = JSON.parse(stored) as Partial<DetectedProfile>;
    const union = (a: string[] = [], b: string[]) => [...new Set([...a, ...b])].sort();
    const next: DetectedProfile = {
      ...current,
      delimiters: current.delimiters ?? learned.delimiters,
      versions: union(current.versions, learned.versions),
      quirks: union(current.quirks, learned.quirks),
      standards: union(current.standards, learned.standards),
    };
    const text = JSON.stringify(next);
    const unchanged = text === JSON.stringify(current);
    if (!unchanged) writeProfile.run(text, partnerId);
    // merging anything this profile already holds into it again changes nothing (its lists are sorted sets)
    known.set(partnerId, {
      text: unchanged ? stored : text,
      hasDelimiters: next.delimiters !== undefined && next.delimiters !== null,
      versions: new Set(next.versions),
      quirks: new Set(next.quirks),
      standards: new Set(next.standards),
    });
  }

  return { resolve, lookup };
}

interface KnownProfile {
  text: string;
  hasDelimiters: boolean;
  versions: Set<string>;
  quirks: Set<string>;
  standards: Set<string>;
}

function holds(profile: KnownProfile, learned: DetectedProfile): boolean {
  // `??` would still take the learned delimiters
  if (!profile.hasDelimiters) return false;
  return learned.versions.every((v) => profile.versions.has(v)) && learned.quirks.every((q) => profile.quirks.has(q)) && learned.standards.every((s) => profile.standards.has(s));
}

function learnedProfile(interchange: Interchange): DetectedProfile {
  const versions = new Set<string>([interchange.version]);
  for (const group of interchange.groups) if (group.version) versions.add(group.version);
  return { delimiters: interchange.delimiters, versions: [...versions].sort(), quirks: [...interchange.quirks].sort(), standards: [interchange.standard] };
}

export type PartnerResolver = ReturnType<typeof createPartnerResolver>;
