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
  /** The previous page; with a seq, as many pages as it takes to hold that message. */
  loadOlder: (throughSeq?: number) => void;
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

  const loadOlder = useCallback(
    (throughSeq?: number) => {
      if (olderBusy.current) return;
      const start = minSentSeq(current.current);
      if (!Number.isFinite(start) || start <= 1) {
        setHasMore(false);
        return;
      }
      olderBusy.current = true;
      setLoadingOlder(true);
      const load = async () => {
        const pages: LocalMessage[][] = [];
        let before = start;
        let more: boolean;
        do {
          // Enough to reach the wanted message with some context above it, in pages the core allows.
          const limit = throughSeq === undefined ? PAGE : Math.min(200, Math.max(PAGE, before - throughSeq + 10));
          const page = await api.chat.messages({ conversationId, beforeSeq: before, limit });
          pages.unshift(page.messages);
          more = page.hasMore;
          const next = minSentSeq(page.messages);
          if (!Number.isFinite(next) || next >= before) break;
          before = next;
        } while (throughSeq !== undefined && more && before > throughSeq);
        const have = new Set(current.current.map((m) => m.id));
        setMessages((cur) => [...pages.flat().filter((m) => !have.has(m.id)), ...cur]);
        setHasMore(more);
      };
      load()
        .catch((err: unknown) => setError(err instanceof Error ? err : new Error(String(err))))
        .finally(() => {
          olderBusy.current = false;
          setLoadingOlder(false);
        });
    },
    [api, conversationId],
  );

  return { messages, hasMore, loaded, loadingOlder, error, loadOlder };
}
