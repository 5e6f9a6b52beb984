import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { ConversationSummary } from '../../shared/desktop-api';
import { useApiQuery } from '../api/useApiQuery';

interface Conversations {
  list: ConversationSummary[];
  loaded: boolean;
  byId: Map<string, ConversationSummary>;
  refetch: () => void;
}

const ConversationsContext = createContext<Conversations | null>(null);

/** 工作通知 first, then the most recently active. */
function order(list: ConversationSummary[]): ConversationSummary[] {
  const activity = (c: ConversationSummary) => Math.max(c.updatedAt, c.lastMessage?.createdAt ?? 0);
  return [...list].sort((a, b) => {
    if ((a.kind === 'notice') !== (b.kind === 'notice')) return a.kind === 'notice' ? -1 : 1;
    return activity(b) - activity(a);
  });
}

/** One read of the conversation list for the whole shell (badge, list, pickers). */
export function ConversationsProvider({ children }: { children: ReactNode }) {
  const query = useApiQuery('chat', (api) => api.chat.conversations({}));
  const value = useMemo<Conversations>(() => {
    const list = order(query.data ?? []);
    return { list, loaded: query.data !== undefined, byId: new Map(list.map((c) => [c.id, c])), refetch: query.refetch };
  }, [query.data, query.refetch]);
  return <ConversationsContext.Provider value={value}>{children}</ConversationsContext.Provider>;
}

export function useConversations(): Conversations {
  const value = useContext(ConversationsContext);
  if (!value) throw new Error('ConversationsProvider missing');
  return value;
}
