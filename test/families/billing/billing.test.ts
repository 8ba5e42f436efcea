import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { addNumber } from '../../support/fixtures.ts';
import { SUB, addUser, sites, tokenFor } from '../../support/org.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

type Named = { name: string };
const names = (list: Named[]) => list.map((b) => b.name);

async function callingPlan(type: number, token?: string) {
  const res = await s.api('GET', '/phone/calling_plans', { token });
  assertContract('listCallingPlans', res);
  return res.body.calling_plans.find((p: { type: number }) => p.type === type);
}
async function planInformation(token?: string) {
  const res = await s.api('GET', '/phone/plans', { token });
  assertContract('listPlanInformation', res);
  return res.body as { calling_plans: { type: number }[]; phone_numbers: (Named & { subscribed: number; assigned: number; available: number })[] };
}
const numberPackage = async (name: string) => (await planInformation()).phone_numbers.find((p) => p.name === name)!;
const assignPlan = (user: string, type: number) => s.api('POST', `/phone/users/${user}/calling_plans`, { body: { calling_plans: [{ type }] } });

test('calling plans show every field of the subscription; assigned and available follow the users who hold one', async () => {
  const before = await callingPlan(3000);
  assert.deepEqual(before, {
    type: 3000,
    name: 'Zoom Phone Pro',
    subscribed: 3,
    assigned: 0,
    available: 3,
    billing_subscription_id: 'FT-SUBREF-1000001',
    billing_subscription_name: 'Demo Subscription',
  });
  const users = [await addUser(s), await addUser(s), await addUser(s), await addUser(s)];
  assertContract('assignCallingPlanToAUser', await assignPlan(users[0], 3000));
  const one = await callingPlan(3000);
  assert.equal(one.assigned, 1);
  assert.equal(one.available, 2);
  // The deprecated plan information shows the same counts.
  const info = (await planInformation()).calling_plans.find((p) => p.type === 3000);
  assert.deepEqual(info, one);

  assertContract('assignCallingPlanToAUser', await assignPlan(users[1], 3000));
  assertContract('assignCallingPlanToAUser', await assignPlan(users[2], 3000));
  const full = await callingPlan(3000);
  assert.equal(full.assigned, 3);
  assert.equal(full.available, 0);
  // None left to assign: the users' page answers the refusal (test/families/users asserts its error).
  assert.equal((await assignPlan(users[3], 3000)).status, 400);
  assert.deepEqual(await callingPlan(3000), full);

  assertContract('unassignUsersCallingPlan', await s.api('DELETE', `/phone/users/${users[0]}/calling_plans/3000`));
  const released = await callingPlan(3000);
  assert.equal(released.assigned, 2);
  assert.equal(released.available, 1);
});

test("a plan the inventory bills to a billing account shows the account's id and name", async () => {
  const token = await tokenFor(s, 'org-billed', true);
  // Two billing accounts, the one the first plan names made second, so that each plan must find its own.
  const mumbai = { id: 'billed-mumbai', account_id: 'org-billed', name: 'Mumbai billing', site_id: null, created_at: 0 };
  const billing = { id: 'billed-delhi', account_id: 'org-billed', name: 'Delhi billing', site_id: null, created_at: 0 };
  await s.sandbox.db.insertInto('billing_accounts').values([mumbai, billing]).execute();
  const inventory = { account_id: 'org-billed', subscribed: 4, assigned: 1, billing_subscription_id: null, billing_subscription_name: null, created_at: 0 };
  await s.sandbox.db
    .insertInto('calling_plan_inventory')
    .values([
      { ...inventory, type: 100, name: 'US/CA Metered Calling Plan', billing_account_id: billing.id },
      { ...inventory, type: 200, name: 'US/CA Unlimited Calling Plan', billing_account_id: null },
      { ...inventory, type: 4000, name: 'International Calling Add-On', billing_account_id: mumbai.id },
    ])
    .execute();
  const res = await s.api('GET', '/phone/calling_plans', { token });
  assertContract('listCallingPlans', res);
  assert.deepEqual(res.body.calling_plans, [
    { type: 100, name: 'US/CA Metered Calling Plan', subscribed: 4, assigned: 1, available: 3, billing_account_id: 'billed-delhi', billing_account_name: 'Delhi billing' },
    { type: 200, name: 'US/CA Unlimited Calling Plan', subscribed: 4, assigned: 1, available: 3 },
    { type: 4000, name: 'International Calling Add-On', subscribed: 4, assigned: 1, available: 3, billing_account_id: 'billed-mumbai', billing_account_name: 'Mumbai billing' },
  ]);
  const one = await s.api('GET', '/phone/billing_accounts/billed-delhi', { token });
  assertContract('getBillingAccountDetails', one);
  assert.deepEqual(one.body, { id: 'billed-delhi', name: 'Delhi billing' });
});

test('phone number packages count Zoom numbers, not BYOC ones; available is what is left', async () => {
  const tollName = 'US/CA Included Phone Numbers';
  const tollFreeName = 'US/CA Toll-free Numbers';
  const [toll, tollFree] = [await numberPackage(tollName), await numberPackage(tollFreeName)];
  assert.equal(toll.subscribed, 50);
  assert.equal(tollFree.subscribed, 5);
  assert.equal(toll.available, toll.subscribed - toll.assigned);
  assert.equal(tollFree.available, tollFree.subscribed - tollFree.assigned);

  const user = await addUser(s);
  await addNumber(s, { assigneeId: user, prefix: '+1510556' });
  const afterZoom = await numberPackage(tollName);
  assert.equal(afterZoom.assigned, toll.assigned + 1);
  assert.equal(afterZoom.available, toll.available - 1);
  // A BYOC number is carried by the customer's own carrier: no package covers it.
  await addNumber(s, { source: 'BYOCCloud', assigneeId: user, prefix: '+1510556' });
  assert.deepEqual(await numberPackage(tollName), afterZoom);
  await addNumber(s, { number_type: 'TollFree', assigneeId: user, prefix: '+1888556' });
  const afterFree = await numberPackage(tollFreeName);
  assert.equal(afterFree.assigned, tollFree.assigned + 1);
  assert.equal(afterFree.available, tollFree.available - 1);
});

test("a package's usage follows assignments and agrees with Number Management's plan list", async () => {
  const name = 'US/CA Included Phone Numbers';
  const nmPlan = async () => {
    const res = await s.api('GET', '/accounts/me/number_management/plan', { query: { product: 'ZOOM_PHONE' } });
    assertContract('listPhoneNumberPlanInformation', res);
    return res.body.plans.find((p: { name: string }) => p.name === name) as { assigned: number };
  };
  const before = await numberPackage(name);
  assert.equal(before.assigned, (await nmPlan()).assigned);
  // Held but unassigned: no plan is used.
  const n = await addNumber(s, { prefix: '+1510557' });
  assert.deepEqual(await numberPackage(name), before);
  const user = await addUser(s);
  assertContract('assignAPhoneNumberToAUser', await s.api('POST', `/phone/users/${user}/phone_numbers`, { body: { phone_numbers: [{ id: n.id }] } }));
  const assigned = await numberPackage(name);
  assert.equal(assigned.assigned, before.assigned + 1);
  assert.equal(assigned.available, before.available - 1);
  assert.equal(assigned.assigned, (await nmPlan()).assigned);
  assertContract('unassignAPhoneNumberForUser', await s.api('DELETE', `/phone/users/${user}/phone_numbers/${n.id}`));
  assert.deepEqual(await numberPackage(name), before);
  assert.equal(before.assigned, (await nmPlan()).assigned);
});

test('billing accounts list, filter by site, and read one', async () => {
  const all = await s.api('GET', '/phone/billing_accounts');
  assertContract('listBillingAccounts', all);
  assert.deepEqual(names(all.body.billing_accounts), ['Demo billing', 'London billing']);
  assert.ok(all.body.billing_accounts.every((b: { id: string }) => typeof b.id === 'string' && b.id.length > 0));
  const [main, , london] = await sites(s);
  const atMain = await s.api('GET', '/phone/billing_accounts', { query: { site_id: main.id } });
  assertContract('listBillingAccounts', atMain);
  assert.deepEqual(names(atMain.body.billing_accounts), ['Demo billing']);
  const atLondon = await s.api('GET', '/phone/billing_accounts', { query: { site_id: london.id } });
  assert.deepEqual(names(atLondon.body.billing_accounts), ['Demo billing', 'London billing']);

  const one = await s.api('GET', `/phone/billing_accounts/${all.body.billing_accounts[1].id}`);
  assertContract('getBillingAccountDetails', one);
  assert.deepEqual(one.body, all.body.billing_accounts[1]);
});

test('a site_id the account lacks is invalid; a billing account it lacks does not exist', async () => {
  assertUndocumentedError(await s.api('GET', '/phone/billing_accounts', { query: { site_id: 'nope' } }), 400, 300, 'site_id is invalid');
  const missing = await s.api('GET', '/phone/billing_accounts/nope');
  assertDocumentedError('getBillingAccountDetails', missing, 'billingAccountDoesNotExist');
  assert.equal(missing.body.message, 'Billing account does not exist: nope.');
});

test("a sub account sees its own billing state, not its master's", async () => {
  const token = await tokenFor(s, SUB);
  const list = await s.api('GET', '/phone/billing_accounts', { token });
  assertContract('listBillingAccounts', list);
  assert.deepEqual(names(list.body.billing_accounts), ['Sub account billing']);
  const master = (await s.api('GET', '/phone/billing_accounts')).body.billing_accounts[0].id;
  assertDocumentedError('getBillingAccountDetails', await s.api('GET', `/phone/billing_accounts/${master}`, { token }), 'billingAccountDoesNotExist');
  // and the master cannot read the sub account's through its own path
  const subOwn = list.body.billing_accounts[0].id;
  assertDocumentedError('getBillingAccountDetails', await s.api('GET', `/phone/billing_accounts/${subOwn}`), 'billingAccountDoesNotExist');
  const plans = await s.api('GET', '/phone/calling_plans', { token });
  assertContract('listCallingPlans', plans);
  assert.deepEqual(plans.body.calling_plans.map((p: { type: number }) => p.type), [200]);
  const info = await planInformation(token);
  assert.deepEqual(info.phone_numbers.map((p) => [p.name, p.subscribed]), [['US/CA Included Phone Numbers', 10]]);
});

test('an account with nothing bought lists nothing', async () => {
  const token = await tokenFor(s, 'org-empty', true);
  const plans = await s.api('GET', '/phone/calling_plans', { token });
  assertContract('listCallingPlans', plans);
  assert.deepEqual(plans.body.calling_plans, []);
  const info = await planInformation(token);
  assert.deepEqual(info, { calling_plans: [], phone_numbers: [] });
  const accounts = await s.api('GET', '/phone/billing_accounts', { token });
  assertContract('listBillingAccounts', accounts);
  assert.deepEqual(accounts.body.billing_accounts, []);
});

test('deleting a site moves the billing accounts bound to it', async () => {
  const [main, , london] = await sites(s);
  const bound = names((await s.api('GET', '/phone/billing_accounts', { query: { site_id: london.id } })).body.billing_accounts);
  assert.ok(bound.includes('London billing'));
  assertContract('deleteAPhoneSite', await s.api('DELETE', `/phone/sites/${london.id}`, { query: { transfer_site_id: main.id } }));
  const atMain = await s.api('GET', '/phone/billing_accounts', { query: { site_id: main.id } });
  assert.deepEqual(names(atMain.body.billing_accounts), ['Demo billing', 'London billing']);
  assertUndocumentedError(await s.api('GET', '/phone/billing_accounts', { query: { site_id: london.id } }), 400, 300, 'site_id is invalid');
});
