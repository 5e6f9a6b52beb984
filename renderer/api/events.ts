import type { CoreEvent } from '../../shared/desktop-api';

export type Area = Extract<CoreEvent, { type: 'changed' }>['areas'][number];
export type Listener = (event: CoreEvent) => void;

/** One subscription to the bridge, fanned out to every component that listens. */
export class EventHub {
  private readonly listeners = new Set<Listener>();

  emit(event: CoreEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }

  on(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }
}
