import { EditOutlined } from '@ant-design/icons';
import { Badge, Button, Table, Tabs, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useCallback } from 'react';
import { documentBoxes, documentBoxLabels, type DocumentBox, type DocumentListItem } from '../../shared/documents/api-types';
import { useMe } from '../app/session';
import { useNavigation } from '../app/navigation';
import { useApiQuery } from '../api/useApiQuery';
import { usePeopleLookup } from '../api/usePeople';
import { DueTag, UrgencyTag } from './DocTags';
import { ListFilters } from './ListFilters';
import { toListQuery, type ListFilters as Filters } from './listQuery';
import { useDocumentCounts } from './useDocumentCounts';

/** The search term marked in a full-text snippet. */
function highlighted(snippet: string, term: string) {
  if (!term) return snippet;
  return snippet.split(term).flatMap((part, i) => (i === 0 ? [part] : [<mark key={i}>{term}</mark>, part]));
}

export interface ListState {
  box: DocumentBox;
  filters: Filters;
  page: number;
  pageSize: number;
}

/** The 公文 lists: 待办 (my steps), 在办, 已办, 收文, 发文, filtered and searched by the core. */
export function DocumentList({ state, onChange, onNew }: { state: ListState; onChange: (next: ListState) => void; onNew: () => void }) {
  const me = useMe();
  const { openDocument } = useNavigation();
  const person = usePeopleLookup();
  const counts = useDocumentCounts();
  const query = toListQuery(state.box, state.filters, state.page, state.pageSize);
  const list = useApiQuery('documents', (api) => api.documents.list(query), [JSON.stringify(query)]);
  const setFilters = useCallback((filters: Filters) => onChange({ ...state, filters, page: 1 }), [onChange, state]);

  const columns: ColumnsType<DocumentListItem> = [
    {
      title: '标题',
      key: 'title',
      render: (_, item) => (
        <div className="xt-doc-title-cell">
          {item.assigneeIds.includes(me.id) && <Badge status="processing" title="待我办理" />}
          <div className="xt-grow">
            <div className="xt-doc-list-title" data-testid="doc-list-title">
              {item.title || <span className="xt-muted">（无标题）</span>}
              {item.pending && (
                <Tooltip title={item.pending.reason ?? item.pending.summary}>
                  <Tag color={item.pending.status === 'pending' ? 'processing' : 'error'} style={{ marginLeft: 6 }} data-testid="doc-pending-tag" data-status={item.pending.status}>
                    {item.pending.status === 'pending' ? '待同步' : '未能提交'}
                  </Tag>
                </Tooltip>
              )}
            </div>
            {item.snippet && <div className="xt-muted xt-small xt-doc-snippet">{highlighted(item.snippet, state.filters.q.trim())}</div>}
          </div>
        </div>
      ),
    },
    { title: '文种', dataIndex: 'type', width: 70 },
    {
      title: '字号 / 收文编号',
      key: 'number',
      width: 170,
      render: (_, item) =>
        item.kind === 'incoming' ? (
          <div>
            <div>{item.registerNumber ?? <span className="xt-muted">未登记</span>}</div>
            {item.docNumber && <div className="xt-muted xt-small">{item.docNumber}</div>}
          </div>
        ) : (
          (item.docNumber ?? <span className="xt-muted">—</span>)
        ),
    },
    { title: '当前环节', key: 'step', width: 100, render: (_, item) => <span data-testid="doc-list-step">{item.stepLabel}</span> },
    { title: '紧急程度', key: 'urgency', width: 86, render: (_, item) => <UrgencyTag urgency={item.urgency} /> },
    {
      title: '办理人',
      key: 'assignees',
      width: 140,
      ellipsis: true,
      render: (_, item) => item.assigneeIds.map((id) => person(id)?.name ?? '…').join('、') || <span className="xt-muted">—</span>,
    },
    { title: '更新时间', dataIndex: 'updatedAt', width: 150, render: (t: number) => dayjs(t).format('YYYY-MM-DD HH:mm') },
    { title: '期限', key: 'due', width: 130, render: (_, item) => <DueTag dueAt={item.dueAt} overdue={item.overdue} /> },
  ];

  return (
    <div className="xt-doc-list" data-testid="doc-list">
      <div className="xt-doc-list-head">
        <Tabs
          activeKey={state.box}
          onChange={(box) => onChange({ ...state, box: box as DocumentBox, filters: { ...state.filters, step: undefined }, page: 1 })}
          items={documentBoxes.map((box) => ({
            key: box,
            label: (
              <span data-testid={`doc-box-${box}`}>
                {documentBoxLabels[box]}
                <Badge count={counts?.[box] ?? 0} showZero={false} overflowCount={999} size="small" color={box === 'todo' ? undefined : '#bfbfbf'} offset={[6, -2]} data-testid={`doc-box-count-${box}`} />
              </span>
            ),
          }))}
        />
        <Button type="primary" icon={<EditOutlined />} onClick={onNew} data-testid="doc-new">
          拟稿
        </Button>
      </div>
      <ListFilters box={state.box} value={state.filters} onChange={setFilters} />
      {counts && counts.overdue > 0 && (
        <Typography.Text type="danger" className="xt-doc-overdue-line" data-testid="doc-overdue-count">
          {counts.overdue} 件收文已超期
        </Typography.Text>
      )}
      <Table<DocumentListItem>
        rowKey={(item) => `${item.kind}:${item.id}`}
        size="middle"
        tableLayout="fixed"
        loading={list.loading && !list.data}
        dataSource={list.data?.items ?? []}
        columns={columns}
        locale={{ emptyText: list.error ? `加载失败：${list.error.message}` : '暂无公文' }}
        pagination={{
          current: state.page,
          pageSize: state.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (total) => `共 ${total} 件`,
          onChange: (page, pageSize) => onChange({ ...state, page: pageSize === state.pageSize ? page : 1, pageSize }),
        }}
        onRow={(item) =>
          ({
            onClick: () => openDocument({ kind: item.kind, id: item.id }),
            onKeyDown: (e: React.KeyboardEvent) => {
              if (e.key === 'Enter') openDocument({ kind: item.kind, id: item.id });
            },
            tabIndex: 0,
            className: 'xt-doc-row',
            'data-testid': 'doc-list-row',
            'data-doc-id': item.id,
            'data-kind': item.kind,
            'data-mine': item.assigneeIds.includes(me.id),
          }) as React.HTMLAttributes<HTMLElement>
        }
      />
    </div>
  );
}
