import { Checkbox, DatePicker, Form, Input, Modal, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import type { DutyUnit } from '../../../shared/duty/api-types';
import { chinaInstant } from '../../../shared/duty/shift-times';
import { newId } from '../../../shared/ids';
import { useApi } from '../../api/context';
import { useDirectoryTree } from '../../directory/useDirectoryTree';
import { useAction } from '../../common/useAction';
import { testIdProp } from '../common/testId';

const clockPattern = /^([01]\d|2[0-3]):[0-5]\d$/;

/** 发布报送通知: which holiday, by when, which of the units reporting to my office, and 日报 if asked. */
export function NewCallDialog({ open, offices, onClose }: { open: boolean; offices: DutyUnit[]; onClose: () => void }) {
  const api = useApi();
  const run = useAction();
  const tree = useDirectoryTree();
  const [ownerId, setOwnerId] = useState<string | undefined>(undefined);
  const [title, setTitle] = useState('');
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);
  const [deadline, setDeadline] = useState<Dayjs | null>(null);
  const [unitIds, setUnitIds] = useState<string[]>([]);
  const [daily, setDaily] = useState(false);
  const [dailyBy, setDailyBy] = useState('15:00');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const owner = offices.find((o) => o.unitId === ownerId);
  useEffect(() => {
    if (!open) return;
    setOwnerId(offices[0]?.unitId);
    setTitle('');
    setRange(null);
    setDeadline(null);
    setUnitIds(offices[0]?.reportingUnitIds ?? []);
    setDaily(false);
    setNote('');
  }, [open]);

  const reporting = owner?.reportingUnitIds ?? [];
  const unitName = (id: string) => tree.orgs.get(id)?.name ?? '…';
  const dailyOk = !daily || clockPattern.test(dailyBy);
  const ready = !!owner && title.trim().length > 0 && !!range && !!deadline && unitIds.length > 0 && dailyOk;

  const submit = async () => {
    if (!owner || !range || !deadline) return;
    setBusy(true);
    const ok = await run('报送通知已发布', () =>
      api.duty.createCall({
        id: newId(),
        ownerUnitId: owner.unitId,
        title: title.trim(),
        from: range[0].format('YYYY-MM-DD'),
        to: range[1].format('YYYY-MM-DD'),
        deadline: chinaInstant(deadline.format('YYYY-MM-DD'), deadline.format('HH:mm')),
        unitIds,
        dailyReportBy: daily ? dailyBy : null,
        note: note.trim(),
      }),
    );
    setBusy(false);
    if (ok) onClose();
  };

  const allChecked = unitIds.length === reporting.length && reporting.length > 0;
  return (
    <Modal open={open} title="发布报送通知" okText="发布" width={640} onCancel={onClose} onOk={() => void submit()} okButtonProps={{ disabled: !ready, loading: busy, ...testIdProp('call-ok') }} destroyOnHidden data-testid="call-dialog">
      <Form layout="vertical">
        {offices.length > 1 && (
          <Form.Item label="发文单位">
            <Select
              value={ownerId}
              onChange={(id: string) => {
                setOwnerId(id);
                setUnitIds(offices.find((o) => o.unitId === id)?.reportingUnitIds ?? []);
              }}
              options={offices.map((o) => ({ value: o.unitId, label: o.name }))}
            />
          </Form.Item>
        )}
        <Form.Item label="通知标题" required>
          <Input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={100} placeholder="如：2027年元旦假期值班表报送" data-testid="call-title" autoFocus />
        </Form.Item>
        <Form.Item label="值班期间" required>
          <DatePicker.RangePicker value={range} onChange={(v) => setRange(v && v[0] && v[1] ? [v[0], v[1]] : null)} data-testid="call-range" />
        </Form.Item>
        <Form.Item label="报送截止（北京时间）" required>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" value={deadline} onChange={setDeadline} disabledDate={(d) => d.isBefore(dayjs(), 'day')} data-testid="call-deadline" />
        </Form.Item>
        <Form.Item label={`报送单位（${unitIds.length}/${reporting.length}）`} required>
          <Checkbox checked={allChecked} indeterminate={unitIds.length > 0 && !allChecked} onChange={(e) => setUnitIds(e.target.checked ? reporting : [])} data-testid="call-units-all">
            全选
          </Checkbox>
          <Checkbox.Group className="xt-duty-call-units" value={unitIds} onChange={(v) => setUnitIds(v as string[])} options={reporting.map((id) => ({ value: id, label: unitName(id) }))} data-testid="call-units" />
        </Form.Item>
        <Form.Item label="日报告/零报告" extra={daily ? '假期内每天在此时间前报送：有事报事，无事报平安' : undefined} validateStatus={dailyOk ? undefined : 'error'} help={dailyOk ? undefined : '格式为 HH:mm'}>
          <Switch checked={daily} onChange={setDaily} data-testid="call-daily" /> {daily && <Input value={dailyBy} onChange={(e) => setDailyBy(e.target.value)} style={{ width: 90, marginLeft: 8 }} data-testid="call-daily-by" />}
        </Form.Item>
        <Form.Item label="说明">
          <Input.TextArea value={note} onChange={(e) => setNote(e.target.value)} rows={3} maxLength={2000} placeholder="如：请各单位于截止时间前报送，带班领导须为处级以上干部" data-testid="call-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
