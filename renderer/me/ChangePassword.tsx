import { App, Button, Card, Form, Input } from 'antd';
import { NewPassword } from '../../shared/auth/schemas';
import { useApi } from '../api/context';
import { errorText } from '../common/errors';

interface Values {
  oldPassword: string;
  newPassword: string;
  confirm: string;
}

/** The same rule as the server (8+ characters from 3 of 4 classes), checked before sending. */
export function ChangePassword() {
  const api = useApi();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();

  const submit = async (v: Values) => {
    try {
      await api.session.changePassword({ oldPassword: v.oldPassword, newPassword: v.newPassword });
      void message.success('密码已修改');
      form.resetFields();
    } catch (err) {
      form.setFields([{ name: 'oldPassword', errors: [errorText(err)] }]);
    }
  };

  return (
    <Card className="xt-card-narrow" title="修改密码">
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} style={{ maxWidth: 380 }} data-testid="change-password-form">
        <Form.Item name="oldPassword" label="当前密码" rules={[{ required: true, message: '请输入当前密码' }]}>
          <Input.Password autoComplete="current-password" aria-label="当前密码" data-testid="old-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label="新密码"
          extra="至少 8 位，包含大写字母、小写字母、数字、符号中的至少三类"
          rules={[
            { required: true, message: '请输入新密码' },
            {
              validator: (_, value: string | undefined) => {
                if (!value) return Promise.resolve();
                const r = NewPassword.safeParse(value);
                return r.success ? Promise.resolve() : Promise.reject(new Error(r.error.issues[0]?.message ?? '密码不符合要求'));
              },
            },
          ]}
        >
          <Input.Password autoComplete="new-password" aria-label="新密码" data-testid="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label="确认新密码"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: '请再次输入新密码' },
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) => (!value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error('两次输入的密码不一致'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" aria-label="确认新密码" data-testid="confirm-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" data-testid="change-password-submit">
          修改密码
        </Button>
      </Form>
    </Card>
  );
}
