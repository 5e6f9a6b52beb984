import type { StoredAttribution, UpdateAttribution } from './attribution';

/** What a room needs to rebuild its document and to know what a compaction may replace. */
export interface StoredDocument {
  /** The latest snapshot (if any) followed by every update stored after it, oldest first. */
  updates: Uint8Array[];
  /** Id of the newest stored row, 0 when nothing is stored. */
  lastId: number;
  /** Who wrote and deleted what, when asked for (documents whose history is kept). */
  attribution?: StoredAttribution;
}

/**
 * Where a Yjs room keeps its document. The room knows nothing of SQL; it only appends updates and
 * now and then replaces a prefix of them with one snapshot.
 */
export interface YDocStore {
  load(docId: string, options?: { attribution: boolean }): Promise<StoredDocument>;
  /**
   * Resolves, with the id of the stored row, only once the update is durable. Ids increase in the
   * order of the calls. The attribution, when given, is stored in the same write.
   */
  append(docId: string, update: Uint8Array, attribution?: UpdateAttribution): Promise<number>;
  /**
   * Atomically replaces every row with an id up to `throughId` (the previous snapshot included) by
   * `snapshot`, which must contain all of them. Rows after `throughId` are kept. The store may
   * tidy the document's attribution in the same write.
   */
  compact(docId: string, snapshot: Uint8Array, throughId: number): Promise<void>;
}
