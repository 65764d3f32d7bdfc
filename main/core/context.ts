import type { AppInfo } from './api/types.js';
import type { EventBus } from './events.js';
import type { TaskRegistry } from './tasks.js';
import type { SettingsStore } from './workspace/settings-store.js';
import type { Workspace } from './workspace/workspace.js';

/** What every handler receives: the open workspace and the core's services. */
export interface CoreContext {
  workspace: Workspace;
  settings: SettingsStore;
  events: EventBus;
  tasks: TaskRegistry;
  mode: AppInfo['mode'];
  /** who is acting, for the audit log ('desktop', 'browser', 'cli', a user name later) */
  actor: string;
}
