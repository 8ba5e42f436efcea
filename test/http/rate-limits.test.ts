import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, isPostgres, type TestServer } from '../support/server.ts';
import { spawnServer } from '../support/process.ts';
import { ManualClock } from '../../src/clock.ts';
import { loadContract } from '../../src/contract.ts';

const clock = new ManualClock();
let s: TestServer;
before(async () => {
  s = await startServer({ rateLimits: true, clock });
});
after(() => s.close());

const { operations } = loadContract();
const light = operations.find((o) => o.label === 'LIGHT' && o.method === 'GET' && o.path === '/phone/users/{userId}')
  ?? operations.find((o) => o.label === 'LIGHT' && o.method === 'GET' && !o.path.includes('{'))!;
const lightPath = light.path.replace(/\{\w+\}/g, 'x');

test(`a burst past the Light limit (40/s) gets 429 with the headers, and passes again next second (${light.operationId})`, async () => {
  const token = await s.token();
  const results = await Promise.all(Array.from({ length: 45 }, () => s.api('GET', lightPath, { token })));
  const limited = results.filter((r) => r.status === 429);
  assert.equal(limited.length, 5);
  const passed = results.filter((r) => r.status !== 429);
  assert.equal(passed[0].headers.get('x-ratelimit-category'), 'Light');
  assert.equal(passed[0].headers.get('x-ratelimit-type'), 'QPS');
  assert.equal(passed[0].headers.get('x-ratelimit-limit'), '40');
  const r = limited[0];
  assert.equal(r.body.code, 429);
  assert.equal(r.body.message, 'You have reached the maximum per-second rate limit for this API. Try again later.');
  assert.equal(r.headers.get('retry-after'), '1');
  assert.equal(r.headers.get('x-ratelimit-remaining'), '0');
  clock.advance(1000);
  const again = await s.api('GET', lightPath, { token });
  assert.notEqual(again.status, 429);
  assert.equal(again.headers.get('x-ratelimit-remaining'), '39');
});

test('the Pro plan halves the limit', async () => {
  clock.advance(1000);
  await s.admin('PATCH', `/accounts/${s.sandbox.demo.accountId}`, { plan: 'pro' });
  // No wait: a plan changed through this process's control plane applies at once.
  const token = await s.token();
  const results = await Promise.all(Array.from({ length: 25 }, () => s.api('GET', lightPath, { token })));
  assert.equal(results.filter((r) => r.status === 429).length, 5);
  await s.admin('PATCH', `/accounts/${s.sandbox.demo.accountId}`, { plan: 'business_plus' });
});

test('two server processes on one PostgreSQL share the limit', { skip: !isPostgres && 'needs DATABASE_URL=postgres://...' }, async () => {
  const heavy = operations.find((o) => o.label === 'RESOURCE-INTENSIVE' && o.method === 'GET')!;
  const path = heavy.path.replace(/\{\w+\}/g, 'x');
  const env = { DATABASE_URL: s.databaseUrl, SWITCHBOARD_ADMIN_KEY: 'x' };
  const [a, b] = [await spawnServer(env), await spawnServer(env)];
  try {
    const tokenRes = await fetch(`${a.base}/oauth/token?grant_type=account_credentials&account_id=${s.sandbox.demo.accountId}`, {
      method: 'POST',
      headers: { authorization: 'Basic ' + Buffer.from(`${s.sandbox.demo.clientId}:${s.sandbox.demo.clientSecret}`).toString('base64') },
    });
    const token = (await tokenRes.json()).access_token;
    const call = (base: string) => fetch(`${base}/v2${path}`, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.status);
    // Resource-intensive is 10 per minute of the servers' real clocks; 8 + 8 across the two
    // processes must leave 6 refused. The burst must fall in one minute window, so it does
    // not start near a minute's end, nor (after a burst that spilled over) in a minute
    // an earlier burst has already counted in.
    for (let attempt = 0; attempt < 2; attempt++) {
      const left = 60_000 - (Date.now() % 60_000);
      if (attempt > 0 || left < 5_000) await new Promise((r) => setTimeout(r, left + 50));
      const startMinute = Math.floor(Date.now() / 60_000);
      const statuses = await Promise.all([...Array.from({ length: 8 }, () => call(a.base)), ...Array.from({ length: 8 }, () => call(b.base))]);
      if (Math.floor(Date.now() / 60_000) !== startMinute) continue;
      assert.equal(statuses.filter((x) => x === 429).length, 6, `statuses ${statuses}`);
      return;
    }
    assert.fail('two bursts straddled a minute boundary');
  } finally {
    await a.stop();
    await b.stop();
  }
});
