import { PlusOutlined, TeamOutlined, UserAddOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useState } from 'react';
import type { Person } from '../../shared/directory/schemas';
import { useApi } from '../api/context';
import { useNavigation } from '../app/navigation';
import { useMe } from '../app/session';
import { errorText } from '../common/errors';
import { MemberPicker } from '../directory/MemberPicker';
import { useConversations } from './conversations';
import { openDirect } from './openDirect';

/** The "+" next to search: 发起群聊 or 新建单聊 through the member picker. */
export function NewChatMenu() {
  const api = useApi();
  const me = useMe();
  const { list } = useConversations();
  const { openConversation } = useNavigation();
  const { message } = App.useApp();
  const [mode, setMode] = useState<'group' | 'direct' | null>(null);

  const create = async (people: Person[], title: string) => {
    try {
      if (mode === 'direct' || people.length === 1) {
        const first = people[0];
        if (!first) return;
        openConversation(await openDirect(api, list, me.id, first.id));
      } else {
        const conv = await api.chat.create({ kind: 'group', memberIds: people.map((p) => p.id), title });
        openConversation(conv.id);
      }
      setMode(null);
    } catch (err) {
      void message.error(errorText(err));
    }
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
