import type { VersionDiff } from '../../shared/documents/api-types';
import type { BodyNode } from '../../shared/documents/records';

/** What the 公文 module needs from the Yjs rooms that hold the bodies; nothing here knows of SQL. */
export interface DocumentBodies {
  /** The body's current state vector and delete set, to compare against later. */
  snapshot(docId: string): Promise<Uint8Array>;
  bodyJson(docId: string): Promise<BodyNode>;
  /** Changes between two snapshots (null: the empty document / the current body), with authors. */
  diff(docId: string, from: Uint8Array | null, to: Uint8Array | null): Promise<VersionDiff>;
  /** Makes the body equal to a snapshot, as a new edit by this person. */
  restore(docId: string, snapshot: Uint8Array, userId: string): Promise<void>;
  /** Re-decides the right of everyone connected, when a step changes who may write. */
  setAccess(docId: string, decide: (userId: string) => 'read' | 'write' | null): Promise<void>;
}

export const bodyDocId = (documentId: string): string => `doc:${documentId}`;
