/**
 * File-descriptor calls on libuv's thread pool as promises, for the durable writes of ingest (archive.ts) and the
 * ack outbox (acks/outbox.ts): plain fds, lighter than fs/promises' FileHandle objects at thousands of files a run.
 */
import { close, fsync, mkdir, open, rename, rm, write } from 'node:fs';
import { promisify } from 'node:util';

export const fsyncAsync = promisify(fsync);
export const openAsync = promisify(open);
export const writeAsync = promisify(write);
export const closeAsync = promisify(close);
export const renameAsync = promisify(rename);
export const mkdirAsync = promisify(mkdir);
export const rmAsync = promisify(rm);
