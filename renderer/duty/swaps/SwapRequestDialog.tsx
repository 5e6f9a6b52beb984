import { Form, Input, Modal, Radio, Select } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { MyDuty } from '../../../shared/duty/api-types';
import type { SwapKind } from '../../../shared/duty/records';
import { shiftLabels } from '../../../shared/duty/roster-frame';
import { shiftWindow } from '../../../shared/duty/shift-times';
import type { ShiftKind } from '../../../shared/duty/roster-schemas';
import { newId } from '../../../shared/ids';
import { useApi } from '../../api/context';
import { useApiQuery } from '../../api/useApiQuery';
import { usePeopleLookup } from '../../api/usePeople';
import { useMe } from '../../app/session';
import { useAction } from '../../common/useAction';
import { isoDaysFromToday, shortDate, todayInChina, weekdayLabel } from '../common/dates';
import { testIdProp } from '../common/testId';

export interface SwapStart {
  rosterId: string;
  date: string;
  shift: ShiftKind;
  postId: string;
}

const dutyKey = (duty: SwapStart) => [duty.rosterId, duty.date, duty.shift, duty.postId].join('|');

export function dutyLabel(duty: { date: string; shift: ShiftKind }, postName: string): string {
  return `${shortDate(duty.date)} ${weekdayLabel(duty.date)} ${shiftLabels[duty.shift]} ${postName}`;
}

/**
 * 申请换班: one of my coming duties, 换班 (we exchange places) or 替班 (they take mine), someone from
 * the same post's list, for 换班 one of their places on that roster, and why.
 */
export function SwapRequestDialog({ open, initial, onClose }: { open: boolean; initial?: SwapStart; onClose: () => void }) {
  const api = useApi();
  const run = useAction();
  const me = useMe();
  const person = usePeopleLookup();
  const [key, setKey] = useState<string | undefined>(undefined);
  const [kind, setKind] = useState<SwapKind>('swap');
  const [counterpartId, setCounterpartId] = useState<string | undefined>(undefined);
  const [counterpartKey, setCounterpartKey] = useState<string | undefined>(undefined);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    setKey(initial ? dutyKey(initial) : undefined);
    setKind('swap');
    setCounterpartId(undefined);
    setCounterpartKey(undefined);
    setReason('');
  }, [open, initial?.rosterId, initial?.date, initial?.shift, initial?.postId]);

  // Only shifts not yet begun can change hands.
  const duties = useApiQuery('duty', (a) => a.duty.myDuties({ from: todayInChina(), to: isoDaysFromToday(60) }), [], open).data?.filter((d) => d.start > Date.now());
  const duty: MyDuty | undefined = duties?.find((d) => dutyKey(d) === key);
  const setup = useApiQuery('duty', (a) => (duty ? a.duty.setup({ unitId: duty.unitId }) : Promise.resolve(null)), [duty?.unitId], open && !!duty).data;
  const roster = useApiQuery('duty', (a) => a.duty.roster({ id: duty?.rosterId ?? '' }), [duty?.rosterId], open && !!duty && kind === 'swap').data;

  const pool = setup?.pools.find((p) => p.postId === duty?.postId)?.personIds.filter((id) => id !== me.id) ?? [];
  const postName = (postId: string) => setup?.posts.find((p) => p.id === postId)?.name ?? '';
  const theirDuties = useMemo(
    () =>
      (roster?.slots ?? [])
        .filter((slot) => slot.personId === counterpartId && setup && shiftWindow(setup.shifts, slot).start > Date.now())
        .map((slot) => ({ rosterId: roster?.id ?? '', date: slot.date, shift: slot.shift, postId: slot.postId })),
    [roster, counterpartId, setup],
  );
  const theirs = theirDuties.find((d) => dutyKey(d) === counterpartKey);
  const ready = !!duty && !!counterpartId && reason.trim().length > 0 && (kind === 'substitute' || !!theirs);

  const submit = async () => {
    if (!duty || !counterpartId) return;
    setBusy(true);
    const ok = await run('换班申请已提交，等待对方同意', () =>
      api.duty.requestSwap({
        id: newId(),
        rosterId: duty.rosterId,
        kind,
        slot: { date: duty.date, shift: duty.shift, postId: duty.postId },
        counterpartId,
        counterpartSlot: kind === 'swap' && theirs ? { date: theirs.date, shift: theirs.shift, postId: theirs.postId } : null,
        reason: reason.trim(),
      }),
    );
    setBusy(false);
    if (ok) onClose();
  };

  return (
    <Modal open={open} title="申请换班" okText="提交申请" onCancel={onClose} onOk={() => void submit()} okButtonProps={{ disabled: !ready, loading: busy, ...testIdProp('swap-ok') }} destroyOnHidden data-testid="swap-dialog">
      <Form layout="vertical">
        <Form.Item label="我的班次" required>
          <Select
            value={key}
            onChange={(value: string) => {
              setKey(value);
              setCounterpartId(undefined);
              setCounterpartKey(undefined);
            }}
            loading={!duties}
            placeholder="选择要换出的班次"
            notFoundContent="近 60 天没有我的值班"
            data-testid="swap-my-duty"
            options={(duties ?? []).map((d) => ({ value: dutyKey(d), label: `${dutyLabel(d, d.postName)} · ${d.unitName}` }))}
          />
        </Form.Item>
        <Form.Item label="方式">
          <Radio.Group value={kind} onChange={(e) => setKind(e.target.value as SwapKind)} optionType="button" data-testid="swap-kind">
            <Radio.Button value="swap" data-testid="swap-kind-swap">换班（互换班次）</Radio.Button>
            <Radio.Button value="substitute" data-testid="swap-kind-substitute">替班（对方顶替）</Radio.Button>
          </Radio.Group>
        </Form.Item>
        <Form.Item label={kind === 'swap' ? '换班对象' : '替班人'} required extra={duty && setup && pool.length === 0 ? '本岗位名单中没有其他人员' : undefined}>
          <Select
            value={counterpartId}
            onChange={(value: string) => {
              setCounterpartId(value);
              setCounterpartKey(undefined);
            }}
            disabled={!duty}
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="本岗位值班名单中的人员"
            data-testid="swap-counterpart"
            options={pool.map((id) => ({ value: id, label: person(id)?.name ?? '…' }))}
          />
        </Form.Item>
        {kind === 'swap' && (
          <Form.Item label="对方的班次（我来顶替）" required>
            <Select
              value={counterpartKey}
              onChange={setCounterpartKey}
              disabled={!counterpartId}
              placeholder="选择对方的一个班次"
              notFoundContent="对方在本值班表中没有后续班次"
              data-testid="swap-counterpart-duty"
              options={theirDuties.map((d) => ({ value: dutyKey(d), label: dutyLabel(d, postName(d.postId)) }))}
            />
          </Form.Item>
        )}
        <Form.Item label="理由" required>
          <Input.TextArea value={reason} onChange={(e) => setReason(e.target.value)} rows={3} maxLength={500} showCount placeholder="如：当日需赴外地参加会议" data-testid="swap-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
