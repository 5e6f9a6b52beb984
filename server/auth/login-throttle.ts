import type { Database } from 'better-sqlite3';
import type { Clock, ServerConfig } from '../config';

interface FailureRow {
  count: number;
  locked_until: number | null;
}

/** Consecutive login failures per username; enough of them lock the username for a while. */
export class LoginThrottle {
  private readonly byUsername;
  private readonly upsert;
  private readonly clear;

  constructor(
    db: Database,
    private readonly clock: Clock,
    private readonly config: ServerConfig,
  ) {
    this.byUsername = db.prepare<[string], FailureRow>('SELECT count, locked_until FROM login_failures WHERE username = ?');
    this.upsert = db.prepare(`
      INSERT INTO login_failures (username, count, locked_until) VALUES (?, ?, ?)
      ON CONFLICT (username) DO UPDATE SET count = excluded.count, locked_until = excluded.locked_until`);
    this.clear = db.prepare('DELETE FROM login_failures WHERE username = ?');
  }

  /** Milliseconds until the username may try again, or 0 when it is not locked. */
  lockedFor(username: string): number {
    const lockedUntil = this.byUsername.get(username)?.locked_until ?? 0;
    return Math.max(0, lockedUntil - this.clock.now());
  }

  /** Inside a write. Returns true when this failure locked the username. */
  recordFailure(username: string): boolean {
    const row = this.byUsername.get(username);
    const now = this.clock.now();
    const lockExpired = row?.locked_until != null && row.locked_until <= now;
    const count = (row && !lockExpired ? row.count : 0) + 1;
    if (count >= this.config.lockoutThreshold) {
      this.upsert.run(username, 0, now + this.config.lockoutMs);
      return true;
    }
    this.upsert.run(username, count, null);
    return false;
  }

  /** Inside a write. */
  recordSuccess(username: string): void {
    this.clear.run(username);
  }
}

export function lockedMessage(remainingMs: number): string {
  return `密码错误次数过多，账号已锁定，请 ${Math.max(1, Math.ceil(remainingMs / 60_000))} 分钟后再试`;
}
