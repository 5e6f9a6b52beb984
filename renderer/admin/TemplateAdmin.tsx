import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { agencyCodePattern } from '../../shared/documents/doc-number';
import type { DocumentTemplate } from '../../shared/documents/records';
import { newId } from '../../shared/ids';
import { useApi } from '../api/context';
import { useApiQuery } from '../api/useApiQuery';
import { useAction } from '../common/useAction';
import { FormDialog } from '../documents/FormDialog';
import { documentTypeOptions, urgencyOptions } from '../documents/selectOptions';
import { UnitSelect } from './UnitSelect';

type TemplateValues = Omit<DocumentTemplate, 'id' | 'unitId'>;

const blank: TemplateValues = { name: '发文模板', issuerMark: '', agencyCode: '', issuerName: '', printingOrg: '', defaultType: '通知', defaultUrgency: '普通', letterFormat: false };

function TemplateFields() {
  return (
    <>
      <Form.Item name="name" label="模板名称" rules={[{ required: true, whitespace: true, message: '请输入模板名称' }]}>
        <Input maxLength={40} placeholder="如：文件、函" data-testid="template-name" />
      </Form.Item>
      <Form.Item name="issuerMark" label="发文机关标志（红头）" rules={[{ required: true, whitespace: true, message: '请输入发文机关标志' }]}>
        <Input maxLength={40} placeholder="如：滨州市人民政府文件" style={{ color: '#d40000' }} data-testid="template-issuer-mark" />
      </Form.Item>
      <Form.Item name="agencyCode" label="机关代字" rules={[{ required: true, message: '请输入机关代字' }, { pattern: agencyCodePattern, message: '机关代字只能是汉字（如 滨政发），不含括号和数字' }]} extra="发文字号为 机关代字〔年份〕序号号">
        <Input maxLength={12} placeholder="如：滨政发" data-testid="template-agency-code" />
      </Form.Item>
      <Form.Item name="issuerName" label="发文机关署名" rules={[{ required: true, whitespace: true, message: '请输入发文机关署名' }]}>
        <Input maxLength={60} data-testid="template-issuer-name" />
      </Form.Item>
      <Form.Item name="printingOrg" label="印发机关">
        <Input maxLength={60} placeholder="如：滨州市人民政府办公室" data-testid="template-printing-org" />
      </Form.Item>
      <Space size="large">
        <Form.Item name="defaultType" label="默认文种">
          <Select options={documentTypeOptions} showSearch style={{ width: 120 }} data-testid="template-default-type" />
        </Form.Item>
        <Form.Item name="defaultUrgency" label="默认紧急程度">
          <Select options={urgencyOptions} style={{ width: 120 }} data-testid="template-default-urgency" />
        </Form.Item>
        <Form.Item name="letterFormat" label="信函格式" valuePropName="checked">
          <Switch data-testid="template-letter-format" />
        </Form.Item>
      </Space>
    </>
  );
}

/** 公文模板: each unit's red headers and 机关代字, chosen when a draft is started. */
export function TemplateAdmin() {
  const api = useApi();
  const run = useAction();
  const [unitId, setUnitId] = useState<string | null>(null);
  const [editing, setEditing] = useState<DocumentTemplate | 'new' | null>(null);
  const templates = useApiQuery('documents', (a) => a.documents.templates({}));
  const rows = (templates.data ?? []).filter((t) => t.unitId === unitId);

  const save = (values: TemplateValues) => {
    if (!unitId || editing === null) return Promise.resolve(false);
    const id = editing === 'new' ? newId() : editing.id;
    return run('模板已保存', () => api.documents.saveTemplate({ ...values, id, unitId }));
  };

  return (
    <Card
      className="xt-card-wide"
      title={
        <Space>
          公文模板
          <UnitSelect value={unitId} onChange={setUnitId} testId="admin-template-unit" />
        </Space>
      }
      extra={
        <Button type="primary" icon={<PlusOutlined />} disabled={!unitId} onClick={() => setEditing('new')} data-testid="admin-add-template">
          新增模板
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">拟稿时选择模板，自动带出红头（发文机关标志）、发文机关署名和印发机关；编号时按机关代字从本单位登记簿取号。</Typography.Paragraph>
      <Table<DocumentTemplate>
        rowKey="id"
        size="small"
        loading={!templates.data && !templates.error}
        dataSource={rows}
        pagination={false}
        onRow={(t) => ({ 'data-testid': 'admin-template-row', 'data-template-id': t.id }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: '名称', dataIndex: 'name', width: 150 },
          { title: '发文机关标志', dataIndex: 'issuerMark', render: (m: string) => <span className="xt-template-mark">{m}</span> },
          { title: '机关代字', dataIndex: 'agencyCode', width: 150, render: (c: string) => `${c}〔${new Date().getFullYear()}〕N号` },
          { title: '署名', dataIndex: 'issuerName', ellipsis: true },
          { title: '印发机关', dataIndex: 'printingOrg', ellipsis: true },
          { title: '默认', width: 110, render: (_, t) => `${t.defaultType} · ${t.defaultUrgency}` },
          { title: '格式', width: 80, render: (_, t) => (t.letterFormat ? <Tag color="red">信函</Tag> : <Tag>文件</Tag>) },
          { title: '', width: 70, render: (_, t) => <Button type="link" size="small" onClick={() => setEditing(t)} data-testid="admin-edit-template">编辑</Button> },
        ]}
      />
      <FormDialog<TemplateValues>
        open={editing !== null}
        title={editing === 'new' ? '新增公文模板' : '编辑公文模板'}
        okText="保存"
        testId="template"
        initialValues={editing === null || editing === 'new' ? blank : editing}
        onSubmit={save}
        onClose={() => setEditing(null)}
      >
        <TemplateFields />
      </FormDialog>
    </Card>
  );
}
