// The webhook pipeline: subscriptions and endpoint validation, Zoom's signature,
// Zoom's SDK's receiver accepting what is sent, retries in sandbox time, the
// delivery log and redelivery.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ManualClock } from '../../src/clock.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { deliveryLog, startReceiver, startRivetReceiver, subscribe, type Receiver } from '../support/webhooks.ts';
import { assertPhoneEvent, phoneEventNames } from '../support/phone-events.ts';
import { otherAccount } from '../support/fixtures.ts';
import { addUser, SUB } from '../support/org.ts';

const NOW = Date.parse('2026-11-24T18:00:00Z');
const SECRET = 'test-webhook-secret-token';
const OUTSIDE = '+14155550123';
const CALLEE_EVENTS = ['phone.callee_ringing', 'phone.callee_answered', 'phone.callee_ended'];

let s: TestServer;
let clock: ManualClock;
before(async () => {
  clock = new ManualClock(NOW);
  s = await startServer({ clock });
});
after(() => s.close());

/** An outside caller rings extension 101 and is answered: the callee's ringing, answered and ended events. */
async function answeredCall(): Promise<string> {
  const res = await s.admin('POST', '/calls', { from: OUTSIDE, to: '101', script: { ring_seconds: 4, talk_seconds: 30 } });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body.call_id;
}

async function withReceiver<T>(options: Parameters<typeof startReceiver>[0], run: (r: Receiver) => Promise<T>): Promise<T> {
  const r = await startReceiver(options);
  try {
    return await run(r);
  } finally {
    await r.close();
  }
}

test('a subscription is active once its endpoint answers url validation with the HMAC of plainToken; the check itself is signed', async () => {
  await withReceiver({ secret: SECRET }, async (r) => {
    const sub = await subscribe(s, { endpoint_url: r.url, events: CALLEE_EVENTS, secret_token: SECRET });
    assert.equal(sub.status, 'active');
    assert.equal(sub.secret_token, SECRET);
    assert.equal(sub.validated_at, new Date(NOW).toISOString().replace('.000', ''));
    assert.equal(r.received.length, 1);
    const [check] = r.received;
    assert.equal(check!.event, 'endpoint.url_validation');
    assert.equal(typeof check!.body.payload.plainToken, 'string');
    assert.ok(check!.signed, 'the validation request carries a valid x-zm-signature');
    assert.equal(check!.timestamp, Math.floor(NOW / 1000));
    await s.admin('DELETE', `/webhooks/${sub.id}`);
  });
});

test('an endpoint that fails validation is not activated and gets no events', async () => {
  await withReceiver({ secret: SECRET, failValidation: true }, async (r) => {
    const sub = await subscribe(s, { endpoint_url: r.url, events: CALLEE_EVENTS, secret_token: SECRET });
    assert.equal(sub.status, 'validation_failed');
    assert.match(sub.validation_error, /encryptedToken/);
    await answeredCall();
    await new Promise((done) => setTimeout(done, 600));
    assert.equal(r.events().length, 0);
    assert.equal((await deliveryLog(s, sub.id)).length, 0);
    await s.admin('DELETE', `/webhooks/${sub.id}`);
  });
  const unreachable = await subscribe(s, { endpoint_url: 'http://127.0.0.1:9/zoom', events: CALLEE_EVENTS, secret_token: SECRET });
  assert.equal(unreachable.status, 'validation_failed');
  await s.admin('DELETE', `/webhooks/${unreachable.id}`);
});

test('subscriptions: unknown events, a bad URL, and sub accounts for a non-master are refused with the field named', async () => {
  const unknown = await s.admin('POST', '/webhooks', { endpoint_url: 'http://127.0.0.1:9/', events: ['phone.no_such_event'] });
  assert.equal(unknown.status, 400);
  const badUrl = await s.admin('POST', '/webhooks', { endpoint_url: 'ftp://example.test/', events: CALLEE_EVENTS });
  assert.equal(badUrl.status, 400);
  assert.equal(badUrl.body.errors[0].field, 'endpoint_url');
  const child = await s.admin('POST', '/accounts', { name: 'A sub account', id: 'webhooks-sub', parent_id: s.sandbox.demo.accountId });
  assert.equal(child.status, 201, JSON.stringify(child.body));
  const refused = await s.admin('POST', '/webhooks', { account_id: 'webhooks-sub', endpoint_url: 'http://127.0.0.1:9/', events: CALLEE_EVENTS, include_sub_accounts: true });
  assert.equal(refused.status, 400);
  assert.equal(refused.body.errors[0].field, 'include_sub_accounts');
  const noApp = await s.admin('POST', '/webhooks', { client_id: 'no-such-app', endpoint_url: 'http://127.0.0.1:9/', events: CALLEE_EVENTS });
  assert.equal(noApp.status, 400);
  assert.equal(noApp.body.errors[0].field, 'client_id');
  assert.equal((await s.admin('GET', '/webhooks/nope')).status, 404);
  assert.equal((await s.admin('GET', '/webhooks')).body.subscriptions.length, 0);
});

test("an app's event subscriptions: made for the app (its client_id), listed by app, changed and deleted", async () => {
  await withReceiver({ secret: SECRET }, async (r) => {
    const clientId = s.sandbox.demo.clientId;
    const sub = await subscribe(s, { client_id: clientId, endpoint_url: r.url, events: CALLEE_EVENTS, secret_token: SECRET });
    assert.equal(sub.client_id, clientId);
    const other = await subscribe(s, { endpoint_url: r.url, events: ['phone.callee_missed'], secret_token: SECRET });
    assert.equal(other.client_id, null);
    const mine = await s.admin('GET', `/webhooks?client_id=${clientId}`);
    assert.deepEqual(mine.body.subscriptions.map((x: any) => x.id), [sub.id]);
    assert.deepEqual((await s.admin('GET', `/webhooks?account_id=${s.sandbox.demo.accountId}`)).body.subscriptions.map((x: any) => x.id), [sub.id, other.id]);
    const changed = await s.admin('PATCH', `/webhooks/${sub.id}`, { events: ['phone.callee_ended'], name: 'CRM' });
    assert.equal(changed.status, 200, JSON.stringify(changed.body));
    assert.deepEqual([changed.body.name, changed.body.events, changed.body.status], ['CRM', ['phone.callee_ended'], 'active']);
    // Same endpoint and token: not validated again.
    assert.equal(r.received.filter((x) => x.event === 'endpoint.url_validation').length, 2);
    const moved = await s.admin('PATCH', `/webhooks/${sub.id}`, { secret_token: 'a-new-secret-token' });
    assert.equal(moved.body.status, 'validation_failed', 'the endpoint still answers with the old token');
    for (const id of [sub.id, other.id]) assert.equal((await s.admin('DELETE', `/webhooks/${id}`)).status, 204);
    assert.equal((await s.admin('GET', `/webhooks/${sub.id}`)).status, 404);
  });
});

test("Zoom's SDK receiver accepts every kind of event the server sends, each matching its declared type, signed with the app's token", async () => {
  const rivet = await startRivetReceiver(SECRET);
  try {
    const sub = await subscribe(s, { endpoint_url: rivet.url, events: phoneEventNames(), secret_token: SECRET });
    assert.equal(sub.status, 'active', "the SDK's receiver answers url validation");
    const callId = await answeredCall();
    // Calls of every shape the simulator makes, a text, a STOP, and deletions through the API.
    const placed = async (body: object) => {
      const res = await s.admin('POST', '/calls', body);
      assert.equal(res.status, 201, JSON.stringify(res.body));
      return res.body;
    };
    await placed({ from: OUTSIDE, to: '101', script: { record: true, hold_seconds: 10, talk_seconds: 30 } });
    const voicemail = await placed({ from: OUTSIDE, to: '102', script: { no_answer: true, voicemail_seconds: 10 } });
    await placed({ from: '103', to: '+442071234567', script: { talk_seconds: 20 } });
    await placed({ from: '101', to: '102', script: { talk_seconds: 10, transfer_to: '103' } });
    const users = (await s.api('GET', '/phone/users', { query: { page_size: 100 } })).body.users;
    const ada = users.find((u: any) => u.extension_number === 101);
    const texted = await s.admin('POST', '/sms', { from: '+13035550188', to: ada.phone_numbers[0].number, text: 'STOP' });
    assert.equal(texted.status, 201, JSON.stringify(texted.body));
    assert.equal((await s.api('DELETE', `/phone/voice_mails/${voicemail.voicemail_id}`)).status, 204);

    await s.sandbox.dispatcher.idle();
    const log = await deliveryLog(s, sub.id);
    for (const d of log) {
      assert.equal(d.status, 'delivered', `${d.event}: ${JSON.stringify(d.attempts)}`);
      assert.deepEqual(d.attempts.map((a: any) => a.status_code), [200], `${d.event}: the SDK's receiver took it at once`);
    }
    assert.equal(rivet.events.length, log.length);
    for (const e of rivet.events) assertPhoneEvent(e);
    const kinds = new Set(rivet.events.map((e) => e.event));
    for (const kind of [
      'phone.callee_ringing', 'phone.callee_answered', 'phone.callee_ended', 'phone.callee_missed', 'phone.callee_hold', 'phone.callee_unhold',
      'phone.caller_ringing', 'phone.caller_connected', 'phone.caller_ended', 'phone.blind_transfer_initiated',
      'phone.caller_call_log_completed', 'phone.callee_call_log_completed', 'phone.caller_call_history_completed', 'phone.callee_call_history_completed',
      'phone.recording_started', 'phone.recording_stopped', 'phone.recording_completed', 'phone.recording_transcript_completed', 'phone.ai_call_summary_changed',
      'phone.voicemail_received', 'phone.voicemail_transcript_completed', 'phone.voicemail_deleted', 'phone.sms_received', 'phone.sms_campaign_number_opt_out',
    ]) {
      assert.ok(kinds.has(kind), `the SDK's receiver got a ${kind}`);
    }
    assert.ok(rivet.events.filter((e) => e.payload.object.call_id === callId).length >= 3);
    // The body sent is compact JSON: what receivers verify against is JSON.stringify of the parsed body.
    for (const d of log) assert.equal(d.body, JSON.stringify(JSON.parse(d.body)));
    await s.admin('DELETE', `/webhooks/${sub.id}`);
  } finally {
    await rivet.close();
  }
});


test('a receiver that fails twice then succeeds gets the event three times, at +5 and +25 minutes of sandbox time', async () => {
  await withReceiver({ secret: SECRET, answer: ({ nth }) => (nth <= 2 ? 500 : 200) }, async (r) => {
    const sub = await subscribe(s, { endpoint_url: r.url, events: ['phone.callee_answered'], secret_token: SECRET });
    await answeredCall();
    const t0 = clock.now();
    await r.waitFor(1);
    await s.sandbox.dispatcher.idle();
    let [d] = await deliveryLog(s, sub.id);
    assert.equal(d.status, 'pending');
    assert.equal(d.next_attempt_at, new Date(t0 + 5 * 60_000).toISOString().replace('.000', ''));
    // Not due yet: four minutes on, nothing is sent.
    await s.admin('POST', '/clock', { advance_seconds: 4 * 60 });
    await s.sandbox.dispatcher.idle();
    assert.equal(r.events().length, 1);
    await s.admin('POST', '/clock', { advance_seconds: 60 });
    await r.waitFor(2);
    await s.admin('POST', '/clock', { advance_seconds: 20 * 60 });
    await r.waitFor(3);
    await s.sandbox.dispatcher.idle();
    [d] = await deliveryLog(s, sub.id);
    assert.equal(d.status, 'delivered');
    assert.deepEqual(
      d.attempts.map((a: any) => [a.attempt, Date.parse(a.at) - Math.floor(t0 / 1000) * 1000, a.status_code, a.outcome]),
      [
        [1, 0, 500, 'failed'],
        [2, 5 * 60_000, 500, 'failed'],
        [3, 25 * 60_000, 200, 'delivered'],
      ],
    );
    // Each attempt is signed at its own time, with the same body.
    const times = r.events().map((e) => e.timestamp - Math.floor(t0 / 1000));
    assert.deepEqual(times, [0, 300, 1500]);
    assert.ok(r.events().every((e) => e.signed && e.raw === d.body));
    await s.admin('DELETE', `/webhooks/${sub.id}`);
  });
});

test('a receiver that never answers gets the event four times, each given up after 3 seconds, and the log says failed', async () => {
  await withReceiver({ secret: SECRET, answer: () => 'hang' }, async (r) => {
    const sub = await subscribe(s, { endpoint_url: r.url, events: ['phone.callee_answered'], secret_token: SECRET });
    await answeredCall();
    await r.waitFor(1);
    await s.sandbox.dispatcher.idle();
    for (const [minutes, count] of [[5, 2], [20, 3], [60, 4]] as const) {
      await s.admin('POST', '/clock', { advance_seconds: minutes * 60 });
      await r.waitFor(count);
      await s.sandbox.dispatcher.idle();
    }
    // A fifth is never due.
    await s.admin('POST', '/clock', { advance_seconds: 24 * 3600 });
    await s.sandbox.dispatcher.idle();
    assert.equal(r.events().length, 4);
    const [d] = await deliveryLog(s, sub.id);
    assert.equal(d.status, 'failed');
    assert.equal(d.next_attempt_at, null);
    assert.deepEqual(
      d.attempts.map((a: any) => [a.attempt, a.status_code, a.outcome]),
      [1, 2, 3, 4].map((n) => [n, null, 'failed']),
    );
    assert.ok(d.attempts.every((a: any) => /3 seconds/.test(a.error) && a.latency_ms >= 2900));
    const failed = await deliveryLog(s, sub.id, '&status=failed');
    assert.equal(failed.length, 1);
    await s.admin('DELETE', `/webhooks/${sub.id}`);
  });
});

test('redelivery sends one logged event again, or every event of a time window, and the log shows the new deliveries', async () => {
  await withReceiver({ secret: SECRET }, async (r) => {
    const sub = await subscribe(s, { endpoint_url: r.url, events: CALLEE_EVENTS, secret_token: SECRET });
    await answeredCall();
    await r.waitFor(3);
    await s.sandbox.dispatcher.idle();
    const log = await deliveryLog(s, sub.id);
    assert.deepEqual(log.map((d) => d.event), CALLEE_EVENTS);
    const one = await s.admin('POST', `/webhooks/${sub.id}/redeliver`, { event_id: log[1].event_id });
    assert.equal(one.status, 202);
    assert.equal(one.body.deliveries.length, 1);
    await r.waitFor(4);
    assert.equal(r.events()[3]!.raw, log[1].body);
    const from = new Date(log[0].event_ts).toISOString();
    const to = new Date(log[2].event_ts).toISOString();
    const window = await s.admin('POST', `/webhooks/${sub.id}/redeliver`, { from, to });
    assert.equal(window.body.deliveries.length, 3);
    await r.waitFor(7);
    assert.deepEqual(r.events().slice(4).map((e) => e.event), CALLEE_EVENTS);
    await s.sandbox.dispatcher.idle();
    assert.equal((await deliveryLog(s, sub.id)).length, 7);
    const missing = await s.admin('POST', `/webhooks/${sub.id}/redeliver`, { event_id: 'never-sent' });
    assert.equal(missing.status, 404);
    await s.admin('DELETE', `/webhooks/${sub.id}`);
  });
});

test('endpoints are validated again after 72 hours of sandbox time; one that fails then stops receiving', async () => {
  let failing = false;
  const r = await startReceiver({ secret: SECRET });
  const sub = await subscribe(s, { endpoint_url: r.url, events: CALLEE_EVENTS, secret_token: SECRET });
  try {
    await s.admin('POST', '/clock', { advance_seconds: 71 * 3600 });
    await s.sandbox.dispatcher.idle();
    assert.equal(r.received.filter((x) => x.event === 'endpoint.url_validation').length, 1);
    await s.admin('POST', '/clock', { advance_seconds: 3600 });
    await s.sandbox.dispatcher.idle();
    assert.equal(r.received.filter((x) => x.event === 'endpoint.url_validation').length, 2);
    assert.equal((await s.admin('GET', `/webhooks/${sub.id}`)).body.status, 'active');
    failing = true;
  } finally {
    await r.close();
  }
  assert.ok(failing);
  // The endpoint is gone: the next revalidation deactivates the subscription.
  await s.admin('POST', '/clock', { advance_seconds: 72 * 3600 });
  await s.sandbox.dispatcher.idle();
  const after72 = (await s.admin('GET', `/webhooks/${sub.id}`)).body;
  assert.equal(after72.status, 'validation_failed');
  await s.admin('DELETE', `/webhooks/${sub.id}`);
});

test("another account's subscription receives nothing of the demo account's calls", async () => {
  await withReceiver({ secret: SECRET }, async (r) => {
    const other = await otherAccount(s, 'webhooks-other');
    const sub = await subscribe(s, { account_id: other.accountId, endpoint_url: r.url, events: CALLEE_EVENTS, secret_token: SECRET });
    await answeredCall();
    await s.sandbox.dispatcher.idle();
    assert.equal(r.events().length, 0);
    await s.admin('DELETE', `/webhooks/${sub.id}`);
  });
});

test("a master account's app with include_sub_accounts receives its sub accounts' events, under the sub account's id", async () => {
  await withReceiver({ secret: SECRET }, async (r) => {
    const own = await startReceiver({ secret: SECRET });
    try {
      const withSubs = await subscribe(s, { endpoint_url: r.url, events: CALLEE_EVENTS, secret_token: SECRET, include_sub_accounts: true });
      const onlyOwn = await subscribe(s, { endpoint_url: own.url, events: CALLEE_EVENTS, secret_token: SECRET });
      assert.equal(withSubs.include_sub_accounts, true);
      const userId = await addUser(s, { accountId: SUB, extension: 4501 });
      const res = await s.admin('POST', '/calls', { account_id: SUB, from: OUTSIDE, to: '4501', script: { ring_seconds: 4, talk_seconds: 30 } });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      const got = await r.waitFor(3);
      await s.sandbox.dispatcher.idle();
      assert.deepEqual(got.map((e) => e.event), CALLEE_EVENTS);
      for (const e of got) {
        assert.equal(e.body.payload.account_id, SUB);
        assert.equal(e.body.payload.object.call_id, res.body.call_id);
      }
      assert.equal(got[0]!.body.payload.object.callee.user_id, userId);
      assert.equal(own.events().length, 0, "a subscription without include_sub_accounts hears only its own account");
      await s.admin('DELETE', `/webhooks/${withSubs.id}`);
      await s.admin('DELETE', `/webhooks/${onlyOwn.id}`);
    } finally {
      await own.close();
    }
  });
});

test('a PATCH racing a DELETE of the same subscription answers 200 or 404, never a 500', async () => {
  await withReceiver({ secret: SECRET }, async (r) => {
    for (let i = 0; i < 5; i++) {
      const sub = await subscribe(s, { endpoint_url: r.url, events: CALLEE_EVENTS, secret_token: SECRET });
      const [patched, deleted] = await Promise.all([s.admin('PATCH', `/webhooks/${sub.id}`, { name: `renamed ${i}` }), s.admin('DELETE', `/webhooks/${sub.id}`)]);
      assert.equal(deleted.status, 204);
      assert.ok([200, 404].includes(patched.status), `PATCH answered ${patched.status}: ${JSON.stringify(patched.body)}`);
      assert.equal((await s.admin('GET', `/webhooks/${sub.id}`)).status, 404);
    }
  });
});
