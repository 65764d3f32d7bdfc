/** Sample API answers for the Sync section's tests. */
import type { ConnectorSummary, DeadLetter, StreamStatus, SyncRun } from '../../../../main/core/connectors/api-types.js';

export function streamStatus(overrides: Partial<StreamStatus> = {}): StreamStatus {
  return {
    stream: 'sales-orders',
    since: { updatedAt: '2026-11-28T04:00:00.000Z', recordId: 'SO-8' },
    resumable: false,
    lastSuccessAt: '2026-11-28T04:00:00.000Z',
    lastError: null,
    lastErrorAt: null,
    records: 8,
    inserted: 8,
    updated: 0,
    failed: 1,
    nextRunAt: '2026-11-28T04:15:00.000Z',
    ...overrides,
  };
}

export function connector(overrides: Partial<ConnectorSummary> = {}): ConnectorSummary {
  return {
    name: 'erp-shop',
    kind: 'rest',
    side: 'erp',
    config: { baseUrl: 'http://127.0.0.1:9' },
    secretKeys: [],
    enabled: true,
    paused: false,
    scheduleMinutes: 15,
    rateLimitPerSecond: 5,
    state: 'ok',
    stateMessage: null,
    streams: [streamStatus()],
    openDeadLetters: 1,
    createdAt: '2026-11-28T03:00:00.000Z',
    updatedAt: '2026-11-28T04:00:00.000Z',
    ...overrides,
  };
}

export function syncRun(overrides: Partial<SyncRun> = {}): SyncRun {
  return {
    id: 1,
    connector: 'erp-shop',
    stream: 'sales-orders',
    trigger: 'manual',
    startedAt: '2026-11-28T04:00:00.000Z',
    finishedAt: '2026-11-28T04:00:01.500Z',
    status: 'ok',
    pages: 1,
    records: 9,
    inserted: 8,
    updated: 0,
    unchanged: 0,
    failed: 1,
    warnings: 0,
    message: null,
    ...overrides,
  };
}

export function deadLetter(overrides: Partial<DeadLetter> = {}): DeadLetter {
  return {
    id: 7,
    connector: 'erp-shop',
    stream: 'sales-orders',
    recordId: 'SO-9',
    sourceUpdatedAt: '2026-11-28T03:59:00.000Z',
    raw: { id: 'SO-9', po: 'PO-9', lines: [] },
    reason: 'lines: required, nothing matched $.lines[*]',
    attempts: 1,
    firstFailedAt: '2026-11-28T04:00:00.000Z',
    lastFailedAt: '2026-11-28T04:00:00.000Z',
    replayedAt: null,
    ...overrides,
  };
}
