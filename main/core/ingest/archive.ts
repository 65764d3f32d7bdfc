/**
 * The archive keeps every received file's original bytes under their SHA-256, written before anything else
 * happens to them. A file is written to a temporary name, fsynced, renamed into place and its folder fsynced, so a
 * crash leaves either the whole file or nothing under the final name; the archive is never modified afterwards.
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export interface ArchivedFile {
  sha256: string;
  /** relative to the archive folder */
  relativePath: string;
  /** true when these bytes were already in the archive */
  existed: boolean;
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function archivePathFor(sha256: string): string {
  return join(sha256.slice(0, 2), sha256);
}

function fsyncDirectory(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function archiveBytes(archiveDir: string, bytes: Uint8Array, sha256 = sha256Of(bytes)): ArchivedFile {
  const relativePath = archivePathFor(sha256);
  const finalPath = join(archiveDir, relativePath);
  if (existsSync(finalPath)) return { sha256, relativePath, existed: true };
  const folder = join(archiveDir, sha256.slice(0, 2));
  mkdirSync(folder, { recursive: true });
  const temporary = join(folder, `.${sha256}.${randomBytes(4).toString('hex')}.partial`);
  const fd = openSync(temporary, 'wx');
  try {
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(temporary, finalPath);
  fsyncDirectory(folder);
  return { sha256, relativePath, existed: false };
}

export function readArchived(archiveDir: string, relativePath: string): Buffer {
  return readFileSync(join(archiveDir, relativePath));
}
