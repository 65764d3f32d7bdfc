/**
 * The ingest hook for files the EDI parser did not recognise: a CSV or JSON order file is claimed by the one partner
 * whose published map fits it (or by the partner named with the delivery), mapped, and stored like an interchange
 * (store-file.ts). A file no map fits, or several do, is quarantined with a reason naming the maps and what each
 * lacks. Runs inside ingest's storing transaction, after the file's old rows were deleted, so re-processing works
 * the same as for EDI. Returns false (ingest quarantines as before) when the workspace has no CSV/JSON map at all
 * or the file is empty or binary.
 */
import type { CoreContext } from '../context.js';
import type { ProcessedFile } from '../ingest/process-file.js';
import { ingestStoreFor, type FileRow } from '../ingest/store.js';
import type { Channel } from '../canonical/index.js';
import { partnerCrossReferences } from '../mapping-store/cross-references.js';
import { parseRawProfile, profileFieldsOf } from '../partners/stored-profile.js';
import { candidatesForPartner, describeCandidate, publishedCandidates, type CandidateMap, type TabularStandard } from './candidates.js';
import { assignedPartner } from './assignment.js';
import { parseJsonWithSpans, type ParsedJson } from './json-layout.js';
import { csvFit, mapCsvFile, mapJsonFile, selectedJsonDocuments, type FileMapping } from './map-file.js';
import { storeChannelFile } from './store-file.js';
import { decodeText, looksBinary, type DecodedText } from './text.js';

export interface ChannelClaim {
  file: FileRow;
  bytes: Uint8Array;
  /** ingest's outcome for the file: filled in here when the file is claimed */
  outcome: ProcessedFile;
  now: string;
  parserVersion: number;
  /** the partner named with the delivery; without it the file's assignment (assignment.ts), else the maps' signatures decide */
  partnerId?: number;
}

/** Why listing the maps that lack something stops: a reason stays readable in the files list. */
const MAX_LISTED = 6;

type Fit = { candidate: CandidateMap; fits: true } | { candidate: CandidateMap; fits: false; why: string };

function looksLikeJson(text: string): boolean {
  const first = /^[\uFEFF\s]*(.)/.exec(text)?.[1];
  return first === '{' || first === '[';
}

function csvFits(candidates: CandidateMap[], text: string): Fit[] {
  return candidates.map((candidate) => {
    const { missing } = csvFit(candidate, text);
    if (missing.length === 0) return { candidate, fits: true };
    const shown = missing.slice(0, 8).join(', ') + (missing.length > 8 ? ` and ${missing.length - 8} more` : '');
    return { candidate, fits: false, why: `the header lacks ${shown}` };
  });
}

function jsonFits(candidates: CandidateMap[], parsed: ParsedJson): Fit[] {
  return candidates.map((candidate) => {
    const source = candidate.compiled.definition.source;
    const path = source.standard === 'json' ? (source.documents ?? '$') : '$';
    return selectedJsonDocuments(candidate, parsed).length > 0 ? { candidate, fits: true } : { candidate, fits: false, why: `${path} selects nothing` };
  });
}

function list(items: string[]): string {
  return items.length <= MAX_LISTED ? items.join('; ') : `${items.slice(0, MAX_LISTED).join('; ')}; and ${items.length - MAX_LISTED} more`;
}

function quarantine(context: CoreContext, claim: ChannelClaim, reason: string): true {
  const { result } = claim.outcome;
  const parserReason = result.problems[0]?.message;
  const full = parserReason ? `${parserReason.replace(/\.+$/, '')}. ${reason}` : reason;
  ingestStoreFor(context.workspace.db).markQuarantined.run(result.verdict, JSON.stringify(result.problems.slice(0, 200)), claim.now, claim.parserVersion, full, claim.file.id);
  claim.outcome.quarantined = true;
  claim.outcome.reason = full;
  claim.outcome.errors = result.problems.filter((problem) => problem.severity === 'error').length;
  return true;
}

function fileName(context: CoreContext, fileId: number): string | undefined {
  const name = context.workspace.db.prepare('SELECT original_name FROM receipts WHERE file_id = ? ORDER BY id LIMIT 1').pluck().get(fileId) as string | undefined;
  return name ?? undefined;
}

function partnerOf(context: CoreContext, partnerId: number): { name: string; channel: Channel } | undefined {
  const row = context.workspace.db.prepare('SELECT name, profile_json FROM partners WHERE id = ?').get(partnerId) as { name: string; profile_json: string } | undefined;
  if (!row) return undefined;
  return { name: row.name, channel: profileFieldsOf(parseRawProfile(row.profile_json)).channel };
}

function storeWith(context: CoreContext, claim: ChannelClaim, candidate: CandidateMap & { partnerId: number }, decoded: DecodedText, parsed: ParsedJson | null): true {
  const partner = partnerOf(context, candidate.partnerId);
  if (!partner) return quarantine(context, claim, `Partner ${candidate.partnerId} does not exist`);
  // a partner still marked 'edi' that sends CSV is taken as a web shop: the engine's default channel
  const channel: Channel = partner.channel === 'edi' ? 'ecommerce' : partner.channel;
  const name = fileName(context, claim.file.id);
  const options = {
    xref: partnerCrossReferences(context.workspace.db, candidate.partnerId),
    partner: { id: candidate.partnerId, name: partner.name },
    channel,
    ...(name ? { fileName: name } : {}),
  };
  const mapping: FileMapping = parsed ? mapJsonFile(candidate, decoded, parsed, options) : mapCsvFile(candidate, decoded, csvFit(candidate, decoded.text).layout, options);
  if (!mapping.ok) return quarantine(context, claim, `${describeCandidate(candidate)} cannot read it: ${mapping.message}`);
  if (mapping.documents.length === 0) return quarantine(context, claim, `${describeCandidate(candidate)} fits, but the file holds no ${candidate.standard === 'csv' ? 'data rows' : 'documents'}`);
  const stored = storeChannelFile(context.workspace.db, {
    file: claim.file,
    bytes: claim.bytes,
    decoded,
    candidate: { ...candidate, partnerName: partner.name },
    channel,
    documents: mapping.documents,
    notes: mapping.notes,
    company: context.settings.read().company,
    now: claim.now,
    parserVersion: claim.parserVersion,
  });
  const { outcome } = claim;
  outcome.quarantined = false;
  delete outcome.reason;
  outcome.verdict = stored.verdict;
  outcome.documents = stored.documents;
  outcome.errors = stored.errors;
  outcome.warnings = stored.warnings;
  return true;
}

/** true: the file was handled here (stored or quarantined with a channel reason); false: ingest goes on as before. */
export function claimChannelFile(context: CoreContext, claim: ChannelClaim): boolean {
  const { db } = context.workspace;
  if (claim.bytes.length === 0 || looksBinary(claim.bytes)) return false;
  const named = claim.partnerId ?? assignedPartner(db, claim.file.id);
  let candidates: CandidateMap[];
  if (named !== undefined) {
    const partner = partnerOf(context, named);
    if (!partner) return quarantine(context, claim, `The file is assigned to partner ${named}, which does not exist`);
    candidates = candidatesForPartner(db, named, partner.name);
  } else candidates = publishedCandidates(db);
  if (candidates.length === 0 && named !== undefined) return quarantine(context, claim, `It is assigned to partner ${named}, which has no published CSV or JSON map (nor has the workspace)`);
  if (candidates.length === 0) return false;

  const decoded = decodeText(claim.bytes);
  const standard: TabularStandard = looksLikeJson(decoded.text) ? 'json' : 'csv';
  const label = standard.toUpperCase();
  const relevant = candidates.filter((candidate) => candidate.standard === standard);
  if (relevant.length === 0) return quarantine(context, claim, `It reads as ${label}, and no ${named === undefined ? 'partner has a' : 'map for its partner is a'} published ${label} map`);

  let parsed: ParsedJson | null = null;
  if (standard === 'json') {
    try {
      parsed = parseJsonWithSpans(decoded.text);
    } catch (error) {
      return quarantine(context, claim, `It starts like JSON but is not valid JSON: ${(error as Error).message}`);
    }
  }
  const fits = parsed ? jsonFits(relevant, parsed) : csvFits(relevant, decoded.text);
  const fitting = fits.filter((fit) => fit.fits).map((fit) => fit.candidate);
  // with a named partner every candidate carries it; otherwise only a partner's own map says whose file this is
  const matching = fitting.filter((candidate) => candidate.partnerId !== null);
  if (matching.length === 1) {
    const chosen = matching[0]!;
    return storeWith(context, claim, { ...chosen, partnerId: chosen.partnerId! }, decoded, parsed);
  }
  if (matching.length === 0 && fitting.length > 0) {
    return quarantine(context, claim, `Only ${list(fitting.map(describeCandidate))} fits it, which names no partner: assign the file to its partner`);
  }
  if (matching.length > 1) {
    return quarantine(context, claim, `Several published ${label} maps fit it: ${list(matching.map(describeCandidate))}. Assign it to its partner, or make the maps' columns differ`);
  }
  const reasons = fits.flatMap((fit) => (fit.fits ? [] : [`${describeCandidate(fit.candidate)}: ${fit.why}`]));
  return quarantine(context, claim, `No published ${label} map fits it (${list(reasons)})`);
}
