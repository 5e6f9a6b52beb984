import { Form, Input, Select } from 'antd';
import { useEffect } from 'react';
import { usualDirection, type DocumentType } from '../../shared/documents/kinds';
import type { DocumentTemplate } from '../../shared/documents/records';
import type { Org } from '../../shared/directory/schemas';
import { useApi } from '../api/context';
import { useApiQuery } from '../api/useApiQuery';
import { useAction } from '../common/useAction';
import { FormDialog } from './FormDialog';
import { documentTypeOptions } from './selectOptions';

interface Values {
  unitId: string;
  templateId: string;
  type: DocumentType;
  title: string;
}

const noTemplate = '';

function NewDocumentFields({ units, templates }: { units: Org[] | undefined; templates: DocumentTemplate[] }) {
  const form = Form.useFormInstance<Values>();
  const unitId = Form.useWatch('unitId', form);
  const unitTemplates = templates.filter((t) => t.unitId === unitId);
  const firstUnit = units?.[0]?.id;

  useEffect(() => {
    if (firstUnit && !form.getFieldValue('unitId')) form.setFieldsValue({ unitId: firstUnit });
  }, [firstUnit, form]);

  // A unit's first template is the usual choice, and its default 文种 comes with it.
  const firstTemplate = unitTemplates[0];
  useEffect(() => {
    form.setFieldsValue({ templateId: firstTemplate?.id ?? noTemplate, ...(firstTemplate ? { type: firstTemplate.defaultType } : {}) });
  }, [firstTemplate, form]);

  return (
    <>
      <Form.Item name="unitId" label="发文单位" rules={[{ required: true, message: '请选择发文单位' }]} extra={units?.length === 0 ? '您尚未在任何单位任职，无法拟稿' : undefined}>
        <Select options={(units ?? []).map((u) => ({ value: u.id, label: u.name }))} loading={!units} data-testid="doc-new-unit" />
      </Form.Item>
      <Form.Item name="templateId" label="模板">
        <Select options={[{ value: noTemplate, label: '不使用模板' }, ...unitTemplates.map((t) => ({ value: t.id, label: `${t.name}（${t.issuerMark}）` }))]} data-testid="doc-new-template" />
      </Form.Item>
      <Form.Item name="type" label="文种" rules={[{ required: true, message: '请选择文种' }]}>
        <Select options={documentTypeOptions} showSearch data-testid="doc-new-type" />
      </Form.Item>
      <Form.Item name="title" label="标题" rules={[{ required: true, whitespace: true, message: '请输入标题' }, { max: 200, message: '标题不能超过 200 个字' }]}>
        <Input placeholder="如：××关于××的通知" data-testid="doc-new-title" />
      </Form.Item>
    </>
  );
}

/** 拟稿: the unit (and its template), the 文种 and a title; creates the draft, then it opens. */
export function NewDocumentDialog({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (id: string) => void }) {
  const api = useApi();
  const run = useAction();
  const units = useApiQuery('directory', (a) => a.documents.myUnits({}), [], open);
  const templates = useApiQuery('documents', (a) => a.documents.templates({}), [], open);

  const create = (v: Values) => {
    const template = templates.data?.find((t) => t.id === v.templateId && t.unitId === v.unitId);
    return run(null, async () => {
      const { id } = await api.documents.create({
        unitId: v.unitId,
        templateId: template?.id ?? null,
        fields: {
          type: v.type,
          direction: usualDirection[v.type],
          title: v.title.trim(),
          urgency: template?.defaultUrgency ?? '普通',
          issuerMark: template?.issuerMark ?? '',
          issuerName: template?.issuerName ?? '',
          printingOrg: template?.printingOrg ?? '',
        },
      });
      onCreated(id);
    });
  };

  return (
    <FormDialog<Values> open={open} title="拟稿" okText="创建" testId="doc-new" initialValues={{ type: '通知', templateId: noTemplate }} onSubmit={create} onClose={onClose}>
      <NewDocumentFields units={units.data} templates={templates.data ?? []} />
    </FormDialog>
  );
}
