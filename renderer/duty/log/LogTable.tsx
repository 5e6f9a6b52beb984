import { Button, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { DutyLogEntry } from '../../../shared/duty/records';
import type { PendingChange } from '../../../shared/sync/pending-change';
import { usePeopleLookup } from '../../api/usePeople';
import { logKindColors, logKindLabels } from './labels';
import { clock } from '../common/dates';

type Row = DutyLogEntry & { pending: PendingChange | null };

function CallerCell({ entry }: { entry: Row }) {
  const parts = [entry.callerUnit, entry.callerName].filter(Boolean).join(' ');
  if (!parts && !entry.callerNumber) return <span className="xt-muted">—</span>;
  return (
    <div>
      {parts}
      {entry.callerNumber && <div className="xt-small xt-muted">{entry.callerNumber}</div>}
    </div>
  );
}

function StateCell({ entry }: { entry: Row }) {
  return (
    <Space size={4} wrap>
      {entry.open && <Tag color="orange">待办</Tag>}
      {!entry.open && entry.closedAt !== null && <Tag color="green">已办结</Tag>}
      {entry.pending && <Tag color={entry.pending.status === 'pending' ? 'processing' : 'error'}>{entry.pending.status === 'pending' ? '待同步' : `未能提交：${entry.pending.reason ?? ''}`}</Tag>}
    </Space>
  );
}

const text = (value: string) => (value ? <span className="xt-duty-text">{value}</span> : <span className="xt-muted">—</span>);

/** The day's 值班日志, earliest first as it is read out at handover; 修改 and 办结 on each line. */
export function LogTable({ entries, loading, emptyText, onEdit, onClose }: { entries: Row[]; loading: boolean; emptyText: string; onEdit: (entry: Row) => void; onClose: (entry: Row) => void }) {
  const person = usePeopleLookup();
  const columns: ColumnsType<Row> = [
    { title: '时间', key: 'at', width: 64, render: (_, e) => clock(e.at) },
    { title: '类别', key: 'kind', width: 84, render: (_, e) => <Tag color={logKindColors[e.kind]}>{logKindLabels[e.kind]}</Tag> },
    { title: '来电单位 / 来电人 / 号码', key: 'caller', width: 170, render: (_, e) => <CallerCell entry={e} /> },
    { title: '内容', key: 'content', render: (_, e) => text(e.content) },
    { title: '领导批示', key: 'instruction', width: 170, render: (_, e) => text(e.leaderInstruction) },
    { title: '处理情况', key: 'handling', width: 170, render: (_, e) => text(e.handling) },
    { title: '记录人', key: 'recorder', width: 72, render: (_, e) => person(e.recorderId)?.name ?? '…' },
    { title: '状态', key: 'state', width: 80, render: (_, e) => <StateCell entry={e} /> },
    {
      title: '操作',
      key: 'actions',
      width: 110,
      render: (_, e) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => onEdit(e)} data-testid={`log-edit-${e.id}`}>
            修改
          </Button>
          {e.open && (
            <Button type="link" size="small" onClick={() => onClose(e)} data-testid={`log-close-${e.id}`}>
              办结
            </Button>
          )}
        </Space>
      ),
    },
  ];
  return (
    <div data-testid="log-table">
    <Table<Row>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={entries}
      columns={columns}
      pagination={false}
      locale={{ emptyText }}
      onRow={(e) => ({ 'data-testid': `log-row-${e.id}`, 'data-open': e.open }) as React.HTMLAttributes<HTMLElement>}
    />
    </div>
  );
}
