import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../support/server.ts';
import { DEMO_DEFAULTS } from '../../src/sandbox.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

const basic = (id: string, secret: string) => 'Basic ' + Buffer.from(`${id}:${secret}`).toString('base64');

async function tokenRequest(query: string, auth: string, form?: string) {
  const res = await fetch(`${s.base}/oauth/token${query}`, {
    method: 'POST',
    headers: { authorization: auth, ...(form && { 'content-type': 'application/x-www-form-urlencoded' }) },
    body: form,
  });
  return { status: res.status, body: await res.json() };
}

test('account_credentials grant answers Zoom token shape', async () => {
  const { status, body } = await tokenRequest(
    `?grant_type=account_credentials&account_id=${DEMO_DEFAULTS.accountId}`,
    basic(DEMO_DEFAULTS.clientId, DEMO_DEFAULTS.clientSecret),
  );
  assert.equal(status, 200);
  assert.equal(body.token_type, 'bearer');
  assert.equal(body.expires_in, 3600);
  assert.match(body.access_token, /^[A-Za-z0-9_-]{40,}$/);
  assert.ok(body.scope.split(' ').includes('phone:read:admin'));
  assert.equal(body.api_url, s.base);
});

test('account_id may come in the form body', async () => {
  const { status } = await tokenRequest('', basic(DEMO_DEFAULTS.clientId, DEMO_DEFAULTS.clientSecret), `grant_type=account_credentials&account_id=${DEMO_DEFAULTS.accountId}`);
  assert.equal(status, 200);
});

test('wrong secret, wrong grant and wrong account are refused', async () => {
  const q = `?grant_type=account_credentials&account_id=${DEMO_DEFAULTS.accountId}`;
  assert.deepEqual(await tokenRequest(q, basic(DEMO_DEFAULTS.clientId, 'nope')), {
    status: 400,
    body: { reason: 'Invalid client_id or client_secret', error: 'invalid_client' },
  });
  assert.equal((await tokenRequest(`?grant_type=client_credentials&account_id=${DEMO_DEFAULTS.accountId}`, basic(DEMO_DEFAULTS.clientId, DEMO_DEFAULTS.clientSecret))).body.error, 'unsupported_grant_type');
  assert.equal((await tokenRequest('?grant_type=account_credentials&account_id=someone-else', basic(DEMO_DEFAULTS.clientId, DEMO_DEFAULTS.clientSecret))).status, 400);
});

test('a token answers 200 from state; none, a forged one and an expired one answer 401/124', async () => {
  const ok = await s.api('GET', '/phone/users');
  assert.equal(ok.status, 200);
  assert.ok(ok.body.users.length > 0);
  const expected = { code: 124, message: 'Invalid access token.' };
  assert.deepEqual((await s.api('GET', '/phone/users', { token: '' })).body, expected);
  const forged = await s.api('GET', '/phone/users', { token: 'A'.repeat(43) });
  assert.equal(forged.status, 401);
  assert.deepEqual(forged.body, expected);

  const token = await s.token();
  const moved = await s.admin('POST', '/clock', { advance_seconds: 3601 });
  assert.equal(moved.status, 200);
  const expired = await s.api('GET', '/phone/users', { token });
  assert.equal(expired.status, 401);
  assert.deepEqual(expired.body, { code: 124, message: 'Access token is expired.' });
});

test('client secrets are stored hashed', async () => {
  const rows = await s.sandbox.db.selectFrom('apps').selectAll().execute();
  assert.ok(rows.length > 0);
  for (const row of rows) assert.ok(!JSON.stringify(row).includes(DEMO_DEFAULTS.clientSecret));
});
