import { LogoutOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Tag } from 'antd';
import { roleLabels } from '../../shared/directory/schemas';
import { useApi } from '../api/context';
import { useSession } from '../app/session';
import { errorText } from '../common/errors';
import { PersonAvatar } from '../common/PersonAvatar';
import { orgPath } from '../directory/orgTree';
import { useDirectoryTree } from '../directory/useDirectoryTree';

export function Profile() {
  const api = useApi();
  const { user: me, state, refetch } = useSession();
  const tree = useDirectoryTree();
  const { modal, message } = App.useApp();

  const logout = () => {
    modal.confirm({
      title: '退出登录',
      content: '退出后本机不再接收消息，未发送的内容会保留在本机。',
      okText: '退出登录',
      okButtonProps: { danger: true, ...({ 'data-testid': 'logout-confirm' } as object) },
      onOk: async () => {
        try {
          await api.session.logout({});
          refetch();
        } catch (err) {
          void message.error(errorText(err));
        }
      },
    });
  };

  return (
    <Card className="xt-card-narrow" data-testid="profile">
      <div className="xt-person-card-head">
        <PersonAvatar name={me.name} id={me.id} size={64} />
        <div>
          <div className="xt-person-name">{me.name}</div>
          <div className="xt-muted">账号：{me.username}</div>
          <div>
            {me.roles.map((r) => (
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
        items={[
          ...me.posts.map((p, i) => ({ key: `post-${i}`, label: i === 0 ? '部门职务' : ' ', children: `${orgPath(tree.orgs, p.orgId) || '…'}${p.title ? ` · ${p.title}` : ''}` })),
          { key: 'phone', label: '手机', children: me.phone || '未填写' },
          { key: 'email', label: '邮箱', children: me.email || '未填写' },
          { key: 'server', label: '服务器', children: `${state.serverUrl}（${state.online ? '已连接' : '未连接'}）` },
        ]}
      />
      <div className="xt-classified-notice inline">
        <SafetyCertificateOutlined /> 本系统严禁处理涉密信息
      </div>
      <Button danger icon={<LogoutOutlined />} onClick={logout} data-testid="logout" aria-label="退出登录">
        退出登录
      </Button>
    </Card>
  );
}
