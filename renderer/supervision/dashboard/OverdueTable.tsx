import { Pagination, Table } from 'antd';
import { useMemo, useState } from 'react';
import type { DashboardStats } from '../../../shared/supervision/api-types';
import { useNavigation } from '../../app/navigation';

type Overdue = DashboardStats['overdue'][number];

const pageSize = 10;

/**
 * 超期清单: overdue items grouped by unit (the unit with the longest overdue first, its name spanning
 * its rows); a row opens the item. Paged here, since a large scope can have thousands overdue.
 */
export function OverdueTable({ overdue, unitName }: { overdue: Overdue[]; unitName: (id: string) => string }) {
  const { openSupervisionItem } = useNavigation();
  const [page, setPage] = useState(1);
  const rows = useMemo(() => {
    const worst = new Map<string, number>();
    for (const o of overdue) worst.set(o.unitId, Math.max(worst.get(o.unitId) ?? 0, o.daysOverdue));
    return [...overdue].sort(
      (a, b) => (worst.get(b.unitId) ?? 0) - (worst.get(a.unitId) ?? 0) || unitName(a.unitId).localeCompare(unitName(b.unitId), 'zh-CN') || b.daysOverdue - a.daysOverdue,
    );
  }, [overdue, unitName]);
  // A narrower filter may leave fewer pages than the one last shown.
  const current = Math.min(page, Math.max(1, Math.ceil(rows.length / pageSize)));
  const shown = rows.slice((current - 1) * pageSize, current * pageSize);
  // Spans count within the page shown: a unit continued from the previous page names itself again.
  const span = (i: number) => {
    const unitId = shown[i]?.unitId;
    if (i > 0 && shown[i - 1]?.unitId === unitId) return 0;
    let n = 1;
    while (shown[i + n]?.unitId === unitId) n++;
    return n;
  };
  return (
    <>
      <Table<Overdue>
        size="small"
        rowKey={(o) => `${o.unitId}:${o.itemId}`}
        dataSource={shown}
        pagination={false}
        locale={{ emptyText: '没有超期事项' }}
        data-testid="sup-overdue"
        columns={[
          { title: '单位', key: 'unit', width: 160, onCell: (_, i) => ({ rowSpan: span(i ?? 0) }), render: (_, o) => unitName(o.unitId) },
          { title: '编号', dataIndex: 'number', width: 130 },
          { title: '事项', dataIndex: 'title', ellipsis: true },
          { title: '期限', dataIndex: 'deadline', width: 110 },
          { title: '超期', key: 'days', width: 110, render: (_, o) => <span className="xt-sup-overdue">{o.daysOverdue} 个工作日</span> },
        ]}
        onRow={(o) =>
          ({
            onClick: () => openSupervisionItem(o.itemId),
            className: 'xt-sup-row',
            'data-testid': 'sup-overdue-row',
            'data-item-id': o.itemId,
            'data-days': o.daysOverdue,
          }) as React.HTMLAttributes<HTMLElement>
        }
      />
      {rows.length > pageSize && (
        <Pagination size="small" align="end" className="xt-sup-overdue-pages" current={current} pageSize={pageSize} total={rows.length} showSizeChanger={false} showTotal={(total) => `共 ${total} 项`} onChange={setPage} />
      )}
    </>
  );
}
