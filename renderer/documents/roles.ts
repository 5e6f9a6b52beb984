import type { Person } from '../../shared/directory/schemas';
import type { IncomingRoles } from '../../shared/documents/incoming';
import type { Seal } from '../../shared/documents/records';
import type { OutgoingRoles } from '../../shared/documents/workflow';

/**
 * The role-bound side of the workflow machines, from my own point of view: the machines only ask
 * whether the actor is among the clerks or seal holders, so naming me (or no one) is enough for
 * them to tell which buttons I get. The server decides again with the full lists.
 */
export function isUnitClerk(me: Pick<Person, 'roles'>, myUnitIds: readonly string[], unitId: string): boolean {
  return me.roles.includes('clerk') && myUnitIds.includes(unitId);
}

export function myOutgoingRoles(me: Pick<Person, 'id' | 'roles'>, myUnitIds: readonly string[], unitId: string, seals: readonly Seal[]): OutgoingRoles {
  const holdsSeal = seals.some((s) => s.unitId === unitId && !s.disabled && s.holderIds.includes(me.id));
  return {
    clerks: isUnitClerk(me, myUnitIds, unitId) ? [me.id] : [],
    sealHolders: holdsSeal ? [me.id] : [],
  };
}

export function myIncomingRoles(me: Pick<Person, 'id' | 'roles'>, myUnitIds: readonly string[], unitId: string): IncomingRoles {
  return { clerks: isUnitClerk(me, myUnitIds, unitId) ? [me.id] : [] };
}

/** The seals I may press on this unit's documents. */
export function usableSeals(seals: readonly Seal[], unitId: string, meId: string): Seal[] {
  return seals.filter((s) => s.unitId === unitId && !s.disabled && s.holderIds.includes(meId));
}
