import { Table } from 'antd';
import type { DashboardStats } from '../../../shared/supervision/api-types';
import { useNavigation } from '../../app/navigation';

type Overdue = DashboardStats['overdue'][number];

/** 超期清单: overdue items grouped by unit (the unit's worst first); a row opens the item. */
export function OverdueTable({ overdue, unitName }: { overdue: Overdue[]; unitName: (id: string) => string }) {
  const { openSupervisionItem } = useNavigation();
  const worst = new Map<string, number>();
  for (const o of overdue) worst.set(o.unitId, Math.max(worst.get(o.unitId) ?? 0, o.daysOverdue));
  const rows = [...overdue].sort(
    (a, b) => (worst.get(b.unitId) ?? 0) - (worst.get(a.unitId) ?? 0) || unitName(a.unitId).localeCompare(unitName(b.unitId), 'zh-CN') || b.daysOverdue - a.daysOverdue,
  );
  // The unit's name spans its rows, so the list reads unit by unit.
  const span = (i: number) => {
    const unitId = rows[i]?.unitId;
    if (i > 0 && rows[i - 1]?.unitId === unitId) return 0;
    let n = 1;
    while (rows[i + n]?.unitId === unitId) n++;
    return n;
  };
  return (
    <Table<Overdue>
      size="small"
      rowKey={(o) => `${o.unitId}:${o.itemId}`}
      dataSource={rows}
      // One scrolling list rather than pages: the unit's name spans its rows, which paging would cut.
      pagination={false}
      scroll={{ y: 320 }}
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
  );
}
