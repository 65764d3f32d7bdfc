import type { CrossdockClient } from '../../api/contract-types.js';
import { reportError, type NoticesStore } from '../../store/notices-store.js';
import { normalizeFilter } from './queue-route.js';
import type { QueueFilter, QueueSort } from './recon-types.js';

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** Saves a file through a blob link (the same in the browser and the desktop window). */
export function saveBytes(name: string, mime: string, bytes: Uint8Array<ArrayBuffer>): void {
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The queue under the current filter and sort as a CSV or XLSX file (mismatches.export). */
export async function exportQueue(client: CrossdockClient, notices: NoticesStore, filter: QueueFilter, sort: QueueSort, format: 'csv' | 'xlsx'): Promise<void> {
  const result = await client.call('mismatches.export', { filter: normalizeFilter(filter), sort, format });
  if (!result.ok) {
    reportError(notices, `Could not export the ${format.toUpperCase()} file`, result.error);
    return;
  }
  saveBytes(result.value.fileName, result.value.mime, base64ToBytes(result.value.base64));
  notices.getState().push('success', `Exported ${result.value.rows.toLocaleString()} ${result.value.rows === 1 ? 'mismatch' : 'mismatches'} to ${result.value.fileName}`);
}
