import { ArrowLeftOutlined, ExportOutlined } from '@ant-design/icons';
import { Button, Input, Modal, Progress, Space, Spin, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import type { CallUnitStatus } from '../../../shared/duty/api-types';
import { useApi } from '../../api/context';
import { useApiQuery } from '../../api/useApiQuery';
import { useAction } from '../../common/useAction';
import { downloadCoreFile, xlsxMime } from '../../common/coreFile';
import { dateTime, periodLabel, shortDate } from '../common/dates';
import { DeadlineCountdown } from '../common/DeadlineCountdown';
import { ReportTag } from '../common/tags';
import { testIdProp } from '../common/testId';

/** Rosters waiting for a decision first, then those still to come, the settled ones last. */
const statusOrder: CallUnitStatus['status'][] = ['submitted', 'returned', 'draft', 'missing', 'accepted'];

/** The duty office's view of one 报送通知: who has submitted, who is late, and 查看/退回/接收 per unit. */
export function CallStatusView({ callId, onBack, onView }: { callId: string; onBack: () => void; onView: (row: CallUnitStatus) => void }) {
  const api = useApi();
  const run = useAction();
  const status = useApiQuery('duty', (a) => a.duty.callStatus({ callId }), [callId]);
  const [returning, setReturning] = useState<CallUnitStatus | null>(null);
  const [reason, setReason] = useState('');
  if (!status.data) return <Spin className="xt-center" />;
  const { call, units } = status.data;
  const submitted = units.filter((u) => u.status === 'submitted' || u.status === 'accepted').length;
  const returned = units.filter((u) => u.status === 'returned').length;
  const missing = units.length - submitted - returned;
  const accepted = units.filter((u) => u.status === 'accepted').length;

  const decide = (row: CallUnitStatus, action: { kind: 'return'; reason: string } | { kind: 'accept'; opinion: string }) =>
    run(action.kind === 'return' ? `已退回${row.unitName}` : `已接收${row.unitName}的值班表`, async () => {
      if (!row.rosterId) return;
      const { version } = await api.duty.roster({ id: row.rosterId });
      await api.duty.actRoster({ rosterId: row.rosterId, expectedVersion: version, action });
    });

  return (
    <div data-testid="call-status" data-call-id={callId}>
      <div className="xt-duty-toolbar">
        <Space wrap>
          <Button icon={<ArrowLeftOutlined />} onClick={onBack} data-testid="call-back">
            返回
          </Button>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {call.title}
          </Typography.Title>
          <span className="xt-muted">{periodLabel(call.from, call.to)}</span>
        </Space>
        <Button icon={<ExportOutlined />} onClick={() => void run(null, async () => downloadCoreFile(await api.duty.exportCall({ callId }), xlsxMime))} data-testid="call-export">
          导出汇总
        </Button>
      </div>
      <div className="xt-duty-call-summary" data-testid="call-summary" data-submitted={submitted} data-missing={missing} data-returned={returned}>
        <Progress type="circle" size={72} percent={units.length ? Math.round((submitted / units.length) * 100) : 0} success={{ percent: units.length ? Math.round((accepted / units.length) * 100) : 0 }} />
        <div>
          <div>
            已报送 <b>{submitted}</b> · 未报送 <b className={missing > 0 ? 'xt-duty-late' : undefined}>{missing}</b> · 已退回 <b>{returned}</b> · 共 {units.length} 个单位
          </div>
          <div className="xt-muted">
            截止 {dateTime(call.deadline)} <DeadlineCountdown deadline={call.deadline} done={missing === 0 && returned === 0} />
            {call.dailyReportBy && ` · 每日 ${call.dailyReportBy} 前报日报告/零报告`}
          </div>
          {call.note && <div className="xt-muted xt-small">{call.note}</div>}
        </div>
      </div>
      <Table
        size="middle"
        rowKey="unitId"
        pagination={false}
        dataSource={[...units].sort((a, b) => statusOrder.indexOf(a.status) - statusOrder.indexOf(b.status))}
        onRow={(row) => ({ 'data-testid': `call-unit-${row.unitId}`, 'data-status': row.status, 'data-late': row.late }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: '单位', dataIndex: 'unitName' },
          { title: '状态', key: 'status', width: 100, render: (_, row) => <ReportTag status={row.status} /> },
          { title: '报送时间', key: 'submittedAt', width: 160, render: (_, row) => (row.submittedAt ? dateTime(row.submittedAt) : '—') },
          { title: '', key: 'late', width: 70, render: (_, row) => (row.late ? <span className="xt-duty-late">逾期</span> : null) },
          ...(call.dailyReportBy
            ? [{ title: `日报告（${call.dailyReportBy}前）`, key: 'daily', render: (_: unknown, row: CallUnitStatus) => <DailyReportTags reports={row.dailyReports} /> }]
            : []),
          { title: '意见', dataIndex: 'opinion', ellipsis: true },
          {
            title: '操作',
            key: 'actions',
            width: 210,
            render: (_, row) => (
              <Space size={4}>
                {row.rosterId && (
                  <Button size="small" onClick={() => onView(row)} data-testid={`call-view-${row.unitId}`}>
                    查看
                  </Button>
                )}
                {row.status === 'submitted' && (
                  <>
                    <Button
                      size="small"
                      danger
                      onClick={() => {
                        setReason('');
                        setReturning(row);
                      }}
                      data-testid={`call-return-${row.unitId}`}
                    >
                      退回
                    </Button>
                    <Button size="small" type="primary" onClick={() => void decide(row, { kind: 'accept', opinion: '' })} data-testid={`call-accept-${row.unitId}`}>
                      接收
                    </Button>
                  </>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={!!returning}
        title={`退回 ${returning?.unitName ?? ''} 的值班表`}
        okText="退回"
        okButtonProps={{ danger: true, disabled: reason.trim().length === 0, ...testIdProp('call-return-ok') }}
        onCancel={() => setReturning(null)}
        onOk={async () => {
          if (returning && (await decide(returning, { kind: 'return', reason: reason.trim() }))) setReturning(null);
        }}
      >
        <Input.TextArea value={reason} onChange={(e) => setReason(e.target.value)} rows={4} maxLength={500} showCount placeholder="写明需要修改的地方，如：10月3日带班领导未安排处级干部" autoFocus data-testid="call-return-reason" />
      </Modal>
    </div>
  );
}

/** Each day of the period: 零报告 or 有事报事 filed (迟报 when after the hour), 未报 once the hour has passed. */
function DailyReportTags({ reports }: { reports: CallUnitStatus['dailyReports'] }) {
  return (
    <Space size={2} wrap>
      {reports.map((day) => {
        const label = day.kind === 'zero' ? '零报告' : day.kind === 'events' ? '有事报事' : day.late ? '未报' : '待报';
        const color = day.late ? 'error' : day.kind ? 'success' : 'default';
        return (
          <Tooltip key={day.date} title={day.submittedAt ? `${label}，${dateTime(day.submittedAt)}${day.late ? '（迟报）' : ''}` : label}>
            <Tag color={color} data-testid={`call-daily-${day.date}`}>
              {shortDate(day.date)}
            </Tag>
          </Tooltip>
        );
      })}
    </Space>
  );
}
