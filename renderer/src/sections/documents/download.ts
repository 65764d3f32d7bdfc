import type { CrossdockClient, InputOf } from '../../api/contract-types.js';
import { reportError, type NoticesStore } from '../../store/notices-store.js';

/** Saves the archived original through a blob link (the same in the browser and the desktop window). */
export async function downloadOriginal(client: CrossdockClient, notices: NoticesStore, target: InputOf<'documents.original'>): Promise<void> {
  const result = await client.call('documents.original', target);
  if (!result.ok) {
    reportError(notices, 'Could not read the original file', result.error);
    return;
  }
  const binary = atob(result.value.contentBase64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/octet-stream' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = result.value.name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
