import { useVirtualizer } from '@tanstack/react-virtual';
import { Button, Spin } from 'antd';
import { forwardRef, useCallback, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ConversationSummary, LocalMessage } from '../../shared/desktop-api';
import type { MessageFocus } from '../app/navigation';
import { errorText } from '../common/errors';
import { dayLabel } from '../common/format';
import { MessageRow } from './MessageRow';
import type { MessagesState } from './useMessages';

export interface MessageListHandle {
  stickToBottom: () => void;
}

type Row = { kind: 'day'; key: string; ts: number } | { kind: 'msg'; key: string; message: LocalMessage; continued: boolean };

function buildRows(messages: LocalMessage[]): Row[] {
  const rows: Row[] = [];
  let lastDay = '';
  let prev: LocalMessage | undefined;
  for (const m of messages) {
    const d = new Date(m.createdAt);
    const day = `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`;
    if (day !== lastDay) {
      rows.push({ kind: 'day', key: `day-${day}`, ts: m.createdAt });
      lastDay = day;
      prev = undefined;
    }
    const continued = !!prev && prev.senderId === m.senderId && !prev.recalledAt && m.createdAt - prev.createdAt < 3 * 60_000 && m.kind !== 'notice';
    rows.push({ kind: 'msg', key: m.id, message: m, continued });
    prev = m;
  }
  return rows;
}

function firstMessageKey(rows: Row[]): string | undefined {
  return rows.find((r) => r.kind === 'msg')?.key;
}

function oldestSentSeq(rows: Row[]): number {
  let min = Infinity;
  for (const r of rows) if (r.kind === 'msg' && r.message.status === 'sent' && r.message.seq > 0 && r.message.seq < min) min = r.message.seq;
  return min;
}

const NEAR_BOTTOM = 60;
/** How long a message brought into view (a search hit) stays highlighted. */
const HIGHLIGHT_MS = 2500;
const OLDER_BAR = 40;

interface Props {
  summary: ConversationSummary;
  state: MessagesState;
  /** A message to scroll to and highlight (a search hit), loading older pages until it is there. */
  focus: MessageFocus | null;
  onFocusDone: (nonce: number) => void;
}

/**
 * Virtualised message list, oldest at the top. Stays pinned to the bottom while the user is
 * there; scrolling near the top loads the previous page and keeps the view where it was.
 */
export const MessageList = forwardRef<MessageListHandle, Props>(function MessageList({ summary, state, focus, onFocusDone }, ref) {
  const parent = useRef<HTMLDivElement>(null);
  const stick = useRef(true);
  const anchor = useRef<{ firstKey: string; fromBottom: number } | null>(null);
  const rows = useMemo(() => buildRows(state.messages), [state.messages]);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(t);
  }, []);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => parent.current,
    estimateSize: (i) => (rows[i]?.kind === 'day' ? 40 : 76),
    getItemKey: (i) => rows[i]?.key ?? i,
    overscan: 12,
    paddingStart: OLDER_BAR,
    paddingEnd: 8,
  });

  const toBottom = useCallback(() => {
    const el = parent.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, []);

  useImperativeHandle(ref, () => ({
    stickToBottom: () => {
      stick.current = true;
      requestAnimationFrame(toBottom);
    },
  }));

  // After rows change: restore the position when older rows were prepended, else follow the bottom.
  useLayoutEffect(() => {
    const el = parent.current;
    if (!el) return;
    const a = anchor.current;
    if (a && firstMessageKey(rows) !== a.firstKey) {
      el.scrollTop = el.scrollHeight - a.fromBottom;
      anchor.current = null;
      return;
    }
    if (stick.current) toBottom();
  });

  // Item measurements change the height after paint; keep pinned to the bottom through them.
  const total = virtualizer.getTotalSize();
  useEffect(() => {
    if (stick.current) toBottom();
  }, [total, toBottom]);

  const { hasMore, loadingOlder, loadOlder, loaded } = state;

  // Bring the focused message into view: load older pages until it is among the rows, then
  // centre it and highlight it for a moment. A message no longer there just leaves the view as is.
  const [highlighted, setHighlighted] = useState<string | null>(null);
  useEffect(() => {
    if (!focus || !loaded) return;
    const index = rows.findIndex((r) => r.kind === 'msg' && r.message.id === focus.messageId);
    stick.current = false;
    if (index >= 0) {
      anchor.current = null;
      virtualizer.scrollToIndex(index, { align: 'center' });
      setHighlighted(focus.messageId);
      onFocusDone(focus.nonce);
      return;
    }
    if (hasMore && focus.seq > 0 && focus.seq < oldestSentSeq(rows)) {
      if (!loadingOlder) loadOlder(focus.seq);
      return;
    }
    onFocusDone(focus.nonce);
  }, [focus, loaded, rows, hasMore, loadingOlder, loadOlder, virtualizer, onFocusDone]);
  useEffect(() => {
    if (!highlighted) return;
    const t = setTimeout(() => setHighlighted(null), HIGHLIGHT_MS);
    return () => clearTimeout(t);
  }, [highlighted]);

  const loadOlderKeepingPlace = () => {
    const el = parent.current;
    const firstKey = firstMessageKey(rows);
    if (!el || !firstKey || loadingOlder) return;
    anchor.current = { firstKey, fromBottom: el.scrollHeight - el.scrollTop };
    loadOlder();
  };
  const onScroll = () => {
    const el = parent.current;
    if (!el) return;
    stick.current = el.scrollHeight - el.scrollTop - el.clientHeight < NEAR_BOTTOM;
    if (el.scrollTop < 300 && hasMore) loadOlderKeepingPlace();
  };

  if (!loaded) return <Spin className="xt-center" />;
  if (state.error && rows.length === 0) return <div className="xt-center xt-error">{errorText(state.error)}</div>;

  const items = virtualizer.getVirtualItems();
  return (
    <div ref={parent} className="xt-message-scroll" onScroll={onScroll} role="log" aria-label="消息列表" data-testid="message-list">
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
      <div className="xt-older-bar" style={{ height: OLDER_BAR }}>
        {loadingOlder ? (
          <Spin size="small" />
        ) : hasMore ? (
          <Button type="link" size="small" onClick={loadOlderKeepingPlace} data-testid="load-older">
            查看更早的消息
          </Button>
        ) : rows.length > 0 ? (
          <span className="xt-muted xt-small">没有更早的消息了</span>
        ) : (
          <span className="xt-muted xt-small">暂无消息，发一条打个招呼吧</span>
        )}
      </div>
        <div style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${items[0]?.start ?? 0}px)` }}>
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <div key={item.key} data-index={item.index} ref={virtualizer.measureElement}>
                {row.kind === 'day' ? (
                  <div className="xt-day-sep" data-testid="day-separator">
                    <span>{dayLabel(row.ts, now)}</span>
                  </div>
                ) : (
                  <MessageRow message={row.message} summary={summary} continued={row.continued} now={now} highlighted={row.message.id === highlighted} />
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
});
