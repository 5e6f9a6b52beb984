import { AppError } from '../../shared/errors';
import type { DirectoryStore } from '../directory/directory-store';
import type { Actor } from './actor';
import type { SessionStore } from './session-store';

const SIGN_IN_AGAIN = '登录已失效，请重新登录';

/** Turns a bearer token into the person behind it, refreshing the session's idle timer. */
export class Authenticator {
  constructor(
    private readonly sessions: SessionStore,
    private readonly directory: DirectoryStore,
  ) {}

  /** The actor, or null when the token is unknown, expired or its person is disabled. */
  async resolve(token: string, client: string): Promise<Actor | null> {
    const found = this.sessions.lookup(token);
    if (!found) return null;
    const { session, expired } = found;
    if (expired) {
      // Removed and recorded now rather than at the next sweep, so the audit log says when it lapsed.
      await this.sessions.expire(session, expired);
      return null;
    }
    const person = this.directory.person(session.userId);
    if (!person || person.disabled) return null;
    await this.sessions.touch(session);
    return { person, session, client };
  }

  async require(token: string | null, client: string): Promise<Actor> {
    if (!token) throw new AppError('unauthenticated', '请先登录');
    const actor = await this.resolve(token, client);
    if (!actor) throw new AppError('unauthenticated', SIGN_IN_AGAIN);
    return actor;
  }
}

export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match ? match[1]! : null;
}
