import { useCallback, useEffect, useRef, useState } from 'react';
import type { LocalMessage } from '../../shared/desktop-api';
import { useApiContext } from '../api/context';

const PAGE = 50;

export interface MessagesState {
  messages: LocalMessage[];
  hasMore: boolean;
  loaded: boolean;
  loadingOlder: boolean;
  error: Error | undefined;
  loadOlder: () => void;
}

function minSentSeq(list: LocalMessage[]): number {
  let min = Infinity;
  for (const m of list) if (m.status === 'sent' && m.seq > 0 && m.seq < min) min = m.seq;
  return min;
}

/**
 * The messages of one chat, oldest first. The newest page is re-read on every chat change
 * (covering as many messages as are loaded, up to 200, so recalls and receipts refresh);
 * older pages are added when the list is scrolled to the top.
 */
export function useMessages(conversationId: string): MessagesState {
  const { api, events } = useApiContext();
  const [messages, setMessages] = useState<LocalMessage[]>([]);
  const [hasMore, setHasMore] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [error, setError] = useState<Error | undefined>(undefined);
  const current = useRef<LocalMessage[]>([]);
  current.current = messages;
  const generation = useRef(0);
  const olderBusy = useRef(false);

  const reload = useCallback(() => {
    const mine = ++generation.current;
    const sentLoaded = current.current.filter((m) => m.status === 'sent').length;
    const limit = Math.min(200, Math.max(PAGE, sentLoaded));
    api.chat.messages({ conversationId, limit }).then(
      (page) => {
        if (mine !== generation.current) return;
        const floor = minSentSeq(page.messages);
        const older = current.current.filter((m) => m.status === 'sent' && m.seq > 0 && m.seq < floor);
        setMessages([...older, ...page.messages]);
        setHasMore((prev) => (older.length > 0 ? prev : page.hasMore));
        setLoaded(true);
        setError(undefined);
      },
      (err: unknown) => {
        if (mine !== generation.current) return;
        setError(err instanceof Error ? err : new Error(String(err)));
        setLoaded(true);
      },
    );
  }, [api, conversationId]);

  useEffect(() => {
    reload();
    return events.on((event) => {
      if (event.type === 'changed' && event.areas.includes('chat')) reload();
    });
  }, [events, reload]);

  const loadOlder = useCallback(() => {
    if (olderBusy.current) return;
    const before = minSentSeq(current.current);
    if (!Number.isFinite(before) || before <= 1) {
      setHasMore(false);
      return;
    }
    olderBusy.current = true;
    setLoadingOlder(true);
    api.chat
      .messages({ conversationId, beforeSeq: before, limit: PAGE })
      .then(
        (page) => {
          const have = new Set(current.current.map((m) => m.id));
          setMessages((cur) => [...page.messages.filter((m) => !have.has(m.id)), ...cur]);
          setHasMore(page.hasMore);
        },
        (err: unknown) => setError(err instanceof Error ? err : new Error(String(err))),
      )
      .finally(() => {
        olderBusy.current = false;
        setLoadingOlder(false);
      });
  }, [api, conversationId]);

  return { messages, hasMore, loaded, loadingOlder, error, loadOlder };
}
