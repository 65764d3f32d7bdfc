import type { CoreContext } from '../../context.js';
import { mergePartners } from '../../partners/merge.js';
import { getPartner, listPartners, updatePartner } from '../../partners/profiles.js';
import { exportPartner, importPartner } from '../../partners/transfer.js';
import type { Handlers } from '../dispatch.js';

// No 'partners.changed' event: events are declared in contract.ts, which this domain does not edit. Clients reload
// after their own calls; other windows see the change on their next load.
export const partnersHandlers: Partial<Handlers<CoreContext>> = {
  'partners.list': (input, { workspace }) => listPartners(workspace.db, input),
  'partners.get': ({ partnerId }, { workspace }) => getPartner(workspace.db, partnerId),
  'partners.update': ({ partnerId, ...change }, { workspace, actor }) => updatePartner(workspace.db, partnerId, change, actor),
  'partners.merge': ({ from, into, dryRun }, { workspace, actor }) => mergePartners(workspace.db, from, into, { dryRun, actor }),
  'partners.export': ({ partnerId }, { workspace }) => exportPartner(workspace.db, partnerId),
  'partners.import': ({ document }, { workspace, actor }) => importPartner(workspace.db, document, actor),
};
