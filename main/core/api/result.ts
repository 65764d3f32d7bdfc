/** Errors cross every boundary (IPC, HTTP, CLI) as values, never as thrown strings. */
export type ErrorCode =
  | 'unknown-method'
  | 'invalid-input'
  | 'not-found'
  | 'conflict'
  /** the caller may not make this call at all (a refused IPC sender) */
  | 'forbidden'
  | 'workspace-error'
  | 'unavailable'
  | 'cancelled'
  | 'internal';

export interface ApiError {
  code: ErrorCode;
  message: string;
  /** zod issues for invalid-input; other structured detail where useful */
  details?: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown inside the core to end a call with a specific error code; the dispatcher turns it into a value. */
export class CoreError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'CoreError';
  }
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, details?: unknown): Result<never> => ({
  ok: false,
  error: details === undefined ? { code, message } : { code, message, details },
});
