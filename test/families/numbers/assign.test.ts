import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { addNumber, addUser, DEMO, holdFor, otherAccount, siteIds } from './fixtures.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

const nm = (path: string) => `/accounts/me/number_management${path}`;

/** Who holds the number, as Number Management shows it (any product's number), on its owner's token. */
async function holderOf(numberId: string, token?: string): Promise<string | undefined> {
  const res = await s.api('GET', nm(`/numbers/${numberId}`), { token });
  assertContract('getAPhoneNumberForNumberManagement', res);
  return res.body.assigned_list[0]?.assigned_to_id;
}

test('assigning a number to a user shows it in the user, in the Phone view and in Number Management', async () => {
  const [, denver] = await siteIds(s);
  const user = await addUser(s, { siteId: denver, name: 'Assignee One' });
  const n = await addNumber(s);
  const res = await s.api('POST', `/phone/users/${user}/phone_numbers`, { body: { phone_numbers: [{ id: n.id }] } });
  assertContract('assignAPhoneNumberToAUser', res);
  assert.deepEqual(res.body.phone_numbers, [{ id: n.id, number: n.number }]);

  const profile = await s.api('GET', `/phone/users/${user}`);
  assertContract('getAUsersProfile', profile);
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
  assert.equal(await holderOf(n.id), user);
});

test('a number already assigned to someone else is refused and stays with its holder', async () => {
  const first = await addUser(s);
  const second = await addUser(s);
  const n = await addNumber(s);
  assertContract('assignAPhoneNumberToAUser', await s.api('POST', `/phone/users/${first}/phone_numbers`, { body: { phone_numbers: [{ id: n.id }] } }));
  const res = await s.api('POST', `/phone/users/${second}/phone_numbers`, { body: { phone_numbers: [{ id: n.id }] } });
  assertUndocumentedError(res, 400, 300, `Phone number has already been assigned: ${n.number}.`);
  assert.equal(await holderOf(n.id), first);
  const profile = await s.api('GET', `/phone/users/${second}`);
  assert.deepEqual(profile.body.phone_numbers, []);
});

test('one bad number in a request assigns none of them', async () => {
  const user = await addUser(s);
  const taken = await addNumber(s);
  const free = await addNumber(s);
  const other = await addUser(s);
  assertContract('assignAPhoneNumberToAUser', await s.api('POST', `/phone/users/${other}/phone_numbers`, { body: { phone_numbers: [{ id: taken.id }] } }));
  const res = await s.api('POST', `/phone/users/${user}/phone_numbers`, { body: { phone_numbers: [{ id: free.id }, { id: taken.id }] } });
  assertUndocumentedError(res, 400, 300, `Phone number has already been assigned: ${taken.number}.`);
  assert.equal(await holderOf(free.id), undefined);
  assert.equal(await holderOf(taken.id), other);
  assert.deepEqual((await s.api('GET', `/phone/users/${user}`)).body.phone_numbers, []);
});

test('a number a call queue holds is refused to a user and stays with the queue', async () => {
  const user = await addUser(s);
  const queued = await addNumber(s);
  await holdFor(s, queued.id, 'CallQueue', 'queue-assign');
  const res = await s.api('POST', `/phone/users/${user}/phone_numbers`, { body: { phone_numbers: [{ number: queued.number }] } });
  assertUndocumentedError(res, 400, 300, `Phone number has already been assigned: ${queued.number}.`);
  const phone = await s.api('GET', `/phone/numbers/${queued.id}`);
  assertContract('getAPhoneNumber', phone);
  assert.deepEqual(phone.body.assignee, { id: 'queue-assign', name: 'Support Queue', extension_number: 49001, type: 'callQueue' });
  // Nor can the user's path release it.
  assertDocumentedError('unassignAPhoneNumberForUser', await s.api('DELETE', `/phone/users/${user}/phone_numbers/${queued.id}`), 'invalidQueryParameterPhoneNumber');
  assert.equal(await holderOf(queued.id), 'queue-assign');
});

test('assigning no number at all is refused', async () => {
  const user = await addUser(s);
  for (const body of [{ phone_numbers: [] }, {}]) {
    assertUndocumentedError(await s.api('POST', `/phone/users/${user}/phone_numbers`, { body }), 400, 300, 'phone_numbers cannot be empty.');
  }
});

test('an unknown user is 1001, and nothing is assigned', async () => {
  const n = await addNumber(s);
  const res = await s.api('POST', '/phone/users/no-such-user/phone_numbers', { body: { phone_numbers: [{ id: n.id }] } });
  assertDocumentedError('assignAPhoneNumberToAUser', res, 1001);
  assert.match(res.body.message, /no-such-user/);
  assert.equal(await holderOf(n.id), undefined);
});

test("another account's number, an unknown number and a malformed number are refused", async () => {
  const other = await otherAccount(s, 'numbers-other-assign');
  const theirs = await addNumber(s, { accountId: other.accountId });
  const user = await addUser(s);
  const refusals: [{ id?: string; number?: string }, string][] = [
    [{ id: theirs.id }, `Phone number does not exist: ${theirs.id}.`],
    [{ number: theirs.number }, `Phone number does not exist: ${theirs.number}.`],
    [{ id: 'no-such-number' }, 'Phone number does not exist: no-such-number.'],
    [{ number: '4085551234' }, 'Invalid phone number: 4085551234. The value should be in E164 format.'],
  ];
  for (const [item, message] of refusals) {
    const res = await s.api('POST', `/phone/users/${user}/phone_numbers`, { body: { phone_numbers: [item] } });
    assertUndocumentedError(res, 400, 300, message);
  }
  assert.equal(await holderOf(theirs.id, other.token), undefined);
  // A Contact Center number is not a Zoom Phone number.
  const cc = await addNumber(s, { allocated_product: 'ZOOM_CONTACT_CENTER' });
  assertUndocumentedError(await s.api('POST', `/phone/users/${user}/phone_numbers`, { body: { phone_numbers: [{ id: cc.id }] } }), 400, 300, `Phone number does not exist: ${cc.id}.`);
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
  assert.equal(await holderOf(n.id), holder);
});

test('20 users racing for one number: exactly one wins, the number has one assignee in both views', async () => {
  const n = await addNumber(s);
  const users: string[] = [];
  for (let i = 0; i < 20; i++) users.push(await addUser(s));
  const results = await Promise.all(users.map((u) => s.api('POST', `/phone/users/${u}/phone_numbers`, { body: { phone_numbers: [{ id: n.id }] } })));
  const winners = results.map((r, i) => ({ r, u: users[i] })).filter(({ r }) => r.status === 200);
  assert.equal(winners.length, 1, `winners: ${winners.length}, statuses ${results.map((r) => r.status).join(',')}`);
  for (const r of results) if (r.status !== 200) assertUndocumentedError(r, 400, 300, `Phone number has already been assigned: ${n.number}.`);
  assertContract('assignAPhoneNumberToAUser', winners[0].r);
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
  assert.equal(await holderOf(theirNumber.id, other.token), theirUser);
  assertUndocumentedError(await s.api('GET', nm(`/numbers/${theirNumber.id}`)), 404, 100002, 'Phone number not found');
  assert.notEqual(other.accountId, DEMO);
});
