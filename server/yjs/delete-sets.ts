import * as Y from 'yjs';

// Delete sets here are always sorted and merged per client (as Y.mergeDeleteSets leaves them),
// so they can be combined range by range without sorting again.

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

/** The union of any delete sets, sorted and merged. */
export function unionOf(...sets: DeleteSet[]): DeleteSet {
  return Y.mergeDeleteSets(sets);
}

export function isEmptyDeleteSet(ds: DeleteSet): boolean {
  return ds.clients.size === 0;
}

/** Adds `addition` to `target` in place, in time linear in the ranges of the clients it touches. */
export function addTo(target: DeleteSet, addition: DeleteSet): void {
  for (const [client, ranges] of addition.clients) {
    const existing = target.clients.get(client);
    target.clients.set(client, existing ? mergeSorted(existing, ranges) : ranges.slice());
  }
}

function mergeSorted(a: DeleteRange[], b: DeleteRange[]): DeleteRange[] {
  const merged: DeleteRange[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i]!.clock <= b[j]!.clock) ? a[i++]! : b[j++]!;
    const last = merged.at(-1);
    if (last && last.clock + last.len >= next.clock) {
      merged[merged.length - 1] = { clock: last.clock, len: Math.max(last.len, next.clock + next.len - last.clock) };
    } else {
      merged.push(next);
    }
  }
  return merged;
}

/** What `ds` deletes that `known` does not. */
export function subtract(ds: DeleteSet, known: DeleteSet): DeleteSet {
  const rest = Y.createDeleteSet();
  for (const [client, ranges] of ds.clients) {
    const cuts = known.clients.get(client) ?? [];
    const kept: DeleteRange[] = [];
    let cut = firstEndingAfter(cuts, ranges[0]?.clock ?? 0);
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

/** What both delete. */
export function intersect(a: DeleteSet, b: DeleteSet): DeleteSet {
  return subtract(a, subtract(a, b));
}

/** Index of the first range that ends after `clock`: ranges before it cannot overlap anything from there on. */
function firstEndingAfter(ranges: DeleteRange[], clock: number): number {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (ranges[middle]!.clock + ranges[middle]!.len <= clock) low = middle + 1;
    else high = middle;
  }
  return low;
}
