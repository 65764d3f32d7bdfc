/**
 * The IPC bridge: one `ipcMain.handle` channel per contract method, each answering only our own window's main
 * frame showing our own document. Inputs go to the core untouched; the core validates them with the contract's zod
 * schemas. Every answer is a Result value, refusals included, so nothing thrown ever crosses the bridge.
 */
import { isAbsolute } from 'node:path';
import type { IpcMain, IpcMainEvent, IpcMainInvokeEvent, WebContents } from 'electron';
import { methodNames, type MethodName } from '../core/api/contract.js';
import { fail, type Result } from '../core/api/result.js';
import { DROPPED_PATHS_CHANNEL, methodChannel } from './channels.js';

export interface CoreCaller {
  call(method: MethodName, input: unknown): Promise<Result<unknown>>;
}

export interface SenderPolicy {
  /** the WebContents of our window; undefined while there is none */
  contents(): WebContents | undefined;
  isAppUrl(url: string): boolean;
}

type SenderEvent = Pick<IpcMainInvokeEvent | IpcMainEvent, 'sender' | 'senderFrame'>;

/** Our window, its main frame (not an iframe), and our document (not a page it was tricked into loading). */
export function isTrustedSender(event: SenderEvent, policy: SenderPolicy): boolean {
  const contents = policy.contents();
  if (!contents || contents.isDestroyed() || event.sender.id !== contents.id) return false;
  let frame: SenderEvent['senderFrame'];
  try {
    frame = event.senderFrame;
  } catch {
    return false; // the frame navigated or was destroyed while the message was in flight
  }
  if (!frame || frame.parent !== null) return false;
  const main = contents.mainFrame;
  if (frame.processId !== main.processId || frame.routingId !== main.routingId) return false;
  return policy.isAppUrl(frame.url);
}

const MAX_DROPPED_PATHS = 10_000;

/** The dropped-paths payload if it is a list of absolute paths, else undefined. */
export function droppedPaths(value: unknown): string[] | undefined {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_DROPPED_PATHS) return undefined;
  const valid = value.every((path) => typeof path === 'string' && path.length > 0 && path.length <= 4096 && isAbsolute(path));
  return valid ? (value as string[]) : undefined;
}

export interface IpcBridgeOptions {
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler' | 'on' | 'removeListener'>;
  core: CoreCaller;
  senders: SenderPolicy;
  /** receives the paths of files dropped on the window */
  onDroppedPaths(paths: string[]): void;
  log?: (line: string) => void;
}

/** Registers the bridge; returns a function that removes every handler it added. */
export function registerIpcBridge(options: IpcBridgeOptions): () => void {
  const { ipcMain, core, senders } = options;
  const log = options.log ?? ((line: string) => console.warn(line));
  const describeSender = (event: SenderEvent) => {
    try {
      return event.senderFrame?.url ?? 'a closed frame';
    } catch {
      return 'a closed frame';
    }
  };

  for (const method of methodNames) {
    ipcMain.handle(methodChannel(method), async (event, input: unknown) => {
      if (!isTrustedSender(event, senders)) {
        log(`Refused ${method} from ${describeSender(event)}`);
        return fail('forbidden', `${method} is only available to Crossdock's own window`);
      }
      try {
        return await core.call(method, input);
      } catch (error) {
        return fail('internal', `${method} failed in the desktop bridge: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
  }

  const onDropped = (event: IpcMainEvent, value: unknown) => {
    if (!isTrustedSender(event, senders)) {
      log(`Ignored dropped paths from ${describeSender(event)}`);
      return;
    }
    const paths = droppedPaths(value);
    if (paths) options.onDroppedPaths(paths);
  };
  ipcMain.on(DROPPED_PATHS_CHANNEL, onDropped);

  return () => {
    for (const method of methodNames) ipcMain.removeHandler(methodChannel(method));
    ipcMain.removeListener(DROPPED_PATHS_CHANNEL, onDropped);
  };
}
