// The outbox survives the process: events written with a change are delivered
// after a kill -9 that came before their delivery was recorded, and several
// server processes over one database deliver each event once, in order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freshDatabaseUrl, isPostgres } from '../support/server.ts';
import { spawnServer, type ServerProcess } from '../support/process.ts';
import { startReceiver } from '../support/webhooks.ts';

const ADMIN = 'durability-admin-key';
const SECRET = 'durability-webhook-secret';
const EVENTS = ['phone.callee_ringing', 'phone.callee_answered', 'phone.callee_ended', 'phone.callee_call_log_completed'];

async function admin(server: ServerProcess, method: string, path: string, body?: unknown): Promise<any> {
  const res = await fetch(`${server.base}/_sandbox${path}`, {
    method,
    headers: { 'x-admin-key': ADMIN, ...(body !== undefined && { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

const call = (server: ServerProcess, i: number) =>
  admin(server, 'POST', '/calls', { from: `+1415555${String(1000 + i).slice(-4)}`, to: '101', at: '2026-11-24T18:00:00Z', script: { ring_seconds: 3, talk_seconds: 20 } });

async function log(server: ServerProcess, id: string): Promise<any[]> {
  const res = await admin(server, 'GET', `/webhooks/${id}/deliveries?page_size=1000`);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body.deliveries;
}

async function until(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

test('kill -9 while an event is being sent: after a restart every event of the change is delivered', async () => {
  const db = await freshDatabaseUrl();
  // A short lease, so that the restarted process takes over the dead one's subscription quickly.
  const env = { DATABASE_URL: db.url, SWITCHBOARD_ADMIN_KEY: ADMIN, SWITCHBOARD_RATE_LIMITS: 'off', SWITCHBOARD_WEBHOOK_LEASE_MS: '1500' };
  // The first delivery of the first event hangs: the server is killed while it waits for the answer.
  const receiver = await startReceiver({ secret: SECRET, answer: ({ nth, event }) => (nth === 1 && event === EVENTS[0] ? 'hang' : 200) });
  let server = await spawnServer(env);
  try {
    const sub = await admin(server, 'POST', '/webhooks', { endpoint_url: receiver.url, events: EVENTS, secret_token: SECRET });
    assert.equal(sub.body.status, 'active');
    assert.equal((await call(server, 1)).status, 201);
    await receiver.waitFor(1);
    await server.stop('SIGKILL');
    // Written and committed with the call, not one recorded as sent.
    server = await spawnServer(env);
    await receiver.waitFor(EVENTS.length + 1);
    await until('the log to show every delivery delivered', async () => (await log(server, sub.body.id)).every((d) => d.status === 'delivered'));
    const deliveries = await log(server, sub.body.id);
    assert.deepEqual(deliveries.map((d) => d.event), EVENTS);
    // The event the dead process was sending is sent again (at least once); every other exactly once, in order.
    assert.deepEqual(receiver.events().map((e) => e.event), [EVENTS[0], ...EVENTS]);
    assert.ok(receiver.events().every((e) => e.signed));
  } finally {
    await server.stop();
    await receiver.close();
    await db.cleanup();
  }
});

// Several processes over one database is the PostgreSQL deployment; SQLite is one process on a laptop.
test('two server processes over one PostgreSQL deliver each event exactly once, each call\'s in order', { skip: !isPostgres && 'PostgreSQL only' }, async () => {
  const db = await freshDatabaseUrl();
  const env = { DATABASE_URL: db.url, SWITCHBOARD_ADMIN_KEY: ADMIN, SWITCHBOARD_RATE_LIMITS: 'off' };
  const receiver = await startReceiver({ secret: SECRET });
  const a = await spawnServer(env);
  const b = await spawnServer(env);
  try {
    const sub = await admin(a, 'POST', '/webhooks', { endpoint_url: receiver.url, events: EVENTS, secret_token: SECRET });
    assert.equal(sub.body.status, 'active');
    // Calls placed through both processes at once: both dispatchers see deliveries due.
    const calls = 20;
    const placed = await Promise.all(Array.from({ length: calls }, (_, i) => call(i % 2 ? a : b, i)));
    assert.deepEqual(placed.filter((p) => p.status !== 201), []);
    await receiver.waitFor(calls * EVENTS.length, 60_000);
    await until('both logs to settle', async () => (await log(b, sub.body.id)).every((d) => d.status === 'delivered'));
    // Nothing more arrives later.
    await new Promise((r) => setTimeout(r, 1000));
    const bodies = receiver.events().map((e) => e.raw);
    assert.equal(bodies.length, calls * EVENTS.length);
    assert.equal(new Set(bodies).size, bodies.length, 'no event was delivered twice');
    const deliveries = await log(a, sub.body.id);
    assert.equal(deliveries.length, calls * EVENTS.length);
    assert.deepEqual(new Set(bodies), new Set(deliveries.map((d) => d.body)));
    // Each call's events arrive in the order they were written. (Calls committed side by side may arrive
    // in the order of their commits rather than of the sequence numbers they drew.)
    const byCall = new Map<string, string[]>();
    for (const e of receiver.events()) {
      const id = e.body.payload.object.call_id ?? e.body.payload.object.call_logs[0].call_id;
      byCall.set(id, [...(byCall.get(id) ?? []), e.event]);
    }
    assert.equal(byCall.size, calls);
    for (const events of byCall.values()) assert.deepEqual(events, EVENTS);
    assert.ok(deliveries.every((d) => d.attempts.length === 1));
  } finally {
    await Promise.all([a.stop(), b.stop()]);
    await receiver.close();
    await db.cleanup();
  }
});
