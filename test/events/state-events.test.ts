// The phone.* events of changes made through the API, end to end: a subscribed
// endpoint receives them as a user deletes a log from its call logs or its call
// history, and recordings and voicemails go to the trash and out of it for good;
// and the AI call summary a recorded call leaves; a desk phone registering. Each matches the type Zoom's
// SDK declares and names the ids the API's views showed before the change.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ManualClock } from '../../src/clock.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { eventSteps, startReceiver, subscribe, type Receiver } from '../support/webhooks.ts';

const NOW = Date.parse('2026-11-25T08:00:00Z');
const AT = '2026-11-24T18:00:00Z';
const DAY = { from: '2026-11-24', to: '2026-11-25' };
const SECRET = 'state-events-secret';
const OUTSIDE = '+14155550123';
const EVENTS = [
  'phone.call_log_deleted',
  'phone.call_history_deleted',
  'phone.recording_deleted',
  'phone.recording_permanently_deleted',
  'phone.voicemail_deleted',
  'phone.voicemail_permanently_deleted',
  'phone.ai_call_summary_changed',
  'phone.device_registration',
];

let s: TestServer;
let r: Receiver;
let steps: ReturnType<typeof eventSteps>;
let user101: { id: string; extension_id: string };

before(async () => {
  s = await startServer({ clock: new ManualClock(NOW) });
  r = await startReceiver({ secret: SECRET });
  const sub = await subscribe(s, { endpoint_url: r.url, events: EVENTS, secret_token: SECRET });
  assert.equal(sub.status, 'active');
  steps = eventSteps(s, r);
  const users = await s.api('GET', '/phone/users', { query: { page_size: 100 } });
  user101 = users.body.users.find((u: any) => String(u.extension_number) === '101');
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

async function ok(method: string, path: string, status = 204) {
  const res = await s.api(method, path);
  assert.equal(res.status, status, `${method} ${path}: ${JSON.stringify(res.body)}`);
  return res;
}

test('a recorded call answered by a user leaves its AI call summary: phone.ai_call_summary_changed with the ids its call history shows', async () => {
  const from = await steps.mark();
  const call = await place({ from: OUTSIDE, to: '101', at: AT, script: { talk_seconds: 60, record: true } });
  const events = await steps.since(from);
  assert.deepEqual(events.map((e) => e.event), ['phone.ai_call_summary_changed']);
  const o = events[0].payload.object;
  // The call history's sync shows each log's summary.
  const history = await s.api('GET', `/phone/users/${user101.id}/call_history/sync`, { query: { sync_type: 'FSync', count: 100 } });
  assert.equal(history.status, 200, JSON.stringify(history.body));
  const entry = history.body.call_logs.find((l: any) => l.call_id === call.call_id);
  assert.ok(entry?.ai_call_summary_id, 'the call history shows the summary');
  const detail = await s.api('GET', `/phone/user/${user101.id}/ai_call_summary/${entry.ai_call_summary_id}`);
  assert.equal(detail.status, 200);
  assert.deepEqual(o, {
    edited: false,
    deleted: false,
    ai_call_summary_id: entry.ai_call_summary_id,
    user_id: user101.id,
    call_id: call.call_id,
    call_log_ids: [entry.id],
    created_time: detail.body.created_time,
    modified_time: detail.body.modified_time,
  });
  assert.equal(events[0].event_ts, Date.parse(detail.body.created_time));
});

test('Delete a call recording: phone.recording_deleted to the trash, phone.recording_permanently_deleted from it', async () => {
  const call = await place({ from: OUTSIDE, to: '101', at: AT, script: { talk_seconds: 20, record: true } });
  const [id] = call.recording_ids;
  const from = await steps.mark();
  await ok('DELETE', `/phone/recordings/${id}`);
  await ok('DELETE', `/phone/recordings/${id}`);
  // Gone for good: a third delete finds nothing, and says nothing.
  await ok('DELETE', `/phone/recordings/${id}`, 404);
  const events = await steps.since(from);
  assert.deepEqual(
    events.map((e) => [e.event, e.payload.object]),
    [
      ['phone.recording_deleted', { recordings: [{ id, call_id: call.call_id }] }],
      ['phone.recording_permanently_deleted', { recordings: [{ id, call_id: call.call_id }] }],
    ],
  );
  assert.equal(events[0].event_ts, NOW);
});

test('Delete a voicemail: phone.voicemail_deleted to the trash, phone.voicemail_permanently_deleted from it', async () => {
  const call = await place({ from: OUTSIDE, to: '101', at: AT, script: { no_answer: true, voicemail_seconds: 15 } });
  const id = call.voicemail_id;
  assert.ok(id);
  const from = await steps.mark();
  await ok('DELETE', `/phone/voice_mails/${id}`);
  const trashed = await s.api('GET', `/phone/voice_mails/${id}`);
  assert.ok(trashed.body.deleted_time, 'the voicemail is in the trash');
  await ok('DELETE', `/phone/voice_mails/${id}`);
  // Gone for good: its details answer the documented 'does not exist'.
  assert.equal((await s.api('GET', `/phone/voice_mails/${id}`)).status, 400);
  const events = await steps.since(from);
  assert.deepEqual(
    events.map((e) => [e.event, e.payload.object, e.event_ts]),
    [
      ['phone.voicemail_deleted', { voice_mails: [{ id }] }, NOW],
      ['phone.voicemail_permanently_deleted', { voice_mails: [{ id }] }, NOW],
    ],
  );
});

test("a user deletes a log from its call logs (phone.call_log_deleted) and from its call history (phone.call_history_deleted); a second delete of either says nothing", async () => {
  const call = await place({ from: OUTSIDE, to: '101', at: AT, script: { talk_seconds: 10 } });
  const logs = await s.api('GET', `/phone/users/${user101.id}/call_logs`, { query: { ...DAY, page_size: 300 } });
  const log = logs.body.call_logs.find((l: any) => l.call_id === call.call_id);
  assert.ok(log, "the user's call logs show the call");
  const history = await s.api('GET', `/phone/users/${user101.id}/call_history`, { query: { ...DAY, page_size: 300 } });
  const entry = history.body.call_logs.find((l: any) => l.call_id === call.call_id);
  assert.ok(entry, "the user's call history shows the call");

  const from = await steps.mark();
  await ok('DELETE', `/phone/users/${user101.id}/call_logs/${log.id}`);
  await ok('DELETE', `/phone/users/${user101.id}/call_logs/${log.id}`, 404);
  await ok('DELETE', `/phone/users/${user101.id}/call_history/${entry.id}`);
  await ok('DELETE', `/phone/users/${user101.id}/call_history/${entry.id}`, 404);
  const events = await steps.since(from);
  assert.deepEqual(
    events.map((e) => [e.event, e.payload.object]),
    [
      ['phone.call_log_deleted', { user_id: user101.id, call_logs: [{ id: log.id, call_id: call.call_id }] }],
      ['phone.call_history_deleted', { user_id: user101.id, move_to_trash: false, execute_time: '2026-11-25T08:00:00Z', delete_all: false, call_log_ids: [entry.id] }],
    ],
  );
  // Each view has lost the log.
  const after = await s.api('GET', `/phone/users/${user101.id}/call_logs`, { query: { ...DAY, page_size: 300 } });
  assert.ok(!after.body.call_logs.some((l: any) => l.id === log.id));
});

test('a desk phone given its first line registers (phone.device_registration); one more line, or a phone added without one, says nothing', async () => {
  const from = await steps.mark();
  const sites = (await s.api('GET', '/phone/sites')).body.sites;
  const added = await s.api('POST', '/phone/devices', { body: { display_name: 'Front desk', type: 'yealink', model: 'T54W', mac_address: '0C:0A:0E:00:00:A1', site_id: sites[0].id } });
  assert.equal(added.status, 201, JSON.stringify(added.body));
  const users = (await s.api('GET', '/phone/users', { query: { page_size: 100 } })).body.users;
  const onMain = users.filter((u: any) => u.site?.id === sites[0].id || u.site_id === sites[0].id);
  const first = await s.api('POST', `/phone/devices/${added.body.id}/extensions`, { body: { assignee_extension_ids: [onMain[0].extension_id] } });
  assert.equal(first.status, 201, JSON.stringify(first.body));
  const second = await s.api('POST', `/phone/devices/${added.body.id}/extensions`, { body: { assignee_extension_ids: [onMain[1].extension_id] } });
  assert.equal(second.status, 201, JSON.stringify(second.body));
  const events = await steps.since(from);
  assert.deepEqual(
    events.map((e) => [e.event, e.payload.object]),
    [['phone.device_registration', { device_id: added.body.id, device_name: 'Front desk', mac_address: '0c0a0e0000a1' }]],
  );
  assert.equal(events[0].event_ts, NOW);
});
