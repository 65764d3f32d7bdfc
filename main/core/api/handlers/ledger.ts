import type { CoreContext } from '../../context.js';
import { listLedgerCached } from '../../ledger/cache.js';
import type { Handlers } from '../dispatch.js';

export const ledgerHandlers: Partial<Handlers<CoreContext>> = {
  'ledger.list': (filter, { workspace }) => listLedgerCached(workspace.db, filter),
};
