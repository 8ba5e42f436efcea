// A queue's activity as its analytics and recordings pages show it: every call
// the simulator took through the queue counts once, by how it ended.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { otherAccount } from '../../support/fixtures.ts';
import { ManualClock } from '../../../src/clock.ts';
import { DEFAULT_ROUTING } from '../../../src/families/call-queues/rules.ts';

const NOW = Date.UTC(2026, 10, 25, 8, 0, 0);
const AT = '2026-11-24T18:00:00Z';
const OUTSIDE = '+14155550123';
const DAY = { from: '2026-11-24', to: '2026-11-25' };

let s: TestServer;
let sales: any;
let support: any;
before(async () => {
  s = await startServer({ clock: new ManualClock(NOW) });
  const list = await s.api('GET', '/phone/call_queues', { query: { page_size: 100 } });
  sales = list.body.call_queues.find((q: any) => q.extension_number === 100800);
  support = list.body.call_queues.find((q: any) => q.extension_number === 200800);
  const calls = [
    { script: { talk_seconds: 60, record: true } },
    { script: { no_answer: true, hang_up_after_seconds: 12 } },
    { script: { no_answer: true, voicemail_seconds: 10 } },
  ];
  for (const [i, c] of calls.entries()) {
    const res = await s.admin('POST', '/calls', { from: OUTSIDE, to: '100800', at: new Date(Date.parse(AT) + i * 600_000).toISOString(), ...c });
    assert.equal(res.status, 201, JSON.stringify(res.body));
  }
});
after(() => s.close());

const analytics = (query: Record<string, string | number> = {}, token?: string) => s.api('GET', '/phone/call_queue_analytics', { query: { page_size: 300, ...DAY, ...query }, token });

test('each call that reached the queue counts once, by how it ended, with its waits and talk', async () => {
  const res = await analytics();
  assertContract('listCallQueueAnalytics', res);
  assert.equal(res.body.from, DAY.from);
  const row = res.body.call_queues.find((q: any) => q.call_queue_id === sales.id);
  assert.deepEqual(
    [row.inbound_calls, row.completed_calls, row.abandoned_calls, row.overflowed_calls, row.max_in_queue_wait_time, row.avg_handle_time],
    // Answered after the 5-second ring; abandoned at 12 seconds; overflowed after the queue's longest wait (120 s).
    [3, 1, 1, 1, 120, 60],
  );
  assert.equal(row.avg_in_queue_wait_time, Math.round((5 + 12 + 120) / 3));
  assert.equal(row.avg_wrap_up_time, DEFAULT_ROUTING.wrap_up_time);
  assert.equal(row.call_queue_ext_id, sales.extension_id);
  const quiet = res.body.call_queues.find((q: any) => q.call_queue_id === support.id);
  assert.deepEqual([quiet.inbound_calls, quiet.completed_calls, quiet.avg_in_queue_wait_time, quiet.avg_wrap_up_time], [0, 0, 0, 0]);
});

test('filters narrow the queues; a window without the calls counts none; a bad window is the documented 300', async () => {
  const only = await analytics({ call_queue_ext_ids: sales.extension_id });
  assertContract('listCallQueueAnalytics', only);
  assert.deepEqual(only.body.call_queues.map((q: any) => q.call_queue_id), [sales.id]);
  const otherSite = await analytics({ site_id: support.site.id });
  assert.ok(otherSite.body.call_queues.every((q: any) => q.site_id === support.site.id));
  const before = await analytics({ from: '2026-11-01', to: '2026-11-02' });
  assert.equal(before.body.call_queues.find((q: any) => q.call_queue_id === sales.id).inbound_calls, 0);
  assertDocumentedError('listCallQueueAnalytics', await analytics({ from: '2026-11-30', to: '2026-11-01' }), 'validationFailed');
  assertDocumentedError('listCallQueueAnalytics', await analytics({ from: 'yesterday' }), 'validationFailed');
});

test("the queue's recordings are the recorded calls its members took", async () => {
  const res = await s.api('GET', `/phone/call_queues/${sales.id}/recordings`, { query: DAY });
  assertContract('getCallQueueRecordings', res);
  assert.equal(res.body.total_records, 1);
  const [rec] = res.body.recordings;
  assert.deepEqual([rec.caller_number, rec.direction, rec.duration, rec.date_time], [OUTSIDE, 'inbound', 60, '2026-11-24']);
  const none = await s.api('GET', `/phone/call_queues/${support.id}/recordings`, { query: DAY });
  assertContract('getCallQueueRecordings', none);
  assert.equal(none.body.total_records, 0);
  assertUndocumentedError(await s.api('GET', '/phone/call_queues/nope/recordings'), 404, 13000, 'The Call Queue does not exist, callQueueId:nope.');
  const reversed = await s.api('GET', `/phone/call_queues/${sales.id}/recordings`, { query: { from: '2026-11-25', to: '2026-11-01' } });
  assert.equal(reversed.status, 400);
  assert.equal(reversed.body.code, 300);
});

test("another account sees neither the queue's figures nor its recordings", async () => {
  const other = await otherAccount(s, 'cq-analytics-other');
  const res = await analytics({}, other.token);
  assertContract('listCallQueueAnalytics', res);
  assert.ok(!res.body.call_queues.some((q: any) => q.call_queue_id === sales.id));
  assert.equal((await s.api('GET', `/phone/call_queues/${sales.id}/recordings`, { token: other.token, query: DAY })).status, 404);
});
