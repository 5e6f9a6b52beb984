import { Progress, Table, Tag, Tooltip } from 'antd';
import dayjs from 'dayjs';
import { unitRoleLabels } from '../../../shared/supervision/kinds';
import type { SupervisionItem, UnitPart } from '../../../shared/supervision/records';
import { usePeopleLookup } from '../../api/usePeople';

const signLabels: Record<UnitPart['status'], { text: string; color: string }> = {
  pending: { text: '待签收', color: 'orange' },
  accepted: { text: '已签收', color: 'green' },
  returned: { text: '已退回', color: 'red' },
};

/** 承办单位: each unit's role, 签收, 责任人, progress, last report and whether its part is done. */
export function UnitsTable({ item, unitName }: { item: SupervisionItem; unitName: (id: string) => string }) {
  const person = usePeopleLookup();
  // The lead first, as the 交办通知单 lists them.
  const units = [...item.units].sort((a, b) => Number(b.role === 'lead') - Number(a.role === 'lead'));
  return (
    <Table<UnitPart>
      size="small"
      rowKey="unitId"
      pagination={false}
      dataSource={units}
      data-testid="sup-units"
      onRow={(u) => ({ 'data-testid': 'sup-unit-row', 'data-unit-id': u.unitId, 'data-sign': u.status }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        { title: '单位', key: 'unit', render: (_, u) => unitName(u.unitId) },
        { title: '角色', key: 'role', width: 90, render: (_, u) => <Tag color={u.role === 'lead' ? 'blue' : 'default'}>{unitRoleLabels[u.role]}</Tag> },
        {
          title: '签收',
          key: 'sign',
          width: 100,
          render: (_, u) => {
            const tag = <Tag color={signLabels[u.status].color}>{signLabels[u.status].text}</Tag>;
            return u.status === 'returned' && u.returnReason ? <Tooltip title={`退回理由：${u.returnReason}`}>{tag}</Tooltip> : tag;
          },
        },
        { title: '责任人', key: 'owner', width: 90, render: (_, u) => (u.ownerId ? (person(u.ownerId)?.name ?? '…') : <span className="xt-muted">—</span>) },
        { title: '进度', key: 'percent', width: 140, render: (_, u) => <Progress percent={u.percent} size="small" /> },
        { title: '最近反馈', key: 'last', width: 110, render: (_, u) => (u.lastReportAt ? dayjs(u.lastReportAt).format('MM-DD HH:mm') : <span className="xt-muted">未反馈</span>) },
        {
          title: '任务',
          key: 'done',
          width: 80,
          render: (_, u) => (u.role === 'lead' || u.status !== 'accepted' ? <span className="xt-muted">—</span> : u.partDone ? <Tag color="green">已完成</Tag> : <Tag>办理中</Tag>),
        },
      ]}
    />
  );
}
