// Which period of call handling a moment falls in, read in the extension's time zone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inBusinessHours, localTime, periodAt, zoneOrDefault } from '../../src/sim/hours.ts';
import type { CallRouting, Route } from '../../src/families/call-handling/public.ts';

const route = (over: Partial<Route>): Route => ({ hours_type: 1, custom_hours: null, routing_action: 1, options: {}, ...over }) as Route;
const weekdays = route({
  hours_type: 2,
  custom_hours: [
    { weekday: 1, type: 0 },
    { weekday: 2, type: 2, from: '09:00', to: '17:00' },
    { weekday: 7, type: 1 },
  ],
});

test('local weekday (1 Sunday … 7 Saturday) and minutes, in the zone asked, across a date line', () => {
  // 2026-11-24T06:30Z is Tuesday 06:30 in UTC, Monday 22:30 in Los Angeles, Tuesday 15:30 in Tokyo.
  const at = Date.parse('2026-11-24T06:30:00Z');
  assert.deepEqual(localTime(at, 'UTC'), { weekday: 3, minutes: 390 });
  assert.deepEqual(localTime(at, 'America/Los_Angeles'), { weekday: 2, minutes: 1350 });
  assert.deepEqual(localTime(at, 'Asia/Tokyo'), { weekday: 3, minutes: 930 });
});

test('custom hours: from is in, to is out; a closed day and an all-day day; 24 hours is always in', () => {
  const monday = (hhmm: string) => Date.parse(`2026-11-23T${hhmm}:00Z`);
  assert.equal(inBusinessHours(weekdays, monday('08:59'), 'UTC'), false);
  assert.equal(inBusinessHours(weekdays, monday('09:00'), 'UTC'), true);
  assert.equal(inBusinessHours(weekdays, monday('16:59'), 'UTC'), true);
  assert.equal(inBusinessHours(weekdays, monday('17:00'), 'UTC'), false);
  assert.equal(inBusinessHours(weekdays, Date.parse('2026-11-22T12:00:00Z'), 'UTC'), false, 'Sunday closed');
  assert.equal(inBusinessHours(weekdays, Date.parse('2026-11-28T03:00:00Z'), 'UTC'), true, 'Saturday all day');
  assert.equal(inBusinessHours(weekdays, Date.parse('2026-11-25T12:00:00Z'), 'UTC'), false, 'a weekday the hours do not name is closed');
  assert.equal(inBusinessHours(route({ hours_type: 1 }), Date.parse('2026-11-22T03:00:00Z'), 'UTC'), true);
});

test('a holiday wins over business hours while it lasts; outside both, closed hours', () => {
  const closed = route({ routing_action: 11 });
  const holidayRoute = route({ routing_action: 12 });
  const routing: CallRouting = {
    business: weekdays,
    closed,
    holidays: [{ id: 'h', name: 'Thanksgiving', from: '2026-11-23T10:00:00Z', to: '2026-11-23T12:00:00Z', route: holidayRoute }],
    forwardings: [],
  };
  assert.deepEqual(periodAt(routing, Date.parse('2026-11-23T09:30:00Z'), 'UTC'), { period: 'business_hours', route: weekdays });
  assert.deepEqual(periodAt(routing, Date.parse('2026-11-23T10:00:00Z'), 'UTC'), { period: 'holiday_hours', route: holidayRoute });
  assert.deepEqual(periodAt(routing, Date.parse('2026-11-23T12:00:00Z'), 'UTC'), { period: 'business_hours', route: weekdays });
  assert.deepEqual(periodAt(routing, Date.parse('2026-11-23T18:00:00Z'), 'UTC'), { period: 'closed_hours', route: closed });
});

test('a time zone Intl does not know, or none, reads as UTC', () => {
  assert.equal(zoneOrDefault('Europe/London'), 'Europe/London');
  assert.equal(zoneOrDefault('Mars/Olympus'), 'UTC');
  assert.equal(zoneOrDefault(null), 'UTC');
});
