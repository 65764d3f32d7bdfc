/**
 * Non-EDI channels (e-commerce, marketplace, field sales): CSV and JSON order files claimed by a partner's published
 * map, mapped into the canonical model and stored like interchanges. Ingest calls claimChannelFile for files its
 * parser does not recognise.
 */
export { claimChannelFile, type ChannelClaim } from './claim.js';
export { candidatesForPartner, partnerCandidates, describeCandidate, type CandidateMap } from './candidates.js';
export { csvSignature, missingColumns, type CsvSignature } from './signature.js';
export { assignFilePartner } from './assign.js';
export { assignedPartner, ASSIGN_ACTION } from './assignment.js';
export { reprocessChannelFiles, type ChannelRemapSummary } from './remap.js';
