import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import type { AuditPage } from '../../shared/audit/schemas';

export interface AuditEntry {
  at: number;
  actorId: string | null;
  /** Which client acted: address and user agent, or the app token's name for integrations. */
  client: string;
  action: string;
  target: string | null;
  detail: unknown;
}

const GENESIS = '0'.repeat(64);

function entryHash(prevHash: string, entry: AuditEntry): string {
  const canonical = JSON.stringify([prevHash, entry.at, entry.actorId, entry.client, entry.action, entry.target, entry.detail]);
  return createHash('sha256').update(canonical).digest('hex');
}

interface AuditRow {
  seq: number;
  at: number;
  actor_id: string | null;
  client: string;
  action: string;
  target: string | null;
  detail: string;
  prev_hash: string;
  hash: string;
}

/** 留痕: append-only, each entry chained to the previous one by hash so edits are detectable. */
export class AuditLog {
  private readonly last;
  private readonly insert;
  private readonly all;
  private readonly after;

  constructor(db: Database) {
    this.last = db.prepare<[], { hash: string }>('SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1');
    this.insert = db.prepare(
      'INSERT INTO audit_log (at, actor_id, client, action, target, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    this.all = db.prepare<[], AuditRow>('SELECT * FROM audit_log ORDER BY seq');
    this.after = db.prepare<[number, number], AuditRow>('SELECT * FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?');
  }

  /** Must run inside the transaction that makes the change it records. */
  append(entry: AuditEntry): void {
    const prevHash = this.last.get()?.hash ?? GENESIS;
    const hash = entryHash(prevHash, entry);
    this.insert.run(entry.at, entry.actorId, entry.client, entry.action, entry.target, JSON.stringify(entry.detail ?? null), prevHash, hash);
  }

  /** Entries after a seq, oldest first, with the state of the whole chain. */
  page(after: number, limit: number): AuditPage {
    const rows = this.after.all(after, limit + 1);
    const entries = rows.slice(0, limit).map((row) => ({
      seq: row.seq,
      at: row.at,
      actorId: row.actor_id,
      client: row.client,
      action: row.action,
      target: row.target,
      detail: JSON.parse(row.detail) as unknown,
      prevHash: row.prev_hash,
      hash: row.hash,
    }));
    const brokenAt = this.verify();
    return {
      entries,
      cursor: entries.at(-1)?.seq ?? after,
      hasMore: rows.length > limit,
      chain: { intact: brokenAt === null, brokenAt },
    };
  }

  /** The seq of the first entry whose chain is broken, or null when the whole log is intact. */
  verify(): number | null {
    let prevHash = GENESIS;
    for (const row of this.all.iterate()) {
      const entry: AuditEntry = {
        at: row.at,
        actorId: row.actor_id,
        client: row.client,
        action: row.action,
        target: row.target,
        detail: JSON.parse(row.detail),
      };
      if (row.prev_hash !== prevHash || row.hash !== entryHash(prevHash, entry)) return row.seq;
      prevHash = row.hash;
    }
    return null;
  }
}
