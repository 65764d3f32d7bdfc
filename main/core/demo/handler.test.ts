import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/helpers/temp-dir.js';
import type { TaskProgress } from '../api/types.js';
import { createCore } from '../core.js';

describe('demo.create (the first-start offer)', () => {
  const temp = makeTempDir('crossdock-demo-offer-');
  afterAll(() => temp.cleanup(), 60_000);

  it('fills the open empty workspace as a task, then refuses to run again', async () => {
    const core = createCore({ workspaceDir: join(temp.path, 'ws'), create: true, mode: 'test' });
    try {
      const states: TaskProgress[] = [];
      const finished = new Promise<TaskProgress>((resolve) => {
        core.on('task.progress', (progress) => {
          if (progress.kind !== 'demo' || progress.label !== 'Creating the demo workspace') return;
          states.push(progress);
          if (progress.state !== 'running') resolve(progress);
        });
      });
      const started = await core.invoke('demo.create', {});
      if (!started.ok) throw new Error(started.error.message);
      expect(started.value.workspaceDir).toBe(core.context.workspace.path);
      const end = await finished;
      expect(end.state, end.message).toBe('finished');
      expect(states.some((state) => state.state === 'running' && state.done > 0)).toBe(true);
      const partners = await core.invoke('partners.list', { includeMerged: false });
      expect(partners.ok && partners.value.items.map((partner) => partner.name)).toEqual(['Bricoland SA', 'FreshWay Markets', 'Summit Home Stores']);
      const again = await core.invoke('demo.create', {});
      expect(again.ok).toBe(false);
      expect(!again.ok && again.error.code).toBe('conflict');
    } finally {
      core.close();
    }
  }, 240_000);
});
