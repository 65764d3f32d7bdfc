/**
 * Mapping runs in the core, a worker and the browser (the editor's live preview): its code may import parsers/,
 * main/core/canonical and zod only. The lint config has no rule for this folder, so this test is the guard.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The files index.ts reaches through relative imports inside this folder (test helpers are not among them). */
function runtimeFiles(): string[] {
  const seen = new Set<string>();
  const queue = [path.join(here, 'index.ts')];
  while (queue.length > 0) {
    const file = queue.pop() ?? '';
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of importsOf(file)) {
      const resolved = path.resolve(path.dirname(file), specifier).replace(/\.js$/, '.ts');
      if (specifier.startsWith('.') && resolved.startsWith(here)) queue.push(resolved);
    }
  }
  return [...seen];
}

function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)].map((match) => match[1] ?? '');
}

describe('mapping imports', () => {
  it('imports only zod, parsers/, main/core/canonical and its own files', () => {
    const offending: string[] = [];
    const files = runtimeFiles();
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      for (const specifier of importsOf(file)) {
        const resolved = specifier.startsWith('.') ? path.resolve(path.dirname(file), specifier) : specifier;
        const allowed = specifier === 'zod' || resolved.startsWith(here) || resolved.startsWith(path.resolve(here, '../../../parsers')) || resolved.startsWith(path.resolve(here, '../canonical'));
        if (!allowed) offending.push(`${path.relative(here, file)}: ${specifier}`);
      }
    }
    expect(offending).toEqual([]);
  });
});
