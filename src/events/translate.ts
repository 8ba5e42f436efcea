// How an internal event (a family's, src/kit/events.ts) becomes the Zoom events
// a subscriber receives. A translator reads the internal event, and the database
// through `db` when the event does not carry enough; it writes nothing. It runs
// only when some subscription of the account wants an event of its kind.
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import type { EventName, Events } from '../kit/events.ts';
import type { PhoneEventName, ZoomEventDraft } from './zoom-events.ts';

export interface Translator<E extends EventName> {
  /** The Zoom events it may make: a subscription to none of them spares the work. */
  makes: readonly PhoneEventName[];
  translate(payload: Events[E], db: Kysely<Database>): ZoomEventDraft[] | Promise<ZoomEventDraft[]>;
}

/** A translator and the internal event it reads; several may read the same one. */
export type TranslatorEntry = { [E in EventName]: { on: E } & Translator<E> }[EventName];

/** Types an entry against the payload of the internal event it reads. */
export const translator = <E extends EventName>(on: E, t: Translator<E>): TranslatorEntry => ({ on, ...t }) as TranslatorEntry;
