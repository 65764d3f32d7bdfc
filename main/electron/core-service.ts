/**
 * The core's side of the utility-process protocol, kept apart from the process entry so it runs in tests with a
 * real core and an in-memory port.
 */
import type { Core } from '../core/core.js';
import { fail, type ApiError } from '../core/api/result.js';
import { WorkspaceError } from '../core/workspace/errors.js';
import { explainNativeLoadError } from '../../scripts/native-abi.mjs';
import { isCallMessage, isShutdownMessage, type FromCore } from './core-protocol.js';

export interface CorePort {
  postMessage(message: FromCore): void;
  onMessage(listener: (data: unknown) => void): void;
}

/** Why the core could not start, as the error every call will get until the workspace changes. */
export function startupError(error: unknown): ApiError {
  if (error instanceof WorkspaceError) return { code: 'workspace-error', message: error.message, details: { kind: error.kind } };
  const native = explainNativeLoadError(error);
  if (native) return { code: 'unavailable', message: native };
  return { code: 'internal', message: `The Crossdock core could not start: ${error instanceof Error ? error.message : String(error)}` };
}

/**
 * Opens the core and answers calls on `port`. If the core cannot open (a workspace from a newer version, a native
 * module built for the wrong runtime), the process stays up and answers every call with that reason, so the window
 * can show it instead of the main process restarting a core that will fail again.
 */
export function serveCore(
  port: CorePort,
  openCore: () => Core,
  exit: (code: number) => void,
  log: (line: string) => void = (line) => console.error(line),
): void {
  let core: Core | undefined;
  let failure: ApiError | undefined;
  try {
    core = openCore();
    core.onAny((event, payload) => port.postMessage({ event, payload }));
  } catch (error) {
    failure = startupError(error);
    log(`Crossdock core: ${failure.message}`);
  }

  port.onMessage((data) => {
    if (isShutdownMessage(data)) {
      core?.close();
      exit(0);
      return;
    }
    if (!isCallMessage(data)) return;
    const { id } = data;
    if (!core) {
      port.postMessage({ id, result: { ok: false, error: failure! } });
      return;
    }
    core
      .call(data.method, data.input)
      .catch((error: unknown) => fail('internal', `${data.method} failed: ${String(error)}`))
      .then((result) => port.postMessage({ id, result }));
  });
}
