import type { Person } from '../../shared/directory/schemas';
import type { Api } from './createApi';
import type { EventHub } from './events';

/**
 * Names and avatars for ids seen in chats: asked for in batches, kept until the directory
 * changes. Components subscribe and re-render when an answer arrives.
 */
export class PeopleCache {
  private readonly known = new Map<string, Person>();
  private readonly asked = new Set<string>();
  private wanted = new Set<string>();
  private scheduled = false;
  private readonly subscribers = new Set<() => void>();
  private version = 0;

  constructor(
    private readonly api: Api,
    events: EventHub,
  ) {
    events.on((event) => {
      if (event.type === 'changed' && event.areas.includes('directory')) {
        const again = [...this.known.keys()];
        this.asked.clear();
        for (const id of again) this.want(id);
      }
    });
  }

  get(id: string): Person | undefined {
    const person = this.known.get(id);
    if (!person && !this.asked.has(id)) this.want(id);
    return person;
  }

  getVersion = (): number => this.version;

  subscribe = (listener: () => void): (() => void) => {
    this.subscribers.add(listener);
    return () => {
      this.subscribers.delete(listener);
    };
  };

  private want(id: string): void {
    this.wanted.add(id);
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => this.flush());
  }

  private flush(): void {
    this.scheduled = false;
    const ids = [...this.wanted].slice(0, 1000);
    for (const id of ids) {
      this.wanted.delete(id);
      this.asked.add(id);
    }
    if (this.wanted.size > 0) {
      this.scheduled = true;
      queueMicrotask(() => this.flush());
    }
    if (ids.length === 0) return;
    this.api.directory.people({ ids }).then(
      (people) => {
        for (const p of people) this.known.set(p.id, p);
        this.version++;
        for (const s of [...this.subscribers]) s();
      },
      () => {
        for (const id of ids) this.asked.delete(id);
      },
    );
  }
}
