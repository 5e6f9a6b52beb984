import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { newId } from '../../shared/ids';
import type { AppToken } from '../../shared/auth/schemas';
import type { Clock } from '../config';
import type { AuditLog } from '../audit/audit-log';
import type { Writer } from '../sync/writer';
import type { Actor } from './actor';
import { hashToken, newToken } from './tokens';

interface AppTokenRow {
  id: string;
  name: string;
  created_at: number;
  created_by: string;
  revoked_at: number | null;
}

const toAppToken = (row: AppTokenRow): AppToken => ({
  id: row.id,
  name: row.name,
  createdAt: row.created_at,
  createdBy: row.created_by,
  revokedAt: row.revoked_at,
});

/** Tokens other systems use to push 工作通知; the token's name is the notice's source. */
export class AppTokens {
  constructor(
    private readonly db: Database,
    private readonly writer: Writer,
    private readonly clock: Clock,
    private readonly audit: AuditLog,
  ) {}

  list(): AppToken[] {
    return this.db.prepare<[], AppTokenRow>('SELECT * FROM app_tokens ORDER BY created_at DESC').all().map(toAppToken);
  }

  async create(actor: Actor, name: string): Promise<AppToken & { token: string }> {
    const token = newToken('xta');
    const id = newId();
    return this.writer.write(() => {
      const now = this.clock.now();
      this.db
        .prepare('INSERT INTO app_tokens (id, name, token_hash, created_at, created_by) VALUES (?, ?, ?, ?, ?)')
        .run(id, name, hashToken(token), now, actor.person.id);
      this.audit.append({ at: now, actorId: actor.person.id, client: actor.client, action: 'appToken.create', target: id, detail: { name } });
      return { ...toAppToken(this.db.prepare<[string], AppTokenRow>('SELECT * FROM app_tokens WHERE id = ?').get(id)!), token };
    });
  }

  async revoke(actor: Actor, id: string): Promise<{ ok: true }> {
    await this.writer.write(() => {
      const now = this.clock.now();
      const changed = this.db.prepare('UPDATE app_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(now, id).changes;
      if (changed === 0 && !this.db.prepare('SELECT 1 FROM app_tokens WHERE id = ?').get(id)) throw new AppError('not_found', '应用令牌不存在');
      this.audit.append({ at: now, actorId: actor.person.id, client: actor.client, action: 'appToken.revoke', target: id, detail: { alreadyRevoked: changed === 0 } });
    });
    return { ok: true };
  }

  /** The live app token's id and name; null when unknown or revoked. */
  resolve(token: string): { id: string; name: string } | null {
    const row = this.identify(token);
    return row && !row.revoked ? { id: row.id, name: row.name } : null;
  }

  /** Any app token, live or revoked, by its plain text. */
  identify(token: string): { id: string; name: string; revoked: boolean } | null {
    const row = this.db
      .prepare<[string], { id: string; name: string; revoked_at: number | null }>('SELECT id, name, revoked_at FROM app_tokens WHERE token_hash = ?')
      .get(hashToken(token));
    return row ? { id: row.id, name: row.name, revoked: row.revoked_at !== null } : null;
  }
}
