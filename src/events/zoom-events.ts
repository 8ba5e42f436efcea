// Zoom's phone.* webhook events as its SDK (@zoom/rivet, pinned) declares them:
// a translator's output is checked against these types when the server is
// built, and every event sent is checked against the schemas generated from the
// same declarations (spec/phone-events.json) in the tests.
import type { PhoneEvents } from '@zoom/rivet/phone';

export type PhoneEventName = PhoneEvents['event'];

/** What `payload.object` holds for the event `N`. */
export type PhoneEventObject<N extends PhoneEventName> = Extract<PhoneEvents, { event: N }>['payload']['object'];

/** What `payload.old_object` holds for the event `N`: what an update changed, as it was (never for events without one). */
export type PhoneEventOldObject<N extends PhoneEventName> = Extract<PhoneEvents, { event: N }>['payload'] extends { old_object: infer O } ? O : never;

/** One event to send: its name, when it happened (sandbox epoch ms, its event_ts), its object and, for an update, the old object. */
export type ZoomEventDraft = { [N in PhoneEventName]: { event: N; at: number; object: PhoneEventObject<N>; oldObject?: PhoneEventOldObject<N> } }[PhoneEventName];

/** Shapes a draft, checking its objects against the event's declared type. */
export const draft = <N extends PhoneEventName>(event: N, at: number, object: PhoneEventObject<N>, oldObject?: PhoneEventOldObject<N>): ZoomEventDraft =>
  ({ event, at, object, ...(oldObject !== undefined && { oldObject }) }) as ZoomEventDraft;
