import type Database from 'better-sqlite3';

/**
 * The local store's schema, one step per version. Steps only ever get appended: a user's
 * database is upgraded in place and must never lose pending outbox entries.
 */
const steps: string[] = [
  `
  CREATE TABLE kv (key TEXT PRIMARY KEY, value TEXT NOT NULL);

  CREATE TABLE orgs (id TEXT PRIMARY KEY, parent_id TEXT, name TEXT NOT NULL, sort INTEGER NOT NULL, data TEXT NOT NULL);

  CREATE TABLE people (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, pinyin TEXT NOT NULL, initials TEXT NOT NULL,
    phone TEXT NOT NULL, username TEXT NOT NULL, disabled INTEGER NOT NULL, data TEXT NOT NULL
  );
  CREATE TABLE person_posts (person_id TEXT NOT NULL, org_id TEXT NOT NULL, title TEXT NOT NULL, sort INTEGER NOT NULL);
  CREATE INDEX person_posts_by_person ON person_posts(person_id);
  CREATE INDEX person_posts_by_org ON person_posts(org_id);

  CREATE TABLE conversations (
    id TEXT PRIMARY KEY, kind TEXT NOT NULL, title TEXT NOT NULL, owner_id TEXT, member_ids TEXT NOT NULL,
    last_seq INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    local_only INTEGER NOT NULL DEFAULT 0
  );

  -- seq is 0 while a message waits in the outbox; its id is then its clientId.
  CREATE TABLE messages (
    rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, conversation_id TEXT NOT NULL, seq INTEGER NOT NULL,
    sender_id TEXT, client_id TEXT NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL, mentions TEXT NOT NULL,
    file TEXT, notice TEXT, created_at INTEGER NOT NULL, recalled_at INTEGER,
    status TEXT NOT NULL DEFAULT 'sent', rejected_reason TEXT,
    search_key INTEGER
  );
  CREATE UNIQUE INDEX messages_by_search_key ON messages(search_key) WHERE search_key IS NOT NULL;
  CREATE INDEX messages_by_conversation ON messages(conversation_id, seq);
  CREATE INDEX messages_by_client_id ON messages(client_id);
  CREATE INDEX messages_by_time ON messages(created_at);

  CREATE TABLE read_states (conversation_id TEXT NOT NULL, user_id TEXT NOT NULL, last_read_seq INTEGER NOT NULL, PRIMARY KEY (conversation_id, user_id));

  CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, type TEXT NOT NULL, input TEXT NOT NULL,
    summary TEXT NOT NULL, status TEXT NOT NULL, reason TEXT, created_at INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0, undo TEXT
  );

  CREATE TABLE files (id TEXT PRIMARY KEY, name TEXT NOT NULL, size INTEGER NOT NULL, mime TEXT NOT NULL);

  -- Full-text search: trigrams answer 3+ characters, character pairs answer 2 (see search/).
  -- Their rowid is messages.search_key, which grows with created_at, so newest-first is index order.
  CREATE VIRTUAL TABLE message_trigrams USING fts5(text, tokenize='trigram', content='', contentless_delete=1);
  CREATE VIRTUAL TABLE message_bigrams USING fts5(pairs, tokenize="unicode61 remove_diacritics 0 categories 'L* M* N* P* S* Co'", content='', contentless_delete=1);
  `,
  `
  -- 发文 and 收文 in one table, so the 待办/在办/已办 boxes that mix them page and sort in SQL.
  -- The columns are what lists filter and sort on; the records themselves (bodies and all) sit in
  -- document_data, so list queries walk small rows.
  -- provisional: created here and not yet accepted by the server (its draft is still editable).
  CREATE TABLE documents (
    rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, unit_id TEXT NOT NULL,
    title TEXT NOT NULL, type TEXT NOT NULL, urgency TEXT NOT NULL, doc_number TEXT, register_number TEXT,
    step TEXT NOT NULL, assignee_ids TEXT NOT NULL, updated_at INTEGER NOT NULL, due_at INTEGER,
    completed INTEGER NOT NULL, closed INTEGER NOT NULL, provisional INTEGER NOT NULL DEFAULT 0
  );
  CREATE TABLE document_data (document_rowid INTEGER PRIMARY KEY, data TEXT NOT NULL);
  CREATE INDEX documents_by_kind_time ON documents(kind, updated_at);
  CREATE INDEX documents_by_time ON documents(updated_at);

  -- Who has a document to do now ('todo') and who has taken part in it ('participant').
  CREATE TABLE document_people (
    person_id TEXT NOT NULL, relation TEXT NOT NULL, document_rowid INTEGER NOT NULL,
    PRIMARY KEY (person_id, relation, document_rowid)
  ) WITHOUT ROWID;
  CREATE INDEX document_people_by_document ON document_people(document_rowid);

  -- Keyed by documents.rowid. The pair table also holds run-ending characters (see search/text-index.ts).
  CREATE VIRTUAL TABLE document_trigrams USING fts5(text, tokenize='trigram', content='', contentless_delete=1);
  CREATE VIRTUAL TABLE document_pairs USING fts5(pairs, tokenize="unicode61 remove_diacritics 0 categories 'L* M* N* P* S* Co'", prefix='1', content='', contentless_delete=1);

  CREATE TABLE document_templates (id TEXT PRIMARY KEY, unit_id TEXT NOT NULL, name TEXT NOT NULL, data TEXT NOT NULL);
  CREATE TABLE seals (id TEXT PRIMARY KEY, unit_id TEXT NOT NULL, name TEXT NOT NULL, created_at INTEGER NOT NULL, data TEXT NOT NULL);

  -- A body's Yjs updates as the editor produced them, compacted into one row now and then.
  CREATE TABLE document_body_updates (seq INTEGER PRIMARY KEY, document_id TEXT NOT NULL, body_update BLOB NOT NULL);
  CREATE INDEX document_body_updates_by_document ON document_body_updates(document_id, seq);
  `,
  `
  -- 督查督办 items. Lists filter and sort on these columns; the records sit in supervision_data.
  -- A light changes with the date, so a row keeps the first day it shows yellow and the first day
  -- it shows red ('9999-12-31': not before then), and SQL classifies it by today's date; grey rows
  -- (办结, 归档) never change colour.
  -- actionable: the signed-in person has an action on it, as of the day and person kept in kv.
  -- provisional: registered here and not yet accepted by the server.
  CREATE TABLE supervision_items (
    rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, number TEXT NOT NULL, title TEXT NOT NULL,
    source TEXT NOT NULL, priority TEXT NOT NULL, status TEXT NOT NULL, lead_unit_id TEXT NOT NULL,
    instructing_leader_id TEXT, deadline TEXT NOT NULL, grey INTEGER NOT NULL, yellow_from TEXT NOT NULL,
    red_from TEXT NOT NULL, percent INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    actionable INTEGER NOT NULL DEFAULT 0, provisional INTEGER NOT NULL DEFAULT 0
  );
  CREATE TABLE supervision_data (item_rowid INTEGER PRIMARY KEY, data TEXT NOT NULL);
  -- What the dashboard reads of each item, compact (see supervision/dashboard-digest.ts).
  CREATE TABLE supervision_digests (item_rowid INTEGER PRIMARY KEY, digest TEXT NOT NULL);
  -- Only the 批示 leader is indexed: status, light, 'mine', deadline ranges and change times can
  -- each match most rows (a 督查员 has something to do on nearly every open item), and walking an
  -- index fetches rows one by one, slower than reading the table through (see supervision-list.ts).
  CREATE INDEX supervision_items_by_leader ON supervision_items(instructing_leader_id) WHERE instructing_leader_id IS NOT NULL;

  -- The responsible units of each item, 牵头 ('lead') and 配合 ('support'), in the order given.
  CREATE TABLE supervision_units (
    unit_id TEXT NOT NULL, item_rowid INTEGER NOT NULL, role TEXT NOT NULL, position INTEGER NOT NULL,
    PRIMARY KEY (unit_id, item_rowid)
  ) WITHOUT ROWID;
  CREATE INDEX supervision_units_by_item ON supervision_units(item_rowid);

  -- Number, title and original text, keyed by supervision_items.rowid (see search/text-index.ts).
  CREATE VIRTUAL TABLE supervision_trigrams USING fts5(text, tokenize='trigram', content='', contentless_delete=1);
  CREATE VIRTUAL TABLE supervision_pairs USING fts5(pairs, tokenize="unicode61 remove_diacritics 0 categories 'L* M* N* P* S* Co'", prefix='1', content='', contentless_delete=1);
  `,
  `
  -- 值班值守. Each record sits whole in \`data\`; the columns are what the lists and counts filter on.
  CREATE TABLE duty_setups (id TEXT PRIMARY KEY, data TEXT NOT NULL);
  CREATE TABLE duty_rosters (
    id TEXT PRIMARY KEY, unit_id TEXT NOT NULL, status TEXT NOT NULL, from_date TEXT NOT NULL, to_date TEXT NOT NULL,
    call_id TEXT, updated_at INTEGER NOT NULL, data TEXT NOT NULL
  );
  CREATE INDEX duty_rosters_by_unit ON duty_rosters(unit_id, to_date);
  CREATE INDEX duty_rosters_by_call ON duty_rosters(call_id) WHERE call_id IS NOT NULL;
  -- The assigned places of PUBLISHED rosters, one row each, for 今日值班 and 我的值班 (rewritten with the roster).
  CREATE TABLE duty_slots (
    unit_id TEXT NOT NULL, date TEXT NOT NULL, shift TEXT NOT NULL, post_id TEXT NOT NULL, person_id TEXT NOT NULL, roster_id TEXT NOT NULL
  );
  -- Covering: 今日值班 reads every unit's places of a shift from the index alone.
  CREATE INDEX duty_slots_by_shift ON duty_slots(date, shift, unit_id, post_id, person_id, roster_id);
  CREATE INDEX duty_slots_by_person ON duty_slots(person_id, date);
  CREATE INDEX duty_slots_by_roster ON duty_slots(roster_id);
  CREATE TABLE roster_calls (id TEXT PRIMARY KEY, owner_unit_id TEXT NOT NULL, created_at INTEGER NOT NULL, data TEXT NOT NULL);
  CREATE TABLE duty_swaps (
    id TEXT PRIMARY KEY, unit_id TEXT NOT NULL, requester_id TEXT NOT NULL, counterpart_id TEXT NOT NULL, status TEXT NOT NULL,
    updated_at INTEGER NOT NULL, data TEXT NOT NULL
  );
  CREATE TABLE duty_log_entries (id TEXT PRIMARY KEY, unit_id TEXT NOT NULL, at INTEGER NOT NULL, open INTEGER NOT NULL, data TEXT NOT NULL);
  CREATE INDEX duty_log_entries_by_unit ON duty_log_entries(unit_id, at);
  CREATE TABLE duty_handovers (id TEXT PRIMARY KEY, unit_id TEXT NOT NULL, status TEXT NOT NULL, created_at INTEGER NOT NULL, data TEXT NOT NULL);
  CREATE INDEX duty_handovers_by_unit ON duty_handovers(unit_id, created_at);
  CREATE TABLE daily_reports (
    id TEXT PRIMARY KEY, unit_id TEXT NOT NULL, to_unit_id TEXT NOT NULL, call_id TEXT, date TEXT NOT NULL, submitted_at INTEGER NOT NULL, data TEXT NOT NULL
  );
  CREATE INDEX daily_reports_by_call ON daily_reports(call_id) WHERE call_id IS NOT NULL;
  CREATE TABLE incidents (
    id TEXT PRIMARY KEY, unit_id TEXT NOT NULL, to_unit_id TEXT NOT NULL, status TEXT NOT NULL, updated_at INTEGER NOT NULL, data TEXT NOT NULL
  );
  CREATE INDEX incidents_by_unit ON incidents(unit_id);
  CREATE INDEX incidents_by_office ON incidents(to_unit_id);
  `,
];

export function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let version = current; version < steps.length; version++) {
    db.transaction(() => {
      db.exec(steps[version]!);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
