/** 1 s, 2 s, 4 s … capped, with jitter so many clients do not reconnect in step. */
export function backoffDelay(attempt: number, capMs = 30_000): number {
  const base = Math.min(capMs, 1000 * 2 ** Math.min(attempt, 10));
  return Math.round(base * (0.75 + Math.random() * 0.5));
}
