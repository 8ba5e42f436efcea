// The sandbox clock belongs to the database, not to a process: moving it through
// one server moves it for every server over the same database (within
// CLOCK_FOLLOW_MS), and two moves at once both count.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { startServer, type TestServer } from '../support/server.ts';
import { CLOCK_FOLLOW_MS } from '../../src/sandbox.ts';

let a: TestServer;
let b: TestServer;
before(async () => {
  a = await startServer();
  b = await startServer({ databaseUrl: a.databaseUrl });
});
after(async () => {
  await b.close();
  await a.close();
});

/** Asks `check` until it holds, for at most a few follow periods. */
async function eventually(check: () => Promise<boolean>): Promise<boolean> {
  for (let waited = 0; waited <= 5 * CLOCK_FOLLOW_MS; waited += 100) {
    if (await check()) return true;
    await sleep(100);
  }
  return false;
}

test('a token expired by moving the clock through one server is expired in the other', async () => {
  const token = await a.token();
  assert.equal((await b.api('GET', '/phone/sites', { token })).status, 200);
  assert.equal((await a.admin('POST', '/clock', { advance_seconds: 3601 })).status, 200);
  assert.ok(await eventually(async () => (await b.api('GET', '/phone/sites', { token })).status === 401), 'the other server still accepts the token');
  assert.deepEqual((await b.api('GET', '/phone/sites', { token })).body, { code: 124, message: 'Access token is expired.' });
});

test('two servers moving the clock at once both move it', async () => {
  const before = (await a.admin('GET', '/clock')).body.offset_seconds as number;
  await Promise.all([a.admin('POST', '/clock', { advance_seconds: 100 }), b.admin('POST', '/clock', { advance_seconds: 1000 })]);
  assert.ok(await eventually(async () => (await a.admin('GET', '/clock')).body.offset_seconds - before >= 1099));
  const moved = (await a.admin('GET', '/clock')).body.offset_seconds - before;
  assert.ok(moved >= 1099 && moved <= 1101, `moved ${moved} s`);
});
