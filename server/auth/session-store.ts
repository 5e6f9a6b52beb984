import type { Database } from 'better-sqlite3';
import type { AuditLog } from '../audit/audit-log';
import type { Clock, ServerConfig } from '../config';
import type { WriteBatcher } from '../storage/write-batcher';
import { hashToken, newToken } from './tokens';

export interface Session {
  tokenHash: string;
  userId: string;
  createdAt: number;
  lastSeenAt: number;
  /** The client that logged in (address and user agent). */
  client: string;
}

/** Why a session stopped working. */
export type SessionExpiry = 'idle' | 'maxAge';
export type SessionEndReason = 'logout' | 'passwordChanged' | 'passwordReset' | 'disabled';

/** Who ended sessions, from where, and when: for their audit entries. */
export interface SessionEndContext {
  at: number;
  actorId: string;
  client: string;
}

interface SessionRow {
  token_hash: string;
  user_id: string;
  created_at: number;
  last_seen_at: number;
  client: string;
}

const toSession = (row: SessionRow): Session => ({
  tokenHash: row.token_hash,
  userId: row.user_id,
  createdAt: row.created_at,
  lastSeenAt: row.last_seen_at,
  client: row.client,
});

/**
 * How the audit log names a session so that its log-in, end or expiry can be matched up: a prefix
 * of the token's hash. Never the token itself, and nothing that lets anyone sign in.
 */
export function sessionRef(tokenHash: string): string {
  return tokenHash.slice(0, 16);
}

/**
 * Sessions by token hash: sliding idle expiry plus an absolute maximum age. Every session that
 * ends (log-out, password change, disabling, expiry) leaves an entry in the audit log, written in
 * the transaction that deletes it.
 */
export class SessionStore {
  private readonly byHash;
  private readonly insertRow;
  private readonly touchRow;
  private readonly deleteRow;
  private readonly ofUser;
  private readonly expiredRows;

  constructor(
    db: Database,
    private readonly batcher: WriteBatcher,
    private readonly clock: Clock,
    private readonly config: ServerConfig,
    private readonly audit: AuditLog,
  ) {
    this.byHash = db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE token_hash = ?');
    this.insertRow = db.prepare('INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, client) VALUES (?, ?, ?, ?, ?)');
    this.touchRow = db.prepare('UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?');
    this.deleteRow = db.prepare<[string]>('DELETE FROM sessions WHERE token_hash = ?');
    this.ofUser = db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE user_id = ?');
    this.expiredRows = db.prepare<[number, number], SessionRow>('SELECT * FROM sessions WHERE last_seen_at <= ? OR created_at <= ?');
  }

  /** Inside a write. Returns the token (the only time it exists in plain text) and the session's audit reference. */
  create(userId: string, client: string, now: number): { token: string; expiresAt: number; ref: string } {
    const token = newToken('xts');
    const tokenHash = hashToken(token);
    this.insertRow.run(tokenHash, userId, now, now, client.slice(0, 200));
    return { token, expiresAt: this.expiresAt({ createdAt: now, lastSeenAt: now }), ref: sessionRef(tokenHash) };
  }

  /** The session for a token and, when it is past its idle or maximum age, why; null when unknown. */
  lookup(token: string): { session: Session; expired: SessionExpiry | null } | null {
    const row = this.byHash.get(hashToken(token));
    if (!row) return null;
    const session = toSession(row);
    return { session, expired: this.expiry(session, this.clock.now()) };
  }

  /** Whether the session with this token hash is still live: tickets derived from it live no longer. */
  isLive(tokenHash: string): boolean {
    const row = this.byHash.get(tokenHash);
    return row !== undefined && this.expiry(toSession(row), this.clock.now()) === null;
  }

  /** The live session for a token, or null when unknown or expired. */
  find(token: string): Session | null {
    const found = this.lookup(token);
    return found && !found.expired ? found.session : null;
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

  /** Removes an expired session and records its expiry; a session already removed is left alone. */
  async expire(session: Session, why: SessionExpiry): Promise<void> {
    await this.batcher.run(() => this.removeExpired(session, why, this.clock.now()));
  }

  /** Removes every session past its idle or maximum age, recording each; returns how many. */
  async sweepExpired(): Promise<number> {
    return this.batcher.run(() => {
      const now = this.clock.now();
      let removed = 0;
      for (const row of this.expiredRows.all(now - this.config.sessionIdleMs, now - this.config.sessionMaxMs)) {
        const session = toSession(row);
        const why = this.expiry(session, now);
        if (why && this.removeExpired(session, why, now)) removed++;
      }
      return removed;
    });
  }

  /** Inside a write: ends one session and records who ended it and why. */
  end(tokenHash: string, reason: SessionEndReason, context: SessionEndContext): void {
    const row = this.byHash.get(tokenHash);
    if (!row || this.deleteRow.run(tokenHash).changes === 0) return;
    this.recordEnd(toSession(row), reason, context);
  }

  /** Inside a write: ends the user's sessions (all, or all but one), records each, and says which ended. */
  endAllFor(userId: string, reason: SessionEndReason, context: SessionEndContext, keepTokenHash: string | null = null): string[] {
    const ended: string[] = [];
    for (const row of this.ofUser.all(userId)) {
      if (row.token_hash === keepTokenHash) continue;
      this.deleteRow.run(row.token_hash);
      this.recordEnd(toSession(row), reason, context);
      ended.push(row.token_hash);
    }
    return ended;
  }

  private expiry(session: Session, now: number): SessionExpiry | null {
    const idleEnd = session.lastSeenAt + this.config.sessionIdleMs;
    const maxEnd = session.createdAt + this.config.sessionMaxMs;
    if (now < Math.min(idleEnd, maxEnd)) return null;
    return maxEnd <= idleEnd ? 'maxAge' : 'idle';
  }

  private removeExpired(session: Session, why: SessionExpiry, now: number): boolean {
    if (this.deleteRow.run(session.tokenHash).changes === 0) return false;
    this.audit.append({
      at: now,
      actorId: session.userId,
      client: session.client,
      action: 'session.expired',
      target: session.userId,
      detail: { session: sessionRef(session.tokenHash), reason: why, createdAt: session.createdAt, lastSeenAt: session.lastSeenAt },
    });
    return true;
  }

  private recordEnd(session: Session, reason: SessionEndReason, context: SessionEndContext): void {
    this.audit.append({
      at: context.at,
      actorId: context.actorId,
      client: context.client,
      action: 'session.ended',
      target: session.userId,
      detail: { session: sessionRef(session.tokenHash), reason, sessionClient: session.client },
    });
  }
}
