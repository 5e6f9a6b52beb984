import type { SecurityEvents } from '../audit/security-events';
import type { Clock } from '../config';
import { RateLimitedError } from '../http/rate-limited';

export type RateDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

/**
 * Counts events per key over a time window and says whether one more is allowed. The in-process
 * one below is right for a single node; with several nodes a shared one (Redis: a sorted set per
 * key, or INCR with expiry per window) takes its place behind this interface.
 */
export interface RateLimiter {
  /** Takes one event for the key at `now` when the limit allows it; otherwise says how long until it would. */
  take(key: string, now: number): Promise<RateDecision>;
}

/** At most `limit` events per key in any `windowMs`, exactly: the times of the last `limit` events are kept. */
export class SlidingWindowLimiter implements RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  async take(key: string, now: number): Promise<RateDecision> {
    const since = now - this.windowMs;
    const times = (this.hits.get(key) ?? []).filter((at) => at > since);
    if (times.length >= this.limit) {
      this.hits.set(key, times);
      return { allowed: false, retryAfterMs: times[0]! + this.windowMs - now };
    }
    times.push(now);
    this.hits.set(key, times);
    return { allowed: true };
  }
}

/** The app token a request came with. */
export interface AppSender {
  id: string;
  name: string;
}

/**
 * 工作通知 rate limit per app token: `perMinute` pushes, then 429 with Retry-After. The first
 * refusal of each run of refusals is recorded in the audit log (not every one, so that a runaway
 * sender cannot flood the log).
 */
export class NoticeRateLimit {
  private readonly auditedUntil = new Map<string, number>();

  constructor(
    private readonly limiter: RateLimiter,
    private readonly perMinute: number,
    private readonly clock: Clock,
    private readonly security: SecurityEvents,
  ) {}

  async admit(app: AppSender, client: string): Promise<void> {
    const now = this.clock.now();
    const decision = await this.limiter.take(`notice:${app.id}`, now);
    if (decision.allowed) return;
    const retryAfterSeconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
    if ((this.auditedUntil.get(app.id) ?? 0) <= now) {
      this.auditedUntil.set(app.id, now + decision.retryAfterMs);
      await this.security.record({
        actorId: null,
        client: `app:${app.name}`,
        action: 'notice.rateLimited',
        target: app.id,
        detail: { perMinute: this.perMinute, retryAfterSeconds, from: client },
      });
    }
    throw new RateLimitedError(
      `「${app.name}」推送工作通知过于频繁：每个应用每分钟最多 ${this.perMinute} 条，请 ${retryAfterSeconds} 秒后再试`,
      retryAfterSeconds,
    );
  }
}
