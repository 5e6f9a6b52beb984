import { memo } from 'react';
import type { ConversationSummary, LocalMessage } from '../../shared/desktop-api';
import { usePerson } from '../api/usePeople';
import { useMe } from '../app/session';
import { clockTime } from '../common/format';
import { PersonAvatar } from '../common/PersonAvatar';
import { MessageActions } from './MessageActions';
import { MessageContent } from './MessageContent';
import { MessageStatusLine } from './MessageStatusLine';
import { NoticeCard } from './NoticeCard';

interface Props {
  message: LocalMessage;
  summary: ConversationSummary;
  continued: boolean;
  now: number;
  /** Just brought into view from a search hit. */
  highlighted?: boolean;
}

/** One message: avatar and name (others, in groups), the bubble, and my status line. */
export const MessageRow = memo(function MessageRow({ message: m, summary, continued, now, highlighted = false }: Props) {
  const me = useMe();
  const mine = m.senderId === me.id;
  const sender = usePerson(m.senderId);
  const testProps = { 'data-testid': 'message', 'data-message-id': m.id, 'data-status': m.status, 'data-kind': m.kind, 'data-mine': mine ? 'true' : 'false', 'data-highlighted': highlighted ? 'true' : undefined };
  const flash = highlighted ? ' xt-msg-highlight' : '';

  if (m.recalledAt) {
    return (
      <div className={`xt-msg-system${flash}`} {...testProps} data-recalled="true">
        <span data-testid="message-recalled">{mine ? '你撤回了一条消息' : `${sender?.name ?? '对方'}撤回了一条消息`}</span>
      </div>
    );
  }
  if (m.kind === 'system') {
    return (
      <div className={`xt-msg-system${flash}`} {...testProps}>
        <span>{m.text}</span>
      </div>
    );
  }
  if (m.kind === 'notice') {
    return (
      <div className={`xt-msg-notice-row${flash}`} {...testProps}>
        <div className="xt-msg-time-center">{clockTime(m.createdAt)}</div>
        <NoticeCard message={m} />
      </div>
    );
  }

  const showSender = summary.kind === 'group' && !mine && !continued;
  return (
    <div className={`xt-msg-row${mine ? ' mine' : ''}${continued ? ' continued' : ''}${flash}`} {...testProps}>
      <div className="xt-msg-avatar">{!continued && <PersonAvatar name={sender?.name} id={m.senderId} size={34} />}</div>
      <div className="xt-msg-body">
        {showSender && <div className="xt-msg-sender">{sender?.name ?? '…'}</div>}
        <MessageActions message={m} mine={mine} now={now}>
          <div className={`xt-bubble kind-${m.kind}${m.status === 'rejected' ? ' rejected' : ''}`} data-testid="message-bubble" data-status={m.status} title={clockTime(m.createdAt)}>
            <MessageContent message={m} />
          </div>
        </MessageActions>
        {mine && <MessageStatusLine message={m} summary={summary} />}
      </div>
    </div>
  );
});
