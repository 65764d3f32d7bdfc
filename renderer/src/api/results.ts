import type { ApiError, ErrorCode, Result } from './contract-types.js';

/** Builds an error value; the renderer's own copy because runtime code from main/ is off limits. */
export function failure(code: ErrorCode, message: string, details?: unknown): { ok: false; error: ApiError } {
  return { ok: false, error: details === undefined ? { code, message } : { code, message, details } };
}

const errorCodes: ReadonlySet<string> = new Set<ErrorCode>([
  'unknown-method',
  'invalid-input',
  'not-found',
  'conflict',
  'forbidden',
  'workspace-error',
  'unavailable',
  'cancelled',
  'internal',
]);

/** True when a value that arrived over the wire has the shape of a Result. */
export function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { ok?: unknown; error?: unknown };
  if (candidate.ok === true) return true;
  if (candidate.ok !== false || typeof candidate.error !== 'object' || candidate.error === null) return false;
  const error = candidate.error as { code?: unknown; message?: unknown };
  return typeof error.code === 'string' && errorCodes.has(error.code) && typeof error.message === 'string';
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
