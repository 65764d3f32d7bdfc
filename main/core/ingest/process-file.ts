/**
 * Parse an archived file and store what was found, all in one SQLite transaction: interchanges, groups, one
 * document row per transaction (with its problems, byte range and business keys), partners on first sight, and
 * the file's state. Re-processing a file replaces its rows in the same way, so it can run any number of times.
 */
import { parseEdi, type EdiFileResult, type Problem, type Transaction } from '../../../parsers/index.js';
import { recordFileAcknowledgments } from '../acks/record.js';
import { claimChannelFile } from '../channels/claim.js';
import type { CoreContext } from '../context.js';
import { createIngestMapper, type IngestMapper } from '../mapping-store/ingest-mapper.js';
import { edifactBusinessKeys, x12BusinessKeys, type BusinessKeys } from './business-keys.js';
import { ingestStoreFor, partnerResolverFor, type FileRow } from './store.js';

/** Bump when a parser or spec change makes re-processing old files worthwhile. */
export const PARSER_VERSION = 1;
/** A transaction with thousands of problems keeps the first ones and says how many more there were. */
const MAX_STORED_PROBLEMS = 200;

export interface ProcessedFile {
  fileId: number;
  verdict: EdiFileResult['verdict'];
  quarantined: boolean;
  reason?: string;
  documents: number;
  errors: number;
  warnings: number;
  newPartners: number;
  duplicateControlNumbers: number;
  result: EdiFileResult;
}

function countSeverities(problems: Problem[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const problem of problems) {
    if (problem.severity === 'error') errors++;
    else if (problem.severity === 'warning') warnings++;
  }
  return { errors, warnings };
}

function problemsJson(problems: Problem[]): string {
  // most transactions have none: no serialiser call for each of them
  if (problems.length === 0) return '[]';
  if (problems.length <= MAX_STORED_PROBLEMS) return JSON.stringify(problems);
  return JSON.stringify([
    ...problems.slice(0, MAX_STORED_PROBLEMS),
    { severity: 'info', code: 'truncated-file', message: `${problems.length - MAX_STORED_PROBLEMS} more problems not stored`, level: 'file', position: problems[MAX_STORED_PROBLEMS]!.position },
  ]);
}

/** Parses with segments handed to the callback only, so a 50 MiB file never holds all its segments at once. */
function parseWithKeys(bytes: Uint8Array, mapper: IngestMapper | null): { result: EdiFileResult; keys: Map<number, BusinessKeys> } {
  const keys = new Map<number, BusinessKeys>();
  const result = parseEdi(bytes, {
    keepSegments: false,
    segmentsForCallback: true,
    onTransaction: (transaction: Transaction, group, interchange) => {
      const segments = transaction.segments ?? [];
      keys.set(transaction.range.start, interchange.standard === 'x12' ? x12BusinessKeys(transaction.type, segments) : edifactBusinessKeys(transaction.type, segments));
      // mapping hook (main/core/mapping-store): canonical document mapped while the segments are lent
      mapper?.map(transaction, group, interchange);
    },
  });
  return { result, keys };
}

export function processArchivedFile(context: CoreContext, file: FileRow, bytes: Uint8Array): ProcessedFile {
  const { db } = context.workspace;
  const store = ingestStoreFor(db);
  const partners = partnerResolverFor(db);
  const company = context.settings.read().company;
  const now = new Date().toISOString();
  const mapper = createIngestMapper(context, file);
  const { result, keys } = parseWithKeys(bytes, mapper);
  const outcome: ProcessedFile = { fileId: file.id, verdict: result.verdict, quarantined: false, documents: 0, errors: 0, warnings: 0, newPartners: 0, duplicateControlNumbers: 0, result };

  db.transaction(() => {
    store.deleteDocuments.run(file.id);
    store.deleteGroups.run(file.id);
    store.deleteInterchanges.run(file.id);
    if (result.standard === null || result.interchanges.length === 0) {
      // CSV / JSON order files of e-commerce and marketplace partners (main/core/channels)
      if (result.standard === null && claimChannelFile(context, { file, bytes, outcome, now, parserVersion: PARSER_VERSION })) return;
      outcome.quarantined = true;
      outcome.reason = result.problems[0]?.message ?? 'No interchange found in the file';
      const counts = countSeverities(result.problems);
      outcome.errors = counts.errors;
      store.markQuarantined.run(result.verdict, problemsJson(result.problems), now, PARSER_VERSION, outcome.reason, file.id);
      return;
    }
    const receivedAt = (store.firstReceivedAt.get(file.id) as string | null) ?? now;
    const fileCounts = countSeverities(result.problems);
    outcome.errors += fileCounts.errors;
    outcome.warnings += fileCounts.warnings;
    result.interchanges.forEach((interchange, interchangeOrdinal) => {
      const firstGroup = interchange.groups[0];
      const match = partners.resolve(interchange, company, firstGroup?.sender);
      if (match.created) outcome.newPartners++;
      const duplicateControl = store.controlSeenElsewhere.get(match.partnerId, match.direction, interchange.controlNumber, file.id) ? 1 : 0;
      outcome.duplicateControlNumbers += duplicateControl;
      const interchangeCounts = countSeverities(interchange.problems);
      outcome.errors += interchangeCounts.errors;
      outcome.warnings += interchangeCounts.warnings;
      const interchangeId = Number(
        store.insertInterchange.run({
          fileId: file.id,
          ordinal: interchangeOrdinal,
          standard: interchange.standard,
          partnerId: match.partnerId,
          direction: match.direction,
          senderQualifier: interchange.sender.qualifier,
          senderId: interchange.sender.id,
          receiverQualifier: interchange.receiver.qualifier,
          receiverId: interchange.receiver.id,
          controlNumber: interchange.controlNumber,
          version: interchange.version,
          syntaxId: interchange.syntaxId,
          sentDate: interchange.date,
          sentTime: interchange.time,
          test: interchange.test ? 1 : 0,
          delimitersJson: JSON.stringify(interchange.delimiters),
          quirksJson: JSON.stringify(interchange.quirks),
          problemsJson: problemsJson(interchange.problems),
          byteStart: interchange.range.start,
          byteEnd: interchange.range.end,
          duplicateControl,
        }).lastInsertRowid,
      );
      interchange.groups.forEach((group, groupOrdinal) => {
        const groupCounts = countSeverities(group.problems);
        outcome.errors += groupCounts.errors;
        outcome.warnings += groupCounts.warnings;
        const groupId = Number(
          store.insertGroup.run(interchangeId, groupOrdinal, group.functionalId, group.controlNumber, group.version, group.explicit ? 1 : 0, group.status, group.transactions.length, problemsJson(group.problems), group.range.start, group.range.end).lastInsertRowid,
        );
        group.transactions.forEach((transaction, ordinal) => {
          const counts = countSeverities(transaction.problems);
          outcome.errors += counts.errors;
          outcome.warnings += counts.warnings;
          outcome.documents++;
          const business = keys.get(transaction.range.start);
          const documentId = store.insertDocument.run(
            file.id, interchangeId, groupId, ordinal, match.partnerId, match.direction, interchange.standard, transaction.type, transaction.version,
            transaction.controlNumber, transaction.status, counts.errors, counts.warnings, problemsJson(transaction.problems), transaction.segmentCount,
            transaction.range.start, transaction.range.end, receivedAt, business?.poNumber ?? null, business?.reference ?? null, business?.documentDate ?? null, business?.amount ?? null,
          ).lastInsertRowid;
          mapper?.store(Number(documentId), match.partnerId, transaction, now);
        });
      });
    });
    store.markParsed.run(result.standard, result.verdict, problemsJson(result.problems), now, PARSER_VERSION, file.id);
    recordFileAcknowledgments(context, file.id, bytes, result, now);
  })();
  return outcome;
}
