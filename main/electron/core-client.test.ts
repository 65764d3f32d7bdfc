import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCore } from '../core/core.js';
import type { EventName } from '../core/api/contract.js';
import { WorkspaceError } from '../core/workspace/errors.js';
import { makeTempDir } from '../../test/helpers/temp-dir.js';
import { CoreClient, type CoreProcess } from './core-client.js';
import type { CallMessage, FromCore, ToCore } from './core-protocol.js';
import { serveCore, startupError } from './core-service.js';

vi.mock('electron', () => ({}));

class FakeProcess extends EventEmitter {
  readonly sent: ToCore[] = [];
  readonly kill = vi.fn(() => true);
  constructor(readonly workspaceDir: string) {
    super();
  }
  postMessage(message: ToCore) {
    this.sent.push(message);
  }
  reply(message: FromCore) {
    this.emit('message', message);
  }
  calls() {
    return this.sent.filter((message): message is CallMessage => 'id' in message);
  }
}

function clientWithFakes(options: { maxRestarts?: number } = {}) {
  const forked: FakeProcess[] = [];
  const events: [EventName, unknown][] = [];
  let now = 0;
  const client = new CoreClient({
    workspaceDir: '/ws/one',
    fork: (dir) => {
      const child = new FakeProcess(dir);
      forked.push(child);
      return child;
    },
    onEvent: (event, payload) => events.push([event, payload]),
    now: () => (now += 1_000),
    log: () => {},
    ...options,
  });
  client.start();
  return { client, forked, events, latest: () => forked.at(-1)! };
}

describe('CoreClient with a fake utility process', () => {
  it('matches replies to calls by id, whatever order they come back in', async () => {
    const { client, latest } = clientWithFakes();
    const first = client.call('app.info', {});
    const second = client.call('status.get', {});
    const [a, b] = latest().calls();
    expect(a).toEqual({ id: a!.id, method: 'app.info', input: {} });
    latest().reply({ id: b!.id, result: { ok: true, value: 'second' } });
    latest().reply({ id: a!.id, result: { ok: true, value: 'first' } });
    await expect(first).resolves.toEqual({ ok: true, value: 'first' });
    await expect(second).resolves.toEqual({ ok: true, value: 'second' });
  });

  it('forwards events the contract declares and drops anything else', () => {
    const { latest, events } = clientWithFakes();
    latest().reply({ event: 'settings.changed', payload: { theme: 'dark' } });
    latest().emit('message', { event: 'made.up', payload: 1 });
    latest().emit('message', 'garbage');
    expect(events).toEqual([['settings.changed', { theme: 'dark' }]]);
  });

  it('answers open calls with an error value when the core dies, and restarts it', async () => {
    const { client, forked, latest } = clientWithFakes();
    const pending = client.call('workspace.info', {});
    latest().emit('exit', 134);
    await expect(pending).resolves.toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringContaining('exit code 134') } });
    expect(forked).toHaveLength(2);
    expect(latest().workspaceDir).toBe('/ws/one');
    const next = client.call('app.info', {});
    latest().reply({ id: latest().calls()[0]!.id, result: { ok: true, value: 'back' } });
    await expect(next).resolves.toEqual({ ok: true, value: 'back' });
  });

  it('stops restarting a core that keeps dying and says so on every call', async () => {
    const { client, forked, latest } = clientWithFakes({ maxRestarts: 2 });
    for (let crash = 0; crash < 3; crash += 1) latest().emit('exit', 1);
    expect(forked).toHaveLength(3);
    await expect(client.call('app.info', {})).resolves.toMatchObject({ ok: false, error: { message: expect.stringContaining('stopped 3 times') } });
  });

  it('switches workspace: asks the old core to shut down, fails its open calls, starts a core on the new folder', async () => {
    const { client, forked } = clientWithFakes();
    const old = forked[0]!;
    const pending = client.call('status.get', {});
    client.switchWorkspace('/ws/two');
    await expect(pending).resolves.toMatchObject({ ok: false, error: { message: expect.stringContaining('workspace was changed') } });
    expect(old.sent.at(-1)).toEqual({ shutdown: true });
    old.emit('exit', 0);
    expect(forked).toHaveLength(2);
    expect(forked[1]!.workspaceDir).toBe('/ws/two');
    expect(client.workspaceDir).toBe('/ws/two');
  });

  it('after stop, calls get an error value and nothing is restarted', async () => {
    const { client, forked } = clientWithFakes();
    client.stop();
    forked[0]!.emit('exit', 0);
    expect(forked).toHaveLength(1);
    await expect(client.call('app.info', {})).resolves.toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });
});

/** The utility-process boundary in memory: structured clones both ways, the real serveCore and a real core. */
function inMemoryCore(workspaceDir: string): CoreProcess {
  const toMain = new EventEmitter();
  let deliver: (data: unknown) => void = () => {};
  serveCore(
    { postMessage: (message) => setImmediate(() => toMain.emit('message', structuredClone(message))), onMessage: (listener) => (deliver = listener) },
    () => createCore({ workspaceDir, create: true, mode: 'desktop' }),
    (code) => setImmediate(() => toMain.emit('exit', code)),
  );
  return {
    postMessage: (message) => setImmediate(() => deliver(structuredClone(message))),
    on: (event: 'message' | 'exit', listener: (value: never) => void) => toMain.on(event, listener as (value: unknown) => void),
    kill: () => true,
  };
}

describe('CoreClient with the real core behind the protocol', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => (temp = makeTempDir('crossdock-core-client-')));
  afterEach(() => temp.cleanup());

  it('opens the workspace, answers calls with values, validates input, and pushes events', async () => {
    const events: [EventName, unknown][] = [];
    const client = new CoreClient({ workspaceDir: temp.path, fork: inMemoryCore, onEvent: (event, payload) => events.push([event, payload]) });
    client.start();
    const info = await client.call('workspace.info', {});
    expect(info).toMatchObject({ ok: true, value: { path: temp.path, schemaVersion: expect.any(Number) } });
    expect(await client.call('settings.update', { theme: 'purple' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await client.call('settings.update', { theme: 'dark' })).toMatchObject({ ok: true, value: { theme: 'dark' } });
    expect(events).toContainEqual(['settings.changed', expect.objectContaining({ theme: 'dark' })]);
    client.stop();
  });
});

describe('serveCore when the core cannot open', () => {
  it('stays up and answers every call with the reason, so the window can show it', async () => {
    const replies: FromCore[] = [];
    let deliver: (data: unknown) => void = () => {};
    const exit = vi.fn();
    serveCore(
      { postMessage: (message) => replies.push(message), onMessage: (listener) => (deliver = listener) },
      () => {
        throw new WorkspaceError('workspace-newer', 'This workspace uses schema version 9, written by a newer Crossdock');
      },
      exit,
      () => {},
    );
    deliver({ id: 1, method: 'app.info', input: {} });
    deliver({ nonsense: true });
    expect(replies).toEqual([{ id: 1, result: { ok: false, error: { code: 'workspace-error', message: expect.stringContaining('newer Crossdock'), details: { kind: 'workspace-newer' } } } }]);
    deliver({ shutdown: true });
    expect(exit).toHaveBeenCalledWith(0);
  });

  it('explains a native module built for the other runtime with the command that fixes it', () => {
    const error = new Error("The module 'better_sqlite3.node' was compiled against a different Node.js version using NODE_MODULE_VERSION 115. This version of Node.js requires NODE_MODULE_VERSION 150.");
    expect(startupError(error)).toMatchObject({ code: 'unavailable', message: expect.stringMatching(/npm run native:(node|electron)/) });
    expect(startupError(new Error('disk full'))).toMatchObject({ code: 'internal', message: expect.stringContaining('disk full') });
  });
});
