import { MENTION_ALL } from '../../shared/messages/schemas';
import type { Person } from '../../shared/directory/schemas';

export const ALL_LABEL = '所有人';

export interface MentionCandidate {
  id: string;
  name: string;
  person?: Person;
}

/** The "@query" being typed right before the caret, if any. */
export function activeMention(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const m = /(^|[^a-zA-Z0-9_.])@([^\s@]{0,20})$/.exec(before);
  if (!m) return null;
  const query = m[2] ?? '';
  return { start: caret - query.length - 1, query };
}

export function filterCandidates(all: MentionCandidate[], query: string): MentionCandidate[] {
  const q = query.toLowerCase();
  if (!q) return all.slice(0, 50);
  return all
    .filter((c) => c.name.toLowerCase().includes(q) || c.person?.pinyin.toLowerCase().startsWith(q) || c.person?.initials.toLowerCase().startsWith(q))
    .slice(0, 50);
}

/** Ids of the mentions still present in the text when it is sent. */
export function mentionsIn(text: string, picked: Map<string, string>): string[] {
  const ids = new Set<string>();
  for (const [name, id] of picked) if (text.includes(`@${name}`)) ids.add(id);
  return [...ids].sort((a, b) => (a === MENTION_ALL ? -1 : b === MENTION_ALL ? 1 : 0));
}
