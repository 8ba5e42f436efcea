// The call scenarios (test/sim/scenarios.test.ts) end to end through the
// webhooks: one endpoint subscribed to every phone.* event Zoom's SDK declares
// receives, for each scenario placed over HTTP, exactly the events the path the
// simulator answers should raise under docs/webhooks.md — each party's own, in
// order, plus the recording, voicemail, summary and log events the call leaves —
// every one signed and of its declared type, its ids the API's own.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../support/server.ts';
import { deliveryLog, eventSteps, startReceiver, subscribe, type Receiver } from '../support/webhooks.ts';
import { phoneEventNames } from '../support/phone-events.ts';
import { ManualClock } from '../../src/clock.ts';

const NOW = Date.UTC(2026, 10, 25, 8, 0, 0);
/** Tuesday 24 November 2026, 10:00 in Los Angeles; and 20:00 the same day. */
const TUESDAY_10_LA = '2026-11-24T18:00:00Z';
const TUESDAY_20_LA = '2026-11-25T04:00:00Z';
const CALLER = '+14155550123';
/** The demo Blocked List's number. */
const BLOCKED = '+12065550142';
const LONDON = '+442071234567';
/** An outside number with no conversation in the demo yet. */
const TEXTER = '+13035550177';
const DAY = { from: '2026-11-24', to: '2026-11-25' };
const SECRET = 'scenario-events-secret';
/** The transcript is served a minute after the recording ends (docs/webhooks.md). */
const TRANSCRIBE_MS = 60_000;

let s: TestServer;
let r: Receiver;
let subscriptionId = '';
let steps: ReturnType<typeof eventSteps>;
const users = new Map<string, { id: string; extension_id: string; phone_numbers?: { number: string }[] }>();
/** Every id and number of a demo party (user id, extension id, phone number) → its extension number. */
const extensionOf = new Map<string, string>();
let mainNumber = '';
let receptionist = { id: '', extension_id: '' };

before(async () => {
  s = await startServer({ clock: new ManualClock(NOW) });
  const list = await s.api('GET', '/phone/users', { query: { page_size: 100 } });
  for (const u of list.body.users) {
    const ext = String(u.extension_number);
    users.set(ext, u);
    for (const key of [u.id, u.extension_id, ...(u.phone_numbers ?? []).map((n: any) => n.number)]) extensionOf.set(key, ext);
  }
  const ars = await s.api('GET', '/phone/auto_receptionists', { query: { page_size: 100 } });
  receptionist = ars.body.auto_receptionists.find((x: any) => x.extension_number === 1000);
  mainNumber = (await s.api('GET', `/phone/auto_receptionists/${receptionist.id}`)).body.phone_numbers[0].number;
  for (const key of [receptionist.id, receptionist.extension_id, mainNumber]) extensionOf.set(key, '1000');

  r = await startReceiver({ secret: SECRET });
  const names = phoneEventNames();
  assert.equal(names.length, 59, "Zoom's SDK declares 59 phone events");
  const sub = await subscribe(s, { endpoint_url: r.url, events: names, secret_token: SECRET });
  assert.equal(sub.status, 'active');
  assert.deepEqual([...sub.events].sort(), [...names].sort());
  subscriptionId = sub.id;
  steps = eventSteps(s, r);
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

/** Runs `action` and answers what it returned and the events it made the endpoint receive (signed, typed, the demo account's). */
async function received<T>(action: () => Promise<T>): Promise<{ result: T; events: any[] }> {
  const from = await steps.mark();
  const result = await action();
  return { result, events: await steps.since(from) };
}

const LOG_EVENTS = /_call_(log|history)_completed$/;

/** The party an event is about, by extension number (or the raw id or number when it is no demo party's). */
function whoOf(e: any): string {
  const o = e.payload.object;
  const name: string = e.event.replace(/^phone\./, '');
  let key: unknown;
  if (LOG_EVENTS.test(e.event) || name === 'ai_call_summary_changed') key = o.user_id;
  else if (name.startsWith('caller_')) key = o.caller.extension_number ?? o.caller.phone_number;
  else if (name.startsWith('callee_')) key = o.callee.extension_number ?? o.callee.phone_number;
  else if (name === 'recording_started' || name === 'recording_stopped') key = o.owner.id;
  else if (name.startsWith('recording_')) key = o.recordings[0].owner.id;
  else if (name.startsWith('voicemail_')) key = o.callee_user_id ?? o.callee_id ?? o.callee_number;
  else if (name.startsWith('sms_')) key = o.owner.id;
  else if (o.owner) key = o.owner.id;
  const k = String(key);
  return extensionOf.get(k) ?? k;
}

const label = (e: any) => `${e.event.replace(/^phone\./, '')} ${whoOf(e)}`;

/** Each party's events, in the order that party received them. */
function byParty(events: any[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const e of events) (out[whoOf(e)] ??= []).push(e.event.replace(/^phone\./, ''));
  return out;
}

/** The call an event is of, wherever its object keeps the id. */
function callIdOf(e: any): string | undefined {
  const o = e.payload.object;
  return o.call_id ?? o.call_logs?.[0]?.call_id ?? o.recordings?.[0]?.call_id;
}

/** Results of a leg that reached a mailbox rather than a phone. */
const MAILBOX_RESULTS = new Set(['voicemail', 'hang_up']);

/**
 * Each event's moment against the path the simulator answered: a member rings
 * when its leg starts and stops when it ends; the caller rings when the call
 * starts; the end, the logs, the summary, the recording and the voicemail come
 * at the call's end, the recording's transcript a minute later.
 */
function assertTimesFollowPath(call: any, events: any[]): void {
  const legOf = (ext: string) => {
    // The extension's own mailbox (its greeting, a message left) is a leg of the path too, but rings no phone.
    const legs = call.path.filter((l: any) => l.callee.extension_number === ext && !MAILBOX_RESULTS.has(l.result));
    assert.equal(legs.length, 1, `one leg of the path rings ${ext}`);
    return legs[0];
  };
  const end = Date.parse(call.end_time);
  for (const e of events) {
    const name = e.event.replace(/^phone\./, '');
    const expected =
      name === 'callee_ringing' ? Date.parse(legOf(whoOf(e)).start_time)
      : name === 'callee_missed' || name === 'callee_ended' ? Date.parse(legOf(whoOf(e)).end_time)
      : name === 'caller_ringing' ? Date.parse(call.start_time)
      : name === 'recording_transcript_completed' ? end + TRANSCRIBE_MS
      : ['caller_ended', 'recording_stopped', 'recording_completed', 'voicemail_received', 'voicemail_transcript_completed', 'ai_call_summary_changed'].includes(name) || LOG_EVENTS.test(e.event) ? end
      : undefined;
    if (expected !== undefined) assert.equal(e.event_ts, expected, `${label(e)}: event_ts`);
  }
}

/** The user's log of the call in each edition's view. */
async function userViews(ext: string, callId: string): Promise<{ log: any; history: any }> {
  const user = users.get(ext)!;
  const logs = await s.api('GET', `/phone/users/${user.id}/call_logs`, { query: { ...DAY, page_size: 300 } });
  const hist = await s.api('GET', `/phone/users/${user.id}/call_history`, { query: { ...DAY, page_size: 300 } });
  assert.equal(logs.status, 200);
  assert.equal(hist.status, 200);
  return { log: logs.body.call_logs.find((l: any) => l.call_id === callId), history: hist.body.call_logs.find((l: any) => l.call_id === callId) };
}

/**
 * Every event is of this call, and each log event carries the id of the log
 * the user's own view shows (call_logs for the old edition, call_history for the new).
 */
async function assertIdsOfCall(call: any, events: any[]): Promise<void> {
  for (const e of events) assert.equal(callIdOf(e), call.call_id, `${label(e)}: call_id is the simulator's`);
  for (const e of events.filter((x) => LOG_EVENTS.test(x.event))) {
    const views = await userViews(whoOf(e), call.call_id);
    const view = e.event.endsWith('_call_log_completed') ? views.log : views.history;
    assert.ok(view, `${label(e)}: the user's view shows the call`);
    assert.equal(e.payload.object.call_logs.length, 1);
    assert.equal(e.payload.object.call_logs[0].id, view.id, `${label(e)}: the log id is the view's`);
  }
}

test("main number in business hours → IVR key 1 → Sales queue, its second member answers, recorded: both members' phones, then the logs, the recording and the summary", async () => {
  const { result: call, events } = await received(() =>
    place({ from: CALLER, to: mainNumber, at: TUESDAY_10_LA, script: { digits: '1', answered_by: '102', talk_seconds: 90, record: true } }),
  );
  assert.equal(call.outcome, 'answered');
  assert.deepEqual(
    call.path.map((l: any) => [l.event, l.callee.extension_number, l.result]),
    [
      ['incoming', '1000', 'connected'],
      ['forward', '100800', 'answered'],
      ['ring_to_member', '101', 'no_answer'],
      ['ring_to_member', '102', 'answered'],
    ],
  );
  // The caller is outside (no caller events), the receptionist and the queue have no phone:
  // only the two members' phones ring; Ada's stops when Grace answers; Grace's recording starts
  // as she answers and stops as the call ends; its completion and her summary (she talked on a
  // recorded call) come after the call's own events.
  assert.deepEqual(byParty(events), {
    101: ['callee_ringing', 'callee_ended', 'callee_call_log_completed', 'callee_call_history_completed'],
    102: [
      'callee_ringing',
      'callee_answered',
      'recording_started',
      'recording_stopped',
      'callee_ended',
      'callee_call_log_completed',
      'callee_call_history_completed',
      'recording_completed',
      'recording_transcript_completed',
      'ai_call_summary_changed',
    ],
  });
  assert.deepEqual(events.map(label), [
    'callee_ringing 101',
    'callee_ringing 102',
    'callee_answered 102',
    'callee_ended 101',
    'recording_started 102',
    'recording_stopped 102',
    'callee_ended 102',
    'callee_call_log_completed 101',
    'callee_call_log_completed 102',
    'callee_call_history_completed 101',
    'callee_call_history_completed 102',
    'recording_completed 102',
    'recording_transcript_completed 102',
    'ai_call_summary_changed 102',
  ]);
  for (const e of events.filter((x) => /callee_(ringing|answered|ended)$/.test(x.event))) {
    assert.equal(e.payload.object.forwarded_by?.extension_number, '100800', `${label(e)}: the queue forwarded it`);
  }
  const [started, stopped] = events.filter((e) => /recording_(started|stopped)$/.test(e.event));
  assert.equal(started.payload.object.id, call.recording_ids[0]);
  assert.equal(started.event_ts, events.find((e) => e.event === 'phone.callee_answered').event_ts, 'the recording starts as Grace answers');
  assert.equal(stopped.payload.object.sip_id, started.payload.object.sip_id);
  assert.equal(started.payload.object.recording_type, 'Automatic');
  assertTimesFollowPath(call, events);
  await assertIdsOfCall(call, events);

  const grace = await userViews('102', call.call_id);
  const [recording, transcript, summary] = events.slice(11);
  assert.deepEqual(call.recording_ids, [recording.payload.object.recordings[0].id]);
  assert.equal(recording.payload.object.recordings[0].call_log_id, grace.log.id);
  assert.equal(transcript.payload.object.recordings[0].id, call.recording_ids[0]);
  assert.deepEqual(summary.payload.object.call_log_ids, [grace.log.id]);
  const shown = await s.api('GET', `/phone/user/${users.get('102')!.id}/ai_call_summary/${summary.payload.object.ai_call_summary_id}`);
  assert.equal(shown.status, 200, JSON.stringify(shown.body));
  assert.equal(shown.body.call_id, call.call_id);
});

test("the same call after hours goes to the receptionist's voicemail: no phone rings, the receptionist's mailbox gets the voicemail and its transcript", async () => {
  const hours = await s.api('PATCH', `/phone/extension/${receptionist.extension_id}/call_handling/settings/business_hours`, {
    body: { sub_setting_type: 'custom_hours', settings: { type: 2, custom_hours_settings: [1, 2, 3, 4, 5, 6, 7].map((weekday) => (weekday === 1 || weekday === 7 ? { weekday, type: 0 } : { weekday, type: 2, from: '09:00', to: '17:00' })) } },
  });
  assert.equal(hours.status, 204);
  const { result: call, events } = await received(() => place({ from: CALLER, to: mainNumber, at: TUESDAY_20_LA, script: { digits: '1', voicemail_seconds: 42 } }));
  assert.equal(call.outcome, 'voicemail');
  assert.deepEqual(call.path.map((l: any) => [l.event, l.callee.extension_number, l.result]), [['incoming', '1000', 'connected'], ['forward', '1000', 'voicemail']]);
  // The receptionist's own mailbox (no transfer to another's), and it is no user: no log events.
  assert.deepEqual(byParty(events), { 1000: ['voicemail_received', 'voicemail_transcript_completed'] });
  assertTimesFollowPath(call, events);
  await assertIdsOfCall(call, events);
  const accountLogs = await s.api('GET', '/phone/call_logs', { query: { ...DAY, page_size: 300 } });
  const mailboxLog = accountLogs.body.call_logs.find((l: any) => l.call_id === call.call_id && l.owner?.extension_number === 1000);
  assert.ok(mailboxLog, "the account's call logs show the receptionist's log of the call");
  for (const e of events) {
    assert.equal(e.payload.object.id, call.voicemail_id);
    assert.equal(e.payload.object.call_log_id, mailboxLog.id, `${e.event}: the receptionist's log`);
    assert.equal(e.payload.object.callee_extension_type, 'autoReceptionist');
  }
});

test('a call from a number on the Blocked List to the main number: nothing is delivered', async () => {
  const { result: call, events } = await received(() => place({ from: BLOCKED, to: mainNumber, at: TUESDAY_10_LA }));
  assert.equal(call.outcome, 'blocked');
  assert.equal(call.path.length, 1);
  assert.deepEqual(events.map(label), []);
  // Nobody's phone rang and no user has a log of it: nothing to tell.
  for (const ext of ['101', '102']) assert.equal((await userViews(ext, call.call_id)).log, undefined);
});

test("a missed call with no voicemail: the user's phone rings and misses it, then the user's logs; no voicemail event", async () => {
  const { result: call, events } = await received(() => place({ from: CALLER, to: '104', at: TUESDAY_10_LA, script: { no_answer: true, voicemail_seconds: 0 } }));
  assert.equal(call.outcome, 'missed');
  assert.equal(call.voicemail_id, undefined);
  assert.deepEqual(byParty(events), { 104: ['callee_ringing', 'callee_missed', 'callee_call_log_completed', 'callee_call_history_completed'] });
  assertTimesFollowPath(call, events);
  await assertIdsOfCall(call, events);
  assert.equal(events[2].payload.object.call_logs[0].has_voicemail, false);
  assert.equal(events[2].payload.object.call_logs[0].result, 'Missed');
});

test("an SMS exchange: an outside number texts Ada's number, Ada answers; sms_received then sms_sent, in the one session", async () => {
  const ada = users.get('101')!;
  const adaNumber = ada.phone_numbers![0]!.number;
  const { result, events } = await received(async () => {
    const inbound = await s.admin('POST', '/sms', { from: TEXTER, to: adaNumber, text: 'Are you open tomorrow?', at: '2026-11-25T07:00:00Z' });
    assert.equal(inbound.status, 201, JSON.stringify(inbound.body));
    const reply = await s.api('POST', '/phone/sms/messages', { body: { sender: { phone_number: adaNumber }, to_members: [{ phone_number: TEXTER }], message: 'Yes, from 9 to 5.' } });
    assert.equal(reply.status, 201, JSON.stringify(reply.body));
    return { inbound: inbound.body, reply: reply.body };
  });
  assert.deepEqual(byParty(events), { 101: ['sms_received', 'sms_sent'] });
  const [got, sent] = events;
  assert.equal(got.payload.object.message_id, result.inbound.message_id);
  assert.equal(got.payload.object.session_id, result.inbound.session_id);
  assert.deepEqual(got.payload.object.sender, { phone_number: TEXTER });
  assert.equal(got.event_ts, Date.parse('2026-11-25T07:00:00Z'));
  assert.equal(sent.payload.object.message_id, result.reply.message_id);
  assert.equal(sent.payload.object.session_id, result.inbound.session_id, 'the reply joins the session the text opened');
  assert.equal(sent.payload.object.sender.phone_number, adaNumber);
  assert.deepEqual(sent.payload.object.to_members, [{ phone_number: TEXTER }]);
  assert.equal(sent.event_ts, NOW);
  const session = await s.api('GET', `/phone/sms/sessions/${result.inbound.session_id}`, { query: { page_size: 300 } });
  assert.equal(session.status, 200);
  assert.deepEqual(
    session.body.sms_histories.map((m: any) => m.message_id).filter((id: string) => id === result.inbound.message_id || id === result.reply.message_id).sort(),
    [result.inbound.message_id, result.reply.message_id].sort(),
  );
});

test('a call out to London from a user: the caller rings, is connected, ends, then gets its logs; the outside callee raises nothing', async () => {
  const { result: call, events } = await received(() => place({ from: '103', to: LONDON, at: TUESDAY_10_LA, script: { talk_seconds: 130 } }));
  assert.equal(call.outcome, 'answered');
  assert.deepEqual(byParty(events), { 103: ['caller_ringing', 'caller_connected', 'caller_ended', 'caller_call_log_completed', 'caller_call_history_completed'] });
  assertTimesFollowPath(call, events);
  await assertIdsOfCall(call, events);
  const [ringing, connected, , log] = events;
  assert.equal(ringing.payload.object.callee.phone_number, LONDON);
  assert.equal(connected.payload.object.callee.phone_number, LONDON);
  assert.equal(log.payload.object.call_logs[0].call_type, 'international');
  assert.equal(log.payload.object.call_logs[0].direction, 'outbound');
  assert.equal(log.payload.object.call_logs[0].duration, 130);
});

test("an inbound fax raises no event (Zoom's SDK declares none), though the fax is received", async () => {
  const katherine = users.get('104')!;
  const { result: fax, events } = await received(async () => {
    const res = await s.admin('POST', '/faxes', { from: CALLER, to: katherine.phone_numbers![0]!.number, pages: 2, at: TUESDAY_10_LA });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body;
  });
  assert.deepEqual(events.map(label), []);
  const details = await s.api('GET', `/phone/fax/logs/${fax.fax_log_id}`);
  assert.equal(details.status, 200);
  assert.equal(details.body[0].direction, 'inbound');
});

test('the delivery log holds every event the endpoint received, each delivered at the first attempt, in the order received', async () => {
  await s.sandbox.dispatcher.idle();
  const log = await deliveryLog(s, subscriptionId);
  const got = r.events();
  assert.equal(log.length, got.length);
  assert.deepEqual(log.map((d) => d.event), got.map((e) => e.event));
  for (const d of log) {
    assert.equal(d.status, 'delivered', `${d.event}: ${JSON.stringify(d.attempts)}`);
    assert.equal(d.attempts.length, 1);
  }
});
