import { Progress, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback } from 'react';
import type { SupervisionListItem } from '../../shared/supervision/api-types';
import { useNavigation } from '../app/navigation';
import { useApiQuery } from '../api/useApiQuery';
import { useDirectoryTree } from '../directory/useDirectoryTree';
import { Deadline } from './Deadline';
import { LightDot } from './LightDot';
import { ListFilters } from './ListFilters';
import { toSupervisionListQuery, type SupervisionFilters } from './listQuery';
import { PriorityTag, StatusTag } from './tags';

export interface ListState {
  filters: SupervisionFilters;
  page: number;
  pageSize: number;
}

/** The 督办台账: every item I may see, filtered, sorted and paged by the core; a row opens the item. */
export function SupervisionList({ state, onChange }: { state: ListState; onChange: (next: ListState) => void }) {
  const { openSupervisionItem } = useNavigation();
  const tree = useDirectoryTree();
  const unitName = (id: string) => tree.orgs.get(id)?.name ?? '…';
  const query = toSupervisionListQuery(state.filters, state.page, state.pageSize);
  const list = useApiQuery('supervision', (api) => api.supervision.list(query), [JSON.stringify(query)]);
  const setFilters = useCallback((filters: SupervisionFilters) => onChange({ ...state, filters, page: 1 }), [onChange, state]);

  const columns: ColumnsType<SupervisionListItem> = [
    { title: '灯色', key: 'light', width: 76, render: (_, item) => <LightDot light={item.light} /> },
    { title: '编号', dataIndex: 'number', width: 130, render: (n: string) => <span className="xt-nowrap">{n}</span> },
    {
      title: '事项名称',
      key: 'title',
      render: (_, item) => (
        <div className="xt-sup-title-cell">
          <span className="xt-sup-list-title" data-testid="sup-list-title">
            {item.title}
          </span>
          <PriorityTag priority={item.priority} />
          {item.pending && (
            <Tag color={item.pending.status === 'pending' ? 'processing' : 'error'} data-testid="sup-pending-tag" data-status={item.pending.status}>
              {item.pending.status === 'pending' ? '待同步' : '未能提交'}
            </Tag>
          )}
        </div>
      ),
    },
    { title: '来源', dataIndex: 'source', width: 100 },
    { title: '牵头单位', key: 'lead', width: 140, ellipsis: true, render: (_, item) => unitName(item.leadUnitId) },
    {
      title: '配合单位',
      key: 'support',
      width: 160,
      ellipsis: true,
      render: (_, item) => (item.supportUnitIds.length > 0 ? item.supportUnitIds.map(unitName).join('、') : <span className="xt-muted">—</span>),
    },
    { title: '办理时限', key: 'deadline', width: 120, render: (_, item) => <Deadline deadline={item.deadline} daysOverdue={item.daysOverdue} /> },
    { title: '进度', key: 'percent', width: 120, render: (_, item) => <Progress percent={item.percent} size="small" status={item.status === 'closed' || item.status === 'archived' ? 'success' : 'normal'} /> },
    { title: '状态', key: 'status', width: 84, render: (_, item) => <StatusTag status={item.status} /> },
  ];

  return (
    <div className="xt-sup-list" data-testid="sup-list">
      <ListFilters value={state.filters} onChange={setFilters} />
      <Table<SupervisionListItem>
        rowKey="id"
        size="middle"
        loading={list.loading && !list.data}
        dataSource={list.data?.items ?? []}
        columns={columns}
        locale={{ emptyText: list.error ? `加载失败：${list.error.message}` : '暂无督办事项' }}
        pagination={{
          current: state.page,
          pageSize: state.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (total) => `共 ${total} 项`,
          onChange: (page, pageSize) => onChange({ ...state, page: pageSize === state.pageSize ? page : 1, pageSize }),
        }}
        onRow={(item) =>
          ({
            onClick: () => openSupervisionItem(item.id),
            onKeyDown: (e: React.KeyboardEvent) => {
              if (e.key === 'Enter') openSupervisionItem(item.id);
            },
            tabIndex: 0,
            className: 'xt-sup-row',
            'data-testid': 'sup-row',
            'data-item-id': item.id,
            'data-light': item.light,
            'data-status': item.status,
          }) as React.HTMLAttributes<HTMLElement>
        }
      />
    </div>
  );
}
