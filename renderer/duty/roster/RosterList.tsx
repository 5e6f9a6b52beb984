import { Table } from 'antd';
import type { RosterListItem } from '../../../shared/duty/api-types';
import { dateTime, periodLabel } from '../common/dates';
import { RosterStatusTag, SubmissionTag, rosterKindLabels } from '../common/tags';

/** A unit's rosters, newest period first; a row opens its roster (Enter as well as a click). */
export function RosterList({ rosters, loading, onOpen }: { rosters: RosterListItem[] | undefined; loading: boolean; onOpen: (roster: RosterListItem) => void }) {
  return (
    <Table
      size="middle"
      rowKey="id"
      loading={loading && !rosters}
      dataSource={[...(rosters ?? [])].sort((a, b) => b.from.localeCompare(a.from))}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: '还没有值班表，点“新建值班表”生成' }}
      onRow={(row) =>
        ({
          onClick: () => onOpen(row),
          onKeyDown: (e: React.KeyboardEvent) => e.key === 'Enter' && onOpen(row),
          tabIndex: 0,
          className: 'xt-duty-clickable',
          'data-testid': `roster-row-${row.id}`,
          'data-status': row.status,
        }) as React.HTMLAttributes<HTMLElement>
      }
      columns={[
        { title: '名称', dataIndex: 'title' },
        { title: '类型', key: 'kind', width: 90, render: (_, row) => rosterKindLabels[row.kind] },
        { title: '期间', key: 'period', render: (_, row) => periodLabel(row.from, row.to) },
        { title: '状态', key: 'status', width: 90, render: (_, row) => <RosterStatusTag status={row.status} /> },
        { title: '报送', key: 'submission', width: 90, render: (_, row) => (row.callId ? (row.submission ? <SubmissionTag submission={row.submission} /> : <span className="xt-muted">未报送</span>) : null) },
        { title: '更新时间', key: 'updatedAt', width: 150, render: (_, row) => (row.pending ? <span className="xt-muted">待同步</span> : dateTime(row.updatedAt)) },
      ]}
    />
  );
}
