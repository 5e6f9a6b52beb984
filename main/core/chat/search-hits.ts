import type { LocalMessage } from '../../../shared/desktop-api';
import type { LocalDb } from '../store/open-local-db';
import { searchMessageRows } from '../search/search-messages';
import { personById } from '../directory/directory-rows';
import { conversationRow } from './conversation-rows';
import { withReceipts } from './receipts';
import { titleOf } from './summaries';

export function searchChat(db: LocalDb, me: string, q: string, limit: number): { message: LocalMessage; conversationTitle: string; senderName: string }[] {
  const titles = new Map<string, string>();
  return searchMessageRows(db, q, limit).map((row) => {
    if (!titles.has(row.conversation_id)) {
      const conversation = conversationRow(db, row.conversation_id);
      titles.set(row.conversation_id, conversation ? titleOf(db, conversation, me) : '');
    }
    return {
      message: withReceipts(db, row.conversation_id, [row])[0]!,
      conversationTitle: titles.get(row.conversation_id)!,
      senderName: row.sender_id ? (personById(db, row.sender_id)?.name ?? '') : '工作通知',
    };
  });
}
