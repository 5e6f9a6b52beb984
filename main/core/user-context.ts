import type { CoreEvent } from '../../shared/desktop-api';
import type { Person } from '../../shared/directory/schemas';
import type { ApiClient } from './http/api-client';
import type { Outbox } from './outbox/outbox';
import type { LocalDb } from './store/open-local-db';

/** What the services of one signed-in user work with; handed to each as an argument. */
export interface UserContext {
  db: LocalDb;
  http: ApiClient;
  outbox: Outbox;
  clock: () => number;
  me: Person;
  fileCacheDir: string;
  presence: Set<string>;
  emit(event: CoreEvent): void;
  /** Recomputes unread and pushes `status` (tray badge, online dot). */
  emitStatus(): void;
}
