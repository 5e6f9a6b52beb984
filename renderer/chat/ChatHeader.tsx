import { EllipsisOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useState } from 'react';
import type { ConversationSummary } from '../../shared/desktop-api';
import { usePerson } from '../api/usePeople';
import { useMe } from '../app/session';
import { ConversationAvatar } from './ConversationItem';
import { GroupSettingsDrawer } from './GroupSettingsDrawer';

export function ChatHeader({ summary }: { summary: ConversationSummary }) {
  const me = useMe();
  const [settings, setSettings] = useState(false);
  const otherId = summary.kind === 'direct' ? summary.memberIds.find((id) => id !== me.id) : undefined;
  const other = usePerson(otherId);
  const subtitle =
    summary.kind === 'group'
      ? `${summary.memberIds.length} 人`
      : summary.kind === 'notice'
        ? '来自公文、督办、值班等业务系统的通知'
        : (other?.posts[0]?.title ?? '');
  return (
    <header className="xt-chat-header">
      <ConversationAvatar summary={summary} size={32} />
      <div className="xt-chat-title-block">
        <div className="xt-chat-title" data-testid="chat-title">
          {summary.title}
          {summary.kind === 'group' && (
            <span className="xt-muted xt-member-count" data-testid="chat-member-count">
              （{summary.memberIds.length}）
            </span>
          )}
        </div>
        {subtitle && <div className="xt-muted xt-small">{subtitle}</div>}
      </div>
      {summary.kind === 'group' && (
        <Tooltip title="群设置">
          <Button type="text" icon={<EllipsisOutlined style={{ fontSize: 20 }} />} onClick={() => setSettings(true)} aria-label="群设置" data-testid="group-settings" />
        </Tooltip>
      )}
      {summary.kind === 'group' && <GroupSettingsDrawer summary={summary} open={settings} onClose={() => setSettings(false)} />}
    </header>
  );
}
