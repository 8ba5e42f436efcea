// What other families may use of call-handling: an extension's routing as typed
// data, for a call router to run (which period applies, where an unanswered or
// busy call goes, which numbers ring too). Reads only.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { forwardingsOf, holidaysOf, routeOf, routeRows, saveRoute } from './store.ts';
import { EXTERNAL_CONTACT, type HandledKind, type Period, type Route } from './rules.ts';
import { owner } from './tables.ts';

export type { HandledKind, Route, WeekdayHours } from './rules.ts';

export interface CallRouting {
  business: Route;
  closed: Route;
  holidays: { id: string; name: string; from: string; to: string; route: Route }[];
  /** External numbers rung, by period ('business_hours' | 'closed_hours' | 'holiday_hours') and holiday ('' outside holidays). */
  forwardings: { id: string; period: string; holidayId: string; phoneNumber: string; enabled: boolean }[];
}

/** An extension's call handling (its defaults where never changed), for an extension of `kind`. */
export async function callRoutingOf(db: Kysely<Database>, accountId: string, extensionId: string, kind: HandledKind): Promise<CallRouting> {
  const [rows, holidays, forwardings] = await Promise.all([routeRows(db, accountId, extensionId), holidaysOf(db, accountId, extensionId), forwardingsOf(db, accountId, extensionId)]);
  const find = (period: string, holidayId: string) => rows.find((r) => r.period === period && r.holiday_id === holidayId);
  return {
    business: routeOf(find('business_hours', ''), kind, 'business_hours'),
    closed: routeOf(find('closed_hours', ''), kind, 'closed_hours'),
    holidays: holidays.map((h) => ({ id: h.id, name: h.name, from: h.starts_at, to: h.ends_at, route: routeOf(find('holiday_hours', h.id), kind, 'holiday_hours') })),
    forwardings: forwardings.map((f) => ({ id: f.id, period: f.period, holidayId: f.holiday_id, phoneNumber: f.phone_number, enabled: Number(f.enable) === 1 })),
  };
}

/** Sends an extension's unanswered calls of a period to an external contact (action 9), as an update would: the demo seed's. */
export async function forwardUnansweredToContact(db: Kysely<Database>, accountId: string, ext: { id: string; kind: HandledKind }, period: Exclude<Period, 'holiday_hours'>, contactId: string, now: number): Promise<void> {
  const bound = owner.bind(db);
  const current = routeOf((await routeRows(bound, accountId, ext.id)).find((r) => r.period === period && r.holiday_id === ''), ext.kind, period);
  await saveRoute(bound, accountId, ext.id, period, '', { ...current, routing_action: EXTERNAL_CONTACT, routing_extension_id: contactId, routing_phone_number: null, routing_description: null }, now);
}
