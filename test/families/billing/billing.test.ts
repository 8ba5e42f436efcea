import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError } from '../../support/contract.ts';
import { DEMO, SUB, addNumber, sites, tokenFor } from '../../support/org.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

test('plan information counts the Zoom numbers the account holds per package', async () => {
  const before = await s.api('GET', '/phone/plans');
  assertContract('listPlanInformation', before);
  const pkg = before.body.phone_numbers.find((p: { name: string }) => p.name === 'US/CA Included Phone Numbers');
  const zoomToll = await s.sandbox.db
    .selectFrom('phone_numbers')
    .select('id')
    .where('account_id', '=', DEMO)
    .where('source', 'in', ['Zoom', 'ZoomPorted'])
    .where('number_type', '=', 'Toll')
    .execute();
  assert.ok(zoomToll.length > 0);
  assert.equal(pkg.assigned, zoomToll.length);
  assert.equal(pkg.available, pkg.subscribed - pkg.assigned);
  await addNumber(s);
  const after = await s.api('GET', '/phone/plans');
  const again = after.body.phone_numbers.find((p: { name: string }) => p.name === 'US/CA Included Phone Numbers');
  assert.equal(again.assigned, pkg.assigned + 1);
  assert.equal(again.available, pkg.available - 1);
});

test('billing accounts list, filter by site, and read one', async () => {
  const all = await s.api('GET', '/phone/billing_accounts');
  assertContract('listBillingAccounts', all);
  assert.deepEqual(all.body.billing_accounts.map((b: { name: string }) => b.name), ['Demo billing', 'London billing']);
  const [main, , london] = await sites(s);
  const atMain = await s.api('GET', '/phone/billing_accounts', { query: { site_id: main.id } });
  assertContract('listBillingAccounts', atMain);
  assert.deepEqual(atMain.body.billing_accounts.map((b: { name: string }) => b.name), ['Demo billing']);
  const atLondon = await s.api('GET', '/phone/billing_accounts', { query: { site_id: london.id } });
  assert.deepEqual(atLondon.body.billing_accounts.map((b: { name: string }) => b.name), ['Demo billing', 'London billing']);
  const badSite = await s.api('GET', '/phone/billing_accounts', { query: { site_id: 'nope' } });
  assert.equal(badSite.status, 400);

  const one = await s.api('GET', `/phone/billing_accounts/${all.body.billing_accounts[1].id}`);
  assertContract('getBillingAccountDetails', one);
  assert.deepEqual(one.body, all.body.billing_accounts[1]);
  assertDocumentedError('getBillingAccountDetails', await s.api('GET', '/phone/billing_accounts/nope'), 400);
});

test("a sub account sees its own billing state, not its master's", async () => {
  const token = await tokenFor(s, SUB);
  const list = await s.api('GET', '/phone/billing_accounts', { token });
  assertContract('listBillingAccounts', list);
  assert.deepEqual(list.body.billing_accounts.map((b: { name: string }) => b.name), ['Sub account billing']);
  const master = (await s.api('GET', '/phone/billing_accounts')).body.billing_accounts[0].id;
  assertDocumentedError('getBillingAccountDetails', await s.api('GET', `/phone/billing_accounts/${master}`, { token }), 400);
  const plans = await s.api('GET', '/phone/calling_plans', { token });
  assertContract('listCallingPlans', plans);
  assert.deepEqual(plans.body.calling_plans.map((p: { type: number }) => p.type), [200]);
  const info = await s.api('GET', '/phone/plans', { token });
  assertContract('listPlanInformation', info);
  assert.deepEqual(info.body.phone_numbers.map((p: { subscribed: number }) => p.subscribed), [10]);
});

test('an account with nothing bought lists nothing', async () => {
  const token = await tokenFor(s, 'org-empty', true);
  const plans = await s.api('GET', '/phone/calling_plans', { token });
  assertContract('listCallingPlans', plans);
  assert.deepEqual(plans.body.calling_plans, []);
  const accounts = await s.api('GET', '/phone/billing_accounts', { token });
  assert.deepEqual(accounts.body.billing_accounts, []);
});

test('deleting a site moves the billing accounts bound to it', async () => {
  const [main, , london] = await sites(s);
  const bound = (await s.api('GET', '/phone/billing_accounts', { query: { site_id: london.id } })).body.billing_accounts.map((b: { name: string }) => b.name);
  assert.ok(bound.includes('London billing'));
  assertContract('deleteAPhoneSite', await s.api('DELETE', `/phone/sites/${london.id}`, { query: { transfer_site_id: main.id } }));
  const atMain = await s.api('GET', '/phone/billing_accounts', { query: { site_id: main.id } });
  assert.deepEqual(atMain.body.billing_accounts.map((b: { name: string }) => b.name), ['Demo billing', 'London billing']);
});
