/** What the connectors' API returns (pure types: the renderer imports them). */
import type { ConnectorSide, JsonValue, StreamName } from './types.js';

export type ConnectorState = 'never' | 'ok' | 'offline' | 'error';

export interface StreamStatus {
  stream: StreamName;
  /** the watermark the next run starts from */
  since: { updatedAt: string; recordId: string } | null;
  /** a run was interrupted mid-stream and resumes from its last committed page */
  resumable: boolean;
  lastSuccessAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  records: number;
  inserted: number;
  updated: number;
  failed: number;
  nextRunAt: string | null;
}

export interface ConnectorSummary {
  name: string;
  kind: string;
  side: ConnectorSide;
  /** settings only: secrets live in the secrets store and are listed by key name in `secretKeys` */
  config: JsonValue;
  secretKeys: string[];
  enabled: boolean;
  paused: boolean;
  scheduleMinutes: number | null;
  rateLimitPerSecond: number;
  state: ConnectorState;
  stateMessage: string | null;
  streams: StreamStatus[];
  openDeadLetters: number;
  createdAt: string;
  updatedAt: string;
}

export type RunStatus = 'running' | 'ok' | 'partial' | 'offline' | 'failed' | 'cancelled';

export interface SyncRun {
  id: number;
  connector: string;
  stream: string | null;
  trigger: 'manual' | 'schedule' | 'cli' | 'replay';
  startedAt: string;
  finishedAt: string | null;
  status: RunStatus;
  pages: number;
  records: number;
  inserted: number;
  updated: number;
  unchanged: number;
  failed: number;
  warnings: number;
  message: string | null;
}

export interface DeadLetter {
  id: number;
  connector: string;
  stream: string;
  recordId: string;
  sourceUpdatedAt: string | null;
  raw: JsonValue;
  reason: string;
  attempts: number;
  firstFailedAt: string;
  lastFailedAt: string;
  replayedAt: string | null;
}

export interface ReplayResult {
  replayed: number;
  stillFailing: { id: number; reason: string }[];
}

/** The connectors.changed event: which connectors changed and how ('outside': another process, e.g. the CLI, changed them). */
export interface ConnectorsChanged {
  change: 'added' | 'updated' | 'removed' | 'outside';
  names: string[];
}
