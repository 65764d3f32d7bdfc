/**
 * Raw JSON editing: parse the text, and on failure say exactly where (line and column, 1-based). Engines word
 * JSON.parse errors differently and some give no position at all, so a small strict scanner finds the spot.
 */

export type JsonParse = { ok: true; value: unknown } | { ok: false; error: JsonTextError };

export interface JsonTextError {
  message: string;
  /** 0-based offset into the text */
  offset: number;
  line: number;
  column: number;
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < text.length; index++) {
    if (text.charCodeAt(index) === 10) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

class ScanError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Walks the text as JSON and throws a ScanError at the first character that cannot be there. */
function scan(text: string): void {
  let at = 0;
  const describe = (index: number) => (index >= text.length ? 'the end of the text' : `'${text[index]}'`);
  const fail = (expected: string, index = at): never => {
    throw new ScanError(`Expected ${expected} but found ${describe(index)}`, index);
  };
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at]!)) at++;
  };
  const literal = (word: string) => {
    for (let index = 0; index < word.length; index++) if (text[at + index] !== word[index]) fail(`'${word}'`, at + index);
    at += word.length;
  };
  const string = () => {
    at++;
    for (;;) {
      if (at >= text.length) throw new ScanError('This string is not closed (a " is missing)', at);
      const char = text[at]!;
      if (char === '"') {
        at++;
        return;
      }
      if (char === '\n') throw new ScanError('This string is not closed before the end of the line (a " is missing)', at);
      if (char.charCodeAt(0) < 0x20) throw new ScanError('A control character must be escaped inside a string', at);
      if (char === '\\') {
        const next = text[at + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) throw new ScanError('\\u must be followed by four hex digits', at);
          at += 6;
          continue;
        }
        if (next === undefined || !'"\\/bfnrt'.includes(next)) throw new ScanError(`'\\${next ?? ''}' is not a JSON escape`, at);
        at += 2;
        continue;
      }
      at++;
    }
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(at));
    if (!match || match[0] === '-') fail('a value');
    at += match![0].length;
  };
  const value = (): void => {
    space();
    const char = text[at];
    if (char === '{') return object();
    if (char === '[') return array();
    if (char === '"') return string();
    if (char === 't') return literal('true');
    if (char === 'f') return literal('false');
    if (char === 'n') return literal('null');
    if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) return number();
    if (char === "'") throw new ScanError('JSON strings use double quotes (")', at);
    fail('a value');
  };
  const object = () => {
    at++;
    space();
    if (text[at] === '}') {
      at++;
      return;
    }
    for (;;) {
      space();
      if (text[at] === '}') throw new ScanError('A comma before } is not allowed in JSON', at);
      if (text[at] !== '"') fail('a property name in double quotes');
      string();
      space();
      if (text[at] !== ':') fail("':' after the property name");
      at++;
      value();
      space();
      if (text[at] === ',') {
        at++;
        continue;
      }
      if (text[at] === '}') {
        at++;
        return;
      }
      fail("',' or '}'");
    }
  };
  const array = () => {
    at++;
    space();
    if (text[at] === ']') {
      at++;
      return;
    }
    for (;;) {
      space();
      if (text[at] === ']') throw new ScanError('A comma before ] is not allowed in JSON', at);
      value();
      space();
      if (text[at] === ',') {
        at++;
        continue;
      }
      if (text[at] === ']') {
        at++;
        return;
      }
      fail("',' or ']'");
    }
  };
  value();
  space();
  if (at < text.length) fail('the end of the text');
}

export function parseJsonText(text: string): JsonParse {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    let message = error instanceof Error ? error.message : String(error);
    let offset = text.length;
    try {
      scan(text);
    } catch (scanned) {
      if (scanned instanceof ScanError) {
        message = scanned.message;
        offset = scanned.offset;
      }
    }
    return { ok: false, error: { message, offset, ...lineColumn(text, offset) } };
  }
}

export function prettyJson(value: unknown): string {
  return JSON.stringify(value, null, 2) ?? 'null';
}
