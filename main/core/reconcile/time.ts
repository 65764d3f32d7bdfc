/**
 * Canonical dates as instants for SLA arithmetic. A date without a time is a whole day: SLA rules take its end when
 * it starts a clock and its start when it stops one, so a missing time never produces a false breach.
 */
import type { CanonicalDate } from '../canonical/index.js';

export const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Minutes east of UTC for an IANA zone or '+01:00' at a UTC instant; 0 for an unknown zone. */
function offsetMinutes(zone: string, utcMs: number): number {
  const fixed = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (fixed) return (fixed[1] === '-' ? -1 : 1) * (Number(fixed[2]) * 60 + Number(fixed[3]));
  if (zone === 'UTC' || zone === 'Z') return 0;
  let formatter = formatters.get(zone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
    } catch {
      return 0;
    }
    formatters.set(zone, formatter);
  }
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(new Date(utcMs))) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  const wall = Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0);
  return Math.round((wall - Math.floor(utcMs / 60_000) * 60_000) / 60_000);
}

/** The instant a date stands for; `bound` picks the start or the end of a date without a time. NaN when unreadable. */
export function instantOf(date: CanonicalDate, bound: 'start' | 'end'): number {
  const { value, precision } = date;
  if (precision === 'year' || precision === 'month' || precision === 'day') {
    const [year = 'x', month = '01', day = '01'] = value.split('-');
    const start = Date.UTC(Number(year), Number(month) - 1, Number(day));
    if (bound === 'start') return start;
    if (precision === 'day') return start + DAY_MS;
    if (precision === 'month') return Date.UTC(Number(year), Number(month), 1);
    return Date.UTC(Number(year) + 1, 0, 1);
  }
  if (/(Z|[+-]\d{2}:\d{2})$/.test(value)) return Date.parse(value);
  const asUtc = Date.parse(`${value}Z`);
  if (!date.timeZone) return asUtc;
  return asUtc - offsetMinutes(date.timeZone, asUtc) * 60_000;
}

export function parseInstant(text: string): number {
  return Date.parse(text);
}

export function formatInstant(ms: number): string {
  return new Date(ms).toISOString();
}

export function hoursBetween(fromMs: number, toMs: number): string {
  return ((toMs - fromMs) / HOUR_MS).toFixed(1);
}
