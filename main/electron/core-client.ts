/**
 * The main process's handle on the core's utility process: forks it for a workspace, correlates replies with calls,
 * forwards the core's events, and restarts it when it dies (a few times; a core that keeps dying is reported as an
 * error value on every call instead of being restarted forever).
 */
import { isEventName, type EventName, type MethodName } from '../core/api/contract.js';
import { fail, type Result } from '../core/api/result.js';
import { isEventMessage, isReplyMessage, type ToCore } from './core-protocol.js';

/** The part of Electron's UtilityProcess this client uses. */
export interface CoreProcess {
  postMessage(message: ToCore): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  kill(): boolean;
}

export interface CoreClientOptions {
  fork(workspaceDir: string): CoreProcess;
  workspaceDir: string;
  onEvent(event: EventName, payload: unknown): void;
  /** unexpected exits tolerated within restartWindowMs before giving up (default 3 in 60 s) */
  maxRestarts?: number;
  restartWindowMs?: number;
  /** how long a shut-down core may take to close its database before it is killed */
  shutdownGraceMs?: number;
  now?: () => number;
  log?: (line: string) => void;
}

export class CoreClient {
  private child: CoreProcess | undefined;
  private readonly pending = new Map<number, (result: Result<unknown>) => void>();
  private nextId = 1;
  private recentExits: number[] = [];
  private downReason: string | undefined;
  private current: string;

  constructor(private readonly options: CoreClientOptions) {
    this.current = options.workspaceDir;
  }

  get workspaceDir(): string {
    return this.current;
  }

  start(): void {
    this.downReason = undefined;
    this.spawn();
  }

  call(method: MethodName, input: unknown): Promise<Result<unknown>> {
    const child = this.child;
    if (!child) return Promise.resolve(fail('unavailable', this.downReason ?? 'The Crossdock core is not running.'));
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      try {
        child.postMessage({ id, method, input });
      } catch (error) {
        this.pending.delete(id);
        resolve(fail('unavailable', `Could not reach the Crossdock core: ${String(error)}`));
      }
    });
  }

  /** Close the current workspace and open another (created when missing). */
  switchWorkspace(workspaceDir: string): void {
    this.retire('The workspace was changed while this call was running.');
    this.current = workspaceDir;
    this.recentExits = [];
    this.start();
  }

  stop(): void {
    this.retire('Crossdock is closing.');
    this.downReason = 'Crossdock is closing.';
  }

  /** Ask the running core to close its database and exit; answer its open calls; forget it. */
  private retire(reason: string): void {
    const child = this.child;
    this.child = undefined;
    this.failPending(reason);
    if (!child) return;
    try {
      child.postMessage({ shutdown: true });
    } catch {
      // Already gone.
    }
    const timer = setTimeout(() => child.kill(), this.options.shutdownGraceMs ?? 5_000);
    child.on('exit', () => clearTimeout(timer));
    timer.unref?.();
  }

  private spawn(): void {
    const child = this.options.fork(this.current);
    this.child = child;
    child.on('message', (message) => {
      if (child !== this.child) return;
      if (isReplyMessage(message)) {
        const resolve = this.pending.get(message.id);
        this.pending.delete(message.id);
        resolve?.(message.result);
      } else if (isEventMessage(message) && isEventName(message.event)) {
        this.options.onEvent(message.event, message.payload);
      }
    });
    child.on('exit', (code) => {
      if (child !== this.child) return; // retired on purpose
      this.child = undefined;
      this.failPending(`The Crossdock core stopped (exit code ${code}) before answering.`);
      this.restartAfterCrash(code);
    });
  }

  private restartAfterCrash(code: number): void {
    const now = (this.options.now ?? Date.now)();
    const window = this.options.restartWindowMs ?? 60_000;
    this.recentExits = [...this.recentExits.filter((time) => now - time < window), now];
    const log = this.options.log ?? ((line: string) => console.error(line));
    if (this.recentExits.length > (this.options.maxRestarts ?? 3)) {
      this.downReason = `The Crossdock core stopped ${this.recentExits.length} times in a row (last exit code ${code}). Restart Crossdock; if it happens again, open another workspace.`;
      log(this.downReason);
      return;
    }
    log(`The Crossdock core stopped (exit code ${code}); restarting it.`);
    this.spawn();
  }

  private failPending(reason: string): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const resolve of waiting) resolve(fail('unavailable', reason));
  }
}
