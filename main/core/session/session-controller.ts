import fs from 'node:fs';
import path from 'node:path';
import type { CoreEvent, SessionState } from '../../../shared/desktop-api';
import type { Person } from '../../../shared/directory/schemas';
import { AppError } from '../../../shared/errors';
import { createApiClient } from '../http/api-client';
import type { SecretStore } from '../secrets';
import { openUserSession, UserSession } from './user-session';

export interface SessionControllerOptions {
  dataDir: string;
  serverUrl: string;
  secrets: SecretStore;
  nativeBinding?: string;
  clock: () => number;
  fetch: typeof fetch;
  emit(event: CoreEvent): void;
}

/** Which account was signed in last and against which server; the token itself is a secret. */
interface LastSession {
  userId: string | null;
  serverUrl: string;
}

const tokenKey = (userId: string) => `token.${userId}`;
const ID_PATTERN = /^[0-9a-f-]{36}$/i;

/**
 * Signs in and out. Each account gets its own directory and database under users/<id>/, so two
 * people sharing a PC never see each other's data, and an account's outbox waits for its return.
 */
export function createSessionController(options: SessionControllerOptions) {
  fs.mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const lastFile = path.join(options.dataDir, 'session.json');
  let last: LastSession = readLast();
  let current: UserSession | null = null;
  let endedReason: string | null = null;

  function readLast(): LastSession {
    try {
      const parsed = JSON.parse(fs.readFileSync(lastFile, 'utf8')) as LastSession;
      return { userId: parsed.userId && ID_PATTERN.test(parsed.userId) ? parsed.userId : null, serverUrl: parsed.serverUrl || options.serverUrl };
    } catch {
      return { userId: null, serverUrl: options.serverUrl };
    }
  }

  function writeLast(): void {
    fs.mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
    fs.writeFileSync(lastFile, JSON.stringify(last), { mode: 0o600 });
  }

  function userDir(userId: string): string {
    if (!ID_PATTERN.test(userId)) throw new AppError('internal', '用户标识不合法');
    return path.join(options.dataDir, 'users', userId);
  }

  function open(userId: string, token: string, me?: Person): UserSession | null {
    const session: UserSession | null = openUserSession({
      userDir: userDir(userId),
      serverUrl: last.serverUrl,
      token,
      me,
      nativeBinding: options.nativeBinding,
      clock: options.clock,
      fetch: options.fetch,
      emit: options.emit,
      // Deferred: the call that learned of it is still using the store. Only the session that
      // ended may sign out: after a quick sign-out and sign-in another one may be current.
      onEnded: (reason) => setImmediate(() => current === session && endLocally(reason)),
    });
    return session;
  }

  function closeCurrent(): void {
    current?.close();
    current = null;
  }

  /** Signs out here only: the token is forgotten, the database and its outbox stay on disk. */
  function endLocally(reason: string | null): void {
    if (last.userId) options.secrets.delete(tokenKey(last.userId));
    closeCurrent();
    endedReason = reason;
    last = { ...last, userId: null };
    writeLast();
    options.emit({ type: 'changed', areas: ['session', 'chat', 'directory', 'outbox', 'presence', 'documents', 'supervision'] });
    options.emit({ type: 'status', online: false, unreadTotal: 0 });
  }

  /** On start: the last account comes back signed in, working offline until the server answers. */
  function resume(): void {
    if (!last.userId) return;
    const token = options.secrets.get(tokenKey(last.userId));
    current = token ? open(last.userId, token) : null;
  }

  async function login(input: { username: string; password: string; serverUrl?: string }): Promise<Person> {
    const serverUrl = (input.serverUrl ?? last.serverUrl).replace(/\/+$/, '');
    const anonymous = createApiClient({ serverUrl, token: () => null, fetch: options.fetch });
    const result = await anonymous.call('login', { body: { username: input.username, password: input.password } });
    closeCurrent();
    last = { userId: result.user.id, serverUrl };
    writeLast();
    options.secrets.set(tokenKey(result.user.id), result.token);
    endedReason = null;
    current = open(result.user.id, result.token, result.user);
    options.emit({ type: 'changed', areas: ['session', 'chat', 'directory', 'outbox', 'presence', 'documents', 'supervision'] });
    return result.user;
  }

  async function logout(): Promise<void> {
    const session = current;
    if (session) await session.ctx.http.call('logout').catch(() => undefined);
    endLocally(null);
  }

  function state(): SessionState {
    return { user: current?.ctx.me ?? null, serverUrl: last.serverUrl, online: current?.online() ?? false, endedReason };
  }

  function need(): UserSession {
    if (!current) throw new AppError('unauthenticated', endedReason ? `请重新登录（${endedReason}）` : '请先登录');
    return current;
  }

  return { resume, login, logout, state, need, close: closeCurrent };
}
