/**
 * A JSON parser that remembers where each object and array starts and ends. JSON.parse gives no positions; the
 * documents a map selects (`$.orders[*]`) are this parser's own objects, so their character ranges are found by
 * identity afterwards, whatever path selected them. Values equal what JSON.parse returns (own `__proto__` keys
 * included); anything JSON.parse refuses is refused here with the offset.
 */

export interface JsonSpan {
  start: number;
  end: number;
}

export interface ParsedJson {
  value: unknown;
  spans: WeakMap<object, JsonSpan>;
}

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(`${message} at character ${offset}`);
  }
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
/** Nesting deeper than this is refused rather than risking the stack (no order feed nests like that). */
const MAX_DEPTH = 512;

export function parseJsonWithSpans(text: string): ParsedJson {
  const spans = new WeakMap<object, JsonSpan>();
  let i = text.startsWith('\uFEFF') ? 1 : 0;

  const skip = () => {
    while (i < text.length && WHITESPACE.has(text[i]!)) i++;
  };
  const expect = (char: string) => {
    if (text[i] !== char) throw new JsonSyntaxError(`expected '${char}'`, i);
    i++;
  };

  const string = (): string => {
    const start = i;
    i++;
    let escaped = false;
    while (i < text.length) {
      const code = text.charCodeAt(i);
      if (code === 0x22) break;
      if (code === 0x5c) {
        escaped = true;
        i += 2;
        continue;
      }
      if (code < 0x20) throw new JsonSyntaxError('control character in a string', i);
      i++;
    }
    if (i >= text.length) throw new JsonSyntaxError('unterminated string', start);
    i++;
    if (!escaped) return text.slice(start + 1, i - 1);
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      throw new JsonSyntaxError('bad escape in a string', start);
    }
  };

  const value = (depth: number): unknown => {
    if (depth > MAX_DEPTH) throw new JsonSyntaxError('nested too deeply', i);
    skip();
    const char = text[i];
    const start = i;
    if (char === '{') {
      i++;
      const object: Record<string, unknown> = {};
      skip();
      if (text[i] === '}') i++;
      else {
        for (;;) {
          skip();
          if (text[i] !== '"') throw new JsonSyntaxError('expected a property name', i);
          const key = string();
          skip();
          expect(':');
          const item = value(depth + 1);
          if (key === '__proto__') Object.defineProperty(object, key, { value: item, enumerable: true, writable: true, configurable: true });
          else object[key] = item;
          skip();
          if (text[i] === ',') {
            i++;
            continue;
          }
          expect('}');
          break;
        }
      }
      spans.set(object, { start, end: i });
      return object;
    }
    if (char === '[') {
      i++;
      const array: unknown[] = [];
      skip();
      if (text[i] === ']') i++;
      else {
        for (;;) {
          array.push(value(depth + 1));
          skip();
          if (text[i] === ',') {
            i++;
            continue;
          }
          expect(']');
          break;
        }
      }
      spans.set(array, { start, end: i });
      return array;
    }
    if (char === '"') return string();
    for (const [word, literal] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return literal;
      }
    }
    NUMBER.lastIndex = i;
    const match = NUMBER.exec(text);
    if (!match) throw new JsonSyntaxError(i >= text.length ? 'unexpected end of the file' : `unexpected '${char}'`, i);
    i += match[0].length;
    return Number(match[0]);
  };

  const result = value(0);
  skip();
  if (i < text.length) throw new JsonSyntaxError('unexpected text after the JSON value', i);
  return { value: result, spans };
}
