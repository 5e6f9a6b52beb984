import { Button, Checkbox, DatePicker, Form, Input, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { DutyLogEntry, DutyLogKind } from '../../../shared/duty/records';
import { newId } from '../../../shared/ids';
import { useApi } from '../../api/context';
import { useAction } from '../../common/useAction';
import { callerLabels, logKindLabels } from './labels';
import { toSaveLogEntryInput, valuesOfEntry, type LogEntryValues } from './logEntryInput';

const kindOptions = (Object.keys(logKindLabels) as DutyLogKind[]).map((k) => ({ value: k, label: logKindLabels[k] }));

/**
 * 快速登记: one call after another without the mouse. The time follows the clock until it is
 * changed by hand; Ctrl+Enter saves from any field; afterwards the form empties (keeping the kind)
 * and the cursor is back in its first field for the next call. Also edits an entry picked in the table.
 */
export function LogEntryForm({ unitId, editing, onEditDone }: { unitId: string; editing: DutyLogEntry | null; onEditDone: () => void }) {
  const api = useApi();
  const run = useAction();
  const [form] = Form.useForm<LogEntryValues>();
  const [busy, setBusy] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const kind = Form.useWatch('kind', form) ?? 'call';
  const caller = callerLabels[kind];

  // The first thing typed for the next entry: who is calling, or what happened when nobody is.
  const focusFirst = () => setTimeout(() => box.current?.querySelector<HTMLElement>('[data-testid=log-caller-unit], [data-testid=log-content]')?.focus(), 0);

  useEffect(() => {
    if (editing) form.setFieldsValue(valuesOfEntry(editing));
    else form.resetFields();
    focusFirst();
  }, [editing, form]);

  // The time shows "now" until typed over, so a form left open still stamps the call when it came.
  useEffect(() => {
    if (editing) return;
    const t = setInterval(() => {
      if (!form.isFieldTouched('at')) form.setFieldValue('at', dayjs());
    }, 20_000);
    return () => clearInterval(t);
  }, [editing, form]);

  const save = async (values: LogEntryValues) => {
    const at = editing || form.isFieldTouched('at') ? values.at : dayjs();
    setBusy(true);
    const ok = await run(editing ? '已修改' : '已登记', () => api.duty.saveLogEntry(toSaveLogEntryInput(editing?.id ?? newId(), unitId, { ...values, at })));
    setBusy(false);
    if (!ok) return;
    if (editing) onEditDone();
    else form.resetFields(['at', 'callerUnit', 'callerName', 'callerNumber', 'content', 'leaderInstruction', 'handling', 'open']);
    focusFirst();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      form.submit();
    }
  };

  return (
    <div ref={box} onKeyDown={onKeyDown} className="xt-duty-log-form" data-testid="log-form" data-editing={editing ? editing.id : undefined}>
      <Form<LogEntryValues> form={form} layout="vertical" requiredMark={false} initialValues={{ kind: 'call', at: dayjs(), open: false }} onFinish={(v) => void save(v)} disabled={busy}>
        <div className="xt-duty-log-row">
          <Form.Item name="kind" label="类别" className="xt-duty-log-kind">
            <Select options={kindOptions} data-testid="log-kind" aria-label="类别" />
          </Form.Item>
          <Form.Item name="at" label="时间" rules={[{ required: true, message: '请填写时间' }]} className="xt-duty-log-at">
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" allowClear={false} disabledDate={(d) => d.isAfter(dayjs(), 'day')} data-testid="log-at" aria-label="时间" />
          </Form.Item>
          {caller && (
            <Form.Item name="callerUnit" label={caller.unit} className="xt-grow" rules={[{ max: 100, message: '不能超过 100 字' }]}>
              <Input placeholder={caller.unit} data-testid="log-caller-unit" />
            </Form.Item>
          )}
          {caller?.name && (
            <Form.Item name="callerName" label={caller.name} className="xt-duty-log-name" rules={[{ max: 40, message: '不能超过 40 字' }]}>
              <Input placeholder={caller.name} data-testid="log-caller-name" />
            </Form.Item>
          )}
          {caller?.number && (
            <Form.Item name="callerNumber" label={caller.number} className="xt-duty-log-number" rules={[{ pattern: /^[\d\s+()（）\-—转,，、]*$/, message: '号码只能包含数字、空格、+、-、括号和“转”' }]}>
              <Input placeholder="如 0543-5321100" data-testid="log-caller-number" />
            </Form.Item>
          )}
        </div>
        <Form.Item name="content" label="内容" rules={[{ required: true, whitespace: true, message: '请填写内容' }, { max: 5000, message: '不能超过 5000 字' }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} placeholder="来电（来文、来访）事由及主要内容" data-testid="log-content" />
        </Form.Item>
        <div className="xt-duty-log-row">
          <Form.Item name="leaderInstruction" label="领导批示" className="xt-grow" rules={[{ max: 2000, message: '不能超过 2000 字' }]}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} placeholder="如：赵局长：密切关注，及时续报" data-testid="log-instruction" />
          </Form.Item>
          <Form.Item name="handling" label="处理情况" className="xt-grow" rules={[{ max: 2000, message: '不能超过 2000 字' }]}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} placeholder="已通知、已转办、已答复……" data-testid="log-handling" />
          </Form.Item>
        </div>
        <div className="xt-duty-log-actions">
          <Form.Item name="open" valuePropName="checked" noStyle>
            <Checkbox data-testid="log-open">需跟进（交班时移交）</Checkbox>
          </Form.Item>
          <span className="xt-muted xt-small">Ctrl+Enter 保存</span>
          <Space>
            {editing && <Button onClick={onEditDone}>取消修改</Button>}
            <Button type="primary" htmlType="submit" loading={busy} data-testid="log-save">
              {editing ? '保存修改' : '登记'}
            </Button>
          </Space>
        </div>
      </Form>
    </div>
  );
}
