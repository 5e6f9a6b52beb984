import { PlusOutlined, TeamOutlined, UserAddOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useState } from 'react';
import type { Person } from '../../shared/directory/schemas';
import { useApi } from '../api/context';
import { useNavigation } from '../app/navigation';
import { useMe } from '../app/session';
import { useAction } from '../common/useAction';
import { MemberPicker } from '../directory/MemberPicker';
import { useConversations } from './conversations';
import { openDirect } from './openDirect';

/** The "+" next to search: 发起群聊 or 新建单聊 through the member picker. */
export function NewChatMenu() {
  const api = useApi();
  const me = useMe();
  const { list } = useConversations();
  const { openConversation } = useNavigation();
  const run = useAction();
  const [mode, setMode] = useState<'group' | 'direct' | null>(null);

  const create = async (people: Person[], title: string) => {
    const first = people[0];
    const direct = mode === 'direct' || people.length === 1;
    if (direct && !first) return;
    const opened = await run(null, async () => {
      if (direct && first) openConversation(await openDirect(api, list, me.id, first.id));
      else openConversation((await api.chat.create({ kind: 'group', memberIds: people.map((p) => p.id), title })).id);
    });
    if (opened) setMode(null);
  };

  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'group', icon: <TeamOutlined />, label: <span data-testid="new-group-chat">发起群聊</span> },
            { key: 'direct', icon: <UserAddOutlined />, label: <span data-testid="new-direct-chat">新建单聊</span> },
          ],
          onClick: ({ key }) => setMode(key as 'group' | 'direct'),
        }}
      >
        <Button icon={<PlusOutlined />} aria-label="发起群聊/新建单聊" data-testid="new-chat" />
      </Dropdown>
      <MemberPicker
        open={mode !== null}
        title={mode === 'group' ? '发起群聊' : '新建单聊'}
        single={mode === 'direct'}
        askTitle={mode === 'group'}
        excludeIds={[me.id]}
        okText="创建群聊"
        onOk={create}
        onCancel={() => setMode(null)}
      />
    </>
  );
}
