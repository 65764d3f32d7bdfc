/** The partners domain's methods (profiles, rename, merge, export/import). Spread into the contract. */
import { method } from '../define.js';
import { partnersExportInput, partnersGetInput, partnersImportInput, partnersListInput, partnersMergeInput, partnersUpdateInput } from '../../partners/schema.js';
import type { PartnerExport } from '../../partners/profile-schema.js';
import type { PartnerDetail, PartnerImportResult, PartnerList, PartnerMergeSummary } from '../../partners/types.js';

export const partnersMethods = {
  'partners.list': method<PartnerList>()(partnersListInput, 'Trading partners by name: channel, identifiers, document counts, last seen (merged ones with includeMerged)'),
  'partners.get': method<PartnerDetail>()(partnersGetInput, 'One partner: its profile, identifiers, what was learned from its files, merges'),
  'partners.update': method<PartnerDetail>()(partnersUpdateInput, 'Rename a partner, change profile fields and/or replace its identifiers (validated)'),
  'partners.merge': method<PartnerMergeSummary>()(partnersMergeInput, "Merge one partner into another: identifiers, documents, ledger and ack rows move in one transaction (dryRun: only report what would move)"),
  'partners.export': method<PartnerExport>()(partnersExportInput, "A partner's profile as a crossdock-partner/1 JSON document"),
  'partners.import': method<PartnerImportResult>()(partnersImportInput, 'Create or update a partner from a crossdock-partner/1 document, matched by its identifiers'),
} as const;
