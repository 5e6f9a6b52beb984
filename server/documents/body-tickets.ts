import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Actor } from '../auth/actor';
import type { SessionStore } from '../auth/session-store';
import type { Clock } from '../config';

interface TicketClaims {
  /** Person. */
  u: string;
  /** Yjs document id. */
  d: string;
  /** Hash of the session it came from. */
  s: string;
  /** Expiry, epoch ms. */
  e: number;
}

const prefix = 'dt.';

/**
 * Short-lived tickets for a body's Yjs room, so the session token itself never goes into a
 * WebSocket URL (which proxies and logs keep). A ticket names one person, one document and the
 * session it came from, and dies with that session. The key lives in memory: after a restart
 * clients simply ask for a new ticket.
 */
export class BodyTickets {
  private readonly key = randomBytes(32);

  constructor(
    private readonly sessions: SessionStore,
    private readonly clock: Clock,
    private readonly lifetimeMs = 10 * 60_000,
  ) {}

  issue(actor: Actor, docId: string): { token: string; expiresAt: number } {
    const claims: TicketClaims = { u: actor.person.id, d: docId, s: actor.session.tokenHash, e: this.clock.now() + this.lifetimeMs };
    const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return { token: `${prefix}${body}.${this.mac(body)}`, expiresAt: claims.e };
  }

  static isTicket(token: string): boolean {
    return token.startsWith(prefix);
  }

  /** The person a valid ticket for this document names, or null. */
  verify(token: string, docId: string): string | null {
    const [body, mac] = token.slice(prefix.length).split('.');
    if (!body || !mac) return null;
    const expected = Buffer.from(this.mac(body));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString()) as TicketClaims;
    if (claims.d !== docId || claims.e < this.clock.now() || !this.sessions.isLive(claims.s)) return null;
    return claims.u;
  }

  private mac(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}
