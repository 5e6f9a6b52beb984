import { Alert } from 'antd';
import { useApiQuery } from '../../api/useApiQuery';
import { dateTime } from './dates';
import { DeadlineCountdown } from './DeadlineCountdown';

/** Above a roster that answers a 报送通知: which notice, and how long is left to submit. */
export function CallDeadline({ callId }: { callId: string }) {
  const call = useApiQuery('duty', (api) => api.duty.calls({}), []).data?.find((c) => c.id === callId);
  if (!call) return null;
  return (
    <Alert
      type="info"
      showIcon
      data-testid="roster-call"
      title={
        <span>
          {call.title}：报送截止 {dateTime(call.deadline)} <DeadlineCountdown deadline={call.deadline} />
        </span>
      }
      description={call.note || undefined}
    />
  );
}
