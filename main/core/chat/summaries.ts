import type { ConversationSummary } from '../../../shared/desktop-api';
import { AppError } from '../../../shared/errors';
import type { LocalDb } from '../store/open-local-db';
import { personById } from '../directory/directory-rows';
import { ConversationRow, conversationRow } from './conversation-rows';
import { MessageRow } from './message-rows';
import { withReceipts } from './receipts';
import { unreadOf } from './unread';

/** What the list shows as a chat's name: the group's name, the other person for 1:1, 工作通知. */
export function titleOf(db: LocalDb, row: ConversationRow, me: string): string {
  const memberIds = JSON.parse(row.member_ids) as string[];
  if (row.kind === 'notice') return row.title || '工作通知';
  if (row.kind === 'direct') {
    const other = memberIds.find((id) => id !== me);
    return (other && personById(db, other)?.name) || row.title || '单聊';
  }
  if (row.title) return row.title;
  const names = memberIds.slice(0, 4).map((id) => personById(db, id)?.name).filter(Boolean);
  return names.length ? `${names.join('、')}${memberIds.length > 4 ? '等' : ''}` : '群聊';
}

function summarize(db: LocalDb, row: ConversationRow, me: string): ConversationSummary {
  const last = db
    .prepare('SELECT * FROM messages WHERE conversation_id = ? AND seq > 0 ORDER BY seq DESC LIMIT 1')
    .get(row.id) as MessageRow | undefined;
  const pendingLast = db
    .prepare('SELECT * FROM messages WHERE conversation_id = ? AND seq = 0 ORDER BY created_at DESC LIMIT 1')
    .get(row.id) as MessageRow | undefined;
  const newest = pendingLast ?? last;
  const lastMessage = newest ? withReceipts(db, row.id, [newest])[0]! : null;
  return {
    id: row.id,
    kind: row.kind,
    title: titleOf(db, row, me),
    memberIds: JSON.parse(row.member_ids) as string[],
    ownerId: row.owner_id,
    lastMessage,
    ...unreadOf(db, row.id, me),
    updatedAt: Math.max(row.updated_at, lastMessage?.createdAt ?? 0),
  };
}

export function listSummaries(db: LocalDb, me: string): ConversationSummary[] {
  const rows = db.prepare('SELECT * FROM conversations').all() as ConversationRow[];
  return rows.map((row) => summarize(db, row, me)).sort((a, b) => b.updatedAt - a.updatedAt);
}

export function summaryOf(db: LocalDb, id: string, me: string): ConversationSummary {
  const row = conversationRow(db, id);
  if (!row) throw new AppError('not_found', '会话不存在或您已不在其中');
  return summarize(db, row, me);
}
