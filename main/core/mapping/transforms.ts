/**
 * The transforms of FORMAT.md, applied in order to one value. Money and quantities stay decimal strings (the
 * canonical decimal helpers, BigInt inside); dates become canonical dates ({ value, precision }).
 */
import { type CanonicalDate, dateFromCcyymmdd, dateFromEdifact, dateFromYymmdd, fromImpliedDecimal, parseDecimal, withTime } from '../canonical/index.js';
import { type CrossReferences, type DateFormat, dateFormats, type Transform } from './format.js';
import type { CompiledPath } from './path/ast.js';

export type MapValue = string | number | boolean | null | CanonicalDate;

export type CompiledTransform = Transform & {
  paths: { formatFrom?: CompiledPath; time?: CompiledPath; unitFrom?: CompiledPath; itemFrom?: CompiledPath; with?: CompiledPath[] };
};

export interface TransformContext {
  tables: Record<string, Record<string, string>>;
  xref: CrossReferences | undefined;
  /** the source's decimal mark (EDIFACT UNA may declare ','); the `decimal` transform reads it when the map names none */
  decimalMark: '.' | ',';
  /** the first value of a path in the rule's scope */
  read(path: CompiledPath): string | undefined;
  /**
   * like `read`, but a path whose element belongs to the segment the value was read from reads that segment (a DTM's
   * format code or time goes with the DTM the value came from, whichever `from` alternative won)
   */
  readBeside(path: CompiledPath): string | undefined;
}

export interface TransformNote {
  severity: 'error' | 'warning' | 'info';
  message: string;
}

export type TransformOutcome = { value: MapValue | undefined; note?: TransformNote };

export function applyTransform(value: MapValue, transform: CompiledTransform, context: TransformContext): TransformOutcome {
  try {
    return apply(value, transform, context);
  } catch (error) {
    return { value: undefined, note: { severity: 'error', message: `${transform.op}: ${error instanceof Error ? error.message : String(error)}` } };
  }
}

function apply(value: MapValue, transform: CompiledTransform, context: TransformContext): TransformOutcome {
  const text = typeof value === 'object' && value !== null ? value.value : String(value);
  switch (transform.op) {
    case 'trim':
      return { value: text.trim() };
    case 'upper':
      return { value: text.toUpperCase() };
    case 'lower':
      return { value: text.toLowerCase() };
    case 'substring':
      return { value: text.substring(transform.start, transform.length === undefined ? undefined : transform.start + transform.length) };
    case 'strip-leading-zeros':
      return { value: text.replace(/^0+(?=.)/, '') };
    case 'decimal':
      return { value: parseDecimal(text, { decimalMark: transform.decimalMark ?? (context.decimalMark === ',' && text.includes(',') ? ',' : '.') }) };
    case 'implied-decimal':
      return { value: fromImpliedDecimal(text, transform.places) };
    case 'integer': {
      if (!/^\s*[+-]?\d+\s*$/.test(text)) throw new Error(`'${text}' is not a whole number`);
      return { value: Number.parseInt(text, 10) };
    }
    case 'date': {
      const formatCode = transform.paths.formatFrom ? context.readBeside(transform.paths.formatFrom) : undefined;
      const time = transform.paths.time ? context.readBeside(transform.paths.time) : undefined;
      const date = formatCode && !(dateFormats as readonly string[]).includes(formatCode) ? dateFromEdifact(text.trim(), formatCode) : parseDate(text.trim(), (formatCode as DateFormat | undefined) ?? transform.format);
      return { value: time ? withTime(date, time) : date };
    }
    case 'concat': {
      const parts = [text, ...(transform.paths.with ?? []).map((path) => context.read(path))].filter((part): part is string => part !== undefined && part !== '');
      return { value: parts.join(transform.separator ?? ' ') };
    }
    case 'table': {
      const table = context.tables[transform.table] ?? {};
      const translated = Object.hasOwn(table, text) ? table[text] : undefined;
      if (translated !== undefined) return { value: translated };
      return otherwise(transform.otherwise ?? 'error', text, `'${text}' is not in table ${transform.table}`);
    }
    case 'uom': {
      const from = transform.paths.unitFrom ? context.read(transform.paths.unitFrom) : undefined;
      if (from === undefined || from === transform.to) return { value: text };
      if (!context.xref) return noCrossReferences(transform.otherwise, text, `${text} ${from} (not converted to ${transform.to})`);
      const item = transform.paths.itemFrom ? context.read(transform.paths.itemFrom) : undefined;
      const converted = context.xref.convertUom(text, from, transform.to, item);
      if (converted !== undefined) return { value: converted };
      return otherwise(transform.otherwise ?? 'keep', text, `no conversion from ${from} to ${transform.to}${item ? ` for item ${item}` : ''}`);
    }
    case 'item':
    case 'location': {
      if (!context.xref) return noCrossReferences(transform.otherwise, text, `${transform.by} '${text}'`);
      const found = transform.op === 'item' ? context.xref.itemBy(transform.by, text, transform.to) : context.xref.locationBy(transform.by, text, transform.to);
      if (found !== undefined) return { value: found };
      return otherwise(transform.otherwise ?? 'keep', text, `no ${transform.op} cross-reference from ${transform.by} '${text}' to ${transform.to}`);
    }
  }
}

/** Without a partner's cross-references a map still runs: the value is kept (or dropped, if the rule says so). */
function noCrossReferences(mode: 'keep' | 'drop' | 'error' | undefined, text: string, what: string): TransformOutcome {
  if (mode === 'drop') return { value: undefined, note: { severity: 'info', message: `no cross-references given: ${what} dropped` } };
  return { value: text, note: { severity: 'info', message: `no cross-references given: ${what} kept as is` } };
}

function otherwise(mode: 'keep' | 'drop' | 'error', text: string, message: string): TransformOutcome {
  if (mode === 'keep') return { value: text, note: { severity: 'warning', message: `${message} (kept as is)` } };
  if (mode === 'drop') return { value: undefined, note: { severity: 'info', message: `${message} (dropped)` } };
  return { value: undefined, note: { severity: 'error', message } };
}

const ISO = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export function parseDate(text: string, format: DateFormat): CanonicalDate {
  switch (format) {
    case 'CCYYMMDD':
      return dateFromCcyymmdd(text);
    case 'YYMMDD':
      return dateFromYymmdd(text);
    case 'CCYYMMDDHHMM':
    case 'CCYYMMDDHHMMSS': {
      const length = format === 'CCYYMMDDHHMM' ? 12 : 14;
      if (!new RegExp(`^\\d{${length}}$`).test(text)) throw new Error(`'${text}' is not ${format}`);
      return withTime(dateFromCcyymmdd(text.slice(0, 8)), text.slice(8));
    }
    case '101':
    case '102':
    case '203':
    case '204':
      return dateFromEdifact(text, format);
    case 'MM/DD/YYYY':
    case 'DD/MM/YYYY':
    case 'DD.MM.YYYY': {
      const match = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text);
      if (!match?.[1] || !match[2] || !match[3]) throw new Error(`'${text}' is not ${format}`);
      const [month, day] = format === 'MM/DD/YYYY' ? [match[1], match[2]] : [match[2], match[1]];
      return dateFromCcyymmdd(`${match[3]}${month.padStart(2, '0')}${day.padStart(2, '0')}`);
    }
    case 'YYYY-MM-DD':
    case 'ISO': {
      const match = ISO.exec(text);
      if (!match?.[1] || (format === 'YYYY-MM-DD' && text.length !== 10)) throw new Error(`'${text}' is not ${format === 'ISO' ? 'an ISO-8601 date' : 'YYYY-MM-DD'}`);
      const day = dateFromCcyymmdd(match[1].replaceAll('-', ''));
      if (!match[2] || !match[3]) return day;
      const local = withTime(day, `${match[2]}${match[3]}${match[4] ?? ''}`);
      const offset = match[5] === undefined ? '' : match[5] === 'Z' ? 'Z' : `${match[5].slice(0, 3)}:${match[5].slice(-2)}`;
      return { ...local, value: `${local.value}${offset}` };
    }
    case 'auto':
      if (/^\d{6}$/.test(text)) return dateFromYymmdd(text);
      if (/^\d{8}$/.test(text)) return dateFromCcyymmdd(text);
      if (/^\d{12}$/.test(text)) return parseDate(text, 'CCYYMMDDHHMM');
      if (/^\d{14}$/.test(text)) return parseDate(text, 'CCYYMMDDHHMMSS');
      return parseDate(text, 'ISO');
  }
}
