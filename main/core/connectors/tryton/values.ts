/**
 * Tryton's JSON-RPC value encoding (trytond/protocols/jsonrpc.py JSONEncoder) to and from plain JSON: Decimal becomes
 * a decimal string (never a float: cents), date 'YYYY-MM-DD', datetime an ISO instant with 'Z' (Tryton stores naive
 * UTC), time 'HH:MM:SS', timedelta seconds, bytes base64. Dotted fields come back nested under "name." keys; they stay
 * as Tryton sends them (the mappers read them) apart from the value decoding.
 */
import type { JsonValue } from '../types.js';

type TrytonObject = { [key: string]: JsonValue };

const pad = (value: JsonValue | undefined, width = 2): string => String(typeof value === 'number' ? value : 0).padStart(width, '0');

/** Decodes every tagged value inside `value` (recursively); anything else is returned as is. */
export function decodeTryton(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(decodeTryton);
  if (value === null || typeof value !== 'object') return value;
  const tag = value.__class__;
  if (typeof tag === 'string') return decodeTagged(tag, value);
  const decoded: TrytonObject = {};
  for (const [key, item] of Object.entries(value)) decoded[key] = decodeTryton(item);
  return decoded;
}

function decodeTagged(tag: string, value: TrytonObject): JsonValue {
  switch (tag) {
    case 'Decimal':
      return normaliseDecimal(String(value.decimal));
    case 'date':
      return `${pad(value.year, 4)}-${pad(value.month)}-${pad(value.day)}`;
    case 'datetime': {
      // always six fraction digits: watermarks compare as text, and '05Z' would sort after '05.123456Z'
      return `${pad(value.year, 4)}-${pad(value.month)}-${pad(value.day)}T${pad(value.hour)}:${pad(value.minute)}:${pad(value.second)}.${pad(value.microsecond, 6)}Z`;
    }
    case 'time':
      return `${pad(value.hour)}:${pad(value.minute)}:${pad(value.second)}`;
    case 'timedelta':
      return typeof value.seconds === 'number' ? value.seconds : null;
    case 'bytes':
      return typeof value.base64 === 'string' ? value.base64 : null;
    default: {
      const decoded: TrytonObject = {};
      for (const [key, item] of Object.entries(value)) decoded[key] = decodeTryton(item);
      return decoded;
    }
  }
}

/** Python's Decimal prints '1E+1' or '0E-10' for some values; the canonical model wants plain digits. */
export function normaliseDecimal(text: string): string {
  const match = /^([+-]?)(\d*)(?:\.(\d*))?[eE]([+-]?\d+)$/.exec(text.trim());
  if (!match) return text.trim();
  const [, sign = '', whole = '', fraction = '', exponentText = '0'] = match;
  const exponent = Number(exponentText);
  let digits = (whole + fraction).replace(/^0+(?=\d)/, '');
  let point = whole.length + exponent;
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  } else if (point > digits.length) {
    digits = digits + '0'.repeat(point - digits.length);
  }
  const integer = digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0';
  const rest = digits.slice(point);
  const body = rest ? `${integer}.${rest}` : integer;
  return sign === '-' && /[1-9]/.test(body) ? `-${body}` : body;
}

/** An ISO instant as Tryton's tagged datetime (naive UTC), for domains such as [write_date, '>', since]. */
export function encodeDatetime(iso: string): JsonValue {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) throw new Error(`not an ISO instant: ${iso}`);
  const micro = /\.(\d{1,6})/.exec(iso)?.[1];
  return {
    __class__: 'datetime',
    year: instant.getUTCFullYear(),
    month: instant.getUTCMonth() + 1,
    day: instant.getUTCDate(),
    hour: instant.getUTCHours(),
    minute: instant.getUTCMinutes(),
    second: instant.getUTCSeconds(),
    // Date keeps milliseconds only: take the fraction from the text so a microsecond watermark round-trips
    microsecond: micro ? Number(micro.padEnd(6, '0')) : 0,
  };
}
