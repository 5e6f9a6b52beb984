import { MessageOutlined } from '@ant-design/icons';
import { Empty } from 'antd';
import { useEffect } from 'react';
import { useNavigation } from '../app/navigation';
import { ChatPane } from './ChatPane';
import { ChatSidebar } from './ChatSidebar';
import { useConversations } from './conversations';

export function ChatPage() {
  const { conversationId, restored, closeConversation } = useNavigation();
  const { byId, loaded } = useConversations();
  // The chat remembered from last time may have gone (left, removed, deleted): start with none open.
  const gone = restored && loaded && conversationId !== null && !byId.has(conversationId);
  useEffect(() => {
    if (gone) closeConversation();
  }, [gone, closeConversation]);
  return (
    <div className="xt-chat-page">
      <ChatSidebar />
      <section className="xt-chat-main">
        {conversationId && !gone ? (
          <ChatPane key={conversationId} conversationId={conversationId} />
        ) : (
          <div className="xt-center xt-muted">
            <Empty image={<MessageOutlined style={{ fontSize: 64, color: '#d9d9d9' }} />} description="选择一个会话开始聊天" />
          </div>
        )}
      </section>
    </div>
  );
}
