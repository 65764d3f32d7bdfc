/**
 * Why a connector call failed, in the categories the runner acts on: 'network' and 'timeout' (and an open circuit)
 * mean the system is unreachable (state 'offline', catch up later); 'http' with a 5xx or 429 is retried; 'auth' and
 * 'config' need the user; 'protocol' (truncated or invalid JSON, an unexpected shape) is retried, then reported.
 */
export type ConnectorErrorKind = 'network' | 'timeout' | 'http' | 'auth' | 'protocol' | 'config' | 'circuit-open' | 'cancelled';

export class ConnectorError extends Error {
  override readonly name = 'ConnectorError';
  constructor(
    readonly kind: ConnectorErrorKind,
    message: string,
    readonly detail: { status?: number; retryAfterMs?: number; url?: string } = {},
  ) {
    super(message);
  }

  /** the system or the network is down: the app keeps working and sync catches up when it returns */
  get offline(): boolean {
    return this.kind === 'network' || this.kind === 'timeout' || this.kind === 'circuit-open';
  }
}

export function isConnectorError(error: unknown): error is ConnectorError {
  return error instanceof ConnectorError;
}
