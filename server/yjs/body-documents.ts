import * as Y from 'yjs';
import type { VersionDiff } from '../../shared/documents/api-types';
import { bodyFragmentName, bodyFromFragment, bodyPlainText } from '../../shared/documents/body';
import type { BodyNode } from '../../shared/documents/records';
import { checkVersionOf } from './as-of';
import type { DocAttribution } from './attribution';
import type { Access } from './connection';
import { diffVersions } from './history-diff';
import { restoreUpdate } from './restore';
import { reauthorize } from './reauthorize';
import type { Room } from './room';
import type { RoomRegistry } from './room-registry';
import type { SettledChanges } from './settled-changes';

/**
 * The 公文 bodies in the rooms, for the 公文 module: content, versions (痕迹保留), restores and
 * access. A version is an encoded Yjs snapshot, small enough to store with each workflow step
 * and only meaningful together with the document it was taken of. Each call holds the
 * document's room while it runs, so it reads what connected editors see and lets the room unload
 * when nobody uses it.
 */
export class BodyDocuments {
  constructor(
    private readonly registry: RoomRegistry,
    private readonly changes: SettledChanges,
  ) {}

  /** The body as it is now. */
  snapshot(docId: string): Promise<Uint8Array> {
    return this.withRoom(docId, (room) => Y.encodeSnapshot(Y.snapshot(room.doc)));
  }

  /** What changed between two versions, and by whom: `from` null is the empty body, `to` null the body as it is now. */
  diff(docId: string, from: Uint8Array | null, to: Uint8Array | null): Promise<VersionDiff> {
    return this.withRoom(docId, (room, attribution) => {
      const fromVersion = from ? this.versionOf(room, from) : Y.emptySnapshot;
      const toVersion = to ? this.versionOf(room, to) : Y.snapshot(room.doc);
      return diffVersions(room.doc.getXmlFragment(bodyFragmentName), fromVersion, toVersion, attribution);
    });
  }

  /** Makes the body equal to an earlier version, as an edit by `userId` that every editor receives. */
  restore(docId: string, version: Uint8Array, userId: string): Promise<void> {
    return this.withRoom(docId, async (room, attribution) => {
      const update = restoreUpdate(room.doc, this.versionOf(room, version), attribution.unusedClientId(room.doc));
      if (update) await room.submit(update, userId);
    });
  }

  /** The body as ProseMirror JSON. */
  bodyJson(docId: string): Promise<BodyNode> {
    return this.withRoom(docId, (room) => bodyFromFragment(room.doc.getXmlFragment(bodyFragmentName)));
  }

  async bodyText(docId: string): Promise<string> {
    return bodyPlainText(await this.bodyJson(docId));
  }

  /** Calls the listener a while after a body's last edit (see SettledChanges); returns the function that removes it. */
  onBodyChanged(listener: (docId: string) => void | Promise<void>): () => void {
    return this.changes.listen(listener);
  }

  /**
   * Decides again what each socket open on the document may do (once it is signed and frozen,
   * say): writers may become readers, and those left without access are disconnected.
   */
  async setAccess(docId: string, decide: (userId: string) => Access | null): Promise<void> {
    const room = await this.registry.present(docId);
    if (room) reauthorize(room.connections, decide);
  }

  private versionOf(room: Room, encoded: Uint8Array): Y.Snapshot {
    const version = Y.decodeSnapshot(encoded);
    checkVersionOf(room.doc, version);
    return version;
  }

  private async withRoom<T>(docId: string, use: (room: Room, attribution: DocAttribution) => T | Promise<T>): Promise<T> {
    const room = await this.registry.acquire(docId);
    try {
      if (!room.attribution) throw new Error(`${docId} is not a document whose history is kept`);
      // Includes every edit received before the call, such as the last keystrokes before a step is completed.
      await room.settled();
      return await use(room, room.attribution);
    } finally {
      this.registry.release(docId);
    }
  }
}
