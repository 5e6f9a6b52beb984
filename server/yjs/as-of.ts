import * as Y from 'yjs';

/** Whether the struct unit at (client, clock) was there, and not deleted, in a version. */
export function visibleIn(version: Y.Snapshot, client: number, clock: number): boolean {
  return (version.sv.get(client) ?? 0) > clock && !Y.isDeleted(version.ds, Y.createID(client, clock));
}

/** Every item of a list type in document order, deleted ones included (kept in documents without garbage collection). */
export function* itemsOf(type: { _start: Y.Item | null }): Generator<Y.Item> {
  for (let item = type._start; item !== null; item = item.right) yield item;
}

/** The child type an item holds, when it holds one (an XmlElement or XmlText in a body). */
export function typeOf(item: Y.Item): Y.AbstractType<unknown> | null {
  return item.content instanceof Y.ContentType ? item.content.type : null;
}

/** Throws unless the version is one of this document's: it may not know of anything the document lacks. */
export function checkVersionOf(doc: Y.Doc, version: Y.Snapshot): void {
  for (const [client, clock] of version.sv) {
    if (clock > Y.getState(doc.store, client)) throw new Error('the version is not one of this document’s');
  }
}

/**
 * An element's attributes in a version. Y.typeMapGetAllSnapshot cannot be used: Yjs merges the
 * deleted values of an attribute into one item, and then reads the whole item as deleted.
 */
export function attributesAsOf(element: Y.XmlElement, version: Y.Snapshot): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  for (const [key, latest] of element._map) {
    // The value then is the rightmost one that existed then, unless the attribute was removed.
    for (let item: Y.Item | null = latest; item !== null; item = item.left) {
      const existing = Math.min(item.length, (version.sv.get(item.id.client) ?? 0) - item.id.clock);
      if (existing <= 0) continue;
      const offset = existing - 1;
      if (!Y.isDeleted(version.ds, Y.createID(item.id.client, item.id.clock + offset)) && item.content instanceof Y.ContentAny) {
        attributes[key] = item.content.getContent()[offset];
      }
      break;
    }
  }
  return attributes;
}
