/** Result types of the partners methods (plain JSON: they cross IPC and HTTP). */
import type { LearnedProfile, PartnerChannel, PartnerIdentifier, PartnerProfile } from './profile-schema.js';

export interface PartnerRef {
  id: number;
  name: string;
}

export interface PartnerDocumentCounts {
  inbound: number;
  outbound: number;
  total: number;
}

export interface PartnerSummary {
  id: number;
  name: string;
  channel: PartnerChannel;
  identifiers: PartnerIdentifier[];
  documents: PartnerDocumentCounts;
  /** newest document received (ISO time), null before any */
  lastSeenAt: string | null;
  /** the partner it was merged into (listed only with includeMerged) */
  mergedInto: number | null;
}

export interface PartnerList {
  items: PartnerSummary[];
}

export interface PartnerDetail {
  id: number;
  createdAt: string;
  mergedInto: PartnerRef | null;
  /** partners merged into this one */
  mergedFrom: PartnerRef[];
  profile: PartnerProfile;
  identifiers: PartnerIdentifier[];
  /** read-only: what ingest learned from the partner's files */
  learned: LearnedProfile;
  documents: PartnerDocumentCounts;
  lastSeenAt: string | null;
}

/** What a merge moves (or would move, for a dry run) from one partner to another. */
export interface PartnerMergeSummary {
  from: PartnerRef;
  into: PartnerRef;
  applied: boolean;
  identifiers: PartnerIdentifier[];
  documents: number;
  interchanges: number;
  /** other rows re-pointed, by table (acks sent/received, outbound ack status, tables of later features) */
  otherRows: Record<string, number>;
  /** cross-reference and contact rows of `from` that `into` does not have yet, added to its profile */
  profileRowsAdded: { items: number; uomConversions: number; locations: number; contacts: number };
  /** things the user should know, e.g. the two send in different standards */
  notes: string[];
}

export interface PartnerImportResult {
  partner: PartnerDetail;
  created: boolean;
  /** identifiers of the document the partner did not have yet */
  identifiersAdded: PartnerIdentifier[];
}
