import { Form, Input, Modal } from 'antd';
import type { Person } from '../../shared/directory/schemas';
import { useApi } from '../api/context';
import { useAction } from '../common/useAction';

export function ResetPassword({ person, onClose }: { person: Person | null; onClose: () => void }) {
  const api = useApi();
  const run = useAction();
  const [form] = Form.useForm<{ password: string }>();
  const save = async () => {
    const { password } = await form.validateFields();
    if (!person) return;
    if (await run(`已重置 ${person.name} 的密码`, () => api.admin.resetPassword({ id: person.id, password }))) {
      form.resetFields();
      onClose();
    }
  };
  return (
    <Modal open={person !== null} title={`重置 ${person?.name ?? ''} 的密码`} okText="重置" onOk={() => save().catch(() => undefined)} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical">
        <Form.Item name="password" label="新密码" rules={[{ required: true, message: '请输入新密码' }, { min: 8, message: '至少 8 位' }]} extra="请通过线下渠道告知本人，并提醒其登录后修改">
          <Input.Password autoComplete="new-password" data-testid="reset-password-input" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
