/**
 * A circuit breaker per connector: after `threshold` consecutive failures it opens and refuses calls for `cooldownMs`
 * (a down system is not hammered and the sync reports offline at once); then one probe is let through (half-open):
 * success closes it, failure opens it for another cooldown.
 */
import type { Clock } from '../types.js';

export type CircuitState = 'closed' | 'open' | 'half-open';

export class CircuitBreaker {
  private failures = 0;
  private openedAt: number | null = null;
  private probing = false;

  constructor(
    private readonly clock: Clock,
    readonly threshold = 5,
    readonly cooldownMs = 30_000,
  ) {}

  get state(): CircuitState {
    if (this.openedAt === null) return 'closed';
    return this.clock.now() - this.openedAt >= this.cooldownMs ? 'half-open' : 'open';
  }

  /** true when a call may go out now (in half-open, only the one probe) */
  allow(): boolean {
    const state = this.state;
    if (state === 'closed') return true;
    if (state === 'open' || this.probing) return false;
    this.probing = true;
    return true;
  }

  /** ms until a probe is allowed (0 when allowed) */
  retryInMs(): number {
    if (this.openedAt === null) return 0;
    return Math.max(0, this.cooldownMs - (this.clock.now() - this.openedAt));
  }

  success(): void {
    this.failures = 0;
    this.openedAt = null;
    this.probing = false;
  }

  failure(): void {
    this.failures += 1;
    if (this.probing || this.failures >= this.threshold) this.openedAt = this.clock.now();
    this.probing = false;
  }
}
