import { useVirtualizer } from '@tanstack/react-virtual';
import { Empty, Spin } from 'antd';
import { useRef } from 'react';
import { useNavigation } from '../app/navigation';
import { ConversationItem } from './ConversationItem';
import { useConversations } from './conversations';

const ROW = 68;

/** Virtualised: only the rows in view are rendered, so thousands of chats scroll smoothly. */
export function ConversationList() {
  const { list, loaded } = useConversations();
  const { conversationId, openConversation } = useNavigation();
  const parent = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: list.length,
    getScrollElement: () => parent.current,
    estimateSize: () => ROW,
    overscan: 8,
    getItemKey: (i) => list[i]?.id ?? i,
  });

  if (!loaded) return <Spin className="xt-center" />;
  if (list.length === 0) return <Empty className="xt-empty-pad" description="暂无会话" />;

  return (
    <div ref={parent} className="xt-scroll" role="list" aria-label="会话列表" data-testid="conversation-list">
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((row) => {
          const c = list[row.index];
          if (!c) return null;
          return (
            <div key={row.key} style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW, transform: `translateY(${row.start}px)` }}>
              <ConversationItem summary={c} active={c.id === conversationId} onOpen={() => openConversation(c.id)} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
