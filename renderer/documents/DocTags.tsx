import { Tag } from 'antd';
import dayjs from 'dayjs';
import type { Urgency } from '../../shared/documents/kinds';

/** 特急 red, 加急 orange; 普通 prints nothing on the page, so it shows nothing here either. */
export function UrgencyTag({ urgency }: { urgency: Urgency }) {
  if (urgency === '普通') return null;
  return (
    <Tag color={urgency === '特急' ? 'red' : 'orange'} data-testid="doc-urgency" data-urgency={urgency}>
      {urgency}
    </Tag>
  );
}

/** A 承办 deadline: the date, and 已超期 in red once it has passed. */
export function DueTag({ dueAt, overdue }: { dueAt: number | null; overdue: boolean }) {
  if (dueAt === null) return <span className="xt-muted">—</span>;
  return (
    <span className={overdue ? 'xt-doc-overdue' : undefined} data-testid="doc-due" data-overdue={overdue}>
      {dayjs(dueAt).format('M月D日')}
      {overdue && (
        <Tag color="red" style={{ marginLeft: 6 }}>
          已超期
        </Tag>
      )}
    </span>
  );
}
