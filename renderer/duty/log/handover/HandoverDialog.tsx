import { Checkbox, Empty, Form, Input, Spin } from 'antd';
import { useEffect } from 'react';
import { shiftLabels } from '../../../../shared/duty/roster-frame';
import { newId } from '../../../../shared/ids';
import { useApi } from '../../../api/context';
import { useApiQuery } from '../../../api/useApiQuery';
import { useMe } from '../../../app/session';
import { useAction } from '../../../common/useAction';
import { FormDialog } from '../../../documents/FormDialog';
import type { UnitShift } from '../useUnitShift';
import { IncomingSelect } from './IncomingSelect';
import { shortDate } from '../../common/dates';
import { monthDayTime } from '../monthDayTime';

interface HandoverValues {
  openEntryIds: string[];
  notes?: string;
  incomingIds: string[];
}

/** Open matters from this far back still go over at handover: a 待办 is carried from shift to shift until 办结. */
const OPEN_LOOKBACK_MS = 30 * 24 * 3600_000;

function HandoverFields({ unitId, shift }: { unitId: string; shift: NonNullable<UnitShift['current']> }) {
  const form = Form.useFormInstance<HandoverValues>();
  const me = useMe();
  const open = useApiQuery('duty', (api) => api.duty.logEntries({ unitId, from: shift.end - OPEN_LOOKBACK_MS, to: Date.now() + 60_000, openOnly: true }), [unitId, shift.end]);
  const next = useApiQuery('duty', (api) => api.duty.now({ at: shift.end }), [shift.end]);
  const suggested = (next.data?.units.find((u) => u.unitId === unitId)?.people ?? []).filter((p) => p.personId !== me.id).map((p) => ({ id: p.personId, name: p.name }));
  const openIds = open.data?.map((e) => e.id);

  // The next shift on the roster takes over unless the officer names someone else.
  const suggestedIds = suggested.map((p) => p.id).join(',');
  useEffect(() => {
    if (!form.isFieldTouched('incomingIds') && suggestedIds) form.setFieldValue('incomingIds', suggestedIds.split(','));
  }, [suggestedIds, form]);

  return (
    <>
      <div className="xt-muted" style={{ marginBottom: 12 }}>
        交班班次：{shortDate(shift.date)} {shiftLabels[shift.shift]}，接班人确认前仍由本班负责。
      </div>
      {/* Mounted once the open matters are read, so all of them start ticked: everything open goes over. */}
      {!openIds ? (
        <Spin />
      ) : (
        <Form.Item name="openEntryIds" label={`未办结事项（${openIds.length}）`} initialValue={openIds}>
          {openIds.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有未办结事项" />
          ) : (
            <Checkbox.Group className="xt-duty-handover-open" data-testid="handover-open">
              {open.data!.map((e) => (
                <Checkbox key={e.id} value={e.id} data-testid={`handover-open-${e.id}`}>
                  {monthDayTime(e.at)} {e.callerUnit && `${e.callerUnit}：`}
                  {e.content}
                </Checkbox>
              ))}
            </Checkbox.Group>
          )}
        </Form.Item>
      )}
      <Form.Item name="notes" label="交接事项" rules={[{ max: 5000, message: '不能超过 5000 字' }]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} placeholder="待办文电、未结事项、领导交办" data-testid="handover-notes" />
      </Form.Item>
      <Form.Item name="incomingIds" label="接班人" rules={[{ required: true, type: 'array', min: 1, message: '请选择接班人' }]} extra={suggested.length === 0 ? '值班表上没有下一班的人员，请选择接班人' : '默认为值班表上的下一班'}>
        <IncomingSelect unitId={unitId} suggested={suggested} testId="handover-incoming" />
      </Form.Item>
    </>
  );
}

/** 交班: the shift's open matters, notes and who takes over; the incoming officer confirms to take responsibility. */
export function HandoverDialog({ open, unitId, shift, onClose }: { open: boolean; unitId: string; shift: NonNullable<UnitShift['current']>; onClose: () => void }) {
  const api = useApi();
  const run = useAction();
  const submit = (values: HandoverValues) =>
    run('已交班，等待接班确认', () =>
      api.duty.createHandover({ id: newId(), unitId, date: shift.date, shift: shift.shift, incomingIds: values.incomingIds, notes: values.notes ?? '', openEntryIds: values.openEntryIds ?? [] }),
    );
  return (
    <FormDialog<HandoverValues> open={open} title="交班" okText="交班" testId="handover" initialValues={{ incomingIds: [] }} onSubmit={submit} onClose={onClose}>
      <HandoverFields unitId={unitId} shift={shift} />
    </FormDialog>
  );
}
