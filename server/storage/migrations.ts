import type { Database } from 'better-sqlite3';

/**
 * Schema history, oldest first. A deployed database has run some prefix of this list (its
 * length is kept in PRAGMA user_version); never edit an entry, append a new one.
 */
const migrations: string[] = [
  `
  CREATE TABLE orgs (
    id TEXT PRIMARY KEY,
    parent_id TEXT REFERENCES orgs(id),
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('unit', 'dept')),
    sort INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL
  );
  CREATE INDEX orgs_parent ON orgs(parent_id);

  CREATE TABLE people (
    id TEXT PRIMARY KEY,
    username TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name TEXT NOT NULL,
    pinyin TEXT NOT NULL,
    initials TEXT NOT NULL,
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    roles TEXT NOT NULL DEFAULT '[]',
    disabled INTEGER NOT NULL DEFAULT 0,
    password_hash TEXT NOT NULL,
    updated_at INTEGER NOT NULL
  );

  CREATE TABLE posts (
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    org_id TEXT NOT NULL REFERENCES orgs(id),
    title TEXT NOT NULL,
    sort INTEGER NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (person_id, org_id)
  );
  CREATE INDEX posts_org ON posts(org_id, sort);

  CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES people(id),
    created_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    client TEXT NOT NULL DEFAULT ''
  );
  CREATE INDEX sessions_user ON sessions(user_id);

  CREATE TABLE login_failures (
    username TEXT PRIMARY KEY COLLATE NOCASE,
    count INTEGER NOT NULL,
    locked_until INTEGER
  );

  CREATE TABLE setup_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    code_hash TEXT,
    used_at INTEGER
  );

  CREATE TABLE app_tokens (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    created_by TEXT NOT NULL REFERENCES people(id),
    revoked_at INTEGER
  );

  CREATE TABLE conversations (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('direct', 'group', 'notice')),
    title TEXT NOT NULL,
    owner_id TEXT REFERENCES people(id),
    -- 'direct:<a>:<b>' or 'notice:<user>': at most one such conversation per pair or person.
    unique_key TEXT UNIQUE,
    last_seq INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );

  CREATE TABLE members (
    conversation_id TEXT NOT NULL REFERENCES conversations(id),
    user_id TEXT NOT NULL REFERENCES people(id),
    joined_at INTEGER NOT NULL,
    PRIMARY KEY (conversation_id, user_id)
  );
  CREATE INDEX members_user ON members(user_id);

  CREATE TABLE messages (
    id TEXT PRIMARY KEY,
    conversation_id TEXT NOT NULL REFERENCES conversations(id),
    seq INTEGER NOT NULL,
    sender_id TEXT REFERENCES people(id),
    client_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    mentions TEXT NOT NULL DEFAULT '[]',
    file TEXT,
    file_id TEXT,
    notice TEXT,
    created_at INTEGER NOT NULL,
    recalled_at INTEGER,
    UNIQUE (conversation_id, seq),
    UNIQUE (sender_id, client_id)
  );
  CREATE INDEX messages_file ON messages(file_id) WHERE file_id IS NOT NULL;

  CREATE TABLE read_states (
    conversation_id TEXT NOT NULL REFERENCES conversations(id),
    user_id TEXT NOT NULL REFERENCES people(id),
    last_read_seq INTEGER NOT NULL,
    PRIMARY KEY (conversation_id, user_id)
  );

  CREATE TABLE files (
    sha256 TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE TABLE file_uploads (
    sha256 TEXT NOT NULL REFERENCES files(sha256),
    user_id TEXT NOT NULL REFERENCES people(id),
    name TEXT NOT NULL,
    mime TEXT NOT NULL,
    uploaded_at INTEGER NOT NULL,
    PRIMARY KEY (sha256, user_id)
  );

  CREATE TABLE commands (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    user_id TEXT,
    result TEXT NOT NULL,
    created_at INTEGER NOT NULL
  );

  CREATE TABLE change_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('put', 'del')),
    data TEXT,
    scope TEXT NOT NULL
  );
  CREATE INDEX change_log_scope ON change_log(scope, seq);

  CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    at INTEGER NOT NULL,
    actor_id TEXT,
    client TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT,
    detail TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
  );
  CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
  CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
  `,
  `
  -- 工作通知 content already delivered to a person, for the duplicate window (source, title, text).
  CREATE TABLE notice_deliveries (
    source TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    user_id TEXT NOT NULL,
    delivered_at INTEGER NOT NULL,
    PRIMARY KEY (source, content_hash, user_id)
  );
  CREATE INDEX notice_deliveries_at ON notice_deliveries(delivered_at);
  `,
  `
  -- 公文: records are kept whole as JSON (what clients receive); the columns are what queries need.
  CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    unit_id TEXT NOT NULL REFERENCES orgs(id),
    data TEXT NOT NULL,
    updated_at INTEGER NOT NULL
  );
  CREATE TABLE incoming_documents (
    id TEXT PRIMARY KEY,
    unit_id TEXT NOT NULL REFERENCES orgs(id),
    outgoing_id TEXT,
    step TEXT NOT NULL,
    due_at INTEGER,
    overdue_notified_at INTEGER,
    data TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (outgoing_id, unit_id)
  );
  CREATE INDEX incoming_due ON incoming_documents(step, due_at);

  -- Who may pull a record's changes (scope 'doc:<id>', 'in:<id>'): everyone it has involved.
  CREATE TABLE record_access (
    scope TEXT NOT NULL,
    user_id TEXT NOT NULL REFERENCES people(id),
    PRIMARY KEY (scope, user_id)
  );
  CREATE INDEX record_access_user ON record_access(user_id, scope);

  CREATE TABLE document_versions (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id),
    snapshot BLOB NOT NULL
  );

  -- 发文字号 register: one row per number ever given out, voided ones included, so none is reused.
  CREATE TABLE doc_numbers (
    unit_id TEXT NOT NULL,
    agency_code TEXT NOT NULL,
    year INTEGER NOT NULL,
    serial INTEGER NOT NULL,
    document_id TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('used', 'voided')),
    at INTEGER NOT NULL,
    by_id TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (unit_id, agency_code, year, serial)
  );
  CREATE TABLE incoming_numbers (
    unit_id TEXT NOT NULL,
    year INTEGER NOT NULL,
    serial INTEGER NOT NULL,
    incoming_id TEXT NOT NULL UNIQUE,
    PRIMARY KEY (unit_id, year, serial)
  );

  CREATE TABLE document_templates (
    id TEXT PRIMARY KEY,
    unit_id TEXT NOT NULL REFERENCES orgs(id),
    data TEXT NOT NULL
  );
  -- The private key stays in this table: it is never part of a record that leaves the server.
  CREATE TABLE seals (
    id TEXT PRIMARY KEY,
    unit_id TEXT NOT NULL REFERENCES orgs(id),
    data TEXT NOT NULL,
    private_key TEXT NOT NULL
  );
  `,
  `
  -- 督查督办: items kept whole as JSON (what clients receive); the columns are what queries need.
  -- next_reminder_on is the first day the item may owe an automatic 催办 it has not had, so the
  -- scheduler reads only those items; NULL when it owes none (closed, or every one sent).
  CREATE TABLE supervision_items (
    id TEXT PRIMARY KEY,
    owner_unit_id TEXT NOT NULL REFERENCES orgs(id),
    status TEXT NOT NULL,
    deadline TEXT NOT NULL,
    next_reminder_on TEXT,
    data TEXT NOT NULL,
    updated_at INTEGER NOT NULL
  );
  CREATE INDEX supervision_items_reminder ON supervision_items(next_reminder_on) WHERE next_reminder_on IS NOT NULL;

  -- 督〔2026〕12号: one row per number given out, per year, so none is skipped or given twice.
  CREATE TABLE supervision_numbers (
    year INTEGER NOT NULL,
    serial INTEGER NOT NULL,
    item_id TEXT NOT NULL UNIQUE,
    PRIMARY KEY (year, serial)
  );

  -- Automatic 催办 already sent: one row per item and reminder rule, so each goes out once.
  CREATE TABLE supervision_reminders_sent (
    item_id TEXT NOT NULL,
    key TEXT NOT NULL,
    sent_at INTEGER NOT NULL,
    PRIMARY KEY (item_id, key)
  );
  `,
  `
  -- 值班值守: every duty record kept whole as JSON (what clients receive), found by its unit.
  -- rosterCall rows sit under their owner unit.
  CREATE TABLE duty_records (
    entity TEXT NOT NULL,
    id TEXT NOT NULL,
    unit_id TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (entity, id)
  );
  CREATE INDEX duty_records_unit ON duty_records(unit_id, entity);

  -- 突发事件: open ones are what the escalation pass reads.
  CREATE TABLE incidents (
    id TEXT PRIMARY KEY,
    unit_id TEXT NOT NULL,
    status TEXT NOT NULL,
    data TEXT NOT NULL
  );
  CREATE INDEX incidents_open ON incidents(status) WHERE status = 'open';

  -- Duty reminders already sent (值班提醒, 日报 reminders), one row per key, so each goes out once.
  CREATE TABLE duty_reminders_sent (
    key TEXT PRIMARY KEY,
    sent_at INTEGER NOT NULL
  );
  `,
];

export function migrate(db: Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let version = current; version < migrations.length; version++) {
    db.transaction(() => {
      db.exec(migrations[version]!);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
