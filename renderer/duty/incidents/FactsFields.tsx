import { Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { incidentCategories, incidentLevelLabels, incidentLevels } from '../../../shared/duty/records';
import { LeaderSelect } from '../../common/LeaderSelect';
import type { FactsValues } from './factsInput';

const categoryOptions = incidentCategories.map((c) => ({ value: c, label: c }));
const levelOptions = incidentLevels.map((l) => ({ value: l, label: incidentLevelLabels[l] }));
const notFuture = (d: dayjs.Dayjs) => d.isAfter(dayjs(), 'day');
const phonePattern = { pattern: /^[\d\s+()（）\-—转,，、]*$/, message: '电话只能包含数字、空格、+、-、括号和“转”' };
const max = (n: number) => ({ max: n, message: `不能超过 ${n} 字` });

/** Form names of the facts, nested under `facts` in the dialogs. */
type Field = keyof FactsValues;

/**
 * The usual report elements (DOMAIN §3.2), in the order a 值班信息 is written: what, when, where,
 * how bad, what is being done, who to call, who signed. `testId` names each control; `afterTitle` goes
 * between the name and the rest (接报 details in 接报登记).
 */
export function FactsFields({ testId, afterTitle }: { testId: (field: Field) => string; afterTitle?: ReactNode }) {
  const name = (field: Field) => ['facts', field];
  const area = (field: Field, label: string, limit: number, placeholder?: string) => (
    <Form.Item name={name(field)} label={label} rules={[max(limit)]}>
      <Input.TextArea autoSize={{ minRows: 1, maxRows: 5 }} placeholder={placeholder} data-testid={testId(field)} />
    </Form.Item>
  );
  const count = (field: Field, label: string) => (
    <Col span={8}>
      <Form.Item name={name(field)} label={label}>
        <InputNumber min={0} max={100_000} precision={0} style={{ width: '100%' }} placeholder="0" data-testid={testId(field)} />
      </Form.Item>
    </Col>
  );
  return (
    <>
      <Form.Item name={name('title')} label="事件名称" rules={[{ required: true, whitespace: true, message: '请填写事件名称' }, max(100)]}>
        <Input placeholder="如：惠民县G220国道货车侧翻事故" data-testid={testId('title')} />
      </Form.Item>
      {afterTitle}
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name={name('category')} label="事件类型" rules={[{ required: true, message: '请选择事件类型' }]}>
            <Select options={categoryOptions} data-testid={testId('category')} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name={name('level')} label="事件级别">
            <Select options={levelOptions} data-testid={testId('level')} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name={name('occurredAt')} label="事发时间">
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" disabledDate={notFuture} style={{ width: '100%' }} data-testid={testId('occurredAt')} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name={name('nature')} label="事件性质" rules={[max(500)]}>
            <Input placeholder="如：道路交通事故" data-testid={testId('nature')} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name={name('place')} label="事发地点" rules={[max(200)]}>
        <Input placeholder="县（市、区）、乡镇（街道）、具体位置" data-testid={testId('place')} />
      </Form.Item>
      {area('scope', '影响范围', 1000)}
      <Row gutter={12}>
        {count('deaths', '死亡（人）')}
        {count('injuries', '受伤（人）')}
        {count('missing', '失联（人）')}
      </Row>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name={name('propertyLoss')} label="财产损失" rules={[max(500)]}>
            <Input placeholder="如：直接经济损失约2万元" data-testid={testId('propertyLoss')} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name={name('trend')} label="发展趋势" rules={[max(1000)]}>
            <Input placeholder="如：已得到控制" data-testid={testId('trend')} />
          </Form.Item>
        </Col>
      </Row>
      {area('leadersOnSite', '领导到位情况', 1000, '如：县委副书记、副县长已赶赴现场')}
      {area('measures', '已采取措施', 5000)}
      {area('requests', '下一步建议', 2000, '下一步工作建议或请求支援事项')}
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item name={name('contactName')} label="现场联系人" rules={[max(40)]}>
            <Input data-testid={testId('contactName')} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name={name('contactPhone')} label="联系电话" rules={[phonePattern]}>
            <Input data-testid={testId('contactPhone')} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name={name('signedBy')} label="签发领导">
            <LeaderSelect testId={testId('signedBy')} placeholder="可不选" />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}

/** incident-<field> in kebab case, as the e2e tests and README name the 接报登记 controls. */
export function kebab(field: string): string {
  return field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
