import { SwapOutlined } from '@ant-design/icons';
import { Button, Select, Tooltip } from 'antd';
import { Fragment, memo, useMemo } from 'react';
import type { DutyPost } from '../../../shared/duty/roster-schemas';
import { daysBetween, shiftLabels } from '../../../shared/duty/roster-frame';
import type { ShiftKind } from '../../../shared/duty/roster-schemas';
import { usePeopleLookup } from '../../api/usePeople';
import { weekdayLabel } from '../common/dates';
import { DayTag } from '../common/tags';
import { cellKey, cellTestId, type Cells, type GridColumn } from './gridModel';

export interface RosterGridProps {
  from: string;
  to: string;
  columns: GridColumn[];
  cells: Cells;
  posts: readonly DutyPost[];
  /** Who may be put on each post, in rotation order. */
  pools: ReadonlyMap<string, readonly string[]>;
  editable: boolean;
  problems: ReadonlyMap<string, string[]>;
  onChange?: (key: string, personId: string | null) => void;
  /** My own places offer 申请换班 (on a published roster). */
  meId?: string;
  onSwap?: (slot: { date: string; shift: ShiftKind; postId: string }) => void;
}

function postTitle(posts: readonly DutyPost[], column: GridColumn): string {
  const post = posts.find((p) => p.id === column.postId);
  if (!post) return '已删除岗位';
  return post.perShift > 1 ? `${post.name}${column.place + 1}` : post.name;
}

/** One row per day, one column per place; the cells are searchable pickers of each post's list. */
export const RosterGrid = memo(function RosterGrid({ from, to, columns, cells, posts, pools, editable, problems, onChange, meId, onSwap }: RosterGridProps) {
  const person = usePeopleLookup();
  const days = useMemo(() => daysBetween(from, to), [from, to]);
  const shifts = [...new Set(columns.map((column) => column.shift))];
  const grouped = shifts.length > 1 || shifts[0] !== 'full';
  const options = (postId: string, current: string | null) => {
    const ids = [...(pools.get(postId) ?? [])];
    if (current && !ids.includes(current)) ids.push(current);
    return ids.map((id) => ({ value: id, label: person(id)?.name ?? '…' }));
  };

  return (
    <div className="xt-duty-grid-wrap">
      <table className="xt-duty-grid" data-testid="roster-grid">
        <thead>
          {grouped && (
            <tr>
              <th colSpan={2} />
              {shifts.map((shift) => (
                <th key={shift} colSpan={columns.filter((c) => c.shift === shift).length} className="xt-duty-grid-shift">
                  {shiftLabels[shift]}
                </th>
              ))}
            </tr>
          )}
          <tr>
            <th className="xt-duty-grid-date">日期</th>
            <th className="xt-duty-grid-week">星期</th>
            {columns.map((column) => (
              <th key={`${column.shift}|${column.postId}|${column.place}`}>{postTitle(posts, column)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {days.map((date) => (
            <tr key={date} data-date={date}>
              <td className="xt-duty-grid-date">{date.slice(5).replace('-', '/')}</td>
              <td className="xt-duty-grid-week">
                {weekdayLabel(date).slice(2)} <DayTag date={date} />
              </td>
              {columns.map((column) => {
                const key = cellKey(date, column);
                const personId = cells.get(key) ?? null;
                const messages = problems.get(key);
                const testId = cellTestId(date, column);
                const mine = !!meId && personId === meId && !!onSwap;
                return (
                  <td key={key} data-cell-key={key} className={messages ? 'xt-duty-cell-problem' : undefined}>
                    <Tooltip title={messages?.map((m) => <div key={m}>{m}</div>)} placement="top">
                      {editable ? (
                        <Select
                          size="small"
                          value={personId}
                          allowClear
                          showSearch={{ optionFilterProp: 'label' }}
                          status={messages ? 'error' : undefined}
                          placeholder="未排"
                          variant="borderless"
                          popupMatchSelectWidth={false}
                          options={options(column.postId, personId)}
                          onChange={(value: string | undefined) => onChange?.(key, value ?? null)}
                          aria-label={`${date} ${shiftLabels[column.shift]} ${postTitle(posts, column)}`}
                          data-testid={testId}
                          style={{ width: '100%' }}
                        />
                      ) : (
                        <span className={`xt-duty-cell-text${mine ? ' mine' : ''}`} data-testid={testId} data-person-id={personId ?? ''}>
                          {personId ? (person(personId)?.name ?? '…') : <span className="xt-muted">—</span>}
                          {mine && (
                            <Fragment>
                              {' '}
                              <Button size="small" type="link" icon={<SwapOutlined />} onClick={() => onSwap({ date, shift: column.shift, postId: column.postId })} data-testid="roster-cell-swap">
                                申请换班
                              </Button>
                            </Fragment>
                          )}
                        </span>
                      )}
                    </Tooltip>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
