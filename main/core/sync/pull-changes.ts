import type { Message } from '../../../shared/messages/schemas';
import type { ApiClient } from '../http/api-client';
import type { LocalDb } from '../store/open-local-db';
import { kvGet, kvSet } from '../store/kv';
import { applyChange, ApplyEffects, SyncedArea } from './appliers';

const CURSOR_KEY = 'sync.cursor';
const PAGE_SIZE = 500;

export interface PulledPage {
  areas: Set<SyncedArea>;
  newMessages: Message[];
  /** True when this pull started from nothing: old history, not news. */
  initial: boolean;
}

export function syncCursor(db: LocalDb): number {
  return kvGet<number>(db, CURSOR_KEY) ?? 0;
}

/**
 * Pulls the change log after the stored cursor, page by page. Each page is applied in one
 * local transaction together with the cursor, so a crash mid-pull never skips or half-applies.
 */
export async function pullChanges(db: LocalDb, http: ApiClient, onPage: (page: PulledPage) => void): Promise<void> {
  const initial = syncCursor(db) === 0;
  for (;;) {
    const after = syncCursor(db);
    const page = await http.call('changes', { query: { after, limit: PAGE_SIZE } });
    const effects: ApplyEffects = { areas: new Set(), newMessages: [] };
    db.transaction(() => {
      for (const change of page.changes) applyChange(db, change, effects);
      kvSet(db, CURSOR_KEY, Math.max(after, page.cursor));
    })();
    onPage({ ...effects, initial });
    if (!page.hasMore || page.cursor <= after) return;
  }
}
