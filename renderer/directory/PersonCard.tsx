import { MailOutlined, MessageOutlined, PhoneOutlined } from '@ant-design/icons';
import { Button, Spin } from 'antd';
import { useState } from 'react';
import type { Org } from '../../shared/directory/schemas';
import { useApi } from '../api/context';
import { useApiQuery } from '../api/useApiQuery';
import { useNavigation } from '../app/navigation';
import { useMe } from '../app/session';
import { openDirect } from '../chat/openDirect';
import { useConversations } from '../chat/conversations';
import { errorText } from '../common/errors';
import { useAction } from '../common/useAction';
import { PersonDetails } from './PersonDetails';

/** 名片: posts in each department, phone, email, presence, and 发消息. */
export function PersonCard({ personId, orgs }: { personId: string; orgs: Map<string, Org> }) {
  const api = useApi();
  const me = useMe();
  const { list } = useConversations();
  const { openConversation } = useNavigation();
  const run = useAction();
  const [busy, setBusy] = useState(false);
  const person = useApiQuery('directory', (a) => a.directory.person({ id: personId }), [personId]);
  const presence = useApiQuery('presence', (a) => a.chat.presence({}));
  if (person.error) return <div className="xt-empty-pad xt-error">{errorText(person.error)}</div>;
  const p = person.data;
  if (!p) return <Spin className="xt-center" />;
  const online = presence.data?.online.includes(p.id) ?? false;

  const chat = async () => {
    setBusy(true);
    await run(null, async () => openConversation(await openDirect(api, list, me.id, p.id)));
    setBusy(false);
  };

  return (
    <div className="xt-person-card" data-testid="person-card" data-person-id={p.id}>
      <PersonDetails
        person={p}
        orgs={orgs}
        nameExtra={
          <span className={`xt-presence ${online ? 'online' : ''}`} data-testid="presence" data-online={online}>
            <span className="dot" />
            {online ? '在线' : '离线'}
          </span>
        }
        items={[
          { key: 'phone', label: <PhoneOutlined aria-label="电话" />, children: p.phone || <span className="xt-muted">未公开</span> },
          { key: 'email', label: <MailOutlined aria-label="邮箱" />, children: p.email ? <a href={`mailto:${p.email}`}>{p.email}</a> : <span className="xt-muted">未填写</span> },
        ]}
      />
      {!p.disabled && (
        <Button type="primary" icon={<MessageOutlined />} loading={busy} onClick={() => void chat()} data-testid="person-send-message" block>
          发消息
        </Button>
      )}
    </div>
  );
}
