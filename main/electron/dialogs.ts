/** Native dialogs of the desktop shell. They return paths; what happens to the paths is the caller's business. */
import { dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';

export const EDI_FILE_FILTERS: NonNullable<OpenDialogOptions['filters']> = [
  { name: 'EDI files', extensions: ['edi', 'x12', 'edifact', 'edf', 'txt', 'dat', '850', '855', '856', '810', '997', '999'] },
  { name: 'All files', extensions: ['*'] },
];

async function open(window: BrowserWindow | undefined, options: OpenDialogOptions): Promise<string[]> {
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled ? [] : result.filePaths;
}

/** Files to hand to ingest; empty when the user cancels. */
export function chooseFiles(window?: BrowserWindow): Promise<string[]> {
  return open(window, { title: 'Open EDI files', properties: ['openFile', 'multiSelections'], filters: EDI_FILE_FILTERS });
}

/** A folder to open (or create) as the workspace; undefined when the user cancels. */
export async function chooseWorkspaceFolder(window?: BrowserWindow): Promise<string | undefined> {
  const [folder] = await open(window, { title: 'Open or create a workspace folder', buttonLabel: 'Open Workspace', properties: ['openDirectory', 'createDirectory'] });
  return folder;
}

export async function showMessage(window: BrowserWindow | undefined, message: { title: string; message: string; detail?: string }): Promise<void> {
  const options = { type: 'info' as const, buttons: ['OK'], ...message };
  if (window) await dialog.showMessageBox(window, options);
  else await dialog.showMessageBox(options);
}
