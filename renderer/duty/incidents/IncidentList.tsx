import { Badge, Button, Segmented, Select, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { IncidentListItem } from '../../../shared/duty/api-types';
import { incidentDeadlines } from '../../../shared/duty/incident-deadlines';
import { useApiQuery } from '../../api/useApiQuery';
import { CountdownChip } from './CountdownChip';
import { LevelTag, ReportTag, StatusTag } from './tags';
import { useNow } from '../common/useNow';
import { clock } from '../common/dates';
import { monthDayTime } from '../log/monthDayTime';

export type IncidentScope = 'mine' | 'received';
export interface IncidentFilters {
  scope: IncidentScope;
  status: 'open' | 'closed' | undefined;
}

const statusOptions = [
  { value: 'all', label: '全部状态' },
  { value: 'open', label: '处置中' },
  { value: 'closed', label: '已终报' },
];

function Deadlines({ item, now }: { item: IncidentListItem; now: number }) {
  const closed = item.status === 'closed';
  const [phone, written] = incidentDeadlines({ ...item, reports: writtenReport(item) }, now);
  // A core that does not say when the 首报 went: a later report shows it went, not when.
  const writtenWithoutTime = item.writtenReportedAt === undefined && item.lastReport !== null && item.lastReport.kind !== 'first';
  return (
    <div className="xt-duty-countdowns">
      <CountdownChip deadline={phone!} closed={closed} />
      <CountdownChip deadline={writtenWithoutTime ? { ...written!, state: 'done', doneAt: null, remainingMs: null } : written!} closed={closed} />
    </div>
  );
}

function writtenReport(item: IncidentListItem): { kind: 'first'; at: number }[] {
  const at = item.writtenReportedAt ?? (item.lastReport?.kind === 'first' ? item.lastReport.at : null);
  return at === null ? [] : [{ kind: 'first', at }];
}

/** 突发事件: my units' incidents or those reported to my office, with live 电话/书面 countdowns. */
export function IncidentList({ filters, onFilters, unreceivedTotal, canRegister, onNew, onOpen }: { filters: IncidentFilters; onFilters: (f: IncidentFilters) => void; unreceivedTotal: number; canRegister: boolean; onNew: () => void; onOpen: (id: string) => void }) {
  const now = useNow(1000);
  const list = useApiQuery(['duty', 'outbox'], (api) => api.duty.incidents({ scope: filters.scope, status: filters.status }), [filters.scope, filters.status]);
  const received = filters.scope === 'received';
  const columns: ColumnsType<IncidentListItem> = [
    { title: '级别', key: 'level', width: 120, render: (_, i) => <LevelTag level={i.level} /> },
    {
      title: '事件名称',
      key: 'title',
      render: (_, i) => (
        <div className="xt-duty-incident-title">
          <span>{i.title}</span>
          {received && i.unreceived > 0 && <Badge count={`${i.unreceived} 份待签收`} style={{ background: '#cf1322' }} data-testid="incident-unreceived" />}
          {i.pending && <Tag color={i.pending.status === 'pending' ? 'processing' : 'error'}>{i.pending.status === 'pending' ? '待同步' : '未能提交'}</Tag>}
        </div>
      ),
    },
    { title: '类型', dataIndex: 'category', width: 110 },
    { title: '报告单位', dataIndex: 'unitName', width: 130, ellipsis: true },
    { title: '接报时间', key: 'receivedAt', width: 124, render: (_, i) => monthDayTime(i.receivedAt) },
    {
      title: '最新报告',
      key: 'last',
      width: 140,
      render: (_, i) => (
        <div>
          <ReportTag report={i.lastReport} />
          {i.lastReport && <span className="xt-small xt-muted"> {clock(i.lastReport.at)}</span>}
        </div>
      ),
    },
    { title: '报告时限', key: 'deadlines', width: 300, render: (_, i) => <Deadlines item={i} now={now} /> },
    { title: '状态', key: 'status', width: 80, render: (_, i) => <StatusTag status={i.status} /> },
  ];
  return (
    <div className="xt-duty-panel" data-testid="incident-list">
      <div className="xt-duty-filters">
        <Segmented<IncidentScope>
          value={filters.scope}
          onChange={(scope) => onFilters({ ...filters, scope })}
          options={[
            { value: 'mine', label: <span data-testid="incident-scope-mine">本单位</span> },
            {
              value: 'received',
              label: (
                <span data-testid="incident-scope-received">
                  报送给我
                  {unreceivedTotal > 0 && <Badge count={unreceivedTotal} size="small" offset={[4, -2]} />}
                </span>
              ),
            },
          ]}
          data-testid="incident-scope"
        />
        <Select
          value={filters.status ?? 'all'}
          onChange={(v: string) => onFilters({ ...filters, status: v === 'all' ? undefined : (v as 'open' | 'closed') })}
          options={statusOptions}
          style={{ width: 120 }}
          aria-label="状态"
          data-testid="incident-status"
        />
        <span className="xt-grow" />
        {canRegister && (
          <Button type="primary" onClick={onNew} data-testid="incident-new">
            接报登记
          </Button>
        )}
      </div>
      <Table<IncidentListItem>
        rowKey="id"
        size="middle"
        loading={list.loading && !list.data}
        dataSource={list.data ?? []}
        columns={columns}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: list.error ? `加载失败：${list.error.message}` : received ? '暂无报送给我的突发事件' : '暂无突发事件' }}
        onRow={(i) =>
          ({
            onClick: () => onOpen(i.id),
            onKeyDown: (e: React.KeyboardEvent) => {
              if (e.key === 'Enter') onOpen(i.id);
            },
            tabIndex: 0,
            className: 'xt-duty-row',
            'data-testid': `incident-row-${i.id}`,
            'data-status': i.status,
          }) as React.HTMLAttributes<HTMLElement>
        }
      />
    </div>
  );
}
