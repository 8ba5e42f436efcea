// The demo account's few days of activity, made by the simulator at seed time
// through the demo's own routing: every view that shows calls has some.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../support/server.ts';
import { ManualClock, isoSeconds } from '../../src/clock.ts';
import { DEMO_ACTIVITY_DAYS } from '../../src/sim/demo.ts';
import { DEMO_DEFAULTS } from '../../src/sandbox.ts';

const NOW = Date.UTC(2026, 10, 26, 20, 0, 0);
let s: TestServer;
before(async () => {
  s = await startServer({ clock: new ManualClock(NOW), demoActivity: true });
});
after(() => s.close());

const day = (ms: number) => isoSeconds(ms).slice(0, 10);

test('the demo account has calls on each of its last days, none in the future, in every call view', async () => {
  const from = day(NOW - DEMO_ACTIVITY_DAYS * 86_400_000);
  const history = await s.api('GET', '/phone/call_history', { query: { from, to: day(NOW), page_size: 300 } });
  assert.equal(history.status, 200, JSON.stringify(history.body));
  const calls = history.body.call_history as any[];
  assert.ok(history.body.total_records > 50, `total: ${history.body.total_records}`);
  assert.ok(calls.every((c) => Date.parse(c.start_time) < NOW && Date.parse(c.end_time) < NOW));
  const days = new Set(calls.map((c) => c.start_time.slice(0, 10)));
  assert.ok(days.size >= DEMO_ACTIVITY_DAYS, [...days].join());
  const results = new Set(calls.map((c) => c.call_result));
  for (const r of ['answered', 'voicemail']) assert.ok(results.has(r), `no ${r} call in ${[...results]}`);
  const logs = await s.api('GET', '/phone/call_logs', { query: { from, to: day(NOW), page_size: 1 } });
  assert.ok(logs.body.total_records >= history.body.total_records);
  const voicemails = await s.api('GET', '/phone/voice_mails', { query: { from, to: day(NOW), page_size: 1 } });
  assert.ok(voicemails.body.total_records > 0, JSON.stringify(voicemails.body));
  const recordings = await s.api('GET', '/phone/recordings', { query: { from, to: day(NOW), page_size: 1 } });
  assert.ok(recordings.body.total_records > 0, JSON.stringify(recordings.body));
});

test('a reset seeds the same activity again', async () => {
  const before = await s.api('GET', '/phone/call_history', { query: { from: day(NOW - 3 * 86_400_000), to: day(NOW), page_size: 1 } });
  assert.equal((await s.admin('POST', '/reset')).status, 204);
  // A reset forgets every token: ask for a new one.
  const basic = Buffer.from(`${DEMO_DEFAULTS.clientId}:${DEMO_DEFAULTS.clientSecret}`).toString('base64');
  const grant = await fetch(`${s.base}/oauth/token?grant_type=account_credentials&account_id=${DEMO_DEFAULTS.accountId}`, { method: 'POST', headers: { authorization: `Basic ${basic}` } });
  const token = ((await grant.json()) as { access_token: string }).access_token;
  const after = await s.api('GET', '/phone/call_history', { token, query: { from: day(NOW - 3 * 86_400_000), to: day(NOW), page_size: 1 } });
  assert.equal(after.body.total_records, before.body.total_records);
});
