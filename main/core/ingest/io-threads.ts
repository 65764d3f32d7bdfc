/**
 * libuv's thread pool size for the core process. Ingest archives every file and writes every ack with fsync on the
 * pool (archive.ts, acks/outbox.ts), and each fsync waits on the disk 1-3 ms: with Node's default of 4 threads
 * the small-file ingest waited on the pool, not on the CPU (10,000 small files, median 22.1 s with 4 threads against
 * 15.4 s with 16, five alternating pairs, same peak RSS). libuv reads UV_THREADPOOL_SIZE once, when the pool first
 * starts, which in a Node process is before its first module runs: so the process that forks the core sets it
 * (the desktop app, the benchmark), unless the user already did.
 */
export const CORE_IO_THREADS = 16;

/** The environment for a core process: UV_THREADPOOL_SIZE set unless given. */
export function withCoreIoThreads(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return env.UV_THREADPOOL_SIZE ? env : { ...env, UV_THREADPOOL_SIZE: String(CORE_IO_THREADS) };
}
