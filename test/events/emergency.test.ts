// phone.emergency_alert, end to end: an emergency call placed through the
// simulator by a user or a common area raises one event, signed, of the type Zoom's
// SDK declares, naming the caller, the number dialled and the caller's emergency
// address as the API's views show them; a refused emergency call, an ordinary call
// and a call from outside raise none. Zoom's SDK receiver takes it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ManualClock } from '../../src/clock.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { assertPhoneEvent } from '../support/phone-events.ts';
import { deliveryLog, eventSteps, startReceiver, startRivetReceiver, subscribe, type Receiver } from '../support/webhooks.ts';

const NOW = Date.parse('2026-11-25T08:00:00Z');
const AT = '2026-11-24T18:00:00Z';
const SECRET = 'emergency-events-secret';
const EVENT = 'phone.emergency_alert';

let s: TestServer;
let r: Receiver;
let steps: ReturnType<typeof eventSteps>;
const users = new Map<number, any>();

before(async () => {
  s = await startServer({ clock: new ManualClock(NOW) });
  r = await startReceiver({ secret: SECRET });
  const sub = await subscribe(s, { endpoint_url: r.url, events: [EVENT], secret_token: SECRET });
  assert.equal(sub.status, 'active');
  steps = eventSteps(s, r);
  const list = await s.api('GET', '/phone/users', { query: { page_size: 100 } });
  for (const u of list.body.users) users.set(u.extension_number, u);
});
after(async () => {
  await r.close();
  await s.close();
});

async function place(body: Record<string, unknown>): Promise<any> {
  const res = await s.admin('POST', '/calls', body);
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body;
}

/** The emergency address lines as the event carries them (no id, no empty line 2). */
const lines = (a: any) => ({
  country: a.country,
  address_line1: a.address_line1,
  ...(a.address_line2 ? { address_line2: a.address_line2 } : {}),
  city: a.city,
  zip: a.zip,
  state_code: a.state_code,
});

test("a user's 911 call: one phone.emergency_alert naming her, the number dialled and her own default emergency address", async () => {
  const ada = users.get(101);
  const from = await steps.mark();
  const call = await place({ from: '101', to: '911', at: AT });
  const events = await steps.since(from);
  assert.deepEqual(events.map((e) => e.event), [EVENT]);
  const [e] = events;
  assert.equal(e.event_ts, Date.parse(AT), 'it happened as the call started to ring at emergency services');
  const o = e.payload.object;
  assert.equal(o.call_id, call.call_id);
  assert.deepEqual(o.caller, {
    id: ada.id,
    extension_type: 'user',
    extension_number: '101',
    phone_number: ada.phone_numbers[0].number,
    display_name: 'Ada Lovelace',
    site_id: ada.site.id,
    site_name: ada.site.name,
  });
  assert.deepEqual(o.callee, { phone_number: '911' });
  assert.deepEqual(o.location, { gps: [], ip: [], bssid: [] });
  assert.equal(o.router, 'ZOOM');
  assert.equal(o.deliver_to, 'PSAP');
  assert.equal(o.ringing_start_time, call.start_time);
  // Her own default personal address, as the emergency addresses list shows it.
  const mine = await s.api('GET', '/phone/emergency_addresses', { query: { user_id: ada.id, page_size: 100 } });
  assert.equal(mine.status, 200);
  const own = mine.body.emergency_addresses.find((a: any) => a.is_default);
  assert.ok(own, 'the demo gives Ada a default personal address');
  assert.deepEqual(o.emergency_address, lines(own));
});

test("a user without a personal address, and a common area, are shown at their site's default emergency address", async () => {
  const grace = users.get(102);
  const site = await s.api('GET', `/phone/sites/${grace.site.id}`);
  assert.equal(site.status, 200);
  const siteAddress = lines(site.body.default_emergency_address);
  const from = await steps.mark();
  await place({ from: '102', to: '933', at: AT });
  await place({ from: '100190', to: '112', at: AT });
  const [user, area] = await steps.since(from);
  assert.equal(user.payload.object.caller.id, grace.id);
  assert.deepEqual(user.payload.object.callee, { phone_number: '933' });
  assert.deepEqual(user.payload.object.emergency_address, siteAddress);
  const areas = await s.api('GET', '/phone/common_areas', { query: { page_size: 100 } });
  const lobby = areas.body.common_areas.find((a: any) => a.extension_number === 100190);
  assert.deepEqual(area.payload.object.caller, {
    id: lobby.id,
    extension_type: 'commonAreaPhone',
    extension_number: '100190',
    phone_number: lobby.phone_numbers[0].number,
    display_name: lobby.display_name,
    site_id: lobby.site.id,
    site_name: lobby.site.name,
  });
  assert.deepEqual(area.payload.object.callee, { phone_number: '112' });
  assert.deepEqual(area.payload.object.emergency_address, siteAddress);
});

test('a refused emergency call, an ordinary call out and a call from outside to the account raise no phone.emergency_alert', async () => {
  const ada = users.get(101);
  const policy = (p: object) => s.api('PATCH', `/phone/users/${ada.id}/policies/allow_emergency_calls`, { body: { allow_emergency_calls: p } });
  const from = await steps.mark();
  assert.equal((await policy({ enable: false })).status, 204);
  try {
    assert.equal((await place({ from: '101', to: '911', at: AT })).outcome, 'blocked');
  } finally {
    assert.equal((await policy({ reset: true })).status, 204);
  }
  await place({ from: '101', to: '+14155550123', at: AT });
  await place({ from: '+14155550123', to: '101', at: AT });
  assert.deepEqual(await steps.since(from), []);
});

test("Zoom's SDK receiver takes phone.emergency_alert, signed with the app's token, as its declared type", async () => {
  const rivet = await startRivetReceiver(SECRET);
  try {
    const sub = await subscribe(s, { endpoint_url: rivet.url, events: [EVENT], secret_token: SECRET });
    assert.equal(sub.status, 'active');
    const call = await place({ from: '106', to: '911', at: AT });
    await s.sandbox.dispatcher.idle();
    const log = await deliveryLog(s, sub.id);
    assert.deepEqual(log.map((d: any) => [d.event, d.status]), [[EVENT, 'delivered']]);
    assert.equal(rivet.events.length, 1);
    assertPhoneEvent(rivet.events[0]);
    assert.equal(rivet.events[0].payload.object.call_id, call.call_id);
    assert.equal(rivet.events[0].payload.object.caller.extension_number, '106');
    assert.equal((await s.admin('DELETE', `/webhooks/${sub.id}`)).status, 204);
  } finally {
    await rivet.close();
  }
});
