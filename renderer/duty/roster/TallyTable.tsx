import { Table } from 'antd';
import { usePeopleLookup } from '../../api/usePeople';
import type { PersonTally } from './gridModel';

/** Everyone's shifts on weekdays, weekends and holidays side by side, so an unfair share shows. */
export function TallyTable({ tally }: { tally: PersonTally[] }) {
  const person = usePeopleLookup();
  return (
    <div className="xt-duty-side-block" data-testid="roster-tally">
      <div className="xt-duty-side-title">值班统计</div>
      <Table
        size="small"
        rowKey="personId"
        pagination={false}
        dataSource={tally}
        locale={{ emptyText: '暂无排班' }}
        onRow={(row) => ({ 'data-person-id': row.personId }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: '姓名', key: 'name', render: (_, row) => person(row.personId)?.name ?? '…' },
          { title: '工作日', key: 'weekday', align: 'right', render: (_, row) => row.counts.weekday },
          { title: '周末', key: 'weekend', align: 'right', render: (_, row) => row.counts.weekend },
          { title: '节假日', key: 'holiday', align: 'right', render: (_, row) => row.counts.holiday },
          { title: '合计', dataIndex: 'total', align: 'right' },
        ]}
      />
    </div>
  );
}
