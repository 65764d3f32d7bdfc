import type { CoreContext } from '../../context.js';
import { startRebuild } from '../../reconcile-store/rebuild.js';
import { importRecords } from '../../reconcile-store/records.js';
import { reconcileStatus } from '../../reconcile-store/status.js';
import type { Handlers } from '../dispatch.js';

export const reconcileStoreHandlers: Partial<Handlers<CoreContext>> = {
  'reconcile.status': (_input, { workspace }) => reconcileStatus(workspace.db),
  'reconcile.rebuild': (_input, context) => ({ taskId: startRebuild(context).taskId }),
  'records.import': (input, context) => importRecords(context, input),
};
