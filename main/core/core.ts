/**
 * The workstation core: one open workspace, the handler map and the event bus. Every mode (Electron utility
 * process, browser-mode server, CLI, tests) creates one of these and talks to it only through `call`.
 */
import type { AppInfo } from './api/types.js';
import type { EventName, InputOf, MethodName, PayloadOf, ResultOf } from './api/contract.js';
import { dispatch, type Handlers } from './api/dispatch.js';
import { handlers as defaultHandlers } from './api/handlers/index.js';
import type { Result } from './api/result.js';
import type { CoreContext } from './context.js';
import { EventBus } from './events.js';
import { resumeInterruptedIngest } from './ingest/resume.js';
import { resumeStaleRemaps } from './mapping-store/resume.js';
import { scheduleTimeSweeps } from './reconcile-store/time-sweep.js';
import { connectorDepsFor } from './connectors/context-deps.js';
import { startSyncScheduler } from './connectors/scheduler.js';
import { TaskRegistry } from './tasks.js';
import { createSettingsStore } from './workspace/settings-store.js';
import { openWorkspace } from './workspace/workspace.js';

export interface CoreOptions {
  workspaceDir: string;
  /** create the workspace when missing */
  create?: boolean;
  mode: AppInfo['mode'];
  actor?: string;
}

export interface Core {
  readonly context: CoreContext;
  /** untyped entry for transports: validates name and input, never throws */
  call(method: unknown, input: unknown): Promise<Result<unknown>>;
  /** typed entry for in-process callers (CLI, tests) */
  invoke<K extends MethodName>(method: K, input: InputOf<K>): Promise<Result<ResultOf<K>>>;
  on<E extends EventName>(event: E, listener: (payload: PayloadOf<E>) => void): () => void;
  onAny(listener: (event: EventName, payload: unknown) => void): () => void;
  close(): void;
}

export function createCore(options: CoreOptions, handlers: Handlers<CoreContext> = defaultHandlers): Core {
  const workspace = openWorkspace(options.workspaceDir, { create: options.create ?? false });
  const events = new EventBus();
  const context: CoreContext = {
    workspace,
    settings: createSettingsStore(workspace.db),
    events,
    tasks: new TaskRegistry(events),
    mode: options.mode,
    actor: options.actor ?? options.mode,
  };
  // Files received but not stored when the last run stopped (crash, kill -9) are finished before anything else.
  resumeInterruptedIngest(context);
  // A re-map cut short (crash, close) is finished by the app, as a task with progress; not by a CLI verb that is
  // about to exit, nor in tests, which start their own.
  if (options.mode === 'desktop' || options.mode === 'browser') resumeStaleRemaps(context);
  // Deadlines pass without new data (an 855 not sent in time): the running app re-evaluates recent threads now and then.
  const sweeps = options.mode === 'desktop' || options.mode === 'browser' ? scheduleTimeSweeps(context) : null;
  // Connectors with a schedule sync in the background while the app runs (the CLI syncs on demand: crossdock sync).
  const syncs = options.mode === 'desktop' || options.mode === 'browser' ? startSyncScheduler(context, () => connectorDepsFor(context)) : null;
  return {
    context,
    call: (method, input) => dispatch(handlers, context, method, input),
    invoke: (method, input) => dispatch(handlers, context, method, input) as never,
    on: (event, listener) =>
      events.subscribe((name, payload) => {
        if (name === event) listener(payload as never);
      }),
    onAny: (listener) => events.subscribe(listener),
    close: () => {
      sweeps?.stop();
      syncs?.stop();
      workspace.close();
    },
  };
}
