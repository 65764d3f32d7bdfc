/**
 * Browser-mode uploads: files are read in the page and sent as base64 in `ingest.upload` calls. A call carries at
 * most 500 files and stays under the server's 96 MiB body limit; one file may be at most 48 MiB (64 MiB of base64,
 * the contract's limit). Larger files go through the inbox folder or the command line.
 */

export const MAX_FILE_BYTES = 48 * 1024 * 1024;
export const MAX_BATCH_BASE64 = 80 * 1024 * 1024;
export const MAX_BATCH_FILES = 500;

export const base64Length = (bytes: number) => 4 * Math.ceil(bytes / 3);

export interface Sized {
  name: string;
  size: number;
}

export interface BatchPlan<T extends Sized> {
  batches: T[][];
  tooLarge: T[];
}

/** Groups files into calls in the order given; a file too large for a call is set aside. */
export function planBatches<T extends Sized>(files: readonly T[]): BatchPlan<T> {
  const batches: T[][] = [];
  const tooLarge: T[] = [];
  let current: T[] = [];
  let currentBase64 = 0;
  for (const file of files) {
    if (file.size > MAX_FILE_BYTES) {
      tooLarge.push(file);
      continue;
    }
    const encoded = base64Length(file.size);
    if (current.length > 0 && (current.length >= MAX_BATCH_FILES || currentBase64 + encoded > MAX_BATCH_BASE64)) {
      batches.push(current);
      current = [];
      currentBase64 = 0;
    }
    current.push(file);
    currentBase64 += encoded;
  }
  if (current.length > 0) batches.push(current);
  return { batches, tooLarge };
}

/** base64 of bytes, encoded in chunks whose length is a multiple of 3 so the pieces join without padding. */
export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  const chunk = 3 * 8192;
  for (let start = 0; start < bytes.length; start += chunk) {
    parts.push(btoa(String.fromCharCode(...bytes.subarray(start, start + chunk))));
  }
  return parts.join('');
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
