import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import type { Org } from '../../shared/directory/schemas';
import { feedbackCadenceLabels, feedbackCadences } from '../../shared/supervision/kinds';
import { useApi } from '../api/context';
import { useApiQuery } from '../api/useApiQuery';
import { useAction } from '../common/useAction';
import { FormDialog } from '../documents/FormDialog';
import { toCreateInput, type NewItemValues } from './createInput';
import { DocumentSelect } from './DocumentSelect';
import { LeaderSelect } from '../common/LeaderSelect';
import { priorityOptions, sourceOptions } from './selectOptions';
import { UnitTreeSelect } from './UnitTreeSelect';

const cadenceOptions = feedbackCadences.map((c) => ({ value: c, label: feedbackCadenceLabels[c] }));
const beforeToday = (d: Dayjs) => d.isBefore(dayjs(), 'day');

function MilestonesField() {
  const form = Form.useFormInstance<NewItemValues>();
  return (
    <Form.List name="milestones">
      {(fields, { add, remove }) => (
        <div data-testid="sup-new-milestones">
          {fields.map((field) => (
            <div key={field.key} className="xt-sup-milestone-row" data-testid="sup-new-milestone">
              <Form.Item name={[field.name, 'title']} rules={[{ required: true, whitespace: true, message: '请填写节点名称' }, { max: 100, message: '不能超过 100 字' }]} className="xt-grow">
                <Input placeholder="节点名称，如：完成方案制定" data-testid="sup-new-milestone-title" />
              </Form.Item>
              <Form.Item
                name={[field.name, 'due']}
                dependencies={['deadline']}
                rules={[
                  { required: true, message: '请选择日期' },
                  {
                    validator: (_, due?: Dayjs) => {
                      const deadline = form.getFieldValue('deadline') as Dayjs | undefined;
                      return due && deadline && due.isAfter(deadline, 'day') ? Promise.reject(new Error('节点不能晚于办理时限')) : Promise.resolve();
                    },
                  },
                ]}
              >
                <DatePicker placeholder="节点日期" disabledDate={beforeToday} data-testid="sup-new-milestone-due" />
              </Form.Item>
              <MinusCircleOutlined className="xt-sup-milestone-remove" onClick={() => remove(field.name)} aria-label="删除节点" />
            </div>
          ))}
          <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({})} data-testid="sup-new-milestone-add">
            添加节点
          </Button>
        </div>
      )}
    </Form.List>
  );
}

function NewItemFields({ units }: { units: Org[] | undefined }) {
  const form = Form.useFormInstance<NewItemValues>();
  const leadUnitId = Form.useWatch('leadUnitId', form);
  const firstUnit = units?.[0]?.id;
  useEffect(() => {
    if (firstUnit && !form.getFieldValue('ownerUnitId')) form.setFieldsValue({ ownerUnitId: firstUnit });
  }, [firstUnit, form]);

  return (
    <div className="xt-sup-new-form">
      <Form.Item name="title" label="事项名称" rules={[{ required: true, whitespace: true, message: '请填写事项名称' }, { max: 200, message: '不能超过 200 字' }]}>
        <Input placeholder="如：推进老旧小区改造工作" data-testid="sup-new-title" />
      </Form.Item>
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item name="source" label="来源">
            <Select options={sourceOptions} data-testid="sup-new-source" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="priority" label="优先级">
            <Select options={priorityOptions} data-testid="sup-new-priority" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="cadence" label="反馈周期">
            <Select options={cadenceOptions} data-testid="sup-new-cadence" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="leaderId" label="批示领导">
            <LeaderSelect testId="sup-new-leader" placeholder="选择领导（可不选）" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="deadline" label="办理时限" rules={[{ required: true, message: '请选择办理时限' }]}>
            <DatePicker style={{ width: '100%' }} disabledDate={beforeToday} data-testid="sup-new-deadline" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="sourceDocumentId" label="关联公文">
        <DocumentSelect testId="sup-new-document" />
      </Form.Item>
      <Form.Item name="originalText" label="原文 / 批示内容" rules={[{ max: 5000, message: '不能超过 5000 字' }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} placeholder="领导批示、会议议定或文件原文" data-testid="sup-new-original" />
      </Form.Item>
      <Form.Item name="requirements" label="办理要求" rules={[{ max: 2000, message: '不能超过 2000 字' }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} placeholder="如：每周五前报送进展，办结后报送书面报告" data-testid="sup-new-requirements" />
      </Form.Item>
      <Form.Item name="leadUnitId" label="牵头单位" rules={[{ required: true, message: '请选择牵头单位' }]}>
        <UnitTreeSelect placeholder="选择牵头单位" testId="sup-new-lead" />
      </Form.Item>
      <Form.Item name="supportUnitIds" label="配合单位">
        <UnitTreeSelect multiple placeholder="选择配合单位（可多选）" excludeIds={leadUnitId ? [leadUnitId] : []} testId="sup-new-support" />
      </Form.Item>
      <Form.Item label="节点" extra="节点督办：每个节点单独亮灯">
        <MilestonesField />
      </Form.Item>
      {/* One unit (the usual case) needs no choosing; none means the person cannot register items. */}
      <Form.Item
        name="ownerUnitId"
        label="督办单位"
        hidden={units?.length === 1}
        rules={[{ required: true, message: '请选择督办单位' }]}
        extra={units?.length === 0 ? '您尚未在任何单位任职，无法立项' : undefined}
      >
        <Select options={(units ?? []).map((u) => ({ value: u.id, label: u.name }))} loading={!units} data-testid="sup-new-owner" />
      </Form.Item>
    </div>
  );
}

/** 立项: the item is numbered by the server and 交办 to its units at once; it opens when created. */
export function NewItemDialog({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (id: string) => void }) {
  const api = useApi();
  const run = useAction();
  const units = useApiQuery('directory', (a) => a.documents.myUnits({}), [], open);
  const create = (values: NewItemValues) =>
    run('已立项并交办', async () => {
      const { id } = await api.supervision.create(toCreateInput(values));
      onCreated(id);
    });
  return (
    <FormDialog<NewItemValues>
      open={open}
      title="立项"
      okText="立项交办"
      testId="sup-new"
      initialValues={{ source: '领导批示', priority: '一般', cadence: 'weekly', milestones: [] }}
      onSubmit={create}
      onClose={onClose}
    >
      <NewItemFields units={units.data} />
    </FormDialog>
  );
}
