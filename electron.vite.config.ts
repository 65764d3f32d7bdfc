/**
 * Desktop build (electron-vite): main process + core utility process, the sandboxed preload, and the renderer.
 * Output: out/main/{index,core-host,rebuild-worker}.js (ESM) with migrations/ beside the core, out/preload/index.cjs, out/renderer/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { eventNames, methodNames } from './main/core/api/contract.js';
import rendererConfig from './vite.renderer.config.js';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const migrationsDir = fromRoot('./main/core/workspace/migrations/');
const migrateModule = fromRoot('./main/core/workspace/migrate.ts');

/**
 * The core reads its migrations at run time from `new URL('./migrations/', import.meta.url)`. In the bundle that
 * URL is the URL of the chunk holding migrate.ts, so the .sql files are emitted next to whichever chunk that is.
 */
function copyMigrations(): Plugin {
  return {
    name: 'crossdock:copy-migrations',
    apply: 'build',
    generateBundle(_options, bundle) {
      const owner = Object.values(bundle).find((output) => output.type === 'chunk' && output.moduleIds.some((id) => id.split('?')[0] === migrateModule));
      if (!owner) return;
      const folder = posix.join(posix.dirname(owner.fileName), 'migrations');
      for (const file of readdirSync(migrationsDir).filter((name) => name.endsWith('.sql')).sort()) {
        this.emitFile({ type: 'asset', fileName: posix.join(folder, file), source: readFileSync(`${migrationsDir}/${file}`) });
      }
    },
  };
}

/**
 * The preload needs only the contract's names. Its build gets them as plain data computed here from the real
 * contract, instead of bundling zod and every schema (~165 kB) into each page load. Importing anything else from
 * the contract in the preload fails this build with a missing-export error rather than silently diverging.
 */
function contractNamesOnly(): Plugin {
  const contractModule = fromRoot('./main/core/api/contract.ts');
  return {
    name: 'crossdock:contract-names-only',
    enforce: 'pre',
    load(id) {
      if (id.split('?')[0] !== contractModule) return null;
      return [
        `export const methodNames = Object.freeze(${JSON.stringify(methodNames)});`,
        `export const eventNames = Object.freeze(${JSON.stringify(eventNames)});`,
        'const methods = new Set(methodNames);',
        'const events = new Set(eventNames);',
        "export const isMethodName = (name) => typeof name === 'string' && methods.has(name);",
        "export const isEventName = (name) => typeof name === 'string' && events.has(name);",
      ].join('\n');
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: fromRoot('./out/main'),
      // Everything is bundled except the native addon, which must stay a real module on disk (asar-unpacked).
      externalizeDeps: false,
      rolldownOptions: {
        // the full rebuild's worker thread (main/core/reconcile-store/rebuild-workers.ts looks for it beside the chunk)
        input: { index: fromRoot('./main/electron/main.ts'), 'core-host': fromRoot('./main/electron/core-host.ts'), 'rebuild-worker': fromRoot('./main/core/reconcile-store/rebuild-worker.ts') },
        external: ['better-sqlite3'],
        output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/shared-[hash].js' },
      },
    },
    plugins: [copyMigrations()],
  },
  preload: {
    build: {
      outDir: fromRoot('./out/preload'),
      // A sandboxed preload is a classic script that can require only 'electron': one self-contained CJS file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: fromRoot('./preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
    plugins: [contractNamesOnly()],
  },
  renderer: rendererConfig,
});
