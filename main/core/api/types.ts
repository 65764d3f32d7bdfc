/** Result and event payload types of the contract. Plain data only: they cross IPC and HTTP as JSON. */

export interface AppInfo {
  name: 'Crossdock';
  version: string;
  /** schema version this build writes */
  schemaVersion: number;
  mode: 'desktop' | 'browser' | 'cli' | 'test';
}

export interface WorkspaceInfo {
  path: string;
  id: string;
  schemaVersion: number;
  createdAt: string;
  createdByVersion: string;
  /** folder layout, absolute paths */
  folders: { archive: string; inbox: string; outbox: string };
  databaseBytes: number;
}

export type ThemePreference = 'system' | 'light' | 'dark';

export interface Settings {
  theme: ThemePreference;
  /** our own company: a document sent by one of these ids is outbound */
  company: {
    name: string;
    x12Ids: { qualifier: string; id: string }[];
    edifactIds: { qualifier: string; id: string }[];
    glns: string[];
  };
  /** hours after which an unacknowledged outbound group counts as overdue */
  ackOverdueHours: number;
}

export interface CoreStatus {
  workspacePath: string;
  /** tasks running in the core (ingest, sync, reconcile) */
  busy: boolean;
  tasks: TaskProgress[];
}

export interface TaskProgress {
  taskId: string;
  kind: 'ingest' | 'sync' | 'reconcile' | 'reprocess' | 'remap' | 'regression' | 'demo';
  label: string;
  done: number;
  total: number;
  /** optional byte counts and rate for file work */
  bytesDone?: number;
  bytesTotal?: number;
  ratePerSecond?: number;
  current?: string;
  state: 'running' | 'finished' | 'failed' | 'cancelled';
  message?: string;
}
