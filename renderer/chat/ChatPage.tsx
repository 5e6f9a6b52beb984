import { MessageOutlined } from '@ant-design/icons';
import { Empty } from 'antd';
import { useNavigation } from '../app/navigation';
import { ChatPane } from './ChatPane';
import { ChatSidebar } from './ChatSidebar';

export function ChatPage() {
  const { conversationId } = useNavigation();
  return (
    <div className="xt-chat-page">
      <ChatSidebar />
      <section className="xt-chat-main">
        {conversationId ? (
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
