// SQLite must never run on Electron's main thread: nothing main.ts loads at run time may reach better-sqlite3 or
// the workspace; only core-host.ts (the utility process) does.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Every module reachable through value imports (type-only imports erase at build time). */
function runtimeGraph(entry: string): { modules: string[]; packages: string[] } {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (modules.has(file)) return;
    modules.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
      const [, typeOnly, specifier] = match;
      if (typeOnly || !specifier) continue;
      if (!specifier.startsWith('.')) {
        packages.add(specifier);
        continue;
      }
      const target = resolve(dirname(file), specifier);
      const candidates = [target.replace(/\.js$/, '.ts'), target.replace(/\.mjs$/, '.mjs'), target];
      const found = candidates.find((candidate) => existsSync(candidate));
      if (found) visit(found);
    }
  };
  visit(entry);
  return { modules: [...modules].map((file) => relative(repoRoot, file)), packages: [...packages] };
}

describe('what runs on the main thread', () => {
  it('main.ts never loads SQLite or the workspace', () => {
    const { modules, packages } = runtimeGraph(resolve(repoRoot, 'main/electron/main.ts'));
    expect(modules).toContain('main/electron/ipc.ts');
    expect(packages).toContain('electron');
    expect(packages).not.toContain('better-sqlite3');
    expect(modules.filter((file) => file.startsWith('main/core/workspace/') || file === 'main/core/core.ts')).toEqual([]);
  });

  it('core-host.ts, the utility process, is where the core lives', () => {
    const { modules, packages } = runtimeGraph(resolve(repoRoot, 'main/electron/core-host.ts'));
    expect(modules).toContain('main/core/core.ts');
    expect(modules).toContain('main/core/workspace/workspace.ts');
    expect(packages).toContain('better-sqlite3');
  });
});
