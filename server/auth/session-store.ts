import type { Database } from 'better-sqlite3';
import type { Clock, ServerConfig } from '../config';
import type { WriteBatcher } from '../storage/write-batcher';
import { hashToken, newToken } from './tokens';

export interface Session {
  tokenHash: string;
  userId: string;
  createdAt: number;
  lastSeenAt: number;
}

interface SessionRow {
  token_hash: string;
  user_id: string;
  created_at: number;
  last_seen_at: number;
}


/** Sessions by token hash: sliding idle expiry plus an absolute maximum age. */
export class SessionStore {
  private readonly byHash;
  private readonly insertRow;
  private readonly touchRow;
  private readonly deleteRow;
  private readonly ofUser;

  constructor(
    db: Database,
    private readonly batcher: WriteBatcher,
    private readonly clock: Clock,
    private readonly config: ServerConfig,
  ) {
    this.byHash = db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE token_hash = ?');
    this.insertRow = db.prepare('INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, client) VALUES (?, ?, ?, ?, ?)');
    this.touchRow = db.prepare('UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?');
    this.deleteRow = db.prepare('DELETE FROM sessions WHERE token_hash = ?');
    this.ofUser = db.prepare<[string], { token_hash: string }>('SELECT token_hash FROM sessions WHERE user_id = ?');
  }

  /** Inside a write. Returns the token: the only time it exists in plain text. */
  create(userId: string, client: string, now: number): { token: string; expiresAt: number } {
    const token = newToken('xts');
    this.insertRow.run(hashToken(token), userId, now, now, client.slice(0, 200));
    return { token, expiresAt: this.expiresAt({ createdAt: now, lastSeenAt: now }) };
  }

  /** The live session for a token, or null when unknown or expired. */
  find(token: string): Session | null {
    const row = this.byHash.get(hashToken(token));
    if (!row) return null;
    const session: Session = { tokenHash: row.token_hash, userId: row.user_id, createdAt: row.created_at, lastSeenAt: row.last_seen_at };
    return this.clock.now() >= this.expiresAt(session) ? null : session;
  }

  expiresAt(session: Pick<Session, 'createdAt' | 'lastSeenAt'>): number {
    return Math.min(session.lastSeenAt + this.config.sessionIdleMs, session.createdAt + this.config.sessionMaxMs);
  }

  /** Marks the session as used now, so idle expiry starts over. */
  async touch(session: Session): Promise<void> {
    const now = this.clock.now();
    // Refreshing on every request would cost a commit each; a tenth of the idle window is precise enough.
    if (now - session.lastSeenAt < Math.min(60_000, this.config.sessionIdleMs / 10)) return;
    await this.batcher.run(() => this.touchRow.run(now, session.tokenHash));
    session.lastSeenAt = now;
  }

  /** Inside a write. */
  delete(tokenHash: string): void {
    this.deleteRow.run(tokenHash);
  }

  /** Inside a write: ends the user's sessions (all, or all but one) and says which ended. */
  deleteAllFor(userId: string, keepTokenHash: string | null = null): string[] {
    const ended = this.ofUser.all(userId).map((r) => r.token_hash).filter((hash) => hash !== keepTokenHash);
    for (const hash of ended) this.deleteRow.run(hash);
    return ended;
  }
}
