import { LockOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import type { SessionState } from '../../shared/desktop-api';
import { AppError } from '../../shared/errors';
import { useApi } from '../api/context';
import { errorText } from '../common/errors';

interface Values {
  username: string;
  password: string;
}

function loginErrorText(err: unknown): string {
  if (err instanceof AppError && err.code === 'offline') return `无法连接服务器：${err.message}`;
  return errorText(err);
}

export function LoginScreen({ state, onLoggedIn }: { state: SessionState; onLoggedIn: () => void }) {
  const api = useApi();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (values: Values) => {
    setBusy(true);
    setError(null);
    try {
      await api.session.login({ username: values.username, password: values.password });
      if (typeof Notification !== 'undefined' && Notification.permission === 'default') void Notification.requestPermission().catch(() => undefined);
      onLoggedIn();
    } catch (err) {
      setError(loginErrorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="xt-login">
      <div className="xt-login-card">
        <div className="xt-login-brand">
          <div className="xt-logo">协</div>
          <div>
            <Typography.Title level={3} style={{ margin: 0 }}>
              协同办公
            </Typography.Title>
            <Typography.Text type="secondary">政务协同办公平台</Typography.Text>
          </div>
        </div>
        {state.endedReason && !error && <Alert type="warning" showIcon title={`登录已失效：${state.endedReason}`} style={{ marginBottom: 16 }} data-testid="login-ended-reason" />}
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="login-error" role="alert" />}
        <Form<Values> layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false} size="large" disabled={busy}>
          <Form.Item name="username" rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}>
            <Input prefix={<UserOutlined />} placeholder="用户名" autoComplete="username" aria-label="用户名" data-testid="login-username" autoFocus />
          </Form.Item>
          <Form.Item name="password" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password prefix={<LockOutlined />} placeholder="密码" autoComplete="current-password" aria-label="密码" data-testid="login-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy} data-testid="login-submit" aria-label="登录">
            登录
          </Button>
        </Form>
        <div className="xt-classified-notice" data-testid="classified-notice">
          <SafetyCertificateOutlined /> 本系统严禁处理涉密信息
        </div>
      </div>
    </div>
  );
}
