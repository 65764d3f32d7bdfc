import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { CoreContext } from '../../context.js';
import { APP_VERSION } from '../../version.js';
import { DATABASE_FILE } from '../../workspace/workspace.js';
import type { Handlers } from '../dispatch.js';

export const systemHandlers: Partial<Handlers<CoreContext>> = {
  'app.info': (_input, context) => ({
    name: 'Crossdock',
    version: APP_VERSION,
    schemaVersion: context.workspace.schemaVersion,
    mode: context.mode,
  }),

  'workspace.info': (_input, { workspace }) => ({
    path: workspace.path,
    id: workspace.meta('id') ?? '',
    schemaVersion: workspace.schemaVersion,
    createdAt: workspace.meta('created_at') ?? '',
    createdByVersion: workspace.meta('created_by_version') ?? '',
    folders: workspace.folders,
    databaseBytes: statSync(join(workspace.path, DATABASE_FILE)).size,
  }),

  'status.get': (_input, { workspace, tasks }) => {
    const running = tasks.list();
    return { workspacePath: workspace.path, busy: running.length > 0, tasks: running };
  },

  'tasks.cancel': ({ taskId }, { tasks }) => ({ cancelled: tasks.cancel(taskId) }),
};
