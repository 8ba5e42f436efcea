// Generated traffic: a stream of calls over a span of sandbox time, shaped by
// the business-hours curve, whose same seed gives byte-identical records.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../support/server.ts';
import { ManualClock } from '../../src/clock.ts';
import { SeededIds } from '../../src/ids.ts';
import { businessCurve, random } from '../../src/sim/traffic.ts';

/** Both sandboxes start at the same moment from the same id seed, so that their demo records and clocks agree. */
const NOW = Date.UTC(2026, 10, 25, 8, 0, 0);
let a: TestServer;
let b: TestServer;
before(async () => {
  [a, b] = await Promise.all([startServer({ clock: new ManualClock(NOW), ids: new SeededIds('demo') }), startServer({ clock: new ManualClock(NOW), ids: new SeededIds('demo') })]);
});
after(async () => {
  await Promise.all([a.close(), b.close()]);
});

const DAY = { from: '2026-11-24T00:00:00Z', to: '2026-11-25T00:00:00Z' };

test('the generator draws the same numbers from the same seed, and others from another', () => {
  const one = random('x');
  const two = random('x');
  const other = random('y');
  const first = Array.from({ length: 5 }, () => one());
  assert.deepEqual(Array.from({ length: 5 }, () => two()), first);
  assert.notDeepEqual(Array.from({ length: 5 }, () => other()), first);
  assert.ok(first.every((n) => n >= 0 && n < 1));
});

test('the business curve is full in office hours on weekdays and a trickle at night and at weekends', () => {
  const at = (iso: string) => businessCurve(Date.parse(iso), 'America/Los_Angeles');
  assert.equal(at('2026-11-24T18:00:00Z'), 1); // Tuesday 10:00
  assert.equal(at('2026-11-24T20:30:00Z'), 0.7); // Tuesday 12:30, lunch
  assert.equal(at('2026-11-25T10:00:00Z'), 0.05); // Wednesday 02:00
  assert.equal(at('2026-11-28T18:00:00Z'), 0.1); // Saturday 10:00
});

test('a day of traffic follows the curve, and each call leaves its records', async () => {
  const res = await a.admin('POST', '/traffic', { ...DAY, rate_per_minute: 0.5, seed: 'day', time_zone: 'America/Los_Angeles' });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  const { calls, outcomes } = res.body;
  // About 0.5 a minute for 8 office hours, a third of that around them, a trickle at night: ~330 calls.
  assert.ok(calls > 200 && calls < 450, `calls: ${calls}`);
  assert.equal(Object.values(outcomes as Record<string, number>).reduce((n, c) => n + c, 0), calls);
  assert.ok(outcomes.answered > outcomes.voicemail && outcomes.voicemail > 0 && outcomes.abandoned > 0, JSON.stringify(outcomes));
  const history = await a.api('GET', '/phone/call_history', { query: { ...DAY, page_size: 1 } });
  assert.equal(history.status, 200, JSON.stringify(history.body));
  assert.equal(history.body.total_records, calls);
});

test('the same seed over the same span gives byte-identical answers in two sandboxes', async () => {
  const body = { ...DAY, rate_per_minute: 0.2, seed: 'twins' };
  const [ra, rb] = await Promise.all([a.admin('POST', '/traffic', { ...body, from: '2026-11-20T00:00:00Z', to: '2026-11-21T00:00:00Z' }), b.admin('POST', '/traffic', { ...body, from: '2026-11-20T00:00:00Z', to: '2026-11-21T00:00:00Z' })]);
  assert.deepEqual(ra.body, rb.body);
  const range = { from: '2026-11-20', to: '2026-11-20', page_size: 300 };
  for (const path of ['/phone/call_history', '/phone/call_logs']) {
    const [x, y] = await Promise.all([a.api('GET', path, { query: range }), b.api('GET', path, { query: range })]);
    assert.equal(x.status, 200, JSON.stringify(x.body));
    assert.ok((x.body.call_history ?? x.body.call_logs).length > 0);
    assert.equal(JSON.stringify(x.body.call_history ?? x.body.call_logs), JSON.stringify(y.body.call_history ?? y.body.call_logs));
  }
});

test('a traffic span the wrong way round, or a seed too long, is refused', async () => {
  assert.equal((await a.admin('POST', '/traffic', { from: DAY.to, to: DAY.from })).status, 400);
  assert.equal((await a.admin('POST', '/traffic', { ...DAY, seed: 'x'.repeat(129) })).status, 400);
  assert.equal((await a.admin('POST', '/traffic', { ...DAY, rate_per_minute: -1 })).status, 400);
});
