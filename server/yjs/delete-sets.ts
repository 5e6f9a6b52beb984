import * as Y from 'yjs';

export type DeleteSet = Y.Snapshot['ds'];
type DeleteRange = DeleteSet['clients'] extends Map<number, (infer R)[]> ? R : never;

const noState = new Map<number, number>();

// Yjs exports no encoder for a bare delete set; a snapshot with an empty state vector is one.
export function encodeDeleteSet(ds: DeleteSet): Uint8Array {
  return Y.encodeSnapshot(Y.createSnapshot(ds, noState));
}

export function decodeDeleteSet(bytes: Uint8Array): DeleteSet {
  return Y.decodeSnapshot(bytes).ds;
}

/** The union of the sets, sorted and with adjacent ranges merged. */
export function unionOf(...sets: DeleteSet[]): DeleteSet {
  return Y.mergeDeleteSets(sets);
}

export function isEmptyDeleteSet(ds: DeleteSet): boolean {
  return ds.clients.size === 0;
}

/** What `ds` deletes that `known` does not; both must be sorted and merged (as unionOf leaves them). */
export function subtract(ds: DeleteSet, known: DeleteSet): DeleteSet {
  const rest = Y.createDeleteSet();
  for (const [client, ranges] of ds.clients) {
    const cuts = known.clients.get(client) ?? [];
    const kept: DeleteRange[] = [];
    let cut = 0;
    for (const range of ranges) {
      let clock = range.clock;
      const end = range.clock + range.len;
      while (clock < end) {
        while (cut < cuts.length && cuts[cut]!.clock + cuts[cut]!.len <= clock) cut++;
        const next = cuts[cut];
        if (next === undefined || next.clock >= end) {
          kept.push({ clock, len: end - clock });
          break;
        }
        if (next.clock > clock) kept.push({ clock, len: next.clock - clock });
        clock = next.clock + next.len;
      }
    }
    if (kept.length > 0) rest.clients.set(client, kept);
  }
  return rest;
}

/** Whether the sets share an id; `a` must be sorted and merged. */
export function overlaps(a: DeleteSet, b: DeleteSet): boolean {
  return sizeOf(subtract(a, b)) < sizeOf(a);
}

function sizeOf(ds: DeleteSet): number {
  let size = 0;
  for (const ranges of ds.clients.values()) for (const range of ranges) size += range.len;
  return size;
}
