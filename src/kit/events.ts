// Cross-family effects. A family that changes something others hang on (a number
// deleted, a site deleted) publishes an event inside its transaction; every family
// that keeps a link to it listens and mends its own rows in that same transaction,
// so no delete path can leave a link behind, whoever deletes.
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import type { Owner } from './owner.ts';

/** Event name -> payload. Each family declares the events it publishes in its public.ts (declaration merging). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Events {}

export type EventName = keyof Events;

export type Listener<E extends EventName> = (db: Kysely<Database>, payload: Events[E]) => Promise<void>;

export type Listeners = { [E in EventName]?: Listener<E> };

/** Delivers events to the listeners of a set of families. */
export class EventBus {
  private readonly byEvent = new Map<string, { owner: Owner; listener: Listener<any> }[]>();

  add(owner: Owner, listeners: Listeners): void {
    for (const [event, listener] of Object.entries(listeners)) {
      if (!listener) continue;
      const list = this.byEvent.get(event) ?? [];
      list.push({ owner, listener: listener as Listener<any> });
      this.byEvent.set(event, list);
    }
  }

  /** Runs every listener in the caller's transaction, each allowed to write its own tables only. */
  async publish<E extends EventName>(db: Kysely<Database>, event: E, payload: Events[E]): Promise<void> {
    for (const { owner, listener } of this.byEvent.get(event) ?? []) await listener(owner.bind(db), payload);
  }

  listening(event: EventName): string[] {
    return (this.byEvent.get(event) ?? []).map((l) => l.owner.name);
  }
}

// The families are the same for every sandbox of a process, so one bus serves them
// all; families publish through `publish` without being handed the bus.
let processBus: EventBus | undefined;

export function installBus(bus: EventBus): void {
  processBus = bus;
}

export function publish<E extends EventName>(db: Kysely<Database>, event: E, payload: Events[E]): Promise<void> {
  if (!processBus) throw new Error('no families are installed: open a Sandbox first');
  return processBus.publish(db, event, payload);
}
