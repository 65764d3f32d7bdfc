/**
 * Where paths chosen in the Open Files dialog or dropped on the window arrive. It sorts them into files, folders and
 * paths that no longer exist, then hands them to `deliver` — the one place ingest plugs in.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';

export type PathOrigin = 'dialog' | 'drop';

export interface ReceivedPaths {
  origin: PathOrigin;
  files: string[];
  folders: string[];
  missing: string[];
}

export function sortPaths(paths: readonly string[], origin: PathOrigin): ReceivedPaths {
  const received: ReceivedPaths = { origin, files: [], folders: [], missing: [] };
  for (const path of new Set(paths.map((entry) => resolve(entry)))) {
    try {
      const stat = statSync(path);
      if (stat.isFile()) received.files.push(path);
      else if (stat.isDirectory()) received.folders.push(path);
      else received.missing.push(path);
    } catch {
      received.missing.push(path);
    }
  }
  return received;
}

export type PathIntake = (paths: readonly string[], origin: PathOrigin) => Promise<void>;

export function createPathIntake(deliver: (received: ReceivedPaths) => void | Promise<void>): PathIntake {
  return async (paths, origin) => {
    if (paths.length === 0) return;
    await deliver(sortPaths(paths, origin));
  };
}
