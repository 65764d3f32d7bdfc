import { describe, expect, it } from 'vitest';
import { connectorStatus, nextRun, progressBar, progressWords, rawText, relativeTime, runDuration, scheduleWords } from './sync-format.js';
import { connector, streamStatus } from './test-data.js';

const NOW = Date.parse('2026-11-28T04:05:00.000Z');

describe('sync wording', () => {
  it('ranks disabled over paused over the last outcome', () => {
    expect(connectorStatus({ enabled: false, paused: true, state: 'ok' }).label).toBe('Disabled');
    expect(connectorStatus({ enabled: true, paused: true, state: 'offline' })).toEqual({ label: 'Paused', tone: 'warning' });
    expect(connectorStatus({ enabled: true, paused: false, state: 'offline' })).toEqual({ label: 'Offline', tone: 'danger' });
    expect(connectorStatus({ enabled: true, paused: false, state: 'ok' })).toEqual({ label: 'Online', tone: 'ok' });
    expect(connectorStatus({ enabled: true, paused: false, state: 'never' }).label).toBe('Never synced');
  });

  it('says times relative to now, past and future', () => {
    expect(relativeTime(null, NOW)).toBe('never');
    expect(relativeTime('2026-11-28T04:04:58.000Z', NOW)).toBe('just now');
    expect(relativeTime('2026-11-28T04:04:30.000Z', NOW)).toBe('30 s ago');
    expect(relativeTime('2026-11-28T04:00:00.000Z', NOW)).toBe('5 min ago');
    expect(relativeTime('2026-11-28T06:05:00.000Z', NOW)).toBe('in 2 h');
    expect(relativeTime('2026-11-25T04:05:00.000Z', NOW)).toBe('3 d ago');
    expect(relativeTime('not a date', NOW)).toBe('not a date');
  });

  it('gives the earliest next run of the streams, or why there is none', () => {
    const streams = [streamStatus({ nextRunAt: '2026-11-28T04:35:00.000Z' }), streamStatus({ stream: 'shipments', nextRunAt: '2026-11-28T04:15:00.000Z' })];
    expect(nextRun(connector({ streams }), NOW)).toBe('in 10 min');
    expect(nextRun(connector({ streams: [streamStatus({ nextRunAt: '2026-11-28T04:00:00.000Z' })] }), NOW)).toBe('due now');
    expect(nextRun(connector({ streams: [] }), NOW)).toBe('every 15 min, due now');
    expect(nextRun(connector({ streams, paused: true }), NOW)).toBe('paused');
    expect(nextRun(connector({ streams, scheduleMinutes: null }), NOW)).toBe('by hand only');
    expect(nextRun(connector({ streams, enabled: false }), NOW)).toBe('disabled');
  });

  it('words schedules, durations and progress', () => {
    expect([1, 15, 60, 120, 1440, 2880, null].map(scheduleWords)).toEqual(['minute', '15 min', 'hour', '2 h', 'day', '2 days', 'by hand']);
    expect(runDuration({ startedAt: '2026-11-28T04:00:00.000Z', finishedAt: null })).toBe('running');
    expect(runDuration({ startedAt: '2026-11-28T04:00:00.000Z', finishedAt: '2026-11-28T04:00:00.250Z' })).toBe('250 ms');
    expect(runDuration({ startedAt: '2026-11-28T04:00:00.000Z', finishedAt: '2026-11-28T04:00:12.340Z' })).toBe('12.3 s');
    expect(progressWords(1200, 0)).toBe('1,200 of ? records');
    expect(progressWords(3, 9)).toBe('3 of 9 records');
    expect(progressWords(4, 0, 'finished')).toBe('4 records');
    expect(progressBar({ done: 4, total: 0, state: 'running' })).toEqual({});
    expect(progressBar({ done: 12, total: 9, state: 'running' })).toEqual({ max: 9, value: 9 });
    expect(progressBar({ done: 4, total: 0, state: 'failed' })).toEqual({ max: 1, value: 1 });
  });

  it('indents the raw record and cuts a huge one', () => {
    expect(rawText({ id: 'SO-1', lines: [] })).toBe('{\n  "id": "SO-1",\n  "lines": []\n}');
    const huge = rawText({ blob: 'x'.repeat(30_000) });
    expect(huge.length).toBeLessThan(20_100);
    expect(huge).toMatch(/… \([\d,]+ more characters\)$/);
  });
});
