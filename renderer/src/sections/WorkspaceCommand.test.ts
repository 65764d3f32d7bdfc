import { describe, expect, it } from 'vitest';
import { quoteForShell } from './WorkspaceCommand.js';

describe('quoteForShell', () => {
  it('leaves plain paths alone', () => {
    expect(quoteForShell('/home/ana/.crossdock/default')).toBe('/home/ana/.crossdock/default');
  });
  it('single-quotes POSIX paths with spaces or quotes', () => {
    expect(quoteForShell('/home/ana/EDI files')).toBe(`'/home/ana/EDI files'`);
    expect(quoteForShell(`/tmp/o'brien`)).toBe(`'/tmp/o'\\''brien'`);
  });
  it('double-quotes Windows paths', () => {
    expect(quoteForShell('C:\\Users\\Ana\\Crossdock Data')).toBe('"C:\\Users\\Ana\\Crossdock Data"');
  });
});
