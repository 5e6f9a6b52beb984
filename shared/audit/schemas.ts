import { z } from 'zod';
import { Timestamp } from '../ids';

/** One entry of the append-only audit log (留痕), as auditors read it. */
export const AuditEntry = z.object({
  seq: z.number().int().positive(),
  at: Timestamp,
  /** The person who acted; null for other systems (app tokens) and for unknown usernames. */
  actorId: z.string().nullable(),
  /** Address and user agent, `app:<name>` for other systems, or `server` for what the server did itself. */
  client: z.string(),
  /** What happened: a command type (`message.send`) or an event (`auth.login`, `file.upload`, `session.expired` …). */
  action: z.string(),
  target: z.string().nullable(),
  /** Event details. Never a password or a token. */
  detail: z.unknown(),
  /** SHA-256 of the entry before this one (64 zeros for the first). */
  prevHash: z.string(),
  /** SHA-256 over prevHash and this entry's fields. */
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditQuery = z.strictObject({
  after: z.coerce.number().int().nonnegative().default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

export const AuditPage = z.object({
  entries: z.array(AuditEntry),
  /** Pass back as `after` for the next page. */
  cursor: z.number().int().nonnegative(),
  hasMore: z.boolean(),
  /** The whole log checked from its first entry: intact, or the seq of the first entry whose hash does not match. */
  chain: z.object({ intact: z.boolean(), brokenAt: z.number().int().positive().nullable() }),
});
export type AuditPage = z.infer<typeof AuditPage>;
