import { LogoutOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { App, Button, Card } from 'antd';
import { useApi } from '../api/context';
import { useSession } from '../app/session';
import { useAction } from '../common/useAction';
import { PersonDetails } from '../directory/PersonDetails';
import { useDirectoryTree } from '../directory/useDirectoryTree';

export function Profile() {
  const api = useApi();
  const { user: me, state, refetch } = useSession();
  const tree = useDirectoryTree();
  const { modal } = App.useApp();
  const run = useAction();

  const logout = () => {
    modal.confirm({
      title: '退出登录',
      content: '退出后本机不再接收消息，未发送的内容会保留在本机。',
      okText: '退出登录',
      okButtonProps: { danger: true, ...({ 'data-testid': 'logout-confirm' } as object) },
      onOk: async () => {
        if (await run(null, () => api.session.logout({}))) refetch();
      },
    });
  };

  return (
    <Card className="xt-card-narrow" data-testid="profile">
      <PersonDetails
        person={me}
        orgs={tree.orgs}
        items={[
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
