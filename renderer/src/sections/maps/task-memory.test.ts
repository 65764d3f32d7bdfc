import { describe, expect, it } from 'vitest';
import { FakeClient } from '../../test-support/fake-client.js';
import { createTaskMemory } from './task-memory.js';

describe('task memory', () => {
  it('keeps the last progress of each task, finished ones included', () => {
    const client = new FakeClient('http', true);
    const memory = createTaskMemory(client);
    client.emit('task.progress', { taskId: 'a', kind: 'reprocess', label: 'Re-mapping', done: 1, total: 2, state: 'running' });
    client.emit('task.progress', { taskId: 'a', kind: 'reprocess', label: 'Re-mapping', done: 2, total: 2, state: 'finished' });
    expect(memory.getState().tasks.a).toMatchObject({ done: 2, state: 'finished' });
    for (let n = 0; n < 60; n++) client.emit('task.progress', { taskId: `t${n}`, kind: 'reprocess', label: 'x', done: 0, total: 1, state: 'running' });
    expect(Object.keys(memory.getState().tasks)).toHaveLength(50);
    expect(memory.getState().tasks.a).toBeUndefined();
  });
});
