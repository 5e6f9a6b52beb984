import { DatePicker, Form, Input, Modal, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import type { RosterKind } from '../../../shared/duty/records';
import { newId } from '../../../shared/ids';
import { useApi } from '../../api/context';
import { useAction } from '../../common/useAction';
import type { RosterDraft } from './RosterEditor';
import { testIdProp } from '../common/testId';

const iso = (d: Dayjs) => d.format('YYYY-MM-DD');

/** 新建值班表: a month (titled by itself) or a holiday period with its own title, filled by the generator. */
export function NewRosterDialog({ open, unitId, onCreated, onCancel }: { open: boolean; unitId: string; onCreated: (draft: RosterDraft) => void; onCancel: () => void }) {
  const api = useApi();
  const run = useAction();
  const [kind, setKind] = useState<RosterKind>('month');
  const [month, setMonth] = useState<Dayjs | null>(null);
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!open) return;
    setKind('month');
    setMonth(dayjs().add(1, 'month').startOf('month'));
    setRange(null);
    setTitle('');
  }, [open]);

  const period = kind === 'month' ? (month ? { from: iso(month.startOf('month')), to: iso(month.endOf('month')), title: month.format('YYYY年M月值班表') } : null) : range ? { from: iso(range[0]), to: iso(range[1]), title: title.trim() } : null;
  const ready = !!period && period.title.length > 0;

  const create = async () => {
    if (!period) return;
    setBusy(true);
    let draft: RosterDraft | undefined;
    await run(null, async () => {
      const generated = await api.duty.generate({ unitId, from: period.from, to: period.to });
      draft = { id: newId(), unitId, kind, title: period.title, from: period.from, to: period.to, callId: null, slots: generated.slots };
    });
    setBusy(false);
    if (draft) onCreated(draft);
  };

  return (
    <Modal open={open} title="新建值班表" okText="生成" onOk={() => void create()} onCancel={onCancel} okButtonProps={{ disabled: !ready, loading: busy, ...testIdProp('roster-new-ok') }} destroyOnHidden>
      <Form layout="vertical">
        <Form.Item label="类型">
          <Radio.Group value={kind} onChange={(e) => setKind(e.target.value as RosterKind)} optionType="button" data-testid="roster-new-kind">
            <Radio.Button value="month" data-testid="roster-new-kind-month">月度值班表</Radio.Button>
            <Radio.Button value="holiday" data-testid="roster-new-kind-holiday">节假日值班表</Radio.Button>
          </Radio.Group>
        </Form.Item>
        {kind === 'month' ? (
          <Form.Item label="月份" required extra={month ? `名称：${month.format('YYYY年M月值班表')}` : undefined}>
            <DatePicker picker="month" value={month} onChange={setMonth} format="YYYY年M月" allowClear={false} data-testid="roster-new-month" />
          </Form.Item>
        ) : (
          <>
            <Form.Item label="期间" required>
              <DatePicker.RangePicker value={range} onChange={(v) => setRange(v && v[0] && v[1] ? [v[0], v[1]] : null)} data-testid="roster-new-range" />
            </Form.Item>
            <Form.Item label="名称" required>
              <Input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={60} placeholder="如：2027年元旦假期值班表" data-testid="roster-new-title" onPressEnter={() => ready && void create()} />
            </Form.Item>
          </>
        )}
        <div className="xt-muted xt-small">按值班设置自动排班（轮换、公平分配节假日与周末、避开请假出差），生成后可逐格调整。</div>
      </Form>
    </Modal>
  );
}
