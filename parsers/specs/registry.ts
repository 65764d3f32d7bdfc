/**
 * Finds the spec for a transaction type and version. Versions are normalized ('004010VICS' -> '004010',
 * 'D:96A:UN' -> 'D96A'); when no spec has the exact version, the closest version of the same type stands in and the
 * answer says so (`exact: false`), so validation can report its findings as warnings rather than errors.
 */
import type { Standard } from '../model.js';
import { edifactDictionary } from './edifact/index.js';
import type { StandardDictionary, TransactionSpec } from './types.js';
import { x12Dictionary } from './x12/index.js';

export interface ResolvedTransactionSpec {
  spec: TransactionSpec;
  /** false when the spec was written for another version than the one asked for */
  exact: boolean;
  /** the version asked for, normalized ('004010', 'D96A') */
  version: string;
  /** the version of `spec` that was chosen */
  specVersion: string;
}

export function dictionaryFor(standard: Standard): StandardDictionary {
  return standard === 'x12' ? x12Dictionary : edifactDictionary;
}

/** X12: the 6-digit version from GS08/ST03 ('004010VICS', '005010X222A1', ISA12 '00401'); EDIFACT: 'D96A'. */
export function normalizeVersion(standard: Standard, version: string): string {
  const trimmed = version.trim().toUpperCase();
  if (standard === 'x12') {
    let digits = 0;
    while (digits < trimmed.length && isDigit(trimmed.charCodeAt(digits))) digits++;
    if (digits >= 6) return trimmed.slice(0, 6);
    if (digits === 5) return `${trimmed.slice(0, 5)}0`;
    if (digits === 4) return `00${trimmed.slice(0, 4)}`;
    return trimmed;
  }
  const parts = trimmed.split(':');
  const joined = parts.length >= 2 ? `${parts[0]}${parts[1]}` : trimmed;
  return /^\d\d[A-Z]$/.test(joined) ? `D${joined}` : joined;
}

/** The spec for a type and version, falling back to the closest version of the same type; undefined for unknown types. */
export function resolveTransactionSpec(
  standard: Standard,
  type: string,
  version: string,
): ResolvedTransactionSpec | undefined {
  const key = `${standard}\u0000${type}\u0000${version}`;
  let resolved = resolutions.get(key);
  if (resolved === undefined) {
    resolved = resolveSpecAmong(dictionaryFor(standard).transactions, standard, type, version) ?? null;
    resolutions.set(key, resolved);
  }
  return resolved ?? undefined;
}

/** The spec for a transaction type and version (with version fallback), or undefined. */
export function findTransactionSpec(standard: Standard, type: string, version: string): TransactionSpec | undefined {
  return resolveTransactionSpec(standard, type, version)?.spec;
}

const resolutions = new Map<string, ResolvedTransactionSpec | null>();

/** resolveTransactionSpec over an explicit list of specs (no cache). */
export function resolveSpecAmong(
  transactions: readonly TransactionSpec[],
  standard: Standard,
  type: string,
  version: string,
): ResolvedTransactionSpec | undefined {
  const wanted = normalizeVersion(standard, version);
  const candidates: { spec: TransactionSpec; version: string }[] = [];
  for (const spec of transactions) {
    if (spec.type !== type || spec.standard !== standard) continue;
    for (const specVersion of spec.versions) candidates.push({ spec, version: normalizeVersion(standard, specVersion) });
  }
  if (candidates.length === 0) return undefined;
  const exact = candidates.find((candidate) => candidate.version === wanted);
  if (exact) return { spec: exact.spec, exact: true, version: wanted, specVersion: exact.version };
  const chosen = closestCandidate(candidates, standard, wanted);
  return { spec: chosen.spec, exact: false, version: wanted, specVersion: chosen.version };
}

/** The stand-in version a family of versions maps to, per standard (the versions our spec data is written for). */
function preferredFallback(standard: Standard, version: string): string {
  const rank = versionRank(standard, version);
  if (standard === 'x12') {
    if (Number.isNaN(rank) || rank < 5000) return '004010';
    return '005010';
  }
  if (Number.isNaN(rank) || rank < versionRank('edifact', 'D00A')) return 'D96A';
  return 'D01B';
}

function closestCandidate<T extends { version: string }>(candidates: T[], standard: Standard, wanted: string): T {
  const preferred = preferredFallback(standard, wanted);
  const byRule = candidates.find((candidate) => candidate.version === preferred);
  if (byRule) return byRule;
  const target = versionRank(standard, Number.isNaN(versionRank(standard, wanted)) ? preferred : wanted);
  let best = candidates[0] as T;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = Math.abs(versionRank(standard, candidate.version) - target);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** A number that orders versions: X12 '004010' -> 4010; EDIFACT 'D96A' -> 1996 * 26 + 0; NaN when unreadable. */
function versionRank(standard: Standard, version: string): number {
  if (standard === 'x12') return /^\d{6}$/.test(version) ? Number(version) : NaN;
  const match = /^[DS](\d\d)([A-Z])$/.exec(version);
  if (!match) return NaN;
  const twoDigitYear = Number(match[1]);
  const year = twoDigitYear >= 70 ? 1900 + twoDigitYear : 2000 + twoDigitYear;
  return year * 26 + ((match[2] as string).charCodeAt(0) - 65);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
