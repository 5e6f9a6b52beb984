import { NotificationOutlined } from '@ant-design/icons';
import { Button, Empty, Spin, Table, Typography } from 'antd';
import { useState } from 'react';
import { newId } from '../../../shared/ids';
import { useApi } from '../../api/context';
import { useApiQuery } from '../../api/useApiQuery';
import { useAction } from '../../common/useAction';
import { dateTime, periodLabel } from '../common/dates';
import { DeadlineCountdown } from '../common/DeadlineCountdown';
import { useDutyUnits } from '../common/useDutyUnits';
import { RosterEditor, type RosterDraft } from '../roster/RosterEditor';
import { CallStatusView } from './CallStatusView';
import { CallsToAnswer, type Answer } from './CallsToAnswer';
import { NewCallDialog } from './NewCallDialog';
import { rosterTitle } from './rosterTitle';

interface OpenRoster {
  id: string;
  unitId: string;
  unitName: string;
  canManage: boolean;
  readOnly: boolean;
  draft?: RosterDraft;
}

/** 值班表报送: duty offices issue 报送通知 and follow them up; units answer them with a holiday roster. */
export function CallsPanel() {
  const api = useApi();
  const run = useAction();
  const units = useDutyUnits();
  const calls = useApiQuery('duty', (a) => a.duty.calls({}), []).data;
  const rosters = useApiQuery('duty', (a) => a.duty.rosters({}), []).data;
  const [newOpen, setNewOpen] = useState(false);
  const [callId, setCallId] = useState<string | null>(null);
  const [roster, setRoster] = useState<OpenRoster | null>(null);

  if (!units || !calls) return <Spin className="xt-center" />;
  if (roster) {
    return <RosterEditor key={roster.id} rosterId={roster.id} unitId={roster.unitId} unitName={roster.unitName} canManage={roster.canManage} readOnly={roster.readOnly} draft={roster.draft} onBack={() => setRoster(null)} />;
  }
  if (callId) {
    return <CallStatusView callId={callId} onBack={() => setCallId(null)} onView={(row) => row.rosterId && setRoster({ id: row.rosterId, unitId: row.unitId, unitName: row.unitName, canManage: false, readOnly: true })} />;
  }

  const offices = units.filter((u) => u.canManage && u.reportingUnitIds.length > 0);
  const issued = calls.filter((c) => offices.some((o) => o.unitId === c.ownerUnitId)).sort((a, b) => b.createdAt - a.createdAt);
  const answers: Answer[] = calls
    .flatMap((call) => units.filter((u) => (u.canManage || u.member) && call.unitIds.includes(u.unitId)).map((unit) => ({ call, unit, roster: rosters?.find((r) => r.callId === call.id && r.unitId === unit.unitId) })))
    .sort((a, b) => a.call.deadline - b.call.deadline);

  const answer = (a: Answer) =>
    run(null, async () => {
      const generated = await api.duty.generate({ unitId: a.unit.unitId, from: a.call.from, to: a.call.to });
      const draft: RosterDraft = { id: newId(), unitId: a.unit.unitId, kind: 'holiday', title: rosterTitle(a.call.title), from: a.call.from, to: a.call.to, callId: a.call.id, slots: generated.slots };
      setRoster({ id: draft.id, unitId: a.unit.unitId, unitName: a.unit.name, canManage: a.unit.canManage, readOnly: false, draft });
    });

  return (
    <div className="xt-duty-calls" data-testid="duty-calls">
      {offices.length > 0 && (
        <section style={{ marginBottom: 24 }}>
          <div className="xt-duty-toolbar">
            <Typography.Title level={5} style={{ margin: 0 }}>
              发出的报送通知
            </Typography.Title>
            <Button type="primary" icon={<NotificationOutlined />} onClick={() => setNewOpen(true)} data-testid="call-new">
              发布报送通知
            </Button>
          </div>
          <Table
            size="middle"
            rowKey="id"
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            dataSource={issued}
            locale={{ emptyText: '还没有发布报送通知' }}
            onRow={(call) =>
              ({
                onClick: () => setCallId(call.id),
                onKeyDown: (e: React.KeyboardEvent) => e.key === 'Enter' && setCallId(call.id),
                tabIndex: 0,
                className: 'xt-duty-clickable',
                'data-testid': `call-row-${call.id}`,
              }) as React.HTMLAttributes<HTMLElement>
            }
            columns={[
              { title: '通知', dataIndex: 'title' },
              { title: '值班期间', key: 'period', render: (_, call) => periodLabel(call.from, call.to) },
              { title: '报送单位', key: 'units', width: 90, render: (_, call) => `${call.unitIds.length} 个` },
              {
                title: '截止时间',
                key: 'deadline',
                render: (_, call) => (
                  <span>
                    {dateTime(call.deadline)} <DeadlineCountdown deadline={call.deadline} />
                  </span>
                ),
              },
            ]}
          />
          <NewCallDialog open={newOpen} offices={offices} onClose={() => setNewOpen(false)} />
        </section>
      )}
      <section>
        <Typography.Title level={5}>需报送的值班表</Typography.Title>
        {answers.length === 0 && offices.length === 0 ? (
          <Empty description="暂无报送通知" />
        ) : (
          <CallsToAnswer answers={answers} onAnswer={(a) => void answer(a)} onOpen={(a) => a.roster && setRoster({ id: a.roster.id, unitId: a.unit.unitId, unitName: a.unit.name, canManage: a.unit.canManage, readOnly: false })} />
        )}
      </section>
    </div>
  );
}
