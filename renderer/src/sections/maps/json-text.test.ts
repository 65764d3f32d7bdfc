import { describe, expect, it } from 'vitest';
import { lineColumn, parseJsonText } from './json-text.js';

function errorOf(text: string) {
  const parsed = parseJsonText(text);
  if (parsed.ok) throw new Error('expected a parse error');
  return parsed.error;
}

describe('raw JSON text', () => {
  it('parses valid JSON', () => {
    expect(parseJsonText('{ "rules": [] }')).toEqual({ ok: true, value: { rules: [] } });
  });

  it('names the line and column of a missing colon', () => {
    const error = errorOf('{\n  "a": 1,\n  "b" 2\n}');
    expect(error).toMatchObject({ line: 3, column: 7 });
    expect(error.message).toContain("':'");
  });

  it('points at a trailing comma, an unclosed string and single quotes', () => {
    expect(errorOf('{\n  "rules": [\n    1,\n  ]\n}')).toMatchObject({ line: 4, column: 3, message: expect.stringContaining('comma before ]') });
    expect(errorOf('{ "id": "po-number\n}')).toMatchObject({ line: 1, column: 19 });
    expect(errorOf("{ 'id': 1 }")).toMatchObject({ line: 1, column: 3, message: expect.stringContaining('double quotes') });
  });

  it('puts an early end at the end of the text', () => {
    const text = '{\n  "rules": [';
    expect(errorOf(text)).toMatchObject({ offset: text.length, line: 2, column: 13 });
  });

  it('counts lines and columns from 1', () => {
    expect(lineColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
