import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError } from '../../support/contract.ts';
import { addNumber, addUser, DEMO, otherAccount, row, siteIds } from './fixtures.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

const nm = (path: string) => `/accounts/me/number_management${path}`;

test('assigning a number to a user shows it in the user, in the Phone view and in Number Management', async () => {
  const [, denver] = await siteIds(s);
  const user = await addUser(s, { siteId: denver, name: 'Assignee One' });
  const n = await addNumber(s);
  const res = await s.api('POST', `/phone/users/${user}/phone_numbers`, { body: { phone_numbers: [{ id: n.id }] } });
  assertContract('assignAPhoneNumberToAUser', res);
  assert.deepEqual(res.body.phone_numbers, [{ id: n.id, number: n.number }]);

  const profile = await s.api('GET', `/phone/users/${user}`);
  assert.equal(profile.status, 200);
  assert.deepEqual(profile.body.phone_numbers, [{ id: n.id, number: n.number }]);

  const phone = await s.api('GET', `/phone/numbers/${n.id}`);
  assertContract('getAPhoneNumber', phone);
  assert.equal(phone.body.assignee.id, user);
  assert.equal(phone.body.assignee.type, 'user');
  assert.equal(phone.body.assignee.name, 'Assignee One');
  // A number assigned to a user belongs to the user's site.
  assert.equal(phone.body.site.id, denver);

  const managed = await s.api('GET', nm(`/numbers/${n.id}`));
  assertContract('getAPhoneNumberForNumberManagement', managed);
  assert.deepEqual(managed.body.assigned_list.map((a: any) => [a.assigned_to_id, a.assigned_to_type, a.assgined_to_name]), [[user, 'User', 'Assignee One']]);
  assert.equal(managed.body.site.site_id, denver);
});

test('a number can be assigned by its E.164 value, and the user may be named by email', async () => {
  const user = await addUser(s);
  const n = await addNumber(s);
  const res = await s.api('POST', `/phone/users/${user}@numbers.test/phone_numbers`, { body: { phone_numbers: [{ number: n.number }] } });
  assertContract('assignAPhoneNumberToAUser', res);
  assert.equal((await row(s, n.id))?.assignee_id, user);
});

test('a number already assigned to someone else is refused and stays with its holder', async () => {
  const first = await addUser(s);
  const second = await addUser(s);
  const n = await addNumber(s);
  assertContract('assignAPhoneNumberToAUser', await s.api('POST', `/phone/users/${first}/phone_numbers`, { body: { phone_numbers: [{ id: n.id }] } }));
  const res = await s.api('POST', `/phone/users/${second}/phone_numbers`, { body: { phone_numbers: [{ id: n.id }] } });
  assertDocumentedError('assignAPhoneNumberToAUser', res, 300);
  assert.equal((await row(s, n.id))?.assignee_id, first);
  const profile = await s.api('GET', `/phone/users/${second}`);
  assert.deepEqual(profile.body.phone_numbers, []);
});

test('one bad number in a request assigns none of them', async () => {
  const user = await addUser(s);
  const taken = await addNumber(s);
  const free = await addNumber(s);
  await s.sandbox.db.updateTable('phone_numbers').set({ assignee_type: 'User', assignee_id: await addUser(s) }).where('id', '=', taken.id).execute();
  const res = await s.api('POST', `/phone/users/${user}/phone_numbers`, { body: { phone_numbers: [{ id: free.id }, { id: taken.id }] } });
  assertDocumentedError('assignAPhoneNumberToAUser', res, 300);
  assert.equal((await row(s, free.id))?.assignee_id, null);
});

test('an unknown user is 1001, and nothing is assigned', async () => {
  const n = await addNumber(s);
  const res = await s.api('POST', '/phone/users/no-such-user/phone_numbers', { body: { phone_numbers: [{ id: n.id }] } });
  assertDocumentedError('assignAPhoneNumberToAUser', res, 1001);
  assert.match(res.body.message, /no-such-user/);
  assert.equal((await row(s, n.id))?.assignee_id, null);
});

test("another account's number, an unknown number and a malformed number are refused", async () => {
  const other = await otherAccount(s, 'numbers-other-assign');
  const theirs = await addNumber(s, { accountId: other.accountId });
  const user = await addUser(s);
  for (const item of [{ id: theirs.id }, { number: theirs.number }, { id: 'no-such-number' }, { number: '4085551234' }]) {
    const res = await s.api('POST', `/phone/users/${user}/phone_numbers`, { body: { phone_numbers: [item] } });
    assertDocumentedError('assignAPhoneNumberToAUser', res, 300);
  }
  assert.equal((await row(s, theirs.id))?.assignee_id, null);
  // A Contact Center number is not a Zoom Phone number.
  const cc = await addNumber(s, { allocated_product: 'ZOOM_CONTACT_CENTER' });
  assertDocumentedError('assignAPhoneNumberToAUser', await s.api('POST', `/phone/users/${user}/phone_numbers`, { body: { phone_numbers: [{ id: cc.id }] } }), 300);
});

test('unassigning releases the number in every view', async () => {
  const user = await addUser(s);
  const n = await addNumber(s);
  await s.api('POST', `/phone/users/${user}/phone_numbers`, { body: { phone_numbers: [{ id: n.id }] } });
  const res = await s.api('DELETE', `/phone/users/${user}/phone_numbers/${n.id}`);
  assertContract('unassignAPhoneNumberForUser', res);
  assert.deepEqual((await s.api('GET', `/phone/users/${user}`)).body.phone_numbers, []);
  const phone = await s.api('GET', `/phone/numbers/${n.id}`);
  assert.equal(phone.body.assignee, undefined);
  const managed = await s.api('GET', nm(`/numbers/${n.id}`));
  assert.deepEqual(managed.body.assigned_list, []);
  const unassigned = await s.api('GET', '/phone/numbers', { query: { type: 'unassigned', page_size: 300 } });
  assert.ok(unassigned.body.phone_numbers.some((p: any) => p.id === n.id));
});

test('unassign: unknown user is 1001; a number the user does not hold is 400', async () => {
  const holder = await addUser(s);
  const stranger = await addUser(s);
  const n = await addNumber(s);
  await s.api('POST', `/phone/users/${holder}/phone_numbers`, { body: { phone_numbers: [{ id: n.id }] } });
  assertDocumentedError('unassignAPhoneNumberForUser', await s.api('DELETE', `/phone/users/nobody/phone_numbers/${n.id}`), 1001);
  assertDocumentedError('unassignAPhoneNumberForUser', await s.api('DELETE', `/phone/users/${stranger}/phone_numbers/${n.id}`), 400);
  assertDocumentedError('unassignAPhoneNumberForUser', await s.api('DELETE', `/phone/users/${holder}/phone_numbers/no-such-number`), 400);
  assert.equal((await row(s, n.id))?.assignee_id, holder);
});

test('20 users racing for one number: exactly one wins, the number has one assignee in both views', async () => {
  const n = await addNumber(s);
  const users: string[] = [];
  for (let i = 0; i < 20; i++) users.push(await addUser(s));
  const results = await Promise.all(users.map((u) => s.api('POST', `/phone/users/${u}/phone_numbers`, { body: { phone_numbers: [{ id: n.id }] } })));
  const winners = results.map((r, i) => ({ r, u: users[i] })).filter(({ r }) => r.status === 200);
  assert.equal(winners.length, 1, `winners: ${winners.length}, statuses ${results.map((r) => r.status).join(',')}`);
  for (const r of results) if (r.status !== 200) assertDocumentedError('assignAPhoneNumberToAUser', r, 300);
  const winner = winners[0].u;
  const phone = await s.api('GET', `/phone/numbers/${n.id}`);
  assert.equal(phone.body.assignee.id, winner);
  const managed = await s.api('GET', nm(`/numbers/${n.id}`));
  assert.equal(managed.body.assigned_list.length, 1);
  assert.equal(managed.body.assigned_list[0].assigned_to_id, winner);
  let holders = 0;
  for (const u of users) holders += (await s.api('GET', `/phone/users/${u}`)).body.phone_numbers.filter((p: any) => p.id === n.id).length;
  assert.equal(holders, 1);
});

test('the demo account is unaffected by assignments made in another account', async () => {
  const other = await otherAccount(s, 'numbers-other-assign-2');
  const theirUser = await addUser(s, { accountId: other.accountId });
  const theirNumber = await addNumber(s, { accountId: other.accountId });
  const res = await s.api('POST', `/phone/users/${theirUser}/phone_numbers`, { token: other.token, body: { phone_numbers: [{ id: theirNumber.id }] } });
  assertContract('assignAPhoneNumberToAUser', res);
  // The demo account's token cannot see or release it.
  assertDocumentedError('unassignAPhoneNumberForUser', await s.api('DELETE', `/phone/users/${theirUser}/phone_numbers/${theirNumber.id}`), 1001);
  assert.equal((await row(s, theirNumber.id))?.assignee_id, theirUser);
  assert.equal((await row(s, theirNumber.id))?.account_id, other.accountId);
  assert.notEqual(other.accountId, DEMO);
});
