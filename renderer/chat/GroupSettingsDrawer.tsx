import { CrownFilled, UserAddOutlined } from '@ant-design/icons';
import { Button, Divider, Drawer, Input, Popconfirm, Space } from 'antd';
import { useEffect, useState } from 'react';
import type { ConversationSummary } from '../../shared/desktop-api';
import type { Person } from '../../shared/directory/schemas';
import { useApi } from '../api/context';
import { usePeopleLookup } from '../api/usePeople';
import { useNavigation } from '../app/navigation';
import { useMe } from '../app/session';
import { PersonAvatar } from '../common/PersonAvatar';
import { useAction } from '../common/useAction';
import { MemberPicker } from '../directory/MemberPicker';

/** 群设置: rename, members (add, remove if owner), leave. Esc closes it. */
export function GroupSettingsDrawer({ summary, open, onClose }: { summary: ConversationSummary; open: boolean; onClose: () => void }) {
  const api = useApi();
  const me = useMe();
  const person = usePeopleLookup();
  const run = useAction();
  const { closeConversation } = useNavigation();
  const [title, setTitle] = useState(summary.title);
  const [picking, setPicking] = useState(false);
  const isOwner = summary.ownerId === me.id;
  useEffect(() => setTitle(summary.title), [summary.title]);

  const add = async (people: Person[]) => {
    if (await run('已添加成员', () => api.chat.addMembers({ conversationId: summary.id, userIds: people.map((p) => p.id) }))) setPicking(false);
  };

  const members = [...summary.memberIds].sort((a, b) => (a === summary.ownerId ? -1 : b === summary.ownerId ? 1 : 0));

  return (
    <Drawer title="群设置" open={open} onClose={onClose} size={360} data-testid="group-settings-drawer">
      <div className="xt-form-label">群名称</div>
      <Space.Compact style={{ width: '100%' }}>
        <Input value={title} maxLength={64} onChange={(e) => setTitle(e.target.value)} aria-label="群名称" data-testid="group-rename-input" />
        <Button
          type="primary"
          disabled={!title.trim() || title.trim() === summary.title}
          onClick={() => void run('群名称已修改', () => api.chat.rename({ conversationId: summary.id, title: title.trim() }))}
          data-testid="group-rename-save"
        >
          保存
        </Button>
      </Space.Compact>
      <Divider />
      <div className="xt-form-label xt-row-between">
        <span>群成员（{summary.memberIds.length}）</span>
        <Button size="small" icon={<UserAddOutlined />} onClick={() => setPicking(true)} data-testid="group-add-members">
          添加成员
        </Button>
      </div>
      <div className="xt-group-members" data-testid="group-members">
        {members.map((id) => {
          const p = person(id);
          return (
            <div key={id} className="xt-group-member" data-testid="group-member" data-person-id={id}>
              <PersonAvatar name={p?.name} id={id} size={28} />
              <span className="xt-grow">
                {p?.name ?? '…'}
                {id === me.id && <span className="xt-muted">（我）</span>}
                {id === summary.ownerId && <CrownFilled style={{ color: '#faad14', marginLeft: 4 }} title="群主" />}
              </span>
              {isOwner && id !== me.id && (
                <Popconfirm title={`将 ${p?.name ?? ''} 移出群聊？`} onConfirm={() => run('已移出', () => api.chat.removeMember({ conversationId: summary.id, userId: id }))}>
                  <Button size="small" type="link" danger data-testid="group-remove-member">
                    移出
                  </Button>
                </Popconfirm>
              )}
            </div>
          );
        })}
      </div>
      <Divider />
      <Popconfirm
        title="退出后将不再接收此群消息，确定退出？"
        onConfirm={async () => {
          if (await run('已退出群聊', () => api.chat.leave({ conversationId: summary.id }))) {
            onClose();
            closeConversation();
          }
        }}
      >
        <Button danger block data-testid="group-leave">
          退出群聊
        </Button>
      </Popconfirm>
      <MemberPicker open={picking} title="添加群成员" excludeIds={summary.memberIds} okText="添加" onOk={add} onCancel={() => setPicking(false)} />
    </Drawer>
  );
}
