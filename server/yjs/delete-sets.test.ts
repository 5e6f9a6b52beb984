import fc from 'fast-check';
import { expect, it } from 'vitest';
import * as Y from 'yjs';
import { addTo, decodeDeleteSet, type DeleteSet, encodeDeleteSet, intersect, subtract, unionOf } from './delete-sets';

const ranges = fc.array(fc.record({ client: fc.integer({ min: 1, max: 3 }), clock: fc.integer({ min: 0, max: 40 }), len: fc.integer({ min: 1, max: 8 }) }), { maxLength: 12 });

function deleteSetOf(list: { client: number; clock: number; len: number }[]): DeleteSet {
  const ds = Y.createDeleteSet();
  for (const { client, clock, len } of list) {
    const existing = ds.clients.get(client) ?? [];
    existing.push({ clock, len });
    ds.clients.set(client, existing);
  }
  return unionOf(ds);
}

/** Every deleted id, one "client:clock" per deleted struct unit. */
function idsOf(ds: DeleteSet): string[] {
  const ids = new Set<string>();
  for (const [client, list] of ds.clients) for (const { clock, len } of list) for (let i = 0; i < len; i++) ids.add(`${client}:${clock + i}`);
  return [...ids].sort();
}

it('subtracts delete sets id by id', () => {
  fc.assert(
    fc.property(ranges, ranges, (a, b) => {
      const ds = deleteSetOf(a);
      const known = deleteSetOf(b);
      const knownIds = new Set(idsOf(known));
      expect(idsOf(subtract(ds, known))).toEqual(idsOf(ds).filter((id) => !knownIds.has(id)));
    }),
  );
});

it('encodes a delete set and reads it back', () => {
  fc.assert(
    fc.property(ranges, (a) => {
      const ds = deleteSetOf(a);
      expect(idsOf(decodeDeleteSet(encodeDeleteSet(ds)))).toEqual(idsOf(ds));
    }),
  );
});

it('adds, subtracts and intersects sorted sets like the sets of ids they stand for', () => {
  fc.assert(
    fc.property(ranges, ranges, (a, b) => {
      const left = deleteSetOf(a);
      const right = deleteSetOf(b);
      const rightIds = new Set(idsOf(right));
      expect(idsOf(intersect(left, right))).toEqual(idsOf(left).filter((id) => rightIds.has(id)));
      const sum = deleteSetOf(a);
      addTo(sum, right);
      expect(sum).toEqual(unionOf(left, right));
    }),
  );
});
