import { deadlineLabels, type DeadlineState } from '../../../shared/duty/incident-deadlines';
import { countdownView } from './countdownView';
import { clock } from '../common/dates';
import { monthDayTime } from '../log/monthDayTime';

/**
 * One deadline, 电话报告 or 书面报告: green with time to spare, orange under ten minutes, red and
 * counting up once overdue, grey once done. Large at the top of an incident, small in the list.
 */
export function CountdownChip({ deadline, closed, large }: { deadline: DeadlineState; closed: boolean; large?: boolean }) {
  const view = countdownView(deadline, closed);
  const label = deadlineLabels[deadline.kind];
  return (
    <span className={`xt-duty-countdown ${view.tone}${large ? ' large' : ''}`} data-testid={`incident-countdown-${deadline.kind}`} data-state={deadline.state} title={`${label}时限 ${clock(deadline.dueAt)}`}>
      <span className="xt-duty-countdown-label">{label}</span>
      <span className="xt-duty-countdown-time">{view.text}</span>
      {large && <span className="xt-duty-countdown-due">时限 {monthDayTime(deadline.dueAt)}</span>}
    </span>
  );
}
