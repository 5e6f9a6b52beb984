import { SearchOutlined } from '@ant-design/icons';
import { Input, type InputRef } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { ConversationList } from './ConversationList';
import { NewChatMenu } from './NewChatMenu';
import { SearchResults } from './SearchResults';

/** Left column of 消息: the search box, 发起群聊, and the list (or search results). */
export function ChatSidebar() {
  const [q, setQ] = useState('');
  const [submitted, setSubmitted] = useState('');
  const input = useRef<InputRef>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        input.current?.focus({ cursor: 'all' });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    const t = setTimeout(() => setSubmitted(q.trim()), 300);
    return () => clearTimeout(t);
  }, [q]);

  const clear = () => {
    setQ('');
    setSubmitted('');
  };

  return (
    <aside className="xt-chat-sidebar">
      <div className="xt-chat-sidebar-top">
        <Input
          ref={input}
          allowClear
          prefix={<SearchOutlined className="xt-muted" />}
          placeholder="搜索消息 (Ctrl+F)"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onPressEnter={() => setSubmitted(q.trim())}
          onKeyDown={(e) => {
            if (e.key === 'Escape') clear();
          }}
          aria-label="搜索消息"
          data-testid="message-search"
        />
        <NewChatMenu />
      </div>
      {submitted ? <SearchResults q={submitted} onPicked={clear} /> : <ConversationList />}
    </aside>
  );
}
