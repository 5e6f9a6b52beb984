import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Collapse, Empty, Input, Modal, Space, Spin, Steps, Timeline } from 'antd';
import { useState } from 'react';
import type { SwapDecision } from '../../../shared/duty/actions';
import type { DutySetup, DutySwap } from '../../../shared/duty/records';
import type { PendingChange } from '../../../shared/sync/pending-change';
import { useApi } from '../../api/context';
import { useApiQuery } from '../../api/useApiQuery';
import { usePeopleLookup } from '../../api/usePeople';
import { useMe } from '../../app/session';
import { PendingBanner } from '../../common/PendingBanner';
import { useAction } from '../../common/useAction';
import { dateTime } from '../common/dates';
import { SwapStatusTag } from '../common/tags';
import { testIdProp } from '../common/testId';
import { useDutyUnits } from '../common/useDutyUnits';
import { swapDecisions } from './swapActions';
import { dutyLabel, SwapRequestDialog } from './SwapRequestDialog';

type Swap = DutySwap & { pending: PendingChange | null };

const decisionButtons: Record<SwapDecision, { label: string; done: string; danger?: boolean; primary?: boolean }> = {
  accept: { label: '同意', done: '已同意，等待审批', primary: true },
  decline: { label: '拒绝', done: '已拒绝', danger: true },
  approve: { label: '批准', done: '已批准，值班表已更新', primary: true },
  refuse: { label: '不批准', done: '已不批准', danger: true },
  cancel: { label: '撤回', done: '已撤回' },
};

/** 申请 → 对方同意 → 审批 → 已生效; a refusal or withdrawal marks the step where it stopped. */
function stepsOf(swap: Swap): { current: number; status: 'process' | 'finish' | 'error' } {
  switch (swap.status) {
    case 'requested':
      return { current: 1, status: 'process' };
    case 'accepted':
      return { current: 2, status: 'process' };
    case 'approved':
      return { current: 3, status: 'finish' };
    case 'declined':
      return { current: 1, status: 'error' };
    case 'refused':
      return { current: 2, status: 'error' };
    case 'cancelled':
      return { current: swap.history.some((h) => h.action === 'accept' || h.action === 'accepted') ? 2 : 1, status: 'error' };
  }
}

function SwapCard({ swap, setup, canApprove }: { swap: Swap; setup: DutySetup | undefined; canApprove: boolean }) {
  const api = useApi();
  const run = useAction();
  const me = useMe();
  const person = usePeopleLookup();
  const name = (id: string | null) => (id ? (person(id)?.name ?? '…') : '系统');
  const postName = (postId: string) => setup?.posts.find((p) => p.id === postId)?.name ?? '';
  const steps = stepsOf(swap);
  const decisions = swapDecisions(swap, me.id, canApprove);
  // A refusal says why, so the requester can look for someone else.
  const [refusing, setRefusing] = useState<SwapDecision | null>(null);
  const [opinion, setOpinion] = useState('');
  const decide = (decision: SwapDecision, reason = '') =>
    run(decisionButtons[decision].done, () => api.duty.decideSwap({ swapId: swap.id, expectedStatus: swap.status, decision, opinion: reason }));
  const press = (decision: SwapDecision) => {
    if (decision !== 'decline' && decision !== 'refuse') return void decide(decision);
    setOpinion('');
    setRefusing(decision);
  };
  return (
    <Card
      size="small"
      className="xt-duty-swap"
      data-testid={`swap-row-${swap.id}`}
      data-status={swap.status}
      title={
        <Space wrap>
          <span>{swap.kind === 'swap' ? '换班' : '替班'}</span>
          <span>
            {name(swap.requesterId)} {swap.kind === 'swap' ? '⇄' : '→'} {name(swap.counterpartId)}
          </span>
          <SwapStatusTag status={swap.status} />
        </Space>
      }
      extra={
        <Space>
          {decisions.map((decision) => (
            <Button key={decision} size="small" type={decisionButtons[decision].primary ? 'primary' : 'default'} danger={decisionButtons[decision].danger} onClick={() => press(decision)} data-testid={`swap-${decision}`}>
              {decisionButtons[decision].label}
            </Button>
          ))}
        </Space>
      }
    >
      <Modal
        open={refusing !== null}
        title={refusing ? decisionButtons[refusing].label : ''}
        okText="确定"
        okButtonProps={{ danger: true, disabled: opinion.trim().length === 0, ...testIdProp('swap-opinion-ok') }}
        onCancel={() => setRefusing(null)}
        onOk={() => {
          if (refusing) void decide(refusing, opinion.trim());
          setRefusing(null);
        }}
        destroyOnHidden
      >
        <Input.TextArea value={opinion} onChange={(e) => setOpinion(e.target.value)} rows={3} maxLength={500} showCount placeholder="请说明理由" autoFocus data-testid="swap-opinion" />
      </Modal>
      <PendingBanner pending={swap.pending} record="换班申请" testId="swap-pending" />
      <div>
        {name(swap.requesterId)}的班次：{dutyLabel(swap.slot, postName(swap.slot.postId))}
        {swap.counterpartSlot && (
          <span>
            ；换{name(swap.counterpartId)}的班次：{dutyLabel(swap.counterpartSlot, postName(swap.counterpartSlot.postId))}
          </span>
        )}
      </div>
      <div className="xt-muted">理由：{swap.reason}</div>
      <Steps
        className="xt-duty-swap-steps"
        size="small"
        current={steps.current}
        status={steps.status}
        items={[{ title: '申请' }, { title: '对方同意' }, { title: '审批' }, { title: '已生效' }]}
      />
      {swap.history.length > 0 && (
        <Collapse
          size="small"
          ghost
          items={[
            {
              key: 'history',
              label: `办理记录（${swap.history.length}）`,
              children: <Timeline items={swap.history.map((h) => ({ children: `${dateTime(h.at)} ${name(h.actorId)} ${h.text}` }))} />,
            },
          ]}
        />
      )}
    </Card>
  );
}

/** 换班替班: swaps I asked for, am asked to take, or approve for units I manage. */
export function SwapsPanel() {
  const me = useMe();
  const units = useDutyUnits();
  const swaps = useApiQuery('duty', (a) => a.duty.swaps({}), []).data;
  const unitIds = [...new Set(swaps?.map((s) => s.unitId))].sort();
  const setups = useApiQuery('duty', async (a) => new Map((await Promise.all(unitIds.map((unitId) => a.duty.setup({ unitId })))).flatMap((s) => (s ? [[s.unitId, s] as const] : []))), [unitIds.join(',')], !!swaps).data;
  const [requesting, setRequesting] = useState(false);

  const canApprove = (unitId: string) => !!units?.find((u) => u.unitId === unitId)?.canManage || !!setups?.get(unitId)?.constraints.leaders.includes(me.id);
  const ordered = [...(swaps ?? [])].sort((a, b) => {
    const waitingA = swapDecisions(a, me.id, canApprove(a.unitId)).some((d) => d !== 'cancel');
    const waitingB = swapDecisions(b, me.id, canApprove(b.unitId)).some((d) => d !== 'cancel');
    return Number(waitingB) - Number(waitingA) || b.updatedAt - a.updatedAt;
  });

  return (
    <div className="xt-duty-swaps" data-testid="duty-swaps">
      <div className="xt-duty-toolbar">
        <span className="xt-muted">换班、替班须经对方同意、带班领导或值班管理员批准后生效，批准后值班表自动更新。</span>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setRequesting(true)} data-testid="swap-new">
          申请换班
        </Button>
      </div>
      {!swaps ? <Spin className="xt-center" /> : ordered.length === 0 ? <Empty description="暂无换班申请" /> : ordered.map((swap) => <SwapCard key={swap.id} swap={swap} setup={setups?.get(swap.unitId)} canApprove={canApprove(swap.unitId)} />)}
      <SwapRequestDialog open={requesting} onClose={() => setRequesting(false)} />
    </div>
  );
}
