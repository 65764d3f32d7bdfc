import type { CoreContext } from '../../context.js';
import { listLedger } from '../../ledger/ledger.js';
import type { Handlers } from '../dispatch.js';

export const ledgerHandlers: Partial<Handlers<CoreContext>> = {
  'ledger.list': (filter, { workspace }) => listLedger(workspace.db, filter),
};
