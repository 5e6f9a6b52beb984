import { forwardRef } from 'react';
import { daysBetween } from '../../../shared/duty/roster-frame';
import type { DutyPost } from '../../../shared/duty/roster-schemas';
import { usePeopleLookup } from '../../api/usePeople';
import { periodLabel, weekdayLabel } from '../common/dates';
import { cellKey, type Cells, type GridColumn } from './gridModel';
import { shiftLabels } from '../../../shared/duty/roster-frame';

export interface PrintHead {
  title: string;
  unitName: string;
  from: string;
  to: string;
  officePhone: string;
  fax: string;
}

/** The roster as it goes on A4 paper: title, unit, 值班电话 and everyone's phone, nothing else. */
export const RosterPrintSheet = forwardRef<HTMLDivElement, { head: PrintHead; columns: GridColumn[]; cells: Cells; posts: readonly DutyPost[] }>(function RosterPrintSheet({ head, columns, cells, posts }, ref) {
  const person = usePeopleLookup();
  const label = (column: GridColumn) => {
    const post = posts.find((p) => p.id === column.postId);
    const name = post ? (post.perShift > 1 ? `${post.name}${column.place + 1}` : post.name) : '已删除岗位';
    return column.shift === 'full' ? name : `${shiftLabels[column.shift]}${name}`;
  };
  return (
    <div ref={ref} className="xt-duty-print">
      <h1>{head.title}</h1>
      <div className="xt-duty-print-meta">
        <span>单位：{head.unitName}</span>
        <span>时间：{periodLabel(head.from, head.to)}</span>
      </div>
      <div className="xt-duty-print-meta">
        <span>值班电话：{head.officePhone || '—'}</span>
        <span>传真：{head.fax || '—'}</span>
      </div>
      <table>
        <thead>
          <tr>
            <th>日期</th>
            <th>星期</th>
            {columns.map((column) => (
              <th key={`${column.shift}|${column.postId}|${column.place}`}>{label(column)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {daysBetween(head.from, head.to).map((date) => (
            <tr key={date}>
              <td>{`${Number(date.slice(5, 7))}月${Number(date.slice(8))}日`}</td>
              <td>{weekdayLabel(date)}</td>
              {columns.map((column) => {
                const id = cells.get(cellKey(date, column));
                const p = id ? person(id) : undefined;
                return (
                  <td key={column.shift + column.postId + column.place}>
                    {p ? p.name : ''}
                    {p?.phone ? <div className="xt-duty-print-phone">{p.phone}</div> : null}
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
