import { describe, expect, it } from 'vitest';
import { CORE_IO_THREADS, withCoreIoThreads } from './io-threads.js';

describe('the core process thread pool', () => {
  it('is set for a core process unless the user chose a size', () => {
    expect(withCoreIoThreads({ PATH: '/bin' })).toEqual({ PATH: '/bin', UV_THREADPOOL_SIZE: String(CORE_IO_THREADS) });
    expect(withCoreIoThreads({ UV_THREADPOOL_SIZE: '8' }).UV_THREADPOOL_SIZE).toBe('8');
  });
});
