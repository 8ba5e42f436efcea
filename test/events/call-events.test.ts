// The phone.* events of simulated calls: for each kind of call the issue names,
// the exact events each party's side gets, in order; every event against the type
// Zoom's SDK declares for it; and every id, number, name, time and result in them
// against what the API's views show of the same call.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startServer, type TestServer } from '../support/server.ts';
import { assertPhoneEvent } from '../support/phone-events.ts';
import { externalParty, oneLegCall, queueCall, recordCalls, userParty } from '../support/calls.ts';
import { ManualClock } from '../../src/clock.ts';
import { DEMO_DEFAULTS } from '../../src/sandbox.ts';
import type { CallParty } from '../../src/families/call-logs/public.ts';
import { startReceiver, subscribe } from '../support/webhooks.ts';
import { callTranslators } from '../../src/events/translators/calls.ts';
import { captureCalls, type CallCapture, type Delivered } from './call-capture.ts';

const NOW = Date.UTC(2026, 10, 25, 8, 0, 0);
/** Tuesday 24 November 2026, 10:00 in Los Angeles: business hours everywhere in the demo. */
const TUESDAY_10_LA = '2026-11-24T18:00:00Z';
const CALLER = '+14155550123';
/** The demo Blocked List's number. */
const BLOCKED = '+12065550142';
const DAY = { from: '2026-11-24', to: '2026-11-25' };

const schemas: Record<string, any> = JSON.parse(readFileSync(new URL('../../spec/phone-events.json', import.meta.url), 'utf8'));

let s: TestServer;
let calls: CallCapture;
/** Demo users by extension number, and extension numbers by user id. */
const users = new Map<string, { id: string; extension_id: string }>();
const extensionOfUser = new Map<string, string>();
let mainNumber = '';
let mainReceptionist: { id: string; extension_id: string } = { id: '', extension_id: '' };

before(async () => {
  s = await startServer({ clock: new ManualClock(NOW) });
  calls = captureCalls(s);
  const list = await s.api('GET', '/phone/users', { query: { page_size: 100 } });
  for (const u of list.body.users) {
    users.set(String(u.extension_number), u);
    extensionOfUser.set(u.id, String(u.extension_number));
  }
  const ars = await s.api('GET', '/phone/auto_receptionists', { query: { page_size: 100 } });
  mainReceptionist = ars.body.auto_receptionists.find((r: any) => r.extension_number === 1000);
  mainNumber = (await s.api('GET', `/phone/auto_receptionists/${mainReceptionist.id}`)).body.phone_numbers[0].number;
});
after(() => s.close());

async function place(body: Record<string, unknown>): Promise<any> {
  const res = await s.admin('POST', '/calls', body);
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body;
}

const LOG_EVENTS = /_call_(log|history)_completed$/;

/** An event as `name who`: the side's extension (or number), the log's user, a transfer's owner > target. */
function label(e: Delivered): string {
  const o = e.payload.object;
  const name = e.event.replace(/^phone\./, '');
  if (LOG_EVENTS.test(e.event)) return `${name} ${extensionOfUser.get(o.user_id) ?? o.user_id}`;
  if (o.transfer_phone_number !== undefined) return `${name} ${o.owner?.extension_number ?? o.owner?.name}>${o.transfer_phone_number}`;
  const side = name.startsWith('caller_') ? o.caller : o.callee;
  return `${name} ${side.extension_number ?? side.phone_number}`;
}

/** The events of a call placed through the simulator, each checked against its declared type. */
function eventsOf(callId: string): Delivered[] {
  const { events } = calls.of(callId);
  for (const e of events) {
    assertPhoneEvent(e);
    assert.equal(e.payload.account_id, DEMO_DEFAULTS.accountId);
    assert.ok(Number.isInteger(e.event_ts), `${e.event}: event_ts ${e.event_ts}`);
  }
  assert.deepEqual(
    events.map((e) => e.event_ts),
    [...events.map((e) => e.event_ts)].sort((a, b) => a - b),
    'events are delivered in the order they happened',
  );
  return events;
}

/**
 * Every field an event's item declares that the view shows too holds the view's
 * value (objects compared the same way, field by field): nothing the API shows
 * of the log is missing from or different in the event.
 */
function assertSameAsView(item: any, view: any, schema: any, where: string): void {
  for (const [key, sub] of Object.entries<any>(schema.properties ?? {})) {
    if (view[key] === undefined) continue;
    if (sub.type === 'object' && typeof view[key] === 'object') {
      assert.ok(item[key], `${where}.${key} is missing; the view shows ${JSON.stringify(view[key])}`);
      assertSameAsView(item[key], view[key], sub, `${where}.${key}`);
    } else {
      assert.deepEqual(item[key], view[key], `${where}.${key}`);
    }
  }
}

const itemSchema = (event: string) => schemas[event].properties.payload.properties.object.properties.call_logs.items;

/**
 * The ids, times and parties of a call's events against the API's views: the call
 * id; each ringing phone an element of the call path with that callee and start;
 * each log item the user's own call log (GET /phone/users/{userId}/call_logs) and
 * call history entry (GET /phone/users/{userId}/call_history) of the call.
 */
async function assertMatchesViews(call: any, events: Delivered[]): Promise<void> {
  const path = (await s.api('GET', `/phone/call_history/${call.call_history_uuid}`)).body.call_path as any[];
  for (const e of events) {
    const o = e.payload.object;
    if (LOG_EVENTS.test(e.event)) {
      assert.equal(o.call_logs.length, 1);
      const item = o.call_logs[0];
      assert.equal(item.call_id, call.call_id);
      const history = e.event.endsWith('_call_history_completed');
      const view = history
        ? (await s.api('GET', `/phone/users/${o.user_id}/call_history`, { query: { ...DAY, page_size: 300 } })).body.call_logs.find((l: any) => l.call_id === call.call_id)
        : (await s.api('GET', `/phone/users/${o.user_id}/call_logs`, { query: { ...DAY, page_size: 300 } })).body.call_logs.find((l: any) => l.call_id === call.call_id);
      assert.ok(view, `${label(e)}: the user's ${history ? 'call history' : 'call logs'} do not show call ${call.call_id}`);
      assert.equal(item.id, view.id, `${label(e)}: the log id`);
      assertSameAsView(item, view, itemSchema(e.event), label(e));
      assert.equal(e.event_ts, Date.parse(call.end_time), `${label(e)} comes at the call's end`);
      continue;
    }
    assert.equal(o.call_id, call.call_id, `${label(e)}: call_id`);
    if (e.event.startsWith('phone.callee_') && o.ringing_start_time === undefined) {
      // Hold: the phone holding is one that answered on the path.
      assert.ok(path.some((el) => el.callee_ext_id === o.callee.extension_id && el.result === 'answered'), `${label(e)}: no answered element of ${o.callee.extension_id}`);
    } else if (e.event.startsWith('phone.callee_')) {
      const element = path.find((el) => el.callee_ext_id === o.callee.extension_id && el.start_time === o.ringing_start_time);
      assert.ok(element, `${label(e)}: no element of the call path rang ${o.callee.extension_id} at ${o.ringing_start_time}`);
      assert.equal(o.callee.extension_number, Number(element.callee_ext_number));
      assert.equal(o.caller.phone_number, element.caller_did_number ?? element.caller_ext_number);
      if (e.event === 'phone.callee_answered') assert.equal(o.answer_start_time, element.answer_time);
      if (e.event === 'phone.callee_missed' || e.event === 'phone.callee_ended') assert.equal(o.call_end_time, element.end_time);
      if (o.forwarded_by) assert.equal(o.forwarded_by.extension_number, element.operator_ext_number);
    }
  }
  // Each moment is the event's own: event_ts is the time its object names.
  for (const e of events) {
    const o = e.payload.object;
    const named = { 'phone.caller_ringing': o.ringing_start_time, 'phone.callee_ringing': o.ringing_start_time, 'phone.callee_answered': o.answer_start_time, 'phone.caller_connected': o.connected_start_time, 'phone.callee_missed': o.call_end_time, 'phone.callee_ended': o.call_end_time, 'phone.caller_ended': o.call_end_time }[e.event] ?? o.date_time;
    if (named !== undefined) assert.equal(e.event_ts, Date.parse(named), `${label(e)}: event_ts`);
  }
}

test('an inbound call answered by a user: the user hears it ring, answers, ends, then gets its call log and call history', async () => {
  const call = await place({ from: CALLER, to: '104', at: TUESDAY_10_LA, script: { ring_seconds: 7, talk_seconds: 45 } });
  const events = eventsOf(call.call_id);
  assert.deepEqual(events.map(label), [
    'callee_ringing 104',
    'callee_answered 104',
    'callee_ended 104',
    'callee_call_log_completed 104',
    'callee_call_history_completed 104',
  ]);
  await assertMatchesViews(call, events);
  const [ringing, answered] = events;
  assert.equal(ringing!.payload.object.caller.phone_number, CALLER);
  assert.equal(ringing!.payload.object.caller.connection_type, 'pstn_off_net');
  assert.equal(ringing!.payload.object.callee.user_id, users.get('104')!.id);
  assert.equal(answered!.event_ts - ringing!.event_ts, 7000);
  const log = events[3]!.payload.object.call_logs[0];
  assert.equal(log.result, 'Call connected');
  assert.equal(log.duration, 45);
  assert.equal(log.direction, 'inbound');
});

test('main number → IVR → Sales queue, its second member answers: both members ring, the first stops when the second answers; the queue forwarded both', async () => {
  const call = await place({ from: CALLER, to: mainNumber, at: TUESDAY_10_LA, script: { digits: '1', answered_by: '102', talk_seconds: 90 } });
  const events = eventsOf(call.call_id);
  assert.deepEqual(events.map(label), [
    'callee_ringing 101',
    'callee_ringing 102',
    'callee_answered 102',
    'callee_ended 101',
    'callee_ended 102',
    'callee_call_log_completed 101',
    'callee_call_log_completed 102',
    'callee_call_history_completed 101',
    'callee_call_history_completed 102',
  ]);
  await assertMatchesViews(call, events);
  for (const e of events.slice(0, 5)) assert.deepEqual(e.payload.object.forwarded_by, { name: 'Sales', extension_number: '100800', extension_type: 'callQueue' });
  // Ada did not answer because Grace did: her end has no answer, her logs say so.
  assert.equal(events[3]!.payload.object.answer_start_time, undefined);
  assert.equal(events[5]!.payload.object.call_logs[0].result, 'Answered by Other Member');
  assert.equal(events[7]!.payload.object.call_logs[0].result_reason, 'answered_by_other');
  assert.equal(events[6]!.payload.object.call_logs[0].forwarded_by.extension_type, 'callQueue');
});

test('a missed call that goes to voicemail: the phone rings out, then the logs show the voicemail', async () => {
  const call = await place({ from: CALLER, to: '104', at: TUESDAY_10_LA, script: { no_answer: true, voicemail_seconds: 30 } });
  assert.equal(call.outcome, 'voicemail');
  const events = eventsOf(call.call_id);
  assert.deepEqual(events.map(label), ['callee_ringing 104', 'callee_missed 104', 'callee_call_log_completed 104', 'callee_call_history_completed 104']);
  await assertMatchesViews(call, events);
  assert.equal(events[2]!.payload.object.call_logs[0].has_voicemail, true);
  assert.equal(events[3]!.payload.object.call_logs[0].voicemail_id, call.voicemail_id);
});

test('a blocked caller rings nobody: a call to the main number raises no event; one to a user leaves only the log the user sees', async () => {
  const toMain = await place({ from: BLOCKED, to: mainNumber, at: TUESDAY_10_LA });
  assert.equal(toMain.outcome, 'blocked');
  assert.deepEqual(eventsOf(toMain.call_id).map(label), []);

  const toUser = await place({ from: BLOCKED, to: '101', at: TUESDAY_10_LA });
  assert.equal(toUser.outcome, 'blocked');
  const events = eventsOf(toUser.call_id);
  assert.deepEqual(events.map(label), ['callee_call_log_completed 101', 'callee_call_history_completed 101']);
  await assertMatchesViews(toUser, events);
  assert.equal(events[0]!.payload.object.call_logs[0].result, 'Blocked');
  assert.equal(events[1]!.payload.object.call_logs[0].result, 'system_blocked');
});

test('an outbound call: the caller rings, is connected, puts the other end on hold and takes it back, ends; the caller gets the logs', async () => {
  const call = await place({ from: '103', to: '+442071234567', at: TUESDAY_10_LA, script: { talk_seconds: 130, hold_seconds: 20 } });
  const events = eventsOf(call.call_id);
  assert.deepEqual(events.map(label), [
    'caller_ringing 103',
    'caller_connected 103',
    'caller_hold 103',
    'caller_unhold 103',
    'caller_ended 103',
    'caller_call_log_completed 103',
    'caller_call_history_completed 103',
  ]);
  await assertMatchesViews(call, events);
  const [ringing, , hold, unhold, ended] = events;
  assert.equal(ringing!.payload.object.callee.phone_number, '+442071234567');
  assert.equal(ringing!.payload.object.callee.extension_type, 'pstn');
  assert.equal(ringing!.payload.object.caller.extension_id, users.get('103')!.extension_id);
  assert.equal(unhold!.event_ts - hold!.event_ts, 20_000);
  assert.equal(ended!.payload.object.call_end_time, call.end_time);
  const log = events[5]!.payload.object.call_logs[0];
  assert.equal(log.direction, 'outbound');
  assert.equal(log.call_type, 'international');
  assert.equal(log.hold_time, 20);
});

test('an internal call with hold and a transfer: both sides hear every moment, the transfer names who made it and where it went', async () => {
  const call = await place({ from: '103', to: '101', at: TUESDAY_10_LA, script: { hold_seconds: 10, talk_seconds: 40, transfer_to: '102' } });
  const events = eventsOf(call.call_id);
  assert.deepEqual(events.map(label), [
    'caller_ringing 103',
    'callee_ringing 101',
    'callee_answered 101',
    'caller_connected 103',
    'callee_hold 101',
    'callee_unhold 101',
    'blind_transfer_initiated 101>102',
    'callee_ended 101',
    'callee_ringing 102',
    'callee_answered 102',
    'caller_connected 103',
    'callee_hold 102',
    'callee_unhold 102',
    'callee_ended 102',
    'caller_ended 103',
    'caller_call_log_completed 103',
    'callee_call_log_completed 101',
    'callee_call_log_completed 102',
    'caller_call_history_completed 103',
    'callee_call_history_completed 101',
    'callee_call_history_completed 102',
  ]);
  await assertMatchesViews(call, events);
  const transfer = events[6]!.payload.object;
  assert.deepEqual(transfer.owner, { extension_number: 101, id: users.get('101')!.id, name: 'Ada Lovelace', type: 'user' });
  assert.equal(events[6]!.event_ts, events[7]!.event_ts);
  // The second connection names who the caller now talks to.
  assert.equal(events[10]!.payload.object.callee.extension_id, users.get('102')!.extension_id);
  assert.equal(events[8]!.payload.object.forwarded_by.extension_number, '101');
});

test('a menu key that leaves a voicemail in a user\'s mailbox: the receptionist transfers the call to voicemail', async () => {
  const res = await s.api('PATCH', `/phone/auto_receptionists/${mainReceptionist.id}/ivr`, {
    body: { key_action: { key: '2', action: 200, target: { extension_id: users.get('104')!.extension_id }, voicemail_greeting_id: 'vm-greeting' } },
  });
  assert.equal(res.status, 204, JSON.stringify(res.body));
  const call = await place({ from: CALLER, to: mainNumber, at: TUESDAY_10_LA, script: { digits: '2', voicemail_seconds: 15 } });
  assert.equal(call.outcome, 'voicemail');
  const events = eventsOf(call.call_id);
  assert.deepEqual(events.map(label), ['transfer_call_to_voicemail_initiated 1000>104', 'callee_call_log_completed 104', 'callee_call_history_completed 104']);
  await assertMatchesViews(call, events);
  const transfer = events[0]!.payload.object;
  assert.equal(transfer.owner.type, 'autoReceptionist');
  assert.equal(transfer.owner.id, mainReceptionist.id);
  assert.equal(transfer.date_time, call.path[1].start_time);
});

test('a queue call written as a fixture that no member answers: each member misses it, and the queue forwarded both', async () => {
  const queues = await s.api('GET', '/phone/call_queues', { query: { page_size: 100 } });
  const sales = queues.body.call_queues.find((q: any) => q.extension_number === 100800);
  const queue: CallParty = { extensionId: sales.extension_id, extensionType: 'call_queue', extensionNumber: '100800', name: sales.name, ownerId: sales.id };
  const ada = await userParty(s, 'ada@demo.switchboard.test');
  const grace = await userParty(s, 'grace@demo.switchboard.test');
  const fixture = queueCall(externalParty(), queue, [ada, grace], { startAt: Date.parse(TUESDAY_10_LA) });
  await recordCalls(s, [fixture]);
  const events = eventsOf(fixture.callId);
  assert.deepEqual(events.map(label), [
    'callee_ringing 101',
    'callee_ringing 102',
    'callee_missed 101',
    'callee_missed 102',
    'callee_call_log_completed 101',
    'callee_call_log_completed 102',
    'callee_call_history_completed 101',
    'callee_call_history_completed 102',
  ]);
  const placed = { call_id: fixture.callId, call_history_uuid: fixture.historyUuid, end_time: new Date(fixture.endAt).toISOString().replace('.000', '') };
  await assertMatchesViews(placed, events);
  assert.equal(events[4]!.payload.object.call_logs[0].result, 'Missed');
});

test('a fixture call the callee rejects: callee_rejected, then the caller\'s end; both users get their logs', async () => {
  const ada = await userParty(s, 'ada@demo.switchboard.test');
  const grace = await userParty(s, 'grace@demo.switchboard.test');
  const fixture = oneLegCall(ada, grace, { startAt: Date.parse(TUESDAY_10_LA), ringSeconds: 6, answered: false });
  fixture.legs[0]!.result = 'rejected';
  fixture.result = 'rejected';
  await recordCalls(s, [fixture]);
  const events = eventsOf(fixture.callId);
  assert.deepEqual(events.map(label), [
    'caller_ringing 101',
    'callee_ringing 102',
    'callee_rejected 102',
    'caller_ended 101',
    'caller_call_log_completed 101',
    'callee_call_log_completed 102',
    'caller_call_history_completed 101',
    'callee_call_history_completed 102',
  ]);
  const placed = { call_id: fixture.callId, call_history_uuid: fixture.historyUuid, end_time: new Date(fixture.endAt).toISOString().replace('.000', '') };
  await assertMatchesViews(placed, events);
  assert.equal(events[2]!.event_ts - events[1]!.event_ts, 6000);
  assert.equal(events[5]!.payload.object.call_logs[0].result, 'Rejected');
});

test('end to end: an endpoint subscribed to the call events gets the IVR → queue call signed, in order, each party its own events', async () => {
  const SECRET = 'call-events-secret';
  const all = await startReceiver({ secret: SECRET });
  const logsOnly = await startReceiver({ secret: SECRET });
  try {
    const sub = await subscribe(s, { endpoint_url: all.url, events: [...callTranslators[0]!.makes], secret_token: SECRET });
    const logSub = await subscribe(s, { endpoint_url: logsOnly.url, events: ['phone.callee_call_log_completed', 'phone.caller_call_log_completed'], secret_token: SECRET });
    assert.equal(sub.status, 'active');
    const call = await place({ from: CALLER, to: mainNumber, at: TUESDAY_10_LA, script: { digits: '1', answered_by: '102', talk_seconds: 90 } });
    const got = (await all.waitFor(9)).map((r) => r.body as Delivered);
    await new Promise((done) => setTimeout(done, 300));
    assert.equal(all.events().length, 9, 'nothing more arrives');
    for (const r of all.events()) assert.ok(r.signed, `${r.event} carries a valid x-zm-signature`);
    for (const e of got) assertPhoneEvent(e);
    assert.deepEqual(got.map(label), [
      'callee_ringing 101',
      'callee_ringing 102',
      'callee_answered 102',
      'callee_ended 101',
      'callee_ended 102',
      'callee_call_log_completed 101',
      'callee_call_log_completed 102',
      'callee_call_history_completed 101',
      'callee_call_history_completed 102',
    ]);
    // What the endpoint got is what the translator made of the call, byte for byte.
    assert.deepEqual(got, calls.of(call.call_id).events);
    await assertMatchesViews(call, got);
    // Each party's events, in the order that party lived them.
    const ofParty = (ext: string) =>
      got.filter((e) => (e.payload.object.callee?.extension_number ?? Number(extensionOfUser.get(e.payload.object.user_id))) === Number(ext)).map((e) => e.event.replace('phone.', ''));
    assert.deepEqual(ofParty('101'), ['callee_ringing', 'callee_ended', 'callee_call_log_completed', 'callee_call_history_completed']);
    assert.deepEqual(ofParty('102'), ['callee_ringing', 'callee_answered', 'callee_ended', 'callee_call_log_completed', 'callee_call_history_completed']);
    // A subscription to the call logs alone gets those alone.
    const logs = (await logsOnly.waitFor(2)).map((r) => r.body as Delivered);
    assert.deepEqual(logs.map(label), ['callee_call_log_completed 101', 'callee_call_log_completed 102']);
    await s.admin('DELETE', `/webhooks/${sub.id}`);
    await s.admin('DELETE', `/webhooks/${logSub.id}`);
  } finally {
    await all.close();
    await logsOnly.close();
  }
});
