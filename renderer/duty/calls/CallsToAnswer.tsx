import { Button, Table, Tag } from 'antd';
import type { DutyUnit, RosterListItem } from '../../../shared/duty/api-types';
import type { RosterCall } from '../../../shared/duty/records';
import { dateTime, periodLabel } from '../common/dates';
import { DeadlineCountdown } from '../common/DeadlineCountdown';
import { ReportTag } from '../common/tags';

export interface Answer {
  call: RosterCall;
  unit: DutyUnit;
  roster: RosterListItem | undefined;
}

/** The 报送通知 addressed to units I manage: how long is left, 填报 or the roster I started, and 退回 reasons. */
export function CallsToAnswer({ answers, onAnswer, onOpen }: { answers: Answer[]; onAnswer: (answer: Answer) => void; onOpen: (answer: Answer) => void }) {
  return (
    <Table
      size="middle"
      rowKey={(a) => `${a.call.id}|${a.unit.unitId}`}
      pagination={false}
      dataSource={answers}
      locale={{ emptyText: '暂无需要报送的值班表' }}
      onRow={(a) => ({ 'data-testid': `call-todo-${a.call.id}`, 'data-unit-id': a.unit.unitId }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        { title: '通知', key: 'title', render: (_, a) => a.call.title },
        { title: '值班期间', key: 'period', render: (_, a) => periodLabel(a.call.from, a.call.to) },
        { title: '报送单位', key: 'unit', render: (_, a) => a.unit.name },
        {
          title: '截止时间',
          key: 'deadline',
          render: (_, a) => (
            <span>
              {dateTime(a.call.deadline)} <DeadlineCountdown deadline={a.call.deadline} done={!!a.roster?.submission && a.roster.submission.status !== 'returned'} />
            </span>
          ),
        },
        {
          title: '状态',
          key: 'status',
          render: (_, a) => (
            <span>
              <ReportTag status={a.roster?.submission?.status ?? (a.roster ? 'draft' : 'missing')} />
              {a.roster?.submission?.status === 'returned' && <div className="xt-duty-late xt-small">退回理由：{a.roster.submission.opinion}</div>}
              {a.call.dailyReportBy && <Tag>每日 {a.call.dailyReportBy} 前报日报</Tag>}
            </span>
          ),
        },
        {
          title: '操作',
          key: 'action',
          width: 110,
          render: (_, a) =>
            a.roster ? (
              <Button size="small" onClick={() => onOpen(a)} data-testid={`call-open-${a.call.id}`}>
                {a.roster.submission && a.roster.submission.status !== 'returned' ? '查看' : '继续填报'}
              </Button>
            ) : (
              <Button size="small" type="primary" onClick={() => onAnswer(a)} disabled={!a.unit.canManage} data-testid={`call-answer-${a.call.id}`}>
                填报
              </Button>
            ),
        },
      ]}
    />
  );
}
