// Which period of an extension's call handling a moment falls in: a holiday
// first, then its business hours (all day, or custom hours by weekday) read in
// the extension's time zone, else closed hours.
import type { CallRouting, Route } from '../families/call-handling/public.ts';

export type Period = 'business_hours' | 'closed_hours' | 'holiday_hours';

/** The time zone hours are read in when the extension names none: the sandbox's written-down choice. */
export const DEFAULT_TIME_ZONE = 'UTC';

// Making a formatter costs far more than using one, and a stream of traffic asks for the same few zones.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterOf(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) formatters.set(timeZone, (f = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })));
  return f;
}

/** Weekday as the pages number them (1 Sunday … 7 Saturday) and minutes since midnight, in `timeZone`. */
export function localTime(at: number, timeZone: string): { weekday: number; minutes: number } {
  const parts = formatterOf(timeZone).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(part('weekday')) + 1;
  return { weekday, minutes: Number(part('hour')) * 60 + Number(part('minute')) };
}

const minutes = (hhmm: string | undefined) => {
  const m = /^(\d\d):(\d\d)$/.exec(hhmm ?? '');
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
};

/** Whether `at` is inside the business hours of a route: hours_type 1 is 24 hours every day; 2 custom hours by weekday. */
export function inBusinessHours(route: Route, at: number, timeZone: string): boolean {
  if (route.hours_type !== 2) return true;
  const { weekday, minutes: now } = localTime(at, timeZone);
  const day = route.custom_hours?.find((d) => d.weekday === weekday);
  if (!day || day.type === 0) return false;
  if (day.type === 1) return true;
  const from = minutes(day.from);
  const to = minutes(day.to);
  return from !== undefined && to !== undefined && now >= from && now < to;
}

/** The period in force at `at`, and its route. */
export function periodAt(routing: CallRouting, at: number, timeZone: string): { period: Period; route: Route } {
  const holiday = routing.holidays.find((h) => Date.parse(h.from) <= at && at < Date.parse(h.to));
  if (holiday) return { period: 'holiday_hours', route: holiday.route };
  if (inBusinessHours(routing.business, at, timeZone)) return { period: 'business_hours', route: routing.business };
  return { period: 'closed_hours', route: routing.closed };
}

/** A time zone Intl knows, else the default. */
export function zoneOrDefault(zone: string | null | undefined): string {
  if (!zone) return DEFAULT_TIME_ZONE;
  try {
    formatterOf(zone);
    return zone;
  } catch {
    return DEFAULT_TIME_ZONE;
  }
}
