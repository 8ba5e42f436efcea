// The telephony simulator through the control plane: each call takes the path
// the account's stored routing gives it — receptionist menus and keys, queue
// distribution and overflow, shared line groups, hours in the extension's time
// zone, blocked callers, voicemail — and answers with that path.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../support/server.ts';
import { otherAccount } from '../support/fixtures.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

/** Tuesday 24 November 2026, 10:00 in Los Angeles (the main site's receptionist's time zone). */
const TUESDAY_10_LA = '2026-11-24T18:00:00Z';
/** The same Tuesday, 20:00 in Los Angeles. */
const TUESDAY_20_LA = '2026-11-25T04:00:00Z';
const OUTSIDE = '+14155550123';
/** The demo Blocked List's number. */
const BLOCKED = '+12065550142';

const place = (body: Record<string, unknown>) => s.admin('POST', '/calls', body);

async function placed(body: Record<string, unknown>): Promise<any> {
  const res = await place(body);
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body;
}

/** The path as `event callee(extension) result[ key]` lines, easy to read in a failure. */
const path = (call: any) => call.path.map((l: any) => `${l.event} ${l.callee.extension_number ?? l.callee.phone_number} ${l.result}${l.press_key ? ` key ${l.press_key}` : ''}`);

let mainNumberCache: string | undefined;
/** The main site's receptionist's number: the demo's main number. */
async function mainNumber(): Promise<string> {
  if (mainNumberCache) return mainNumberCache;
  const list = await s.api('GET', '/phone/auto_receptionists', { query: { page_size: 100 } });
  const main = list.body.auto_receptionists.find((r: any) => r.extension_number === 1000);
  const details = await s.api('GET', `/phone/auto_receptionists/${main.id}`);
  mainNumberCache = details.body.phone_numbers[0].number as string;
  return mainNumberCache;
}

async function extensionIdOf(number: number): Promise<string> {
  const res = await s.api('GET', '/phone/auto_receptionists', { query: { page_size: 100 } });
  const ar = res.body.auto_receptionists.find((r: any) => r.extension_number === number);
  if (ar) return ar.extension_id;
  const users = await s.api('GET', '/phone/users', { query: { page_size: 100 } });
  const user = users.body.users.find((u: any) => u.extension_number === number);
  if (user) return user.extension_id;
  const queues = await s.api('GET', '/phone/call_queues', { query: { page_size: 100 } });
  const q = queues.body.call_queues.find((c: any) => c.extension_number === number);
  if (q) return q.extension_id;
  throw new Error(`no extension ${number}`);
}

test('a call to the main number in business hours goes through the menu to the Sales queue, and its second member answers', async () => {
  const call = await placed({ from: OUTSIDE, to: await mainNumber(), at: TUESDAY_10_LA, script: { digits: '1', answered_by: '102' } });
  assert.equal(call.outcome, 'answered');
  assert.equal(call.direction, 'inbound');
  assert.deepEqual(path(call), ['incoming 1000 connected key 1', 'forward 100800 answered', 'ring_to_member 101 no_answer', 'ring_to_member 102 answered']);
  assert.deepEqual(call.answered_by, { name: 'Grace Hopper', extension_number: '102', extension_type: 'user' });
  // Ringing starts as the key is pressed; Grace answers after the default 5 seconds and talks a minute.
  assert.equal(call.start_time, TUESDAY_10_LA);
  assert.equal(call.path[1].start_time, '2026-11-24T18:00:03Z');
  assert.equal(call.end_time, '2026-11-24T18:01:08Z');
});

test('a caller who presses nothing is sent where the menu sends silence (the Sales queue, after two plays)', async () => {
  const call = await placed({ from: OUTSIDE, to: await mainNumber(), at: TUESDAY_10_LA });
  assert.deepEqual(path(call), ['incoming 1000 connected', 'forward 100800 answered', 'ring_to_member 101 answered', 'ring_to_member 102 no_answer']);
  assert.equal(call.path[1].start_time, '2026-11-24T18:00:20Z');
});

test('a key with no action replays the menu, and the next key is read against it', async () => {
  const call = await placed({ from: OUTSIDE, to: await mainNumber(), at: TUESDAY_10_LA, script: { digits: '71', no_answer: true, voicemail_seconds: 15 } });
  assert.deepEqual(path(call).slice(0, 2), ['incoming 1000 invalid_key key 7', 'incoming 1000 connected key 1']);
  // Nobody in the queue answers: after its longest wait the call overflows to the queue's voicemail.
  assert.deepEqual(path(call).slice(2), ['forward 100800 overflowed', 'ring_to_member 101 no_answer', 'ring_to_member 102 no_answer', 'overflow 100800 voicemail']);
  assert.equal(call.outcome, 'voicemail');
  assert.equal(typeof call.voicemail_id, 'string');
});

test("after the receptionist's business hours the call goes where its closed hours send it: voicemail", async () => {
  const receptionist = await extensionIdOf(1000);
  const res = await s.api('PATCH', `/phone/extension/${receptionist}/call_handling/settings/business_hours`, {
    body: { sub_setting_type: 'custom_hours', settings: { type: 2, custom_hours_settings: [1, 2, 3, 4, 5, 6, 7].map((weekday) => (weekday === 1 || weekday === 7 ? { weekday, type: 0 } : { weekday, type: 2, from: '09:00', to: '17:00' })) } },
  });
  assert.equal(res.status, 204, JSON.stringify(res.body));
  try {
    const open = await placed({ from: OUTSIDE, to: await mainNumber(), at: TUESDAY_10_LA, script: { digits: '1' } });
    assert.equal(open.path[0].press_key, '1');
    const closed = await placed({ from: OUTSIDE, to: await mainNumber(), at: TUESDAY_20_LA, script: { digits: '1', voicemail_seconds: 30 } });
    assert.equal(closed.outcome, 'voicemail');
    assert.deepEqual(path(closed), ['incoming 1000 connected', 'forward 1000 voicemail']);
    // The greeting plays 5 seconds, then the 30-second message.
    assert.equal(closed.end_time, '2026-11-25T04:00:35Z');
  } finally {
    await s.api('PATCH', `/phone/extension/${receptionist}/call_handling/settings/business_hours`, { body: { sub_setting_type: 'custom_hours', settings: { type: 1 } } });
  }
});

test('a call from a number on the Blocked List is blocked at once and rings nobody', async () => {
  const call = await placed({ from: BLOCKED, to: await mainNumber(), at: TUESDAY_10_LA });
  assert.equal(call.outcome, 'blocked');
  assert.equal(call.result, 'system_blocked');
  assert.deepEqual(path(call), ['incoming 1000 system_blocked']);
  assert.equal(call.start_time, call.end_time);
});

test("an extension's own inbound block rule stops a call to it, and only to it", async () => {
  const ada = await extensionIdOf(101);
  const caller = '+13125550177';
  const rule = await s.api('POST', `/phone/extension/${ada}/inbound_blocked/rules`, { body: { match_type: 'phoneNumber', blocked_number: caller.slice(2), country: 'US', type: 'block_for_other_reasons' } });
  assert.equal(rule.status, 201, JSON.stringify(rule.body));
  assert.deepEqual(path(await placed({ from: caller, to: '101', at: TUESDAY_10_LA })), ['incoming 101 system_blocked']);
  assert.equal((await placed({ from: caller, to: '102', at: TUESDAY_10_LA })).outcome, 'answered');
});

test('an account inbound block rule on a prefix stops calls from any number under it to every extension, while it is active', async () => {
  const rule = await s.api('POST', '/phone/inbound_blocked/rules', { body: { match_type: 'prefix', blocked_number: '312', country: 'US', type: 'block_as_threat', status: 'active' } });
  assert.equal(rule.status, 201, JSON.stringify(rule.body));
  assert.equal((await placed({ from: '+13125550188', to: '104', at: TUESDAY_10_LA })).outcome, 'blocked');
  assert.equal((await placed({ from: '+13125550189', to: await mainNumber(), at: TUESDAY_10_LA })).outcome, 'blocked');
  assert.equal((await placed({ from: '+14155550188', to: '104', at: TUESDAY_10_LA })).outcome, 'answered');
  const off = await s.api('PATCH', `/phone/inbound_blocked/rules/${rule.body.id}`, { body: { match_type: 'prefix', blocked_number: '312', country: 'US', type: 'block_as_threat', status: 'inactive' } });
  assert.equal(off.status, 204, JSON.stringify(off.body));
  assert.equal((await placed({ from: '+13125550188', to: '104', at: TUESDAY_10_LA })).outcome, 'answered');
});

test("a missed call with no voicemail: nobody answers a user and the caller hangs up at the greeting", async () => {
  const call = await placed({ from: OUTSIDE, to: '102', at: TUESDAY_10_LA, script: { no_answer: true, voicemail_seconds: 0 } });
  assert.equal(call.outcome, 'missed');
  assert.deepEqual(path(call), ['incoming 102 no_answer', 'forward 102 hang_up']);
  assert.equal(call.voicemail_id, undefined);
  // The user rings for its 30 seconds (call handling's default), then the 5-second greeting.
  assert.equal(call.end_time, '2026-11-24T18:00:35Z');
});

test("a user's closed hours send the call straight to voicemail, read in the site's time zone", async () => {
  // Ada's business hours are Monday to Friday 09:00–17:00; her site's receptionist keeps Los Angeles time.
  const open = await placed({ from: OUTSIDE, to: '101', at: TUESDAY_10_LA });
  assert.deepEqual(path(open), ['incoming 101 answered']);
  const closed = await placed({ from: OUTSIDE, to: '101', at: TUESDAY_20_LA });
  assert.deepEqual(path(closed), ['incoming 101 no_answer', 'forward 101 voicemail']);
  const saturday = await placed({ from: OUTSIDE, to: '101', at: '2026-11-28T18:00:00Z' });
  assert.equal(saturday.outcome, 'voicemail');
});

test('a shared line group rings every member at once; the one the script names answers', async () => {
  const list = await s.api('GET', '/phone/shared_line_groups', { query: { page_size: 100 } });
  const group = list.body.shared_line_groups[0];
  const details = await s.api('GET', `/phone/shared_line_groups/${group.id}`);
  const number = details.body.phone_numbers[0].number;
  const users = await s.api('GET', '/phone/users', { query: { page_size: 100 } });
  const numberOf = new Map(users.body.users.map((u: any) => [u.id, String(u.extension_number)]));
  const members: string[] = details.body.members.users.map((u: any) => numberOf.get(u.id) as string);
  const call = await placed({ from: OUTSIDE, to: number, at: TUESDAY_10_LA, script: { answered_by: members.at(-1) } });
  assert.deepEqual(path(call), [`incoming ${group.extension_number} connected`, ...members.map((m) => `shared_line_incoming ${m} ${m === members.at(-1) ? 'answered' : 'no_answer'}`)]);
});

test('a sequential queue rings its members one at a time, each for the ring duration', async () => {
  const queues = await s.api('GET', '/phone/call_queues', { query: { page_size: 100 } });
  const sales = queues.body.call_queues.find((q: any) => q.extension_number === 100800);
  const res = await s.api('PATCH', `/phone/extension/${sales.extension_id}/call_handling/settings/business_hours`, {
    body: { sub_setting_type: 'call_handling', settings: { call_distribution: { ring_mode: 'sequential', ring_duration: 10 } } },
  });
  assert.equal(res.status, 204, JSON.stringify(res.body));
  try {
    const call = await placed({ from: OUTSIDE, to: '100800', at: TUESDAY_10_LA, script: { answered_by: '102' } });
    assert.deepEqual(path(call), ['incoming 100800 answered', 'ring_to_member 101 no_answer', 'ring_to_member 102 answered']);
    // Ada rings her 10 seconds; Grace then answers after 5.
    assert.equal(call.path[1].end_time, '2026-11-24T18:00:10Z');
    assert.equal(call.path[2].start_time, '2026-11-24T18:00:10Z');
  } finally {
    await s.api('PATCH', `/phone/extension/${sales.extension_id}/call_handling/settings/business_hours`, {
      body: { sub_setting_type: 'call_handling', settings: { call_distribution: { ring_mode: 'simultaneous' } } },
    });
  }
});

test('a caller who gives up while the queue rings abandons the call', async () => {
  const call = await placed({ from: OUTSIDE, to: '100800', at: TUESDAY_10_LA, script: { no_answer: true, hang_up_after_seconds: 12 } });
  assert.equal(call.outcome, 'abandoned');
  assert.deepEqual(path(call), ['incoming 100800 abandoned', 'ring_to_member 101 canceled', 'ring_to_member 102 canceled']);
  assert.equal(call.end_time, '2026-11-24T18:00:12Z');
});

test('the answering user transfers the call to another extension, which answers it', async () => {
  const call = await placed({ from: OUTSIDE, to: '101', at: TUESDAY_10_LA, script: { transfer_to: '104', talk_seconds: 30, record: true } });
  assert.equal(call.outcome, 'answered');
  assert.deepEqual(path(call), ['incoming 101 answered', 'direct_transfer 104 answered']);
  assert.equal(call.recording_ids.length, 2);
});

test('an extension calls out to an outside number, and a blocked destination is refused', async () => {
  const out = await placed({ from: '101', to: '+442071234567', at: TUESDAY_10_LA, script: { record: true } });
  assert.equal(out.direction, 'outbound');
  assert.deepEqual(path(out), ['outgoing +442071234567 answered']);
  assert.equal(out.recording_ids.length, 1);
  const entry = await s.api('POST', '/phone/blocked_list', { body: { match_type: 'phoneNumber', phone_number: '+442071234599', block_type: 'outbound', status: 'active' } });
  assert.equal(entry.status, 201, JSON.stringify(entry.body));
  const refused = await placed({ from: '101', to: '+442071234599', at: TUESDAY_10_LA });
  assert.equal(refused.outcome, 'blocked');
});

test('bad calls are refused in clear words and leave nothing', async () => {
  const noSuch = await place({ from: OUTSIDE, to: '999' });
  assert.equal(noSuch.status, 404);
  assert.match(noSuch.body.message, /No extension 999/);
  const outsideToOutside = await place({ from: OUTSIDE, to: '+14155550199' });
  assert.equal(outsideToOutside.status, 400);
  const bad = await place({ from: 'somebody', to: '101' });
  assert.equal(bad.status, 400);
  const badScript = await place({ from: OUTSIDE, to: '101', script: { digits: 'abc' } });
  assert.equal(badScript.status, 400);
  assert.equal((await s.admin('POST', '/calls', { from: OUTSIDE, to: '101', account_id: 'nobody-here' })).status, 404);
  const noKey = await fetch(`${s.base}/_sandbox/calls`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ from: OUTSIDE, to: '101' }) });
  assert.equal(noKey.status, 401);
});

test("a call placed in another account follows that account's routing only", async () => {
  const other = await otherAccount(s, 'sim-other');
  const res = await s.admin('POST', '/calls', { account_id: other.accountId, from: OUTSIDE, to: '101' });
  // The other account has no extension 101: the demo's is not reachable from it.
  assert.equal(res.status, 404);
});

test('a seed draws the same ids again: reused in the account it is refused, and nothing of the second call is kept', async () => {
  const body = { from: OUTSIDE, to: '102', at: TUESDAY_10_LA, seed: 'once' };
  const first = await placed(body);
  const again = await place(body);
  assert.equal(again.status, 409);
  assert.match(again.body.message, /seed was used before/);
  const history = await s.api('GET', `/phone/call_history/${first.call_history_uuid}`);
  assert.equal(history.status, 200);
  assert.equal(history.body.call_id, first.call_id);
});
