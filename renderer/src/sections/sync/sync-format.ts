/** Pure wording for the Sync section: connector state, relative times, next run, run durations, raw payloads. */
import type { TaskProgress } from '../../api/contract-types.js';
import type { ConnectorSummary, RunStatus, SyncRun } from '../../../../main/core/connectors/api-types.js';
import type { JsonValue } from '../../../../main/core/connectors/types.js';

export type Tone = 'ok' | 'warning' | 'danger' | 'muted';

/** What the connector's badge says: a pause or a disabled connector outranks its last outcome. */
export function connectorStatus(connector: Pick<ConnectorSummary, 'enabled' | 'paused' | 'state'>): { label: string; tone: Tone } {
  if (!connector.enabled) return { label: 'Disabled', tone: 'muted' };
  if (connector.paused) return { label: 'Paused', tone: 'warning' };
  switch (connector.state) {
    case 'ok':
      return { label: 'Online', tone: 'ok' };
    case 'offline':
      return { label: 'Offline', tone: 'danger' };
    case 'error':
      return { label: 'Error', tone: 'danger' };
    case 'never':
      return { label: 'Never synced', tone: 'muted' };
  }
}

const UNITS: [limit: number, size: number, unit: string][] = [
  [60, 1, 's'],
  [3600, 60, 'min'],
  [86_400, 3600, 'h'],
  [Number.POSITIVE_INFINITY, 86_400, 'd'],
];

/** '3 min ago', 'in 2 h', 'just now'; null → 'never'. */
export function relativeTime(iso: string | null, now: number): string {
  if (!iso) return 'never';
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return iso;
  const seconds = Math.round((at - now) / 1000);
  const size = Math.abs(seconds);
  if (size < 5) return 'just now';
  const [, divisor, unit] = UNITS.find(([limit]) => size < limit)!;
  const amount = Math.floor(size / divisor);
  return seconds < 0 ? `${amount} ${unit} ago` : `in ${amount} ${unit}`;
}

/** The instant as the user's clock shows it, for titles and tables. */
export function absoluteTime(iso: string | null): string {
  if (!iso) return '—';
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : at.toLocaleString();
}

/** The connector's next scheduled run: the earliest of its streams', unless it runs by hand only or is paused. */
export function nextRun(connector: Pick<ConnectorSummary, 'enabled' | 'paused' | 'scheduleMinutes' | 'streams'>, now: number): string {
  if (connector.scheduleMinutes === null) return 'by hand only';
  if (!connector.enabled) return 'disabled';
  if (connector.paused) return 'paused';
  const times = connector.streams.map((stream) => stream.nextRunAt).filter((at): at is string => at !== null).sort();
  const earliest = times[0];
  if (!earliest) return `every ${scheduleWords(connector.scheduleMinutes)}, due now`;
  return Date.parse(earliest) <= now ? 'due now' : relativeTime(earliest, now);
}

export function scheduleWords(minutes: number | null): string {
  if (minutes === null) return 'by hand';
  if (minutes % 1440 === 0) return minutes === 1440 ? 'day' : `${minutes / 1440} days`;
  if (minutes % 60 === 0) return minutes === 60 ? 'hour' : `${minutes / 60} h`;
  return minutes === 1 ? 'minute' : `${minutes} min`;
}

/** Seconds between start and end ('running' while open). */
export function runDuration(run: Pick<SyncRun, 'startedAt' | 'finishedAt'>): string {
  if (!run.finishedAt) return 'running';
  const millis = Date.parse(run.finishedAt) - Date.parse(run.startedAt);
  if (!Number.isFinite(millis) || millis < 0) return '—';
  return millis < 1000 ? `${millis} ms` : `${(millis / 1000).toFixed(1)} s`;
}

export const RUN_STATUS_TONE: Record<RunStatus, Tone> = { running: 'muted', ok: 'ok', partial: 'warning', offline: 'danger', failed: 'danger', cancelled: 'muted' };

const RAW_LIMIT = 20_000;

/** The raw record, indented; a huge one is cut (the replay still uses the whole record). */
export function rawText(raw: JsonValue): string {
  const text = JSON.stringify(raw, null, 2);
  return text.length > RAW_LIMIT ? `${text.slice(0, RAW_LIMIT)}\n… (${(text.length - RAW_LIMIT).toLocaleString('en-US')} more characters)` : text;
}

/** '3 of 8 records' while a task runs ('?' while the total is unknown); an ended task's count is final. */
export function progressWords(done: number, total: number, state: TaskProgress['state'] = 'running'): string {
  const count = done.toLocaleString('en-US');
  if (total > 0) return `${count} of ${total.toLocaleString('en-US')} records`;
  return state === 'running' ? `${count} of ? records` : `${count} records`;
}

/** A <progress>'s attributes: indeterminate (no value) only while running with no known total; full once ended. */
export function progressBar(progress: Pick<TaskProgress, 'done' | 'total' | 'state'>): { max?: number; value?: number } {
  if (progress.state !== 'running') return { max: 1, value: 1 };
  return progress.total > 0 ? { max: progress.total, value: Math.min(progress.done, progress.total) } : {};
}
