const BEFORE = 16;
const AFTER = 40;

/** The body text around the first hit of the query, on one line, with … where it was cut. */
export function bodySnippet(bodyText: string, query: string): string | null {
  const q = query.trim().toLowerCase();
  const at = q ? bodyText.toLowerCase().indexOf(q) : -1;
  if (at < 0) return null;
  const start = Math.max(0, at - BEFORE);
  const end = Math.min(bodyText.length, at + q.length + AFTER);
  return `${start > 0 ? '…' : ''}${bodyText.slice(start, end).replace(/\s+/gu, ' ')}${end < bodyText.length ? '…' : ''}`;
}
