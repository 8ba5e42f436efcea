// Input no client should send gets a Zoom 400 that says what is wrong, on both
// backends, and changes nothing: NUL bytes, integers past their column, page
// sizes out of range, bodies nested without end, lists and strings without end.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../support/server.ts';
import { DEFAULT_MAX_ITEMS, DEFAULT_MAX_STRING } from '../../src/contract.ts';
import { MAX_BODY_DEPTH } from '../../src/http/protocol.ts';

let s: TestServer;
let siteId: string;
before(async () => {
  s = await startServer();
  siteId = (await s.api('GET', '/phone/sites')).body.sites[1].id;
});
after(() => s.close());

const site = async () => (await s.api('GET', `/phone/sites/${siteId}`)).body;

function assert400(res: { status: number; body: any }, field?: string) {
  assert.equal(res.status, 400, JSON.stringify(res.body).slice(0, 300));
  assert.equal(res.body.code, 300);
  assert.equal(typeof res.body.message, 'string');
  if (field) assert.ok((res.body.errors ?? []).some((e: { field: string }) => e.field === field), JSON.stringify(res.body).slice(0, 300));
}

test('a NUL byte in a path parameter or a body string is a 400 naming the field, and changes nothing', async () => {
  assert400(await s.api('GET', '/phone/users/abc%00def'), 'userId');
  const before = await site();
  assert400(await s.api('PATCH', `/phone/sites/${siteId}`, { body: { name: 'a\u0000b' } }), 'name');
  assert.deepEqual(await site(), before);
});

test("an integer past its 32-bit column is a 400, not the database's error", async () => {
  const res = await s.api('POST', '/phone/peering/numbers', { body: { carrier_code: 2147483648, phone_numbers: [{ phone_number: '+14155550123' }] } });
  assert400(res, 'carrier_code');
});

test('page_size below 1, fractional, or past the maximum is a 400 on a list whose maximum only its prose gives', async () => {
  for (const size of ['0', '-1', '1e23', '10000000000', '2.5']) {
    assert400(await s.api('GET', '/accounts/me/number_management/numbers', { query: { page_size: size } }), 'page_size');
  }
  assert.equal((await s.api('GET', '/accounts/me/number_management/numbers', { query: { page_size: 1 } })).body.numbers.length, 1);
});

test(`a body nested deeper than ${MAX_BODY_DEPTH} levels is a 400, and changes nothing`, async () => {
  const before = await site();
  // Written as text: JSON.stringify itself runs out of stack on such a value.
  const deep = '{"nested":'.repeat(10_000) + '{"enable":true}' + '}'.repeat(10_000);
  const res = await s.api('PATCH', `/phone/sites/${siteId}`, { raw: `{"policy":${deep}}` });
  assert400(res);
  assert.match(res.body.message, /nests deeper/);
  assert.deepEqual(await site(), before);
});

test(`a list past ${DEFAULT_MAX_ITEMS} items or a string past ${DEFAULT_MAX_STRING} characters where the documents give no maximum is a 400`, async () => {
  const ids = Array.from({ length: 32_766 }, (_, i) => `C-${i}`);
  assert400(await s.api('DELETE', '/accounts/me/number_management/sms_consent', { body: { consent_ids: ids } }), 'consent_ids');
  const atMost = Array.from({ length: DEFAULT_MAX_ITEMS }, (_, i) => `C-${i}`);
  // At the bound the request is read and answered by the operation's own rule (no such policies).
  const at = await s.api('DELETE', '/accounts/me/number_management/sms_consent', { body: { consent_ids: atMost } });
  assert.deepEqual([at.status, at.body.code], [400, 999]);

  const before = await site();
  assert400(await s.api('PATCH', `/phone/sites/${siteId}`, { body: { name: 'x'.repeat(DEFAULT_MAX_STRING + 1) } }), 'name');
  assert.deepEqual(await site(), before);
  assert.equal((await s.api('PATCH', `/phone/sites/${siteId}`, { body: { name: 'x'.repeat(DEFAULT_MAX_STRING) } })).status, 204);
});

test("a keyword's %, _ and \\ are searched for as themselves, not as LIKE wildcards", async () => {
  const all = (await s.api('GET', '/phone/users', { query: { page_size: 100 } })).body.total_records;
  assert.ok(all > 1);
  for (const keyword of ['%', '_', '\\', 'a%', '%_%']) {
    const users = await s.api('GET', '/phone/users', { query: { keyword, page_size: 100 } });
    assert.equal(users.status, 200);
    assert.deepEqual(users.body.users, [], `users matching ${keyword}`);
    const numbers = await s.api('GET', '/accounts/me/number_management/numbers', { query: { keyword, page_size: 100 } });
    assert.equal(numbers.status, 200);
    assert.deepEqual(numbers.body.numbers, [], `numbers matching ${keyword}`);
  }
  // The search itself still works.
  const some = await s.api('GET', '/phone/users', { query: { keyword: 'a', page_size: 100 } });
  assert.ok(some.body.users.length > 0);
});
