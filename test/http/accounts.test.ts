import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../support/server.ts';
import { DEMO_DEFAULTS } from '../../src/sandbox.ts';

let s: TestServer;
let other: { token: string; accountId: string };

before(async () => {
  s = await startServer();
  // A second master account with its own app and one user.
  const acct = await s.admin('POST', '/accounts', { name: 'Other Corp', id: 'other-master' });
  assert.equal(acct.status, 201);
  const app = await s.admin('POST', '/accounts/other-master/apps', {});
  assert.equal(app.status, 201);
  const token = await s.token(app.body.client_id, app.body.client_secret, 'other-master');
  other = { token, accountId: 'other-master' };
  await s.sandbox.db
    .insertInto('phone_users')
    .values({
      id: 'other-user-1', account_id: 'other-master', email: 'o@other.test', name: 'Other', site_id: null,
      extension_id: 'x', extension_number: 1, phone_user_id: 'p', status: 'activate', department: null, cost_center: null, data: '{}', created_at: 0,
    })
    .execute();
});
after(() => s.close());

test("a token of account A gets 404 for B's user, and B sees it", async () => {
  const mine = await s.api('GET', '/phone/users/other-user-1', { token: other.token });
  assert.equal(mine.status, 200);
  assert.equal(mine.body.id, 'other-user-1');
  const theirs = await s.api('GET', '/phone/users/other-user-1');
  assert.equal(theirs.status, 404);
  const list = await s.api('GET', '/phone/users');
  assert.ok(!list.body.users.some((u: { id: string }) => u.id === 'other-user-1'));
});

test('control plane creates sub accounts; a sub account cannot own one', async () => {
  const sub = await s.admin('POST', '/accounts', { name: 'Sub', parent_id: DEMO_DEFAULTS.accountId });
  assert.equal(sub.status, 201);
  assert.equal(sub.body.parent_id, DEMO_DEFAULTS.accountId);
  const nested = await s.admin('POST', '/accounts', { name: 'Nested', parent_id: sub.body.id });
  assert.equal(nested.status, 400);
  const list = await s.admin('GET', '/accounts');
  assert.ok(list.body.accounts.some((a: { id: string }) => a.id === sub.body.id));
});

test('a plan change takes effect and bad input changes nothing', async () => {
  const bad = await s.admin('PATCH', '/accounts/other-master', { plan: 'gold' });
  assert.equal(bad.status, 400);
  assert.equal(bad.body.errors[0].field, 'plan');
  const ok = await s.admin('PATCH', '/accounts/other-master', { plan: 'pro' });
  assert.equal(ok.body.plan, 'pro');
});

test('a sub account written by another process is found at once, though its absence was seen just before', async () => {
  const path = '/accounts/late-sub/number_management/numbers';
  const before = await s.api('GET', path);
  assert.equal(before.status, 404);
  assert.equal(before.body.code, 2001);
  // Straight into the database, as another server process's control plane would write it.
  await s.sandbox.db
    .insertInto('accounts')
    .values({ id: 'late-sub', parent_id: DEMO_DEFAULTS.accountId, name: 'Late', plan: 'business_plus', created_at: 0 })
    .execute();
  const after = await s.api('GET', path);
  assert.equal(after.status, 200);
  assert.deepEqual(after.body.numbers, []);
});
