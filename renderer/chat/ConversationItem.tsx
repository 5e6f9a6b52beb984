import { NotificationFilled, TeamOutlined } from '@ant-design/icons';
import { Avatar, Badge } from 'antd';
import { memo } from 'react';
import type { ConversationSummary } from '../../shared/desktop-api';
import { usePerson } from '../api/usePeople';
import { useMe } from '../app/session';
import { listTime } from '../common/format';
import { PersonAvatar } from '../common/PersonAvatar';
import { previewText } from './preview';

export function ConversationAvatar({ summary, size = 40 }: { summary: ConversationSummary; size?: number }) {
  const me = useMe();
  const otherId = summary.kind === 'direct' ? (summary.memberIds.find((id) => id !== me.id) ?? null) : null;
  if (summary.kind === 'notice')
    return <Avatar shape="square" size={size} icon={<NotificationFilled />} style={{ background: '#fa8c16', borderRadius: 6, flex: 'none' }} />;
  if (summary.kind === 'group') return <Avatar shape="square" size={size} icon={<TeamOutlined />} style={{ background: '#1677ff', borderRadius: 6, flex: 'none' }} />;
  return <PersonAvatar name={summary.title} id={otherId} size={size} />;
}

export const ConversationItem = memo(function ConversationItem({ summary, active, onOpen }: { summary: ConversationSummary; active: boolean; onOpen: () => void }) {
  const me = useMe();
  const last = summary.lastMessage;
  const sender = usePerson(summary.kind === 'group' ? last?.senderId : null);
  const preview = last ? previewText(last, sender?.name, last.senderId === me.id, summary.kind === 'group') : '';
  const time = last?.createdAt ?? summary.updatedAt;
  return (
    <div
      role="listitem"
      tabIndex={0}
      className={`xt-conv-item${active ? ' active' : ''}${summary.kind === 'notice' ? ' notice' : ''}`}
      onClick={onOpen}
      onKeyDown={(e) => {
        if (e.key === 'Enter') onOpen();
      }}
      aria-label={`${summary.title}${summary.unread ? `，${summary.unread}条未读` : ''}`}
      aria-current={active ? 'true' : undefined}
      data-testid="conversation-item"
      data-conversation-id={summary.id}
      data-kind={summary.kind}
      data-unread={summary.unread}
    >
      <Badge count={summary.unread} size="small" overflowCount={99} offset={[-2, 2]} data-testid="conversation-unread">
        <ConversationAvatar summary={summary} />
      </Badge>
      <div className="xt-conv-text">
        <div className="xt-conv-line">
          <span className="xt-conv-title">{summary.title}</span>
          <span className="xt-conv-time">{time ? listTime(time) : ''}</span>
        </div>
        <div className="xt-conv-preview">
          {summary.mentioned && (
            <span className="xt-mention-flag" data-testid="mention-marker">
              [有人@我]
            </span>
          )}
          {preview}
        </div>
      </div>
    </div>
  );
});
