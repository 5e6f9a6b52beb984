import type { Person } from '../../shared/directory/schemas';
import type { Session } from './session-store';

/** Who is making a request: the signed-in person, their session, and the client they use. */
export interface Actor {
  person: Person;
  session: Session;
  client: string;
}

export const isSysadmin = (actor: Actor): boolean => actor.person.roles.includes('sysadmin');
