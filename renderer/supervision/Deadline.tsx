import dayjs from 'dayjs';

/** A 办理时限: the date, and 超期N个工作日 in red once it has passed. */
export function Deadline({ deadline, daysOverdue }: { deadline: string; daysOverdue: number }) {
  const overdue = daysOverdue > 0;
  return (
    <span className={overdue ? 'xt-sup-overdue' : undefined} data-testid="sup-deadline" data-overdue={overdue}>
      {dayjs(deadline).format('YYYY-MM-DD')}
      {overdue && <div className="xt-small">超期{daysOverdue}个工作日</div>}
    </span>
  );
}
