// The account-bound store and the list envelope, on the backend under test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AccountStore } from '../../src/kit/store.ts';
import { envelopeOf } from '../../src/kit/list.ts';
import { operation } from '../support/contract.ts';
import { startServer, type TestServer } from '../support/server.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

const site = (id: string, account: string, name: string) => ({ id, name, site_code: null, main_site: 0, data: JSON.stringify({ policy: { a: 1 } }), created_at: 0, account });

test('an account store reads, writes and deletes its own account rows only', async () => {
  const mine = new AccountStore(s.sandbox.db, 'store-a');
  const theirs = new AccountStore(s.sandbox.db, 'store-b');
  for (const [store, row] of [
    [mine, site('st-1', 'store-a', 'Mine')],
    [theirs, site('st-2', 'store-b', 'Theirs')],
  ] as const) {
    const { account: _a, ...values } = row;
    await store.insert('sites', values);
  }
  assert.equal((await mine.find('sites', { id: 'st-1' }))?.name, 'Mine');
  assert.equal(await mine.find('sites', { id: 'st-2' }), undefined);
  assert.equal((await mine.find('sites', { id: 'st-1' }))?.account_id, 'store-a');

  assert.equal(await mine.patch('sites', { id: 'st-2' }, { name: 'Stolen' }), 0);
  assert.equal((await theirs.find('sites', { id: 'st-2' }))?.name, 'Theirs');
  assert.equal(await mine.patch('sites', { id: 'st-1' }, { name: 'Renamed' }), 1);
  assert.equal((await mine.find('sites', { id: 'st-1' }))?.name, 'Renamed');

  assert.deepEqual((await mine.scoped('sites').select('id').execute()).map((r) => r.id), ['st-1']);
  assert.equal(await mine.remove('sites', { id: 'st-2' }), 0);
  assert.equal(await theirs.remove('sites', { id: 'st-2' }), 1);
  assert.equal(await theirs.find('sites', { id: 'st-2' }), undefined);
});

test("an account store's pages and counts hold its own account's rows only, in insertion order", async () => {
  const mine = new AccountStore(s.sandbox.db, 'store-p');
  const theirs = new AccountStore(s.sandbox.db, 'store-q');
  for (const [store, id, account] of [
    [mine, 'sp-1', 'store-p'],
    [theirs, 'sq-1', 'store-q'],
    [mine, 'sp-2', 'store-p'],
    [mine, 'sp-3', 'store-p'],
  ] as const) {
    const { account: _a, ...values } = site(id, account, id.toUpperCase());
    await store.insert('sites', values);
  }
  assert.equal(await mine.count('sites', {}), 3);
  assert.equal(await mine.count('sites', { name: 'SP-2' }), 1);
  const first = await mine.page('sites', {}, 0, 2);
  assert.deepEqual(first.map((r) => r.id), ['sp-1', 'sp-2']);
  assert.equal(typeof first[1].seq, 'number');
  const rest = await mine.page('sites', {}, first[1].seq, 2);
  assert.deepEqual(rest.map((r) => r.id), ['sp-3']);
  assert.deepEqual((await theirs.page('sites', {}, 0, 10)).map((r) => r.id), ['sq-1']);
});

test('an account store locks only inside a transaction, and only its own rows', async () => {
  const mine = new AccountStore(s.sandbox.db, 'store-l');
  const { account: _a, ...values } = site('sl-1', 'store-l', 'Locked');
  await mine.insert('sites', values);
  await assert.rejects(() => mine.lock('sites', { id: 'sl-1' }, 'noKeyUpdate'), /inside a transaction/);
  await s.sandbox.db.transaction().execute(async (trx) => {
    assert.equal((await mine.on(trx).lock('sites', { id: 'sl-1' }, 'noKeyUpdate'))?.name, 'Locked');
    assert.equal(await new AccountStore(trx, 'store-other').lock('sites', { id: 'sl-1' }, 'noKeyUpdate'), undefined);
  });
});

test('concurrent deep merges of different keys into one settings column all survive', async () => {
  const store = new AccountStore(s.sandbox.db, 'store-m');
  const { account: _a, ...values } = site('st-m', 'store-m', 'Merged');
  await store.insert('sites', values);
  await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      s.sandbox.db.transaction().execute((trx) => store.on(trx).mergeJson('sites', { id: 'st-m' }, 'data', { policy: { [`k${i}`]: { enable: true } } })),
    ),
  );
  const data = JSON.parse((await store.find('sites', { id: 'st-m' }))!.data);
  assert.equal(data.policy.a, 1);
  assert.deepEqual(Object.keys(data.policy).sort(), ['a', ...Array.from({ length: 20 }, (_, i) => `k${i}`)].sort());
  await assert.rejects(() => store.mergeJson('sites', { id: 'st-m' }, 'data', {}), /inside a transaction/);
});

test("the list envelope is the one the operation's success schema declares", () => {
  // listPhoneSites shows page_size and total_records; its page_size goes to 300.
  assert.deepEqual(envelopeOf(operation('listPhoneSites')), { pageSize: true, totalRecords: true, nextPageToken: true, maxPageSize: 300 });
  const sms = envelopeOf(operation('listSmsCampaigns'));
  assert.equal(sms.nextPageToken, true);
  // Number Management's number list has no total_records: none is counted.
  assert.equal(envelopeOf(operation('listPhoneNumbersForNumberManagement')).totalRecords, false);
});
