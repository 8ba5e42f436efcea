// The account's smartphones through the HTTP API (seeded: no operation adds one),
// and the page tokens of both lists of the family.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { assertPageTokensExpire } from '../../support/pages.ts';
import { otherAccount } from '../../support/fixtures.ts';
import { sites } from '../../support/org.ts';
import { api, type Api } from './support.ts';

let s: TestServer;
let a: Api;
before(async () => {
  s = await startServer();
  a = api(s);
});
after(() => s.close());

test('the demo smartphones are listed with their assignee and site', async () => {
  const res = await a.smartphones();
  assertContract('listSmartphones', res);
  assert.deepEqual([res.body.total_records, res.body.page_size, res.body.next_page_token], [2, 30, '']);
  const [ec50, tc52] = res.body.smartphones;
  assert.deepEqual(
    [ec50.device_name, ec50.device_type, ec50.serial_number, ec50.activation_status, ec50.assignee.name, ec50.site.name],
    ['EC50', 'Zebra TechnologiesEC50S', '202355225D0174', 'Activated', 'Alan Turing', (await sites(s))[2].name],
  );
  assert.match(ec50.activation_time, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  assert.equal(tc52.assignee.name, 'Edsger Dijkstra');
  assert.equal(tc52.assignee.extension_number, 105);
});

test('smartphones are filtered by site and keyword', async () => {
  const all = await sites(s);
  const bySite = await a.smartphones({ site_id: all[1].id });
  assertContract('listSmartphones', bySite);
  assert.deepEqual(bySite.body.smartphones.map((p: any) => p.device_name), ['TC52']);
  assert.equal(bySite.body.total_records, 1);
  assert.deepEqual((await a.smartphones({ keyword: 'ec5' })).body.smartphones.map((p: any) => p.device_name), ['EC50']);
  assert.deepEqual((await a.smartphones({ keyword: '21089522' })).body.smartphones.map((p: any) => p.device_name), ['TC52']);
  assert.deepEqual((await a.smartphones({ site_id: all[0].id })).body.smartphones, []);
});

test('smartphone pages: 300 at most, a foreign page token refused', async () => {
  const first = await a.smartphones({ page_size: 1 });
  assertContract('listSmartphones', first);
  assert.equal(first.body.smartphones.length, 1);
  const second = await a.smartphones({ page_size: 1, next_page_token: first.body.next_page_token });
  assert.deepEqual([second.body.smartphones[0].device_name, second.body.next_page_token], ['TC52', '']);
  assert.equal((await a.smartphones({ page_size: 300 })).status, 200);
  assert.equal((await a.smartphones({ page_size: 301 })).status, 400);
  assertDocumentedError('listSmartphones', await a.smartphones({ next_page_token: 'not-a-token' }), 'nextPageTokenIsInvalidOr');
  // a token of one filter is not another's
  assertDocumentedError('listSmartphones', await a.smartphones({ page_size: 1, keyword: 'T', next_page_token: first.body.next_page_token }), 'nextPageTokenIsInvalidOr');
});

test("another account sees none of the account's smartphones", async () => {
  const other = await otherAccount(s, 'pd-smart-1');
  const res = await api(s, other.token).smartphones();
  assertContract('listSmartphones', res);
  assert.deepEqual([res.body.smartphones, res.body.total_records], [[], 0]);
});

test('page tokens of the device and smartphone lists expire after 15 minutes', async () => {
  await assertPageTokensExpire(
    s,
    [
      { op: 'listDevices', get: (q) => a.list({ type: 'assigned', ...q }) },
      { op: 'listSmartphones', get: (q) => a.smartphones(q) },
    ],
    (list, res) => {
      if (list.op === 'listSmartphones') assertDocumentedError('listSmartphones', res, 'nextPageTokenIsInvalidOr');
      else assertUndocumentedError(res, 400, 300, 'The next page token is invalid or expired.');
    },
  );
});
