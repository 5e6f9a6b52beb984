import { MailOutlined, MessageOutlined, PhoneOutlined } from '@ant-design/icons';
import { App, Button, Descriptions, Spin, Tag } from 'antd';
import { useState } from 'react';
import { roleLabels, type Org } from '../../shared/directory/schemas';
import { useApi } from '../api/context';
import { useApiQuery } from '../api/useApiQuery';
import { useNavigation } from '../app/navigation';
import { useMe } from '../app/session';
import { openDirect } from '../chat/openDirect';
import { useConversations } from '../chat/conversations';
import { errorText } from '../common/errors';
import { PersonAvatar } from '../common/PersonAvatar';
import { orgPath } from './orgTree';

/** 名片: posts in each department, phone, email, presence, and 发消息. */
export function PersonCard({ personId, orgs }: { personId: string; orgs: Map<string, Org> }) {
  const api = useApi();
  const me = useMe();
  const { list } = useConversations();
  const { openConversation } = useNavigation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const person = useApiQuery('directory', (a) => a.directory.person({ id: personId }), [personId]);
  const presence = useApiQuery('presence', (a) => a.chat.presence({}));
  if (person.error) return <div className="xt-empty-pad xt-error">{errorText(person.error)}</div>;
  const p = person.data;
  if (!p) return <Spin className="xt-center" />;
  const online = presence.data?.online.includes(p.id) ?? false;

  const chat = async () => {
    setBusy(true);
    try {
      openConversation(await openDirect(api, list, me.id, p.id));
    } catch (err) {
      void message.error(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="xt-person-card" data-testid="person-card" data-person-id={p.id}>
      <div className="xt-person-card-head">
        <PersonAvatar name={p.name} id={p.id} size={64} />
        <div>
          <div className="xt-person-name">
            {p.name}
            <span className={`xt-presence ${online ? 'online' : ''}`} data-testid="presence" data-online={online}>
              <span className="dot" />
              {online ? '在线' : '离线'}
            </span>
          </div>
          <div className="xt-muted">{p.username}</div>
          <div>
            {p.disabled && <Tag>已停用</Tag>}
            {p.roles.map((r) => (
              <Tag key={r} color="blue">
                {roleLabels[r]}
              </Tag>
            ))}
          </div>
        </div>
      </div>
      <Descriptions
        column={1}
        size="small"
        className="xt-person-desc"
        items={[
          ...p.posts.map((post, i) => ({
            key: `post-${i}`,
            label: i === 0 ? '部门职务' : ' ',
            children: (
              <span data-testid="person-post">
                {orgPath(orgs, post.orgId) || '（未知部门）'}
                {post.title && <span className="xt-muted"> · {post.title}</span>}
              </span>
            ),
          })),
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
