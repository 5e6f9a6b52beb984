import { CheckCircleFilled } from '@ant-design/icons';
import { Empty, Popover, Spin, Tabs } from 'antd';
import { useState } from 'react';
import type { ConversationSummary, LocalMessage } from '../../shared/desktop-api';
import type { Person } from '../../shared/directory/schemas';
import { useApiQuery } from '../api/useApiQuery';
import { errorText } from '../common/errors';
import { PersonAvatar } from '../common/PersonAvatar';

function Names({ people, testId }: { people: Person[]; testId: string }) {
  if (people.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="无" />;
  return (
    <div className="xt-readers" data-testid={testId}>
      {people.map((p) => (
        <div key={p.id} className="xt-reader" data-person-id={p.id}>
          <PersonAvatar name={p.name} id={p.id} size={24} />
          <span>{p.name}</span>
        </div>
      ))}
    </div>
  );
}

function Readers({ messageId }: { messageId: string }) {
  const readers = useApiQuery('chat', (api) => api.chat.readers({ messageId }), [messageId]);
  if (readers.error) return <div className="xt-error">{errorText(readers.error)}</div>;
  if (!readers.data) return <Spin />;
  const { read, unread } = readers.data;
  return (
    <Tabs
      size="small"
      defaultActiveKey={unread.length > 0 ? 'unread' : 'read'}
      items={[
        { key: 'unread', label: `未读（${unread.length}）`, children: <Names people={unread} testId="readers-unread" /> },
        { key: 'read', label: `已读（${read.length}）`, children: <Names people={read} testId="readers-read" /> },
      ]}
    />
  );
}

/** 1:1 已读/未读; groups "N人未读" / 全部已读. Clicking lists who has and hasn't read. */
export function ReadReceipt({ message: m, summary }: { message: LocalMessage; summary: ConversationSummary }) {
  const [open, setOpen] = useState(false);
  if (m.unreadCount === null || m.readCount === null || summary.kind === 'notice' || m.recalledAt) return null;
  const allRead = m.unreadCount === 0;
  const label = summary.kind === 'direct' ? (allRead ? '已读' : '未读') : allRead ? '全部已读' : `${m.unreadCount}人未读`;
  const link = (
    <button type="button" className={`xt-receipt${allRead ? ' all-read' : ''}`} data-testid="read-receipt" data-unread={m.unreadCount} aria-label={`阅读状态：${label}`}>
      {allRead && summary.kind === 'group' && <CheckCircleFilled />} {label}
    </button>
  );
  return (
    <div className="xt-msg-status">
      <Popover trigger="click" open={open} onOpenChange={setOpen} placement="leftBottom" content={open ? <div style={{ width: 260 }} data-testid="readers-popover"><Readers messageId={m.id} /></div> : null} title="消息接收人">
        {link}
      </Popover>
    </div>
  );
}
