/** Helpers for the tests of the pure 公文 logic; nothing outside *.test.ts imports this. */

/** A stable, valid UUID per number, so test people are readable in failure output. */
export function personId(n: number): string {
  return `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;
}

/** Freezes a value all the way down, so a function that mutates its input throws instead. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
