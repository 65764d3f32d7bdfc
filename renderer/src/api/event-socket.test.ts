import { describe, expect, it } from 'vitest';
import { parseEventMessage, reconnectDelay } from './event-socket.js';

describe('reconnectDelay', () => {
  const policy = { initialDelayMs: 500, maxDelayMs: 15_000 };
  it('doubles per attempt and stops at the maximum', () => {
    const noJitter = () => 1;
    expect([0, 1, 2, 3, 10, 100].map((attempt) => reconnectDelay(policy, attempt, noJitter))).toEqual([500, 1000, 2000, 4000, 15_000, 15_000]);
  });
  it('jitters downwards by at most a quarter', () => {
    expect(reconnectDelay(policy, 1, () => 0)).toBe(750);
  });
});

describe('parseEventMessage', () => {
  it('reads {event, payload} and ignores anything else', () => {
    expect(parseEventMessage('{"event":"task.progress","payload":{"done":1}}')).toEqual({ event: 'task.progress', payload: { done: 1 } });
    expect(parseEventMessage(new TextEncoder().encode('{"event":"x"}').buffer)).toEqual({ event: 'x', payload: undefined });
    expect(parseEventMessage('[1]')).toBeNull();
    expect(parseEventMessage('{"event":3}')).toBeNull();
    expect(parseEventMessage('oops')).toBeNull();
  });
});
