// Emergency calls in the simulator: an extension of the account (a user, a common
// area) dialling an emergency number reaches emergency services (the PSAP) — out of
// the account, past the Blocked List and the outbound calling rules — unless its
// allow_emergency_calls policy says no; from outside, 911 is no emergency call.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../support/server.ts';

let s: TestServer;
const users = new Map<number, { id: string; extension_id: string }>();
before(async () => {
  s = await startServer();
  const list = await s.api('GET', '/phone/users', { query: { page_size: 100 } });
  for (const u of list.body.users) users.set(u.extension_number, u);
});
after(() => s.close());

/** Tuesday 24 November 2026, 10:00 in Los Angeles. */
const AT = '2026-11-24T18:00:00Z';
const DAY = { from: '2026-11-24', to: '2026-11-25' };
const OUTSIDE = '+14155550123';
const POLICY = 'allow_emergency_calls';

const place = (body: Record<string, unknown>) => s.admin('POST', '/calls', body);
async function placed(body: Record<string, unknown>): Promise<any> {
  const res = await place(body);
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body;
}
const path = (call: any) => call.path.map((l: any) => `${l.event} ${l.callee.name} ${l.callee.phone_number} ${l.result}`);
const setPolicy = (userId: string, p: object) => s.api('PATCH', `/phone/users/${userId}/policies/${POLICY}`, { body: { [POLICY]: p } });

async function logOf(userId: string, callId: string): Promise<any> {
  const res = await s.api('GET', `/phone/users/${userId}/call_logs`, { query: { ...DAY, page_size: 300 } });
  assert.equal(res.status, 200);
  return res.body.call_logs.find((l: any) => l.call_id === callId);
}

test('a demo user dials 911: emergency services answer, and the call is in her call log as a call out to them', async () => {
  const ada = users.get(101)!;
  const call = await placed({ from: '101', to: '911', at: AT, script: { talk_seconds: 90 } });
  assert.equal(call.outcome, 'answered');
  assert.equal(call.direction, 'outbound');
  assert.deepEqual(call.answered_by, { name: 'Emergency Services', phone_number: '911' });
  assert.deepEqual(path(call), ['outgoing Emergency Services 911 answered']);

  const log = await logOf(ada.id, call.call_id);
  assert.ok(log, "the call is in the caller's call log");
  assert.equal(log.direction, 'outbound');
  assert.equal(log.callee_number, '911');
  assert.equal(log.callee_name, 'Emergency Services');
  assert.equal(log.caller_name, 'Ada Lovelace');
  assert.equal(log.result, 'Call connected');
  assert.equal(log.path, 'pstn');
  assert.equal(log.duration, 90);
  assert.equal(log.date_time, AT);
  assert.equal(log.charge, '$0.0000', 'an emergency call is free');

  // The account's call history shows it external, out to emergency services.
  const history = await s.api('GET', `/phone/users/${ada.id}/call_history`, { query: { ...DAY, page_size: 300 } });
  const entry = history.body.call_logs.find((l: any) => l.call_id === call.call_id);
  assert.equal(entry.connect_type, 'external');
  assert.equal(entry.direction, 'outbound');
  assert.equal(entry.callee_did_number, '911');
  assert.equal(entry.callee_name, 'Emergency Services');
  assert.equal(entry.caller_ext_number, '101');
  assert.equal(entry.call_type, 'emergency');
  const emergencyOnly = await s.api('GET', '/phone/call_history', { query: { ...DAY, page_size: 300, call_types: 'emergency' } });
  assert.deepEqual(emergencyOnly.body.call_history.map((l: any) => l.call_id), [call.call_id], 'the account history filters emergency calls by call_type');
  const whole = await s.api('GET', `/phone/call_history/${call.call_history_uuid}`);
  assert.equal(whole.body.call_type, 'emergency');
  assert.ok(whole.body.call_path.length > 0 && whole.body.call_path.every((e: any) => e.call_type === 'emergency'), 'each call element says emergency');
});

test('933 and 112 reach emergency services too, and so does a common area', async () => {
  for (const [from, to] of [['102', '933'], ['103', '112'], ['100190', '911']]) {
    const call = await placed({ from, to, at: AT });
    assert.equal(call.outcome, 'answered', `${from} -> ${to}`);
    assert.deepEqual(path(call), [`outgoing Emergency Services ${to} answered`], `${from} -> ${to}`);
  }
});

test('with allow_emergency_calls off, the same user is refused an emergency call (system_blocked), and allowed again once it is reset', async () => {
  const ada = users.get(101)!;
  assert.equal((await setPolicy(ada.id, { enable: false })).status, 204);
  try {
    const call = await placed({ from: '101', to: '911', at: AT });
    assert.equal(call.outcome, 'blocked');
    assert.equal(call.result, 'system_blocked');
    assert.equal(call.answered_by, undefined);
    assert.deepEqual(path(call), ['outgoing Emergency Services 911 system_blocked']);
    const log = await logOf(ada.id, call.call_id);
    assert.equal(log.callee_number, '911');
    assert.equal(log.duration, 0);
    // Her ordinary calls are not the policy's business.
    assert.equal((await placed({ from: '101', to: '102', at: AT })).outcome, 'answered');
    // Emergency calls from clients off refuses too: the simulator's phones are Zoom clients.
    assert.equal((await setPolicy(ada.id, { enable: true, allow_emergency_calls_from_clients: false })).status, 204);
    assert.equal((await placed({ from: '101', to: '911', at: AT })).outcome, 'blocked');
    assert.equal((await setPolicy(ada.id, { allow_emergency_calls_from_clients: true, allow_emergency_calls_from_deskphones: false })).status, 204);
    assert.equal((await placed({ from: '101', to: '911', at: AT })).outcome, 'answered', 'desk phones off leaves the client allowed');
  } finally {
    assert.equal((await setPolicy(ada.id, { reset: true })).status, 204);
  }
  assert.equal((await placed({ from: '101', to: '911', at: AT })).outcome, 'answered');
});

test("the account's policy off refuses a common area's emergency call, and a user's that does not change it", async () => {
  const account = (p: object) => s.api('PATCH', `/phone/policies/${POLICY}`, { body: { [POLICY]: p } });
  assert.equal((await account({ enable: false })).status, 204);
  try {
    assert.equal((await placed({ from: '100190', to: '911', at: AT })).outcome, 'blocked');
    assert.equal((await placed({ from: '106', to: '112', at: AT })).outcome, 'blocked');
  } finally {
    assert.equal((await account({ enable: true })).status, 204);
  }
  assert.equal((await placed({ from: '100190', to: '911', at: AT })).outcome, 'answered');
});

test('neither the Blocked List nor the outbound calling rules apply to an emergency call', async () => {
  // A prefix blocking every call out to India (+91) would read 911 as one, were it applied.
  const blocked = await s.api('POST', '/phone/blocked_list', { body: { match_type: 'prefix', phone_number: '+91', block_type: 'outbound', status: 'active' } });
  assert.equal(blocked.status, 201, JSON.stringify(blocked.body));
  try {
    assert.equal((await placed({ from: '104', to: '+919876543210', at: AT })).outcome, 'blocked', 'the prefix blocks an ordinary call');
    assert.equal((await placed({ from: '104', to: '911', at: AT })).outcome, 'answered');
  } finally {
    assert.equal((await s.api('DELETE', `/phone/blocked_list/${blocked.body.id}`)).status, 204);
  }
  // The user's outbound calling rules blocking calls to India and to the United States.
  const katherine = users.get(104)!;
  const rules = await s.api('PATCH', `/phone/users/${katherine.id}/outbound_calling/countries_regions`, { body: { country_regions: [{ iso_code: 'IN', rule: 2 }, { iso_code: 'US', rule: 2 }] } });
  assert.equal(rules.status, 204, JSON.stringify(rules.body));
  assert.equal((await placed({ from: '104', to: '+919876543210', at: AT })).outcome, 'blocked', 'the rules block an ordinary call');
  for (const to of ['911', '112', '933']) assert.equal((await placed({ from: '104', to, at: AT })).outcome, 'answered', to);
});

test('an outside caller dialling 911 places no emergency call: 911 is no number or extension of the account', async () => {
  const res = await place({ from: OUTSIDE, to: '911', at: AT });
  assert.equal(res.status, 404, JSON.stringify(res.body));
});

test('only a user or a common area places an emergency call, and emergency services transfer no call back', async () => {
  const queue = await place({ from: '1000', to: '911', at: AT });
  assert.equal(queue.status, 400, JSON.stringify(queue.body));
  assert.equal(queue.body.code, 300);
  const transfer = await place({ from: '101', to: '911', at: AT, script: { transfer_to: '102' } });
  assert.equal(transfer.status, 400);
  assert.equal(transfer.body.code, 300);
});
