import * as Y from 'yjs';
import { addTo, decodeDeleteSet, type DeleteSet, encodeDeleteSet, intersect, isEmptyDeleteSet, subtract, unionOf } from './delete-sets';

/** Stored in the same write as the update it describes. */
export interface UpdateAttribution {
  userId: string;
  /**
   * The Yjs client ids the update writes new structs under, all the user's: the first user to write
   * under an id owns it. Stored again with every update, so a claim whose first write failed is
   * still recorded by the retry.
   */
  clients: number[];
  /**
   * The user's part of what the update deletes (an encoded delete set): what it deletes first, and
   * what the user had deleted before, so a retry records again what a failed write did not; null
   * when there is none.
   */
  deletions: Uint8Array | null;
}

/** Who owns which client id, and what each user deleted, as stored for one document. */
export interface StoredAttribution {
  owners: Map<number, string>;
  /** Each user's deletions, as encoded delete sets in any number of pieces. */
  deletions: { userId: string; data: Uint8Array }[];
}

/**
 * Who wrote and who deleted what in one document whose history is kept, decided by the server:
 * the first user to send structs under a Yjs client id owns it, and a deletion belongs to the user
 * whose update deleted the content first. Clients cannot claim otherwise.
 */
export class DocAttribution {
  private readonly owners: Map<number, string>;
  private readonly deletions = new Map<string, DeleteSet>();
  /** Everything deleted by the stored updates and by those accepted but not yet applied. */
  private known: DeleteSet;

  constructor(doc: Y.Doc, stored: StoredAttribution) {
    this.owners = new Map(stored.owners);
    for (const { userId, data } of stored.deletions) this.deletionsOf(userId, decodeDeleteSet(data));
    this.known = unionOf(Y.createDeleteSetFromStructStore(doc.store), ...this.deletions.values());
  }

  /**
   * What to store with an update the user sent, or null when the update writes under a client id
   * another user owns. `doc` holds every update accepted before this one that is already applied.
   */
  claim(userId: string, update: ReturnType<typeof Y.decodeUpdate>, doc: Y.Doc): UpdateAttribution | null {
    const clients = new Set<number>();
    for (const struct of update.structs) {
      if (struct instanceof Y.Skip) continue;
      const client = struct.id.client;
      // Structs the server already has change nothing, whoever relays them.
      if (struct.id.clock + struct.length <= Y.getState(doc.store, client)) continue;
      const owner = this.owners.get(client);
      if (owner !== undefined && owner !== userId) return null;
      clients.add(client);
    }
    for (const client of clients) this.owners.set(client, userId);
    return { userId, clients: [...clients], deletions: this.recordDeletions(userId, update.ds, doc) };
  }

  /** The user's deletions to store, when this delete set holds any of them. */
  private recordDeletions(userId: string, ds: DeleteSet, doc: Y.Doc): Uint8Array | null {
    if (isEmptyDeleteSet(ds)) return null;
    const deleted = unionOf(ds);
    // A client's sync step 2 repeats the whole document's delete set, and deleting an element
    // deletes what is in it: only what nobody deleted before becomes this user's deletion.
    const fresh = notYetDeleted(subtract(deleted, this.known), doc);
    addTo(this.known, fresh);
    const mine = intersect(deleted, this.deletionsOf(userId, fresh));
    return isEmptyDeleteSet(mine) ? null : encodeDeleteSet(mine);
  }

  /** The user's deletions, once `addition` is added to them. */
  private deletionsOf(userId: string, addition: DeleteSet): DeleteSet {
    let own = this.deletions.get(userId);
    if (!own) {
      own = Y.createDeleteSet();
      this.deletions.set(userId, own);
    }
    addTo(own, unionOf(addition));
    return own;
  }

  ownerOf(client: number): string | null {
    return this.owners.get(client) ?? null;
  }

  deleterOf(id: Y.ID): string | null {
    for (const [userId, ds] of this.deletions) if (Y.isDeleted(ds, id)) return userId;
    return null;
  }

  /** A client id nobody has written under, for an edit the server makes on a user's behalf. */
  unusedClientId(doc: Y.Doc): number {
    for (;;) {
      const candidate = Math.floor(Math.random() * 0x1_0000_0000);
      if (!this.owners.has(candidate) && Y.getState(doc.store, candidate) === 0) return candidate;
    }
  }
}

/** The part of the delete set whose structs the document has not deleted (or does not have yet). */
function notYetDeleted(ds: DeleteSet, doc: Y.Doc): DeleteSet {
  const rest = Y.createDeleteSet();
  for (const [client, ranges] of ds.clients) {
    const structs = doc.store.clients.get(client) ?? [];
    const kept: { clock: number; len: number }[] = [];
    const keep = (clock: number, len: number) => {
      const last = kept.at(-1);
      if (last && last.clock + last.len === clock) last.len += len;
      else kept.push({ clock, len });
    };
    for (const { clock, len } of ranges) {
      const end = clock + len;
      const known = Y.getState(doc.store, client);
      let at = clock;
      let index = at < known ? Y.findIndexSS(structs, at) : structs.length;
      while (at < Math.min(end, known)) {
        const struct = structs[index++]!;
        const until = Math.min(end, struct.id.clock + struct.length);
        if (!struct.deleted) keep(at, until - at);
        at = until;
      }
      if (at < end) keep(at, end - at);
    }
    if (kept.length > 0) rest.clients.set(client, kept);
  }
  return rest;
}
