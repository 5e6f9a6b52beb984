import { Tabs } from 'antd';
import { ChangePassword } from './ChangePassword';
import { OutboxView } from './OutboxView';
import { Profile } from './Profile';

/** 我的: profile and logout, password, and the outbox of commands not yet accepted. */
export function MePage() {
  return (
    <div className="xt-page" data-testid="me-page">
      <Tabs
        className="xt-page-tabs"
        items={[
          { key: 'profile', label: '个人信息', children: <Profile /> },
          { key: 'password', label: '修改密码', children: <ChangePassword /> },
          { key: 'outbox', label: <span data-testid="tab-outbox">待发送</span>, children: <OutboxView /> },
        ]}
      />
    </div>
  );
}
