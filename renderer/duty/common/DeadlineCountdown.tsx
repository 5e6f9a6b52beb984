import { Tag } from 'antd';
import { countdownText, useNow } from './useNow';

/** Red once past, orange inside the last day, blue before. */
export function DeadlineCountdown({ deadline, done }: { deadline: number; done?: boolean }) {
  const now = useNow();
  if (done) return null;
  const left = deadline - now;
  const color = left < 0 ? 'red' : left < 86_400_000 ? 'orange' : 'blue';
  return (
    <Tag color={color} data-testid="deadline-countdown" data-overdue={left < 0}>
      {countdownText(deadline, now)}
    </Tag>
  );
}
