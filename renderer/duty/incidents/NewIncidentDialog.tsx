import { Col, DatePicker, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { DutyUnit } from '../../../shared/duty/api-types';
import { newId } from '../../../shared/ids';
import { useApi } from '../../api/context';
import { useAction } from '../../common/useAction';
import { FormDialog } from '../../documents/FormDialog';
import { toFactsInput, type FactsValues } from './factsInput';
import { FactsFields, kebab } from './FactsFields';

interface NewIncidentValues {
  unitId: string;
  receivedAt: Dayjs;
  source?: string;
  reporterName?: string;
  reporterPhone?: string;
  facts: FactsValues;
}

/** 影响范围 is incident-impact: incident-scope is the list's 本单位/报送给我 switch. */
const createTestId = (field: keyof FactsValues) => (field === 'scope' ? 'incident-impact' : `incident-${kebab(field)}`);

/** 接报登记: the countdowns start at 接报时间, which is now unless the call came a little earlier. */
export function NewIncidentDialog({ open, units, onClose, onCreated }: { open: boolean; units: DutyUnit[]; onClose: () => void; onCreated: (id: string) => void }) {
  const api = useApi();
  const run = useAction();
  const create = (values: NewIncidentValues) => {
    const id = newId();
    return run('已接报登记，报告时限开始计时', async () => {
      await api.duty.createIncident({
        id,
        unitId: values.unitId,
        receivedAt: Math.min(values.receivedAt.valueOf(), Date.now()),
        source: values.source ?? '',
        reporterName: values.reporterName ?? '',
        reporterPhone: values.reporterPhone ?? '',
        facts: toFactsInput(values.facts),
      });
      onCreated(id);
    });
  };
  return (
    <FormDialog<NewIncidentValues>
      open={open}
      title="接报登记"
      okText="登记"
      testId="incident"
      initialValues={{ unitId: units[0]?.unitId, receivedAt: dayjs(), facts: { title: '', category: '事故灾难', level: '未定级' } }}
      onSubmit={create}
      onClose={onClose}
    >
      <div className="xt-duty-incident-form">
        <Form.Item name="unitId" label="报告单位" hidden={units.length === 1} rules={[{ required: true, message: '请选择报告单位' }]}>
          <Select options={units.map((u) => ({ value: u.unitId, label: u.name }))} data-testid="incident-unit" />
        </Form.Item>
        <FactsFields
          testId={createTestId}
          afterTitle={
            <>
              <Row gutter={12}>
                <Col span={12}>
                  <Form.Item name="receivedAt" label="接报时间" rules={[{ required: true, message: '请填写接报时间' }]}>
                    <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" allowClear={false} disabledDate={(d) => d.isAfter(dayjs(), 'day')} style={{ width: '100%' }} data-testid="incident-received-at" />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item name="source" label="信息来源" rules={[{ max: 200, message: '不能超过 200 字' }]}>
                    <Input placeholder="如：惠民县应急管理局电话报告" data-testid="incident-source" />
                  </Form.Item>
                </Col>
              </Row>
              <Row gutter={12}>
                <Col span={12}>
                  <Form.Item name="reporterName" label="报告人" rules={[{ max: 40, message: '不能超过 40 字' }]}>
                    <Input data-testid="incident-reporter-name" />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item name="reporterPhone" label="报告人电话" rules={[{ pattern: /^[\d\s+()（）\-—转,，、]*$/, message: '电话只能包含数字、空格、+、-、括号和“转”' }]}>
                    <Input data-testid="incident-reporter-phone" />
                  </Form.Item>
                </Col>
              </Row>
            </>
          }
        />
      </div>
    </FormDialog>
  );
}
