/**
 * Ack files in the workspace's outbox/: named after what they acknowledge, written atomically (temporary name,
 * fsync, rename, folder fsync) so a sender process picking files up never sees half an ack.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { closeAsync, fsyncAsync, mkdirAsync, openAsync, renameAsync, rmAsync, writeAsync } from '../workspace/fd-async.js';

function safe(value: string): string {
  return value.trim().replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[.-]+/, '') || 'x';
}

export interface AckNaming {
  kind: string;
  standard: 'x12' | 'edifact';
  partnerName: string;
  /** ISA13 / UNB 0020 acknowledged */
  acknowledgedInterchange: string;
  /** GS06 acknowledged (997/999) */
  acknowledgedGroup: string | null;
  /** the ack's own ISA13 / UNB 0020, to tell apart acks for a number the partner used twice */
  interchangeControl: string;
}

/** `997_<partner>_<ISA13>_<GS06>.x12`, `TA1_<partner>_<ISA13>.x12`, `CONTRL_<partner>_<UNB0020>.edi`; `taken` adds our number. */
export function ackFileName(naming: AckNaming, taken: (name: string) => boolean): string {
  const parts = [naming.kind, safe(naming.partnerName), safe(naming.acknowledgedInterchange)];
  if (naming.acknowledgedGroup !== null) parts.push(safe(naming.acknowledgedGroup));
  const extension = naming.standard === 'x12' ? 'x12' : 'edi';
  const base = parts.join('_');
  for (let attempt = 0; ; attempt++) {
    const suffix = attempt === 0 ? '' : attempt === 1 ? `_${safe(naming.interchangeControl)}` : `_${safe(naming.interchangeControl)}-${attempt}`;
    const name = `${base}${suffix}.${extension}`;
    if (!taken(name)) return name;
  }
}

/**
 * Windows cannot open a folder as a file (EPERM, EISDIR); NTFS journals a rename itself, so there is nothing to
 * make durable there. Skipped on win32, and those codes tolerated elsewhere (a file system that refuses it).
 */
const canSyncFolders = process.platform !== 'win32';
const UNSYNCABLE_FOLDER = new Set(['EPERM', 'EISDIR', 'EINVAL']);

function openFolder(dir: string): number | null {
  if (!canSyncFolders) return null;
  try {
    return openSync(dir, 'r');
  } catch (error) {
    if (UNSYNCABLE_FOLDER.has((error as NodeJS.ErrnoException).code ?? '')) return null;
    throw error;
  }
}

export function fsyncDirectory(dir: string): void {
  const fd = openFolder(dir);
  if (fd === null) return;
  try {
    fsyncSync(fd);
  } catch (error) {
    if (!UNSYNCABLE_FOLDER.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
  } finally {
    closeSync(fd);
  }
}


export async function fsyncDirectoryAsync(dir: string): Promise<void> {
  const fd = openFolder(dir);
  if (fd === null) return;
  try {
    await fsyncAsync(fd);
  } catch (error) {
    if (!UNSYNCABLE_FOLDER.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
  } finally {
    closeSync(fd);
  }
}

function openTemporary(outbox: string, name: string): { fd: number; path: string } {
  const path = join(outbox, `.${name}.${randomBytes(4).toString('hex')}.partial`);
  try {
    return { fd: openSync(path, 'wx'), path };
  } catch (error) {
    // the workspace creates outbox/ when it opens; someone may have removed it since
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(outbox, { recursive: true });
    return { fd: openSync(path, 'wx'), path };
  }
}

function writeTemporary(outbox: string, name: string, content: string, encoding: 'latin1' | 'utf8'): { fd: number; path: string } {
  const bytes = Buffer.from(content, encoding);
  const temporary = openTemporary(outbox, name);
  try {
    let written = 0;
    while (written < bytes.length) written += writeSync(temporary.fd, bytes, written, bytes.length - written);
  } catch (error) {
    closeSync(temporary.fd);
    rmSync(temporary.path, { force: true });
    throw error;
  }
  return temporary;
}

/**
 * Writes the file under a temporary name, fsyncs it and renames it into place. The caller fsyncs the folder once
 * after a batch (fsyncDirectory) so the renames are durable. Replaces any file of that name: a re-written ack (after
 * a crash before its record was marked written) is the same ack.
 */
export function writeOutboxFile(outbox: string, name: string, content: string, encoding: 'latin1' | 'utf8'): void {
  const temporary = writeTemporary(outbox, name, content, encoding);
  try {
    fsyncSync(temporary.fd);
  } catch (error) {
    closeSync(temporary.fd);
    rmSync(temporary.path, { force: true });
    throw error;
  }
  closeSync(temporary.fd);
  renameSync(temporary.path, join(outbox, name));
}


async function openTemporaryAsync(outbox: string, name: string): Promise<{ fd: number; path: string }> {
  const path = join(outbox, `.${name}.${randomBytes(4).toString('hex')}.partial`);
  try {
    return { fd: await openAsync(path, 'wx'), path };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await mkdirAsync(outbox, { recursive: true });
    return { fd: await openAsync(path, 'wx'), path };
  }
}

/**
 * writeOutboxFile with every step on the thread pool (open, write, fsync, close, rename), so the files of a batch
 * are in flight together and the main thread only starts them. The caller still fsyncs the folder afterwards.
 */
export async function writeOutboxFileAsync(outbox: string, name: string, content: string, encoding: 'latin1' | 'utf8'): Promise<void> {
  const bytes = Buffer.from(content, encoding);
  const temporary = await openTemporaryAsync(outbox, name);
  try {
    let written = 0;
    while (written < bytes.length) written += (await writeAsync(temporary.fd, bytes, written, bytes.length - written)).bytesWritten;
    await fsyncAsync(temporary.fd);
  } catch (error) {
    await closeAsync(temporary.fd).catch(() => undefined);
    await rmAsync(temporary.path, { force: true }).catch(() => undefined);
    throw error;
  }
  await closeAsync(temporary.fd);
  try {
    await renameAsync(temporary.path, join(outbox, name));
  } catch (error) {
    await rmAsync(temporary.path, { force: true }).catch(() => undefined);
    throw error;
  }
}
