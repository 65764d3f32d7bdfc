import type { CoreContext } from '../../context.js';
import { dashboard } from '../../reconcile-store/dashboard.js';
import { getMismatch } from '../../reconcile-store/detail.js';
import { exportMismatches } from '../../reconcile-store/export.js';
import { listMismatches } from '../../reconcile-store/queue.js';
import { actOnMismatches } from '../../reconcile-store/review.js';
import { threadDetail } from '../../reconcile-store/thread-detail.js';
import { deleteView, listViews, saveView } from '../../reconcile-store/views.js';
import type { Handlers } from '../dispatch.js';

/** The review side of reconciliation: the queue and its lifecycle, threads, the dashboard, saved views, exports. */
export const reviewHandlers: Partial<Handlers<CoreContext>> = {
  'mismatches.list': ({ filter, sort, offset, limit }, { workspace }) => listMismatches(workspace.db, { filter, sort, offset, limit }),
  'mismatches.get': ({ id }, { workspace }) => getMismatch(workspace.db, id),
  'mismatches.act': ({ ids, change }, context) => {
    const { changed, skipped, event } = actOnMismatches(context.workspace.db, ids, change, context.actor);
    if (event) context.events.emit('reconcile.changed', event);
    return { changed, skipped };
  },
  'mismatches.export': ({ filter, sort, format }, { workspace }) => exportMismatches(workspace.db, { filter, sort, format }),
  'threads.get': ({ key }, { workspace }) => threadDetail(workspace.db, key),
  'reconcile.dashboard': (_input, { workspace }) => dashboard(workspace.db),
  'views.list': (_input, { workspace }) => listViews(workspace.db),
  'views.save': ({ id, name, filter, sort }, { workspace }) => saveView(workspace.db, { id, name, filter, sort }),
  'views.delete': ({ id }, { workspace }) => deleteView(workspace.db, id),
};
