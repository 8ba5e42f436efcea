// The dashboard through the HTTP API: calls placed through the simulator's
// control plane show in the dashboard's two lists, its call details and its
// generated QoS; filters, date windows and pages as the pages say; another
// account sees none of it. The emergency-services and location operations stay
// stubs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertUndocumentedError } from '../../support/contract.ts';
import { otherAccount } from '../../support/fixtures.ts';

let s: TestServer;
let now: number;
/** Calls placed by the setup, by name. */
const calls: Record<string, any> = {};

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const MIN = 60_000;
const OUTSIDE = '+14155550123';
const LONDON = '+442071234567';

async function place(name: string, body: Record<string, unknown>): Promise<any> {
  const res = await s.admin('POST', '/calls', body);
  assert.equal(res.status, 201, JSON.stringify(res.body));
  calls[name] = res.body;
  return res.body;
}

const past = (query: Record<string, string | number> = {}, token?: string) => s.api('GET', '/phone/metrics/past_calls', { query: { page_size: 300, ...query }, token });
const logs = (query: Record<string, string | number> = {}, token?: string) => s.api('GET', '/phone/metrics/call_logs', { query: { page_size: 300, ...query }, token });
const ids = (res: any) => res.body.call_logs.map((c: any) => c.call_id);

/**
 * 17:00 UTC of the latest weekday at least four hours past: 9:00 in Los Angeles,
 * in every demo user's business hours, so each call reaches whom it dials.
 */
function businessMorning(at: number): number {
  const d = new Date(at - 4 * 60 * MIN);
  let t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 17);
  while (t > at - 4 * 60 * MIN || [0, 6].includes(new Date(t).getUTCDay())) t -= 24 * 60 * MIN;
  return t;
}

before(async () => {
  s = await startServer();
  now = Date.parse((await s.admin('GET', '/clock')).body.now);
  const base = businessMorning(now);
  // Ada (101, Operations) calls Grace (102, Engineering): 5 s of ringing, a minute of talk.
  await place('internal', { from: '101', to: '102', at: iso(base), script: { talk_seconds: 60 } });
  // Ada calls London for a little under seven minutes.
  await place('outbound', { from: '101', to: LONDON, at: iso(base + 10 * MIN), script: { talk_seconds: 400 } });
  // An outside caller reaches Grace's voicemail and leaves 20 seconds.
  await place('voicemail', { from: OUTSIDE, to: '102', at: iso(base + 20 * MIN), script: { no_answer: true, voicemail_seconds: 20 } });
  // An outside caller gives up while Grace's phone rings: no voice ever flows.
  await place('missed', { from: OUTSIDE, to: '102', at: iso(base + 30 * MIN), script: { hang_up_after_seconds: 3 } });
  // Long calls to draw out both voice qualities; one of 40 minutes.
  for (let i = 0; i < 8; i++) await place(`talk${i}`, { from: '102', to: '101', at: iso(base + (40 + i) * MIN), script: { talk_seconds: i === 7 ? 2400 : 30 } });
  // A call's quality is drawn from its random id (about a third below 3.5): more short calls until both show.
  const qualities = async () => {
    const mos = (await past()).body.call_logs.filter((c: any) => c.mos !== undefined).map((c: any) => Number(c.mos));
    return mos.some((m: number) => m >= 3.5) && mos.some((m: number) => m < 3.5);
  };
  for (let i = 0; i < 40 && !(await qualities()); i++) await place(`more${i}`, { from: '102', to: '101', at: iso(base + (50 + i) * MIN), script: { talk_seconds: 30 } });
  // A call 40 days ago: outside the default window.
  await place('old', { from: '101', to: '102', at: iso(now - 40 * 24 * 60 * MIN) });
});
after(() => s.close());

test('a call shows in both lists, in its details and in its QoS, the dashboard call id being the call id', async () => {
  const p = await past();
  assertContract('listPastCallMetrics', p);
  const l = await logs();
  assertContract('listCallLogs', l);
  const internal = p.body.call_logs.find((c: any) => c.call_id === calls.internal.call_id);
  assert.ok(internal, 'the internal call is listed');
  assert.equal(internal.direction, 'internal');
  assert.equal(internal.date_time, calls.internal.start_time);
  assert.equal(internal.duration, 65);
  assert.equal(internal.caller.extension_number, '101');
  assert.equal(internal.callee.extension_number, '102');
  assert.equal(internal.caller.codec, 'OPUS');
  assert.match(internal.caller.device_private_ip, /^10\.\d+\.\d+\.\d+$/);
  assert.match(internal.caller.device_public_ip, /^203\.0\.113\.\d+$/);
  assert.match(internal.caller.device_type, /_(Client|Phone|Pad)/);
  assert.equal(typeof internal.caller.site_id, 'string');
  assert.match(internal.mos, /^[1-5]\.\d$/);
  // The same call in the other list, with its page's direction words.
  const same = l.body.call_logs.find((c: any) => c.call_id === calls.internal.call_id);
  assert.deepEqual(same, internal);

  const details = await s.api('GET', `/phone/metrics/call_logs/${calls.internal.call_id}`);
  assertContract('getCallDetailsFromCallLog', details);
  assert.equal(details.body.call_id, calls.internal.call_id);
  assert.equal(details.body.caller.display_name, 'Ada Lovelace');
  assert.equal(details.body.caller.extension_type, 'user');
  assert.equal(details.body.callee.display_name, 'Grace Hopper');
  const users = await s.api('GET', '/phone/users', { query: { page_size: 100 } });
  const ada = users.body.users.find((u: any) => u.extension_number === 101);
  assert.equal(details.body.caller.id, ada.extension_id);
  assert.equal(details.body.mos, internal.mos);
  assert.equal(details.body.duration, 65);

  const qos = await s.api('GET', `/phone/metrics/call_logs/${calls.internal.call_id}/qos`);
  assertContract('getCallQoS', qos);
  assert.equal(qos.body.call_id, calls.internal.call_id);
  // A minute of voice after 5 s of ringing: a sample as it starts and one a minute later, each end, each way.
  for (const end of [qos.body.caller_qos, qos.body.callee_qos]) {
    for (const dir of [end.receiving, end.sending]) {
      assert.deepEqual(dir.map((x: any) => x.date_time), [iso(Date.parse(calls.internal.start_time) + 5000), iso(Date.parse(calls.internal.start_time) + 65_000)]);
      for (const { qos: f } of dir) {
        assert.match(f.avg_loss, /^\d+\.\d{2}%$/);
        assert.match(f.max_loss, /^\d+\.\d{2}%$/);
        assert.ok(Number.parseFloat(f.max_loss) >= Number.parseFloat(f.avg_loss));
        assert.match(f.jitter, /^\d+\.\d{2}ms$/);
        assert.match(f.bitrate, /^\d+\.\d{2}kbps$/);
        assert.match(f.network_delay, /^\d+$/);
        assert.ok(Number(f.mos) >= 1 && Number(f.mos) <= 5);
      }
    }
  }
  assert.equal(qos.body.caller_qos.device_private_ip, internal.caller.device_private_ip);
  // The list's MOS is the mean of every sample's.
  const all = [qos.body.caller_qos, qos.body.callee_qos].flatMap((e: any) => [...e.receiving, ...e.sending]).map((x: any) => Number(x.qos.mos));
  // Within half a tenth: the order of the sum moves the last bit, and with it the rounding of a mean ending in 5.
  const mean = all.reduce((a: number, b: number) => a + b, 0) / all.length;
  assert.ok(Math.abs(mean - Number(internal.mos)) <= 0.05 + 1e-9, `${internal.mos} is the mean ${mean} to one decimal`);
});

test('QoS is generated from the call, the same on every read; a call that never connected has none', async () => {
  const first = await s.api('GET', `/phone/metrics/call_logs/${calls.outbound.call_id}/qos`);
  const again = await s.api('GET', `/phone/metrics/call_logs/${calls.outbound.call_id}/qos`);
  assertContract('getCallQoS', first);
  assert.deepEqual(again.body, first.body);
  // The far end of a call out is the public network: G.711 at 64 kbps, and no device of the account's.
  assert.equal(first.body.callee_qos.device_private_ip, undefined);
  assert.ok(first.body.callee_qos.sending.every((x: any) => x.qos.bitrate === '64.00kbps'));
  assert.equal(first.body.caller_qos.sending.length, 7, 'a sample each minute of a 400-second conversation');
  const other = await s.api('GET', `/phone/metrics/call_logs/${calls.internal.call_id}/qos`);
  assert.notDeepEqual(other.body.caller_qos.sending[0].qos, first.body.caller_qos.sending[0].qos);

  const missed = await s.api('GET', `/phone/metrics/call_logs/${calls.missed.call_id}/qos`);
  assertContract('getCallQoS', missed);
  assert.deepEqual([missed.body.caller_qos.sending, missed.body.caller_qos.receiving, missed.body.callee_qos.sending, missed.body.callee_qos.receiving], [[], [], [], []]);
  const listed = (await past()).body.call_logs.find((c: any) => c.call_id === calls.missed.call_id);
  assert.equal(listed.mos, undefined);
  // Voicemail carries voice: the message left is measured.
  const vm = await s.api('GET', `/phone/metrics/call_logs/${calls.voicemail.call_id}/qos`);
  assert.ok(vm.body.caller_qos.sending.length >= 1);
});

test('directions: past calls say inbound, outbound or internal; call logs say internal or outbound', async () => {
  const p = (await past()).body.call_logs;
  const dir = (list: any[], name: string) => list.find((c: any) => c.call_id === calls[name].call_id).direction;
  assert.deepEqual(['internal', 'outbound', 'voicemail'].map((n) => dir(p, n)), ['internal', 'outbound', 'inbound']);
  const l = (await logs()).body.call_logs;
  assert.deepEqual(['internal', 'outbound', 'voicemail'].map((n) => dir(l, n)), ['internal', 'outbound', 'outbound']);
  // The callee shown is who took the call; an outside end shows its number and no extension.
  const out = p.find((c: any) => c.call_id === calls.outbound.call_id);
  assert.equal(out.callee.phone_number, LONDON);
  assert.equal(out.callee.extension_number, undefined);
  assert.equal(out.callee.codec, 'PCMU');
});

test('filters: quality, direction, duration, phone number, extension number, site, department and cost center', async () => {
  const every = (await past()).body.call_logs;
  const withMos = every.filter((c: any) => c.mos !== undefined);
  const good = withMos.filter((c: any) => Number(c.mos) >= 3.5).map((c: any) => c.call_id);
  const bad = withMos.filter((c: any) => Number(c.mos) < 3.5).map((c: any) => c.call_id);
  assert.ok(good.length > 0 && bad.length > 0, `the setup's calls draw both qualities (good ${good.length}, bad ${bad.length})`);
  for (const list of [past, logs]) {
    assert.deepEqual(ids(await list({ quality_type: 'good' })), good);
    assert.deepEqual(ids(await list({ quality_type: 'bad' })), bad);
  }
  assert.equal(ids(await logs({ quality_type: 'all' })).length, every.length);
  assertUndocumentedError(await logs({ quality_type: 'fair' }), 400, 300, 'Invalid quality_type: fair. It must be good, bad or all.');

  const internal = ids(await past({ directions: 'internal' }));
  assert.ok(internal.includes(calls.internal.call_id) && !internal.includes(calls.outbound.call_id) && !internal.includes(calls.voicemail.call_id));
  assert.deepEqual(ids(await past({ directions: 'inbound,outbound' })).sort(), [calls.outbound.call_id, calls.voicemail.call_id, calls.missed.call_id].sort());

  // 65 s is 1 (one to five minutes), 405 s is 2 (five to thirty), 40 minutes 3, a give-up after 3 s 0.
  assert.ok(ids(await past({ durations: 1 })).includes(calls.internal.call_id));
  assert.deepEqual(ids(await past({ durations: 2 })), [calls.outbound.call_id]);
  assert.deepEqual(ids(await past({ durations: 3 })), [calls.talk7.call_id]);
  assert.ok(ids(await past({ durations: 0 })).includes(calls.missed.call_id));
  assert.ok(!ids(await past({ durations: 0 })).includes(calls.internal.call_id));

  assert.deepEqual(ids(await past({ phone_number: OUTSIDE })), [calls.missed.call_id, calls.voicemail.call_id]);
  assert.deepEqual(ids(await past({ phone_number: OUTSIDE.slice(1) })), [calls.missed.call_id, calls.voicemail.call_id]);
  assert.deepEqual(ids(await past({ phone_number: LONDON })), [calls.outbound.call_id]);
  const ada = ids(await past({ extension_number: '101' }));
  assert.ok(ada.includes(calls.internal.call_id) && ada.includes(calls.outbound.call_id) && !ada.includes(calls.voicemail.call_id));
  assert.deepEqual(ids(await past({ extension_number: '101', phone_number: LONDON })), [calls.outbound.call_id]);

  // Ada is in Operations, Grace in Engineering, both in cost center CC-100.
  const ops = ids(await past({ department: 'Operations' }));
  assert.ok(ops.includes(calls.outbound.call_id) && !ops.includes(calls.voicemail.call_id));
  assert.ok(ids(await past({ department: 'Engineering' })).includes(calls.voicemail.call_id));
  assert.equal(ids(await past({ cost_center: 'CC-100' })).length, every.length);
  assert.deepEqual(ids(await past({ cost_center: 'CC-999' })), []);

  const site = every.find((c: any) => c.call_id === calls.outbound.call_id).caller.site_id;
  for (const list of [past, logs]) {
    const bySite = ids(await list({ site_id: site }));
    assert.ok(bySite.includes(calls.outbound.call_id));
    assert.deepEqual(ids(await list({ site_id: 'no-such-site' })), []);
  }
});

test('date windows: the past 30 days by default, a month at most, to required with from', async () => {
  const def = await past();
  assert.equal(def.body.from, day(now - 30 * 24 * 60 * MIN));
  assert.equal(def.body.to, day(now));
  assert.ok(!ids(def).includes(calls.old.call_id));
  const oldDay = day(Date.parse(calls.old.start_time));
  for (const list of [past, logs]) {
    const res = await list({ from: oldDay, to: oldDay });
    assert.deepEqual(ids(res), [calls.old.call_id]);
    assert.equal(res.body.from, oldDay);
    assert.equal(res.body.to, oldDay);
  }
  // yyyy-MM-dd'T'HH:mm:ss'Z' bounds, to included.
  assert.deepEqual(ids(await past({ from: calls.outbound.start_time, to: calls.outbound.start_time })), [calls.outbound.call_id]);
  // A calendar month is the most: 2026-01-01 to 2026-02-01 is one, to 2026-02-02 is not.
  assert.equal((await past({ from: '2026-01-01', to: '2026-02-01' })).status, 200);
  assertUndocumentedError(await past({ from: '2026-01-01', to: '2026-02-02' }), 400, 300, 'Invalid to: the date range defined by from and to must not exceed one month.');
  assertUndocumentedError(await logs({ from: '2026-01-01' }), 400, 300, 'Invalid to: to is required when from is given.');
  assertUndocumentedError(await logs({ from: '2026-02-30', to: '2026-03-01' }), 400, 300, /^Invalid from: use yyyy-mm-dd/);
  assertUndocumentedError(await past({ from: '2026-03-02', to: '2026-03-01' }), 400, 300, 'Invalid to: to must not be before from.');
  // `to` alone closes the 30 days before it.
  const toOnly = await past({ to: oldDay });
  assert.ok(ids(toOnly).includes(calls.old.call_id));
});

test('pages: newest first, keyset pages bound to the query, total_records', async () => {
  const every = ids(await past());
  const seen: string[] = [];
  let token = '';
  do {
    const page = await past({ page_size: 5, ...(token && { next_page_token: token }) });
    assertContract('listPastCallMetrics', page);
    assert.equal(page.body.total_records, every.length);
    assert.equal(page.body.page_size, 5);
    seen.push(...ids(page));
    token = page.body.next_page_token;
  } while (token);
  assert.deepEqual(seen, every);
  const times = (await past()).body.call_logs.map((c: any) => c.date_time);
  assert.deepEqual([...times].sort().reverse(), times);
  const first = await logs({ page_size: 1 });
  assert.notEqual(first.body.next_page_token, '');
  assertUndocumentedError(await logs({ page_size: 1, quality_type: 'good', next_page_token: first.body.next_page_token }), 400, 300, 'The next page token is invalid or expired.');
  assert.equal((await logs({ page_size: 301 })).status, 400);
  assert.equal((await logs({ page_size: 300 })).status, 200);
});

test("a call the account does not have is not found; another account sees none of the account's calls", async () => {
  assertUndocumentedError(await s.api('GET', '/phone/metrics/call_logs/no-such-call'), 404, 300, 'Call not found: no-such-call.');
  assertUndocumentedError(await s.api('GET', '/phone/metrics/call_logs/no-such-call/qos'), 404, 300, 'Call not found: no-such-call.');
  const other = await otherAccount(s, 'dashboard-other');
  assert.deepEqual(ids(await past({}, other.token)), []);
  assert.deepEqual(ids(await logs({}, other.token)), []);
  assertUndocumentedError(await s.api('GET', `/phone/metrics/call_logs/${calls.internal.call_id}`, { token: other.token }), 404, 300, `Call not found: ${calls.internal.call_id}.`);
  assertUndocumentedError(await s.api('GET', `/phone/metrics/call_logs/${calls.internal.call_id}/qos`, { token: other.token }), 404, 300, `Call not found: ${calls.internal.call_id}.`);
});

test("devices' IP addresses show in every call view only while the account's show_device_ip_for_call_log is on", async () => {
  const id = calls.internal.call_id;
  const views = async () => {
    const list = (await logs()).body.call_logs.find((c: any) => c.call_id === id);
    const pastCall = (await past()).body.call_logs.find((c: any) => c.call_id === id);
    const details = (await s.api('GET', `/phone/metrics/call_logs/${id}`)).body;
    const qos = await s.api('GET', `/phone/metrics/call_logs/${id}/qos`);
    assertContract('getCallQoS', qos);
    return [list.caller, pastCall.caller, details.caller, qos.body.caller_qos].map((end: any) => end.device_private_ip);
  };
  const shown = await views();
  for (const ip of shown) assert.match(ip, /^10\.\d+\.\d+\.\d+$/);
  assert.equal((await s.api('PATCH', '/phone/settings', { body: { show_device_ip_for_call_log: { enable: false } } })).status, 204);
  try {
    assert.deepEqual(await views(), [undefined, undefined, undefined, undefined]);
    const list = (await logs()).body.call_logs.find((c: any) => c.call_id === id);
    assert.equal(list.caller.device_public_ip, undefined);
    assert.equal(list.caller.codec, 'OPUS', 'the rest of the end still shows');
  } finally {
    assert.equal((await s.api('PATCH', '/phone/settings', { body: { show_device_ip_for_call_log: { enable: true } } })).status, 204);
  }
  assert.deepEqual(await views(), shown);
});
