import type { Database } from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { AppError } from '../../shared/errors';
import { newId } from '../../shared/ids';
import type { LoginOutput } from '../../shared/auth/schemas';
import type { Clock } from '../config';
import type { AuditLog } from '../audit/audit-log';
import type { DirectoryStore } from '../directory/directory-store';
import type { DirectoryWrites } from '../directory/directory-writes';
import type { Bus } from '../events/bus';
import type { ConversationStore } from '../messages/conversation-store';
import type { Writer } from '../sync/writer';
import type { Actor } from './actor';
import { lockedMessage, type LoginThrottle } from './login-throttle';
import { burnPasswordTime, hashPassword, verifyPassword } from './passwords';
import type { SessionStore } from './session-store';
import { hashToken } from './tokens';

const WRONG_CREDENTIALS = '用户名或密码错误';
const BAD_SETUP_CODE = '初始化码不正确';

export interface AuthDeps {
  db: Database;
  writer: Writer;
  clock: Clock;
  bus: Bus;
  audit: AuditLog;
  directory: DirectoryStore;
  directoryWrites: DirectoryWrites;
  conversations: ConversationStore;
  sessions: SessionStore;
  throttle: LoginThrottle;
}

/** Log-in, log-out, password changes and the one-time creation of the first administrator. */
export class AuthService {
  constructor(private readonly deps: AuthDeps) {}

  async login(input: { username: string; password: string }, client: string): Promise<LoginOutput> {
    const { directory, throttle, writer, clock, audit, sessions } = this.deps;
    const username = input.username.toLowerCase();
    const lockedFor = throttle.lockedFor(username);
    if (lockedFor > 0) {
      await writer.write(() => {
        const row = directory.personRowByUsername(username);
        audit.append({ at: clock.now(), actorId: row?.id ?? null, client, action: 'auth.loginFailed', target: username, detail: { reason: 'locked' } });
      });
      throw new AppError('locked', lockedMessage(lockedFor));
    }

    const row = directory.personRowByUsername(username);
    const valid = row ? await verifyPassword(input.password, row.password_hash) : (await burnPasswordTime(input.password), false);
    if (!row || !valid) {
      const locked = await writer.write(() => {
        audit.append({
          at: clock.now(),
          actorId: row?.id ?? null,
          client,
          action: 'auth.loginFailed',
          target: username,
          detail: { reason: row ? 'wrongPassword' : 'unknownUser' },
        });
        return throttle.recordFailure(username);
      });
      if (locked) throw new AppError('locked', lockedMessage(this.deps.throttle.lockedFor(username)));
      throw new AppError('unauthenticated', WRONG_CREDENTIALS);
    }
    if (row.disabled) {
      await writer.write(() => {
        audit.append({ at: clock.now(), actorId: row.id, client, action: 'auth.loginFailed', target: username, detail: { reason: 'disabled' } });
      });
      throw new AppError('forbidden', '账号已停用，请联系系统管理员');
    }

    return writer.write(() => {
      const now = clock.now();
      throttle.recordSuccess(username);
      const { token, expiresAt, ref } = sessions.create(row.id, client, now);
      audit.append({ at: now, actorId: row.id, client, action: 'auth.login', target: row.id, detail: { session: ref } });
      return { token, expiresAt, user: directory.toPerson(row) };
    });
  }

  async logout(actor: Actor): Promise<{ ok: true }> {
    const { writer, sessions, audit, clock } = this.deps;
    await writer.write(() => {
      const at = clock.now();
      audit.append({ at, actorId: actor.person.id, client: actor.client, action: 'auth.logout', target: actor.person.id, detail: null });
      sessions.end(actor.session.tokenHash, 'logout', { at, actorId: actor.person.id, client: actor.client });
    });
    return { ok: true };
  }

  async changePassword(actor: Actor, input: { oldPassword: string; newPassword: string }): Promise<{ ok: true }> {
    const { directory, directoryWrites, sessions, writer, audit, clock, bus } = this.deps;
    const row = directory.personRow(actor.person.id)!;
    if (!(await verifyPassword(input.oldPassword, row.password_hash))) throw new AppError('forbidden', '原密码不正确');
    if (input.oldPassword === input.newPassword) throw new AppError('bad_request', '新密码不能与原密码相同');
    const hash = await hashPassword(input.newPassword);
    await writer.write((scope) => {
      const at = clock.now();
      directoryWrites.setPasswordHash(row.id, hash);
      audit.append({ at, actorId: row.id, client: actor.client, action: 'auth.changePassword', target: row.id, detail: null });
      const ended = sessions.endAllFor(row.id, 'passwordChanged', { at, actorId: row.id, client: actor.client }, actor.session.tokenHash);
      scope.afterCommit(() => bus.publish({ type: 'sessionsEnded', userId: row.id, tokenHashes: ended, reason: '密码已修改，请重新登录' }));
    });
    return { ok: true };
  }

  /** A fresh setup code for an empty database; any earlier one stops working. */
  async issueSetupCode(): Promise<string> {
    const code = randomBytes(6).toString('hex').toUpperCase().match(/.{4}/g)!.join('-');
    await this.deps.writer.write(() => {
      this.deps.db.prepare('INSERT OR REPLACE INTO setup_state (id, code_hash, used_at) VALUES (1, ?, NULL)').run(hashToken(code));
    });
    return code;
  }

  async bootstrap(input: { setupCode: string; username: string; name: string; password: string }, client: string): Promise<LoginOutput> {
    const { writer, clock, audit } = this.deps;
    const passwordHash = await hashPassword(input.password);
    try {
      return await this.bootstrapWrite(input, passwordHash, client);
    } catch (error) {
      // The refused attempt rolled back; it is recorded on its own (never with the code tried).
      if (error instanceof AppError && (error.code === 'forbidden' || error.code === 'conflict')) {
        await writer.write(() => {
          const reason = error.code === 'forbidden' ? 'wrongSetupCode' : 'alreadyInitialized';
          audit.append({ at: clock.now(), actorId: null, client, action: 'auth.bootstrapRefused', target: input.username, detail: { reason } });
        });
      }
      throw error;
    }
  }

  private bootstrapWrite(input: { username: string; name: string; setupCode: string }, passwordHash: string, client: string): Promise<LoginOutput> {
    const { db, writer, clock, audit, directoryWrites, conversations, sessions } = this.deps;
    return writer.write((scope) => {
      const state = db.prepare<[], { code_hash: string | null; used_at: number | null }>('SELECT code_hash, used_at FROM setup_state WHERE id = 1').get();
      const hasPeople = db.prepare('SELECT 1 FROM people LIMIT 1').get() !== undefined;
      if (!state?.code_hash || state.used_at !== null || hasPeople) throw new AppError('conflict', '系统已初始化，初始化码不能再次使用');
      if (hashToken(input.setupCode.trim().toUpperCase()) !== state.code_hash) throw new AppError('forbidden', BAD_SETUP_CODE);
      const now = clock.now();
      db.prepare('UPDATE setup_state SET used_at = ? WHERE id = 1').run(now);
      const id = newId();
      const user = directoryWrites.createPerson(
        scope,
        { id, username: input.username, name: input.name, phone: '', email: '', posts: [], roles: ['sysadmin'], passwordHash },
        now,
      );
      conversations.ensureNotice(scope, id, newId(), now);
      const { token, expiresAt, ref } = sessions.create(id, client, now);
      audit.append({ at: now, actorId: id, client, action: 'auth.bootstrap', target: id, detail: { username: input.username, session: ref } });
      return { token, expiresAt, user };
    });
  }
}
