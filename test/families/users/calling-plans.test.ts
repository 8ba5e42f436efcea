import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { ADDRESS, SUB, addUser, tokenFor } from '../../support/org.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

async function plan(type: number, token?: string) {
  const res = await s.api('GET', '/phone/calling_plans', { token });
  assertContract('listCallingPlans', res);
  return res.body.calling_plans.find((p: { type: number }) => p.type === type);
}
const userPlans = async (id: string, token?: string) => (await s.api('GET', `/phone/users/${id}`, { token })).body.calling_plans.map((p: { type: number }) => p.type);

test("the seeded inventory counts the demo users' plans", async () => {
  const unlimited = await plan(200);
  assert.equal(unlimited.name, 'US/CA Unlimited Calling Plan');
  const holders = await s.api('GET', '/phone/users', { query: { calling_type: 200, page_size: 300 } });
  assertContract('listPhoneUsers', holders);
  assert.equal(unlimited.assigned, holders.body.total_records);
  assert.equal(unlimited.available, unlimited.subscribed - unlimited.assigned);
  const info = await s.api('GET', '/phone/plans');
  assertContract('listPlanInformation', info);
  assert.deepEqual(info.body.calling_plans.find((p: { type: number }) => p.type === 200).assigned, unlimited.assigned);
});

test('assigning a plan consumes one and unassigning releases it, in every view', async () => {
  const user = await addUser(s);
  const before = await plan(100);
  const res = await s.api('POST', `/phone/users/${user}/calling_plans`, { body: { calling_plans: [{ type: 100 }] } });
  assertContract('assignCallingPlanToAUser', res);
  const during = await plan(100);
  assert.equal(during.assigned, before.assigned + 1);
  assert.equal(during.available, before.available - 1);
  assert.deepEqual(await userPlans(user), [100]);
  const profile = await s.api('GET', `/phone/users/${user}`);
  assertContract('getAUsersProfile', profile);
  assert.equal(profile.body.calling_plans[0].billing_subscription_id, during.billing_subscription_id);
  const filtered = await s.api('GET', '/phone/users', { query: { calling_type: 100, page_size: 300 } });
  assert.ok(filtered.body.users.some((u: { id: string; calling_plans: { name: string }[] }) => u.id === user && u.calling_plans[0].name === 'US/CA Metered Calling Plan'));
  const info = await s.api('GET', '/phone/plans');
  assert.equal(info.body.calling_plans.find((p: { type: number }) => p.type === 100).assigned, during.assigned);

  const un = await s.api('DELETE', `/phone/users/${user}/calling_plans/100`);
  assertContract('unassignUsersCallingPlan', un);
  assert.deepEqual(await plan(100), before);
  assert.deepEqual(await userPlans(user), []);
});

test('switching plans moves one unit from the source plan to the target plan', async () => {
  const user = await addUser(s);
  assertContract('assignCallingPlanToAUser', await s.api('POST', `/phone/users/${user}/calling_plans`, { body: { calling_plans: [{ type: 100 }] } }));
  const [m, u] = [await plan(100), await plan(200)];
  const res = await s.api('PUT', `/phone/users/${user}/calling_plans`, { body: { source_type: 100, target_type: 200 } });
  assertContract('updateUsersCallingPlan', res);
  assert.deepEqual(await userPlans(user), [200]);
  assert.equal((await plan(100)).assigned, m.assigned - 1);
  assert.equal((await plan(200)).assigned, u.assigned + 1);
  const notHeld = await s.api('PUT', `/phone/users/${user}/calling_plans`, { body: { source_type: 100, target_type: 202 } });
  assertDocumentedError('updateUsersCallingPlan', notHeld, 'userDidNotSubscribeToThe');
  assert.deepEqual(await userPlans(user), [200]);
});

test('a switch to a plan the user holds or the account has none left of is refused, and nothing moves', async () => {
  const user = await addUser(s);
  for (const type of [100, 202]) assertContract('assignCallingPlanToAUser', await s.api('POST', `/phone/users/${user}/calling_plans`, { body: { calling_plans: [{ type }] } }));
  const before = [await plan(100), await plan(202), await plan(207)];
  const held = await s.api('PUT', `/phone/users/${user}/calling_plans`, { body: { source_type: 100, target_type: 202 } });
  // updateUsersCallingPlan documents no error for it: assignCallingPlanToAUser's words for the same refusal.
  assertUndocumentedError(held, 400, 300, 'Invalid field.');
  const lacking = await s.api('PUT', `/phone/users/${user}/calling_plans`, { body: { source_type: 100, target_type: 207 } });
  assertUndocumentedError(lacking, 400, 300, 'Invalid field.');
  assert.deepEqual([await plan(100), await plan(202), await plan(207)], before);
  assert.deepEqual((await userPlans(user)).sort(), [100, 202]);
  // The same plan as source and target changes nothing.
  assertContract('updateUsersCallingPlan', await s.api('PUT', `/phone/users/${user}/calling_plans`, { body: { source_type: 100, target_type: 100 } }));
  assert.deepEqual([await plan(100), await plan(202)], before.slice(0, 2));
});

test('a user in India needs a billing account for a calling plan, and shows its name', async () => {
  const pune = await s.api('POST', '/phone/sites', {
    body: {
      name: 'Pune Office',
      auto_receptionist_name: 'Pune Desk',
      default_emergency_address: { ...ADDRESS, country: 'IN', state_code: 'MH', city: 'Pune', zip: '411001' },
      india_state_code: 'MH',
      india_city: 'Pune',
      india_entity_name: 'Demo India',
    },
  });
  assertContract('createAPhoneSite', pune);
  const user = await addUser(s, { siteId: pune.body.id });
  const before = await plan(100);
  const without = await s.api('POST', `/phone/users/${user}/calling_plans`, { body: { calling_plans: [{ type: 100 }] } });
  assertDocumentedError('assignCallingPlanToAUser', without, 'invalidField');
  const unknown = await s.api('POST', `/phone/users/${user}/calling_plans`, { body: { calling_plans: [{ type: 100, billing_account_id: 'no-such-billing' }] } });
  assertDocumentedError('assignCallingPlanToAUser', unknown, 'invalidField');
  assert.deepEqual(await plan(100), before);
  assert.deepEqual(await userPlans(user), []);

  const billing = (await s.api('GET', '/phone/billing_accounts')).body.billing_accounts.find((b: { name: string }) => b.name === 'Demo billing');
  assertContract('assignCallingPlanToAUser', await s.api('POST', `/phone/users/${user}/calling_plans`, { body: { calling_plans: [{ type: 100, billing_account_id: billing.id }] } }));
  const profile = await s.api('GET', `/phone/users/${user}`);
  assertContract('getAUsersProfile', profile);
  assert.deepEqual(
    [profile.body.calling_plans[0].type, profile.body.calling_plans[0].billing_account_id, profile.body.calling_plans[0].billing_account_name],
    [100, billing.id, 'Demo billing'],
  );
  const listed = await s.api('GET', '/phone/users', { query: { site_id: pune.body.id } });
  assertContract('listPhoneUsers', listed);
  assert.deepEqual(listed.body.users[0].calling_plans, [
    {
      type: 100,
      name: 'US/CA Metered Calling Plan',
      billing_account_id: billing.id,
      billing_account_name: 'Demo billing',
      billing_subscription_id: before.billing_subscription_id,
      billing_subscription_name: profile.body.calling_plans[0].billing_subscription_name,
    },
  ]);
  // A user outside India needs none.
  const other = await addUser(s);
  assertContract('assignCallingPlanToAUser', await s.api('POST', `/phone/users/${other}/calling_plans`, { body: { calling_plans: [{ type: 100 }] } }));
  assert.equal((await s.api('GET', `/phone/users/${other}`)).body.calling_plans[0].billing_account_name, undefined);
});

test('the last plan of a type can be given once; a type the account lacks is refused', async () => {
  const pro = await plan(3000);
  const users = [];
  for (let i = 0; i < pro.available + 1; i++) users.push(await addUser(s));
  const answers = await Promise.all(users.map((u) => s.api('POST', `/phone/users/${u}/calling_plans`, { body: { calling_plans: [{ type: 3000 }] } })));
  assert.equal(answers.filter((r) => r.status === 200).length, pro.available);
  const refused = answers.filter((r) => r.status !== 200);
  assert.equal(refused.length, 1);
  assertDocumentedError('assignCallingPlanToAUser', refused[0], 'invalidField');
  const after = await plan(3000);
  assert.equal(after.assigned, after.subscribed);
  assert.equal(after.available, 0);

  const user = await addUser(s);
  const lacking = await s.api('POST', `/phone/users/${user}/calling_plans`, { body: { calling_plans: [{ type: 207 }] } });
  assertDocumentedError('assignCallingPlanToAUser', lacking, 'invalidField');
  // Two plans in one call, the second impossible: neither is given.
  const before100 = await plan(100);
  const half = await s.api('POST', `/phone/users/${user}/calling_plans`, { body: { calling_plans: [{ type: 100 }, { type: 3000 }] } });
  assertDocumentedError('assignCallingPlanToAUser', half, 'invalidField');
  assert.deepEqual(await plan(100), before100);
  assert.deepEqual(await userPlans(user), []);
});

test('a plan the user already holds is not taken twice; a plan the user lacks cannot be unassigned', async () => {
  const user = await addUser(s);
  assertContract('assignCallingPlanToAUser', await s.api('POST', `/phone/users/${user}/calling_plans`, { body: { calling_plans: [{ type: 202 }] } }));
  const uk = await plan(202);
  assertDocumentedError('assignCallingPlanToAUser', await s.api('POST', `/phone/users/${user}/calling_plans`, { body: { calling_plans: [{ type: 202 }] } }), 'invalidField');
  assert.deepEqual(await plan(202), uk);
  assertDocumentedError('unassignUsersCallingPlan', await s.api('DELETE', `/phone/users/${user}/calling_plans/100`), 'invalidField');
  assertDocumentedError('unassignUsersCallingPlan', await s.api('DELETE', `/phone/users/${user}/calling_plans/abc`), 'invalidField');
  assert.deepEqual(await userPlans(user), [202]);
});

test('unknown users get 1001 on every calling-plan operation', async () => {
  assertDocumentedError('assignCallingPlanToAUser', await s.api('POST', '/phone/users/nobody/calling_plans', { body: { calling_plans: [{ type: 100 }] } }), 1001);
  assertDocumentedError('updateUsersCallingPlan', await s.api('PUT', '/phone/users/nobody/calling_plans', { body: { source_type: 100, target_type: 200 } }), 1001);
  assertDocumentedError('unassignUsersCallingPlan', await s.api('DELETE', '/phone/users/nobody/calling_plans/100'), 1001);
});

test("a sub account's inventory is its own", async () => {
  const token = await tokenFor(s, SUB);
  const master = await plan(200);
  const sub = await plan(200, token);
  assert.notEqual(sub.subscribed, master.subscribed);
  const subUser = await addUser(s, { accountId: SUB });
  assertContract('assignCallingPlanToAUser', await s.api('POST', `/phone/users/${subUser}/calling_plans`, { token, body: { calling_plans: [{ type: 200 }] } }));
  assert.equal((await plan(200, token)).assigned, sub.assigned + 1);
  assert.deepEqual(await plan(200), master);
  assert.equal(await plan(100, token), undefined);
  assertDocumentedError('assignCallingPlanToAUser', await s.api('POST', `/phone/users/${subUser}/calling_plans`, { token, body: { calling_plans: [{ type: 100 }] } }), 'invalidField');
  // Batch add in the sub account consumes the sub account's plans.
  const site = (await s.api('GET', '/phone/sites', { token })).body.sites[0].name;
  const added = await s.api('POST', '/phone/users/batch', { token, body: { users: [{ email: 'sub-batch@org.test', extension_number: '155', site_name: site, calling_plans: ['US/CA Unlimited'] }] } });
  assertContract('batchAddUsers', added);
  assert.equal((await plan(200, token)).assigned, sub.assigned + 2);
  assert.deepEqual(await plan(200), master);
});
