/**
 * Children run as one plain JavaScript bundle, not through the tsx loader: in Node 20 the loader's hooks thread alone
 * adds about 40 MB of RSS, which would drown the parsers' own memory. esbuild (already installed as tsx's compiler)
 * bundles child.ts with our engine; the npm parsers stay external and load from node_modules.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DATA_DIR } from './data/inputs.js';

const NPM_CONTENDERS = ['x12-parser', 'node-x12', 'edifact'];

/**
 * The bundle's path, rebuilt when any source under bench/parse or parsers changes; null when esbuild is unavailable.
 * With `sourceMap`, a .map file sits beside it so profiles can name original files and lines (profile-summary.ts).
 */
export async function bundleChild(repoRoot: string, sourceMap = false): Promise<string | null> {
  const hash = createHash('sha256').update(sourceMap ? 'map' : 'plain');
  for (const folder of ['bench/parse', 'parsers']) {
    for (const file of sourceFiles(join(repoRoot, folder))) hash.update(relative(repoRoot, file)).update(readFileSync(file));
  }
  const outfile = join(DATA_DIR, `child-${sourceMap ? 'map' : 'plain'}-${hash.digest('hex').slice(0, 12)}.mjs`);
  if (existsSync(outfile)) return outfile;
  const kind = sourceMap ? 'map' : 'plain';
  for (const name of existsSync(DATA_DIR) ? readdirSync(DATA_DIR) : []) if (name.startsWith(`child-${kind}-`)) rmSync(join(DATA_DIR, name));
  try {
    const { build } = await import('esbuild');
    await build({
      entryPoints: [join(repoRoot, 'bench/parse/child.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      external: NPM_CONTENDERS,
      sourcemap: sourceMap,
      logLevel: 'error',
    });
    return outfile;
  } catch (error) {
    console.warn(`could not bundle the child (${error instanceof Error ? error.message : String(error)}); running it through tsx, RSS includes the loader`);
    return null;
  }
}

function sourceFiles(folder: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'fixtures' && name !== 'node_modules') files.push(...sourceFiles(path));
    } else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) files.push(path);
  }
  return files.sort();
}
