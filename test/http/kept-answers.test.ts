// A read's answer is served again while the database has not changed
// (src/platform/kept-answers.ts, SQLite). Each way an answer can change without
// the same server writing must still be seen: another process's commit, the
// sandbox clock, and a page token's expiry. On PostgreSQL nothing is kept and
// the same tests hold trivially.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import SQLite from 'better-sqlite3';
import { startServer, isPostgres, type TestServer } from '../support/server.ts';
import { ManualClock } from '../../src/clock.ts';
import { PAGE_TOKEN_TTL_MS } from '../../src/platform/pagination.ts';

const MINUTE = 60 * 1000;
const clock = new ManualClock();
let s: TestServer;
let token = '';

before(async () => {
  s = await startServer({ clock });
  token = await s.token();
});
after(() => s.close());

test('a page served again carries a page token with its whole lifetime', async () => {
  const first = await s.api('GET', '/phone/numbers', { token, query: { page_size: 2 } });
  assert.equal(first.status, 200);
  assert.ok(first.body.next_page_token);
  clock.advance(PAGE_TOKEN_TTL_MS - MINUTE);
  const again = await s.api('GET', '/phone/numbers', { token, query: { page_size: 2 } });
  assert.notEqual(again.body.next_page_token, first.body.next_page_token);
  clock.advance(2 * MINUTE);
  const next = await s.api('GET', '/phone/numbers', { token, query: { page_size: 2, next_page_token: again.body.next_page_token } });
  assert.equal(next.status, 200, JSON.stringify(next.body));
  const expired = await s.api('GET', '/phone/numbers', { token, query: { page_size: 2, next_page_token: first.body.next_page_token } });
  assert.equal(expired.status, 400);
});

test("another process's commit shows in the next answer of the same URL", { skip: isPostgres && 'SQLite only: another connection to the file' }, async () => {
  const listedName = async (id: string) => (await s.api('GET', '/phone/users', { token })).body.users.find((u: { id: string }) => u.id === id).name;
  const { id, name, email } = (await s.api('GET', '/phone/users', { token })).body.users[0];
  assert.equal(await listedName(id), name);
  assert.equal((await s.api('GET', `/phone/users/${id}`, { token })).body.email, email);
  const other = new SQLite(s.databaseUrl);
  try {
    other.prepare('update phone_users set name = ?, email = ? where id = ?').run('Renamed Elsewhere', 'elsewhere@example.test', id);
  } finally {
    other.close();
  }
  assert.equal(await listedName(id), 'Renamed Elsewhere');
  assert.equal((await s.api('GET', `/phone/users/${id}`, { token })).body.email, 'elsewhere@example.test');
});

test('a write through the API shows in the next answer of the same URL', async () => {
  const before = await s.api('GET', '/phone/sites', { token });
  const site = before.body.sites[0];
  const renamed = await s.api('PATCH', `/phone/sites/${site.id}`, { token, body: { name: `${site.name} renamed` } });
  assert.equal(renamed.status, 204);
  const after = await s.api('GET', '/phone/sites', { token });
  assert.equal(after.body.sites.find((x: { id: string }) => x.id === site.id).name, `${site.name} renamed`);
});
