import { InboxOutlined } from '@ant-design/icons';
import { Spin, Watermark } from 'antd';
import { useRef, useState, type DragEvent } from 'react';
import { useNavigation } from '../app/navigation';
import { useMe } from '../app/session';
import { ChatHeader } from './ChatHeader';
import { Composer } from './Composer';
import { useConversations } from './conversations';
import { MessageList, type MessageListHandle } from './MessageList';
import { useMarkRead } from './useMarkRead';
import { useMessages } from './useMessages';
import { useSendFiles } from './useSendFiles';

/** One open chat: header, messages, composer; files can be dropped anywhere on it. */
export function ChatPane({ conversationId }: { conversationId: string }) {
  const me = useMe();
  const { byId, loaded } = useConversations();
  const summary = byId.get(conversationId);
  const { focus, focusDone } = useNavigation();
  const messages = useMessages(conversationId);
  const list = useRef<MessageListHandle>(null);
  const sendFiles = useSendFiles(conversationId, () => list.current?.stickToBottom());
  const [dragging, setDragging] = useState(false);
  useMarkRead(conversationId, summary?.unread ?? 0);

  if (!summary) {
    return loaded ? <div className="xt-center xt-muted">会话不存在或你已不在该会话中</div> : <Spin className="xt-center" />;
  }
  const canWrite = summary.kind !== 'notice';
  const hasFiles = (e: DragEvent) => e.dataTransfer.types.includes('Files');
  const watermark = [me.name, me.phone ? me.phone.slice(-4) : me.username];

  return (
    <div
      className="xt-chat-pane"
      data-testid="chat-pane"
      data-conversation-id={conversationId}
      onDragOver={(e) => {
        if (!canWrite || !hasFiles(e)) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false);
      }}
      onDrop={(e) => {
        if (!canWrite || !hasFiles(e)) return;
        e.preventDefault();
        setDragging(false);
        sendFiles(Array.from(e.dataTransfer.files));
      }}
    >
      <ChatHeader summary={summary} />
      <div className="xt-chat-watermark">
        <MessageList ref={list} summary={summary} state={messages} focus={focus?.conversationId === conversationId ? focus : null} onFocusDone={focusDone} />
        {/* A separate layer, so the watermark's tamper observer does not watch the scrolling list. */}
        <Watermark content={watermark} font={{ color: 'rgba(0,0,0,0.06)', fontSize: 14 }} gap={[120, 120]} className="xt-watermark-layer" />
      </div>
      {canWrite ? <Composer summary={summary} onSent={() => list.current?.stickToBottom()} sendFiles={sendFiles} /> : <div className="xt-readonly-bar">工作通知由系统推送，无需回复</div>}
      {dragging && (
        <div className="xt-drop-overlay" onDragLeave={() => setDragging(false)}>
          <InboxOutlined style={{ fontSize: 48 }} />
          <div>松开鼠标发送文件</div>
        </div>
      )}
    </div>
  );
}
