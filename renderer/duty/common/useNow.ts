import { useEffect, useState } from 'react';

/** The time, moving on every `everyMs`: countdowns and 今日值班 follow the clock without a reload. */
export function useNow(everyMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** 剩 2 天 3 小时, 剩 45 分钟, 已逾期 1 天 2 小时. */
export function countdownText(deadline: number, now: number): string {
  const late = now > deadline;
  let minutes = Math.floor(Math.abs(deadline - now) / 60_000);
  const days = Math.floor(minutes / 1440);
  minutes -= days * 1440;
  const hours = Math.floor(minutes / 60);
  minutes -= hours * 60;
  const span = days > 0 ? `${days} 天 ${hours} 小时` : hours > 0 ? `${hours} 小时 ${minutes} 分钟` : `${minutes} 分钟`;
  return late ? `已逾期 ${span}` : `剩 ${span}`;
}
