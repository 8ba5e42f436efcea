import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError } from '../../support/contract.ts';
import { SUB, addNumber, addUser, sites, tokenFor } from '../../support/org.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

let serial = 0;
const email = () => `batch-${++serial}-${Math.random().toString(36).slice(2, 6)}@org.test`;
const profile = (id: string, token?: string) => s.api('GET', `/phone/users/${id}`, { token });

test('PATCH changes the extension, site, emergency address and policy, and GET shows them', async () => {
  const [main, denver] = await sites(s);
  const user = await addUser(s, { siteId: main.id });
  const number = await addNumber(s, { siteId: main.id, assignee: user });
  const site = await s.api('GET', `/phone/sites/${denver.id}`);
  const res = await s.api('PATCH', `/phone/users/${user}`, {
    body: { extension_number: '20555', site_id: denver.id, emergency_address_id: site.body.default_emergency_address.id, policy: { international_calling: true, sms: { enable: false } } },
  });
  assertContract('updateAUsersProfile', res);
  const got = await profile(user);
  assertContract('getAUsersProfile', got);
  assert.equal(got.body.extension_number, 20555);
  assert.equal(got.body.site_id, denver.id);
  assert.equal(got.body.emergency_address.id, site.body.default_emergency_address.id);
  assert.equal(got.body.emergency_address.city, 'Denver');
  assert.equal(got.body.policy.international_calling, true);
  assert.equal(got.body.policy.sms.enable, false);
  // The user's numbers go with the user to the new site.
  const row = await s.sandbox.db.selectFrom('phone_numbers').select('site_id').where('id', '=', number.id).executeTakeFirstOrThrow();
  assert.equal(row.site_id, denver.id);
  const list = await s.api('GET', '/phone/users', { query: { site_id: denver.id, page_size: 300 } });
  assertContract('listPhoneUsers', list);
  const listed = list.body.users.find((u: { id: string }) => u.id === user);
  assert.equal(listed.extension_number, 20555);
  assert.equal(listed.site.id, denver.id);
  assert.equal(listed.site.name, denver.name);
});

test('{userId} may be the user\'s email; an email of another account is not found', async () => {
  const [main] = await sites(s);
  const user = await addUser(s, { siteId: main.id });
  await tokenFor(s, 'org-email-other', true);
  const other = await addUser(s, { accountId: 'org-email-other' });
  const { email } = await s.sandbox.db.selectFrom('phone_users').select('email').where('id', '=', user).executeTakeFirstOrThrow();
  const byEmail = await profile(email);
  assertContract('getAUsersProfile', byEmail);
  assert.equal(byEmail.body.id, user);
  const theirs = await s.sandbox.db.selectFrom('phone_users').select('email').where('id', '=', other).executeTakeFirstOrThrow();
  const missing = await profile(theirs.email);
  assert.equal(missing.status, 404);
  assert.equal(missing.body.code, 1001);
});

test('PATCH refuses an extension another user holds, an unknown site and an unknown user', async () => {
  const taken = await addUser(s, { extension: 30111 });
  const user = await addUser(s, { extension: 30112 });
  const dup = await s.api('PATCH', `/phone/users/${user}`, { body: { extension_number: '30111', site_id: 'nope' } });
  // The page documents no error for a taken extension; 409 is the code Zoom uses for extension conflicts.
  assert.equal(dup.status, 409);
  assert.equal(dup.body.code, 409);
  assert.equal((await profile(user)).body.extension_number, 30112);
  assert.equal((await profile(taken)).body.extension_number, 30111);
  const site = await s.api('PATCH', `/phone/users/${user}`, { body: { site_id: 'nope' } });
  assert.equal(site.status, 404);
  assert.match(site.body.message, /Site does not exist/);
  assertDocumentedError('updateAUsersProfile', await s.api('PATCH', '/phone/users/nobody', { body: { extension_number: '1' } }), 1001);
});

test('batch add enables users for phone with their site, extension, plan and numbers', async () => {
  const [main, denver] = await sites(s);
  const spare = await addNumber(s, { siteId: main.id });
  const a = email();
  const b = email();
  const res = await s.api('POST', '/phone/users/batch', {
    body: {
      users: [
        { email: a, first_name: 'Ann', last_name: 'Able', extension_number: '411', site_code: String(denver.site_code), calling_plans: ['US/CA Unlimited'], phone_numbers: [spare.number] },
        { email: b, extension_number: '8412', site_name: main.name, calling_plans: [], activation_status: 'deactivate' },
      ],
    },
  });
  assertContract('batchAddUsers', res);
  assert.deepEqual(res.body.map((u: { email: string }) => u.email), [a, b]);

  const first = await profile(res.body[0].id);
  assertContract('getAUsersProfile', first);
  assert.equal(first.body.email, a);
  assert.equal(first.body.site_id, denver.id);
  assert.equal(first.body.extension_number, Number(`${denver.site_code}411`), 'the site code is put in front of the short extension');
  assert.deepEqual(first.body.calling_plans.map((p: { type: number }) => p.type), [200]);
  assert.deepEqual(first.body.phone_numbers, [{ id: spare.id, number: spare.number }]);
  const second = await profile(b);
  assert.equal(second.body.status, 'deactivate');
  assert.equal(second.body.site_id, main.id);

  const list = await s.api('GET', '/phone/users', { query: { keyword: 'ann able', page_size: 300 } });
  assertContract('listPhoneUsers', list);
  assert.deepEqual(list.body.users.map((u: { email: string }) => u.email), [a]);
  const numbers = await s.api('GET', `/phone/numbers/${spare.id}`);
  assert.equal(numbers.status, 200);
  assert.equal(numbers.body.assignee.id, res.body[0].id);
  assert.equal(numbers.body.site.id, denver.id);
});

test('batch add refuses more than 10 users, duplicates, unknown sites, plans and templates, and adds nobody', async () => {
  const [main] = await sites(s);
  const count = async () => (await s.api('GET', '/phone/users', { query: { page_size: 1 } })).body.total_records;
  const before = await count();
  const entry = () => ({ email: email(), extension_number: String(900 + ++serial), site_name: main.name, calling_plans: [] as string[] });

  const eleven = await s.api('POST', '/phone/users/batch', { body: { users: Array.from({ length: 11 }, entry) } });
  assertDocumentedError('batchAddUsers', eleven, 400);
  const one = entry();
  const dupEmail = await s.api('POST', '/phone/users/batch', { body: { users: [one, { ...entry(), email: one.email }] } });
  assertDocumentedError('batchAddUsers', dupEmail, 300);
  const existing = await s.api('POST', '/phone/users/batch', { body: { users: [{ ...entry(), email: 'ada@demo.switchboard.test' }] } });
  assertDocumentedError('batchAddUsers', existing, 300);
  const dupExt = await s.api('POST', '/phone/users/batch', { body: { users: [entry(), { ...entry(), extension_number: one.extension_number }, one] } });
  assertDocumentedError('batchAddUsers', dupExt, 300);
  const site = await s.api('POST', '/phone/users/batch', { body: { users: [entry(), { ...entry(), site_name: 'Atlantis' }] } });
  assertDocumentedError('batchAddUsers', site, 300);
  const plan = await s.api('POST', '/phone/users/batch', { body: { users: [{ ...entry(), calling_plans: ['Moon Unlimited'] }] } });
  assertDocumentedError('batchAddUsers', plan, 300);
  const template = await s.api('POST', '/phone/users/batch', { body: { users: [{ ...entry(), template_name: 'nope' }] } });
  assertDocumentedError('batchAddUsers', template, 404);
  // A number another user holds fails the whole batch, the first user included.
  const held = await addNumber(s, { assignee: await addUser(s) });
  const afterHeld = await count();
  const taken = await s.api('POST', '/phone/users/batch', { body: { users: [entry(), { ...entry(), phone_numbers: [held.number] }] } });
  assertDocumentedError('batchAddUsers', taken, 300);
  assert.equal(await count(), afterHeld);
  assert.equal(afterHeld, before + 1);
});

test('batch update moves users (and their numbers) to a site and activates or deactivates them', async () => {
  const [main, , london] = await sites(s);
  const u1 = await addUser(s, { siteId: main.id });
  const u2 = await addUser(s, { siteId: main.id });
  const n1 = await addNumber(s, { siteId: main.id, assignee: u1 });
  const moved = await s.api('PUT', '/phone/users/batch', { body: { batch_type: 'move_site', user_ids: [u1, u2], site_id: london.id } });
  assertContract('updateMultipleUsersPropertiesInBatch', moved);
  for (const u of [u1, u2]) assert.equal((await profile(u)).body.site_id, london.id);
  const inLondon = await s.api('GET', '/phone/users', { query: { site_id: london.id, page_size: 300 } });
  assert.ok([u1, u2].every((u) => inLondon.body.users.some((x: { id: string }) => x.id === u)));
  assert.equal((await s.sandbox.db.selectFrom('phone_numbers').select('site_id').where('id', '=', n1.id).executeTakeFirstOrThrow()).site_id, london.id);

  const off = await s.api('PUT', '/phone/users/batch', { body: { batch_type: 'activate', activation_status: 'deactivate', user_ids: [u1] } });
  assertContract('updateMultipleUsersPropertiesInBatch', off);
  assert.equal((await profile(u1)).body.status, 'deactivate');
  const inactive = await s.api('GET', '/phone/users', { query: { status: 'deactivate', page_size: 300 } });
  assert.ok(inactive.body.users.some((x: { id: string }) => x.id === u1));
  assert.ok(!inactive.body.users.some((x: { id: string }) => x.id === u2));
  const on = await s.api('PUT', '/phone/users/batch', { body: { batch_type: 'activate', activation_status: 'activate', user_ids: [u1] } });
  assertContract('updateMultipleUsersPropertiesInBatch', on);
  assert.equal((await profile(u1)).body.status, 'activate');
});

test('batch update refuses an unsupported batch type and an unknown user or site, and moves nobody', async () => {
  const [main, denver] = await sites(s);
  const u = await addUser(s, { siteId: main.id });
  const type = await s.api('PUT', '/phone/users/batch', { body: { user_ids: [u], site_id: denver.id } });
  assertDocumentedError('updateMultipleUsersPropertiesInBatch', type, 400);
  const unknown = await s.api('PUT', '/phone/users/batch', { body: { batch_type: 'move_site', user_ids: [u, 'nobody'], site_id: denver.id } });
  assert.equal(unknown.status, 404);
  const site = await s.api('PUT', '/phone/users/batch', { body: { batch_type: 'move_site', user_ids: [u], site_id: 'nope' } });
  assert.equal(site.status, 404);
  assert.equal((await profile(u)).body.site_id, main.id);
});

test("users of a sub account are its own; another account's user is not found", async () => {
  const token = await tokenFor(s, SUB);
  const subSite = (await sites(s, SUB))[0];
  const subUser = await addUser(s, { accountId: SUB, siteId: subSite.id });
  assertContract('getAUsersProfile', await profile(subUser, token));
  assertDocumentedError('getAUsersProfile', await profile(subUser), 1001);
  assertDocumentedError('updateAUsersProfile', await s.api('PATCH', `/phone/users/${subUser}`, { body: { extension_number: '1' } }), 1001);
  const [main] = await sites(s);
  const cross = await s.api('PUT', '/phone/users/batch', { token, body: { batch_type: 'move_site', user_ids: [subUser], site_id: main.id } });
  assert.equal(cross.status, 404, "the master's site is unknown to the sub account");
  const list = await s.api('GET', '/phone/users', { token });
  assertContract('listPhoneUsers', list);
  assert.deepEqual(list.body.users.map((u: { id: string }) => u.id), [subUser]);
});
