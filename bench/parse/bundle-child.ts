/**
 * Children run as one plain JavaScript bundle, not through the tsx loader: in Node 20 the loader's hooks thread alone
 * adds about 40 MB of RSS, which would drown the parsers' own memory. esbuild (already installed as tsx's compiler)
 * bundles child.ts with our engine in well under a second; the npm parsers stay external and load from node_modules.
 * Each run bundles into its own folder, so runs started side by side never remove each other's bundle.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from './data/inputs.js';

const NPM_CONTENDERS = ['x12-parser', 'node-x12', 'edifact'];

export interface ChildBundle {
  path: string;
  /** removes the bundle (kept when it was written for profiles) */
  dispose(): void;
}

/**
 * Bundles child.ts into bench/.data/; with `profileDir`, into that folder with a source map beside it and kept, so
 * profile-summary.ts can map profile frames to original files and lines. Null when esbuild is unavailable.
 */
export async function bundleChild(repoRoot: string, profileDir: string | null = null): Promise<ChildBundle | null> {
  mkdirSync(DATA_DIR, { recursive: true });
  removeAbandoned();
  const dir = profileDir ?? mkdtempSync(join(DATA_DIR, 'child-'));
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'child.mjs');
  const dispose = (): void => {
    if (!profileDir) rmSync(dir, { recursive: true, force: true });
  };
  try {
    const { build } = await import('esbuild');
    await build({
      entryPoints: [join(repoRoot, 'bench/parse/child.ts')],
      outfile: path,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      external: NPM_CONTENDERS,
      sourcemap: profileDir !== null,
      logLevel: 'error',
    });
    return { path, dispose };
  } catch (error) {
    dispose();
    console.warn(`could not bundle the child (${error instanceof Error ? error.message : String(error)}); running it through tsx, RSS includes the loader`);
    return null;
  }
}

/** Bundle folders of runs that were killed before cleaning up (and single-file bundles of earlier versions). */
function removeAbandoned(): void {
  const hourAgo = Date.now() - 60 * 60 * 1000;
  for (const name of readdirSync(DATA_DIR)) {
    if (!name.startsWith('child-')) continue;
    const path = join(DATA_DIR, name);
    if (statSync(path).mtimeMs < hourAgo) rmSync(path, { recursive: true, force: true });
  }
}
