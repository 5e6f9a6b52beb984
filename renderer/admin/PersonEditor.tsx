import { Form, Modal } from 'antd';
import { useEffect } from 'react';
import type { Person } from '../../shared/directory/schemas';
import { useApi } from '../api/context';
import { useAction } from '../common/useAction';
import type { OrgNode } from '../directory/orgTree';
import { PersonForm, type PersonFormValues } from './PersonForm';

/** Add a person, or edit name, contact, posts and roles of one. */
export function PersonEditor({ open, person, defaultOrgId, roots, onClose }: { open: boolean; person: Person | null; defaultOrgId: string | null; roots: OrgNode[]; onClose: () => void }) {
  const api = useApi();
  const run = useAction();
  const [form] = Form.useForm<PersonFormValues>();
  const creating = person === null;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (person) form.setFieldsValue({ username: person.username, name: person.name, phone: person.phone, email: person.email, posts: person.posts, roles: person.roles });
    else form.setFieldsValue({ posts: defaultOrgId ? [{ orgId: defaultOrgId, title: '', sort: 0 }] : [], roles: [], phone: '', email: '' });
  }, [open, person, defaultOrgId, form]);

  const save = async () => {
    const v = await form.validateFields();
    const posts = v.posts.map((p, i) => ({ orgId: p.orgId, title: p.title ?? '', sort: i }));
    const saved = creating
      ? await run(`已添加 ${v.name}`, () => api.admin.createPerson({ username: v.username.trim(), name: v.name.trim(), phone: v.phone ?? '', email: v.email ?? '', posts, roles: v.roles ?? [], initialPassword: v.initialPassword ?? '' }))
      : await run('已保存', () => api.admin.updatePerson({ id: person.id, name: v.name.trim(), phone: v.phone ?? '', email: v.email ?? '', posts, roles: v.roles ?? [] }));
    if (saved) onClose();
  };

  return (
    <Modal open={open} title={creating ? '新增人员' : `编辑 ${person.name}`} width={640} okText="保存" onOk={() => save().catch(() => undefined)} onCancel={onClose} forceRender okButtonProps={{ ...({ 'data-testid': 'person-form-save' } as object) }}>
      <PersonForm form={form} roots={roots} creating={creating} />
    </Modal>
  );
}
