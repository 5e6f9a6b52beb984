/** Someone in the body's room, as their awareness state names them. */
export interface Collaborator {
  id: string;
  name: string;
  color: string;
}

function asCollaborator(state: unknown): Collaborator | null {
  if (typeof state !== 'object' || state === null) return null;
  const user = (state as { user?: unknown }).user;
  if (typeof user !== 'object' || user === null) return null;
  const { id, name, color } = user as Record<string, unknown>;
  if (typeof id !== 'string' || typeof name !== 'string') return null;
  return { id, name, color: typeof color === 'string' ? color : '#1677ff' };
}

/**
 * Everyone present, once each even with several windows open, me first. Awareness states come
 * from other clients, so anything malformed is skipped rather than trusted.
 */
export function collaboratorsFrom(states: Map<number, unknown>, meId: string): Collaborator[] {
  const byId = new Map<string, Collaborator>();
  for (const state of states.values()) {
    const person = asCollaborator(state);
    if (person && !byId.has(person.id)) byId.set(person.id, person);
  }
  return [...byId.values()].sort((a, b) => Number(b.id === meId) - Number(a.id === meId));
}
