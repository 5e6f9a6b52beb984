import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select, Space } from 'antd';
import type { FormInstance } from 'antd';
import type { z } from 'zod';
import { Role, roleLabels, type Post, type PersonInput } from '../../shared/directory/schemas';
import type { OrgNode } from '../directory/orgTree';
import { OrgSelect } from './OrgSelect';

type PersonInputValues = z.input<typeof PersonInput>;

/** The shared PersonInput as typed in; the form asks for an initial password only when adding. */
export type PersonFormValues = Omit<PersonInputValues, 'initialPassword'> & Partial<Pick<PersonInputValues, 'initialPassword'>>;

/** The person form for add and edit: several posts (department + 职务), roles, contact. */
export function PersonForm({ form, roots, creating }: { form: FormInstance<PersonFormValues>; roots: OrgNode[]; creating: boolean }) {
  return (
    <Form form={form} layout="vertical" requiredMark={false} data-testid="person-form">
      <Space.Compact block>
        <Form.Item name="name" label="姓名" rules={[{ required: true, whitespace: true, message: '请输入姓名' }]} style={{ flex: 1, marginRight: 8 }}>
          <Input maxLength={32} data-testid="person-form-name" />
        </Form.Item>
        <Form.Item
          name="username"
          label="账号"
          rules={[
            { required: true, message: '请输入账号' },
            { pattern: /^[a-zA-Z0-9._-]{2,64}$/, message: '账号为 2-64 位字母、数字、点、下划线或连字符' },
          ]}
          style={{ flex: 1 }}
        >
          <Input disabled={!creating} data-testid="person-form-username" />
        </Form.Item>
      </Space.Compact>
      <Space.Compact block>
        <Form.Item name="phone" label="手机" rules={[{ pattern: /^[0-9+\-() ]{3,20}$/, message: '电话号码格式不正确' }]} style={{ flex: 1, marginRight: 8 }}>
          <Input data-testid="person-form-phone" />
        </Form.Item>
        <Form.Item name="email" label="邮箱" rules={[{ type: 'email', message: '邮箱格式不正确' }]} style={{ flex: 1 }}>
          <Input data-testid="person-form-email" />
        </Form.Item>
      </Space.Compact>
      <div className="xt-form-label">任职（可在多个部门任职）</div>
      <Form.List
        name="posts"
        rules={[
          {
            validator: (_, posts: Post[] | undefined) => (posts && posts.length > 0 ? Promise.resolve() : Promise.reject(new Error('至少需要一个任职部门'))),
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field, i) => (
              <div key={field.key} className="xt-post-row" data-testid="person-form-post">
                <Form.Item name={[field.name, 'orgId']} rules={[{ required: true, message: '选择部门' }]} style={{ flex: 2 }}>
                  <OrgSelect roots={roots} />
                </Form.Item>
                <Form.Item name={[field.name, 'title']} style={{ flex: 1 }}>
                  <Input placeholder="职务，如 科员" maxLength={32} />
                </Form.Item>
                <Form.Item name={[field.name, 'sort']} hidden initialValue={i}>
                  <Input />
                </Form.Item>
                <MinusCircleOutlined className="xt-post-remove" onClick={() => remove(field.name)} aria-label="删除该任职" />
              </div>
            ))}
            <Button type="dashed" onClick={() => add({ orgId: undefined, title: '', sort: fields.length })} icon={<PlusOutlined />} block data-testid="person-form-add-post">
              添加任职
            </Button>
            <Form.ErrorList errors={errors} />
          </>
        )}
      </Form.List>
      <Form.Item name="roles" label="角色" style={{ marginTop: 16 }}>
        <Select mode="multiple" options={Role.options.map((r) => ({ value: r, label: roleLabels[r] }))} placeholder="普通人员无需选择" data-testid="person-form-roles" />
      </Form.Item>
      {creating && (
        <Form.Item name="initialPassword" label="初始密码" rules={[{ required: true, message: '请输入初始密码' }, { min: 8, message: '至少 8 位' }]} extra="首次登录后请本人修改">
          <Input.Password autoComplete="new-password" data-testid="person-form-password" />
        </Form.Item>
      )}
    </Form>
  );
}
