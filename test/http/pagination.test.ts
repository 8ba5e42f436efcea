import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../support/server.ts';
import { DEMO_DEFAULTS } from '../../src/sandbox.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
  // 1,000 users in the demo account on top of the seeded ones.
  const now = s.sandbox.clock.now();
  const rows = Array.from({ length: 1000 }, (_, i) => ({
    id: `bulk-user-${String(i).padStart(4, '0')}`,
    account_id: DEMO_DEFAULTS.accountId,
    email: `bulk${i}@example.test`,
    name: `Bulk ${i}`,
    site_id: null,
    extension_id: `ext-${i}`,
    extension_number: 5000 + i,
    phone_user_id: `pu-${i}`,
    status: i % 2 ? 'activate' : 'deactivate',
    department: null,
    cost_center: null,
    data: '{}',
    created_at: now,
  }));
  for (let i = 0; i < rows.length; i += 200) await s.sandbox.db.insertInto('phone_users').values(rows.slice(i, i + 200)).execute();
});
after(() => s.close());

test('walking every page with page_size=7 returns each record exactly once', async () => {
  const seen: string[] = [];
  let token = '';
  let pages = 0;
  let total = -1;
  do {
    const r = await s.api('GET', '/phone/users', { query: { page_size: 7, ...(token && { next_page_token: token }) } });
    assert.equal(r.status, 200);
    assert.equal(r.body.page_size, 7);
    assert.ok(r.body.users.length <= 7);
    total = r.body.total_records;
    seen.push(...r.body.users.map((u: { id: string }) => u.id));
    token = r.body.next_page_token;
    pages++;
  } while (token);
  assert.equal(total, 1006);
  assert.equal(seen.length, 1006);
  assert.equal(new Set(seen).size, 1006);
  assert.equal(pages, Math.ceil(1006 / 7));
});

test('a filter binds the token: the same token with another filter is refused', async () => {
  const first = await s.api('GET', '/phone/users', { query: { page_size: 5, status: 'activate' } });
  assert.equal(first.status, 200);
  assert.ok(first.body.users.every((u: { status: string }) => u.status === 'activate'));
  const other = await s.api('GET', '/phone/users', { query: { page_size: 5, status: 'deactivate', next_page_token: first.body.next_page_token } });
  assert.equal(other.status, 400);
});

test('an altered token is 400', async () => {
  const first = await s.api('GET', '/phone/users', { query: { page_size: 5 } });
  const token: string = first.body.next_page_token;
  const flipped = token.slice(0, 3) + (token[3] === 'A' ? 'B' : 'A') + token.slice(4);
  const r = await s.api('GET', '/phone/users', { query: { page_size: 5, next_page_token: flipped } });
  assert.equal(r.status, 400);
  assert.match(r.body.message, /next page token/i);
});

test('a token rewritten to skip ahead and live longer, its signature kept, is refused', async () => {
  const first = await s.api('GET', '/phone/users', { query: { page_size: 5 } });
  const [text, mac] = String(first.body.next_page_token).split('.');
  const body = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  // The body is well formed and bound to the same query: only the signature tells it was changed.
  const forged = Buffer.from(JSON.stringify({ ...body, s: body.s + 500, e: body.e + 3_600_000 })).toString('base64url');
  const r = await s.api('GET', '/phone/users', { query: { page_size: 5, next_page_token: `${forged}.${mac}` } });
  assert.equal(r.status, 400, JSON.stringify(r.body));
  assert.match(r.body.message, /next page token/i);
  // The token as given still works.
  assert.equal((await s.api('GET', '/phone/users', { query: { page_size: 5, next_page_token: first.body.next_page_token } })).status, 200);
});

test("a bad token answers the list's own documented error: its words, without words its page joins to them", async () => {
  const nm = await s.api('GET', '/accounts/me/number_management/numbers', { query: { next_page_token: 'not-a-token' } });
  assert.equal(nm.status, 400);
  assert.deepEqual([nm.body.code, nm.body.message], [1003100, 'The next page token is either invalid or has expired']);
  const users = await s.api('GET', '/phone/users', { query: { next_page_token: 'not-a-token' } });
  assert.equal(users.status, 400);
  // Its page documents 400/400 "The next page token is invalid or expired. Please enter at least {0} valid characters."
  assert.deepEqual([users.body.code, users.body.message], [400, 'The next page token is invalid or expired.']);
  const sites = await s.api('GET', '/phone/sites', { query: { next_page_token: 'not-a-token' } });
  assert.deepEqual([sites.status, sites.body.code, sites.body.message], [400, 300, 'The next page token is invalid or expired.']);
});

test('a token expires after 15 minutes of the sandbox clock', async () => {
  const first = await s.api('GET', '/phone/users', { query: { page_size: 5 } });
  const token = first.body.next_page_token;
  assert.equal((await s.api('GET', '/phone/users', { query: { page_size: 5, next_page_token: token } })).status, 200);
  await s.admin('POST', '/clock', { advance_seconds: 16 * 60 });
  const fresh = await s.token(); // the old access token may also have aged; page-token expiry is what is tested
  const r = await s.api('GET', '/phone/users', { token: fresh, query: { page_size: 5, next_page_token: token } });
  assert.equal(r.status, 400);
});

test('page_size over the documented maximum is 400/300', async () => {
  const r = await s.api('GET', '/phone/users', { query: { page_size: 301 } });
  assert.equal(r.status, 400);
  assert.equal(r.body.code, 300);
  assert.equal(r.body.errors[0].field, 'page_size');
});
