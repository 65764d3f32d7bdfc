/**
 * Browser mode serves the production build of the renderer. It is rebuilt only when a renderer source changed
 * since the last build, so `npm run web` starts in well under a second on the second run.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { UserConfig } from 'vite';

const STAMP_FILE = '.source-stamp';

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : listFiles(path);
    return [path];
  });
}

/** A hash of every input of the renderer build: names, sizes and modification times. */
export function rendererSourceStamp(projectRoot: string): string {
  const inputs = [
    ...listFiles(join(projectRoot, 'renderer')).filter((file) => !/\.test\.tsx?$/.test(file)),
    join(projectRoot, 'main/core/api/contract.ts'),
    join(projectRoot, 'main/core/api/client.ts'),
    join(projectRoot, 'vite.renderer.config.ts'),
    join(projectRoot, 'package-lock.json'),
  ].filter(existsSync).sort();
  const hash = createHash('sha256');
  for (const file of inputs) {
    const stat = statSync(file);
    hash.update(`${relative(projectRoot, file)}\0${stat.size}\0${stat.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

export function rendererIsCurrent(projectRoot: string, outDir: string): boolean {
  const stampPath = join(outDir, STAMP_FILE);
  return existsSync(join(outDir, 'index.html')) && existsSync(stampPath) && readFileSync(stampPath, 'utf8') === rendererSourceStamp(projectRoot);
}

export async function ensureRendererBuilt(projectRoot: string, outDir: string, log: (line: string) => void): Promise<void> {
  if (rendererIsCurrent(projectRoot, outDir)) return;
  log('Building the interface (first run or sources changed)…');
  const started = Date.now();
  const stamp = rendererSourceStamp(projectRoot);
  const { build } = await import('vite');
  const { rendererConfig } = (await import(join(projectRoot, 'vite.renderer.config.ts'))) as { rendererConfig: UserConfig };
  await build({ ...rendererConfig, configFile: false, logLevel: 'warn', build: { ...rendererConfig.build, outDir } });
  writeFileSync(join(outDir, STAMP_FILE), stamp);
  log(`Interface built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
