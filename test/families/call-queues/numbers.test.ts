// A queue's phone numbers: the numbers family's one assignment (the one users
// have), shown with the queue as assignee in every number view, named from the
// extension directory.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { addNumber, addUser, createQueue, otherAccount } from './fixtures.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

const assign = (queueId: string, items: { id?: string; number?: string }[], token?: string) =>
  s.api('POST', `/phone/call_queues/${queueId}/phone_numbers`, { token, body: { phone_numbers: items } });

/** The assignee of a number as the Phone API's one-number page, its list and Number Management show it. */
async function shown(numberId: string) {
  const one = await s.api('GET', `/phone/numbers/${numberId}`);
  assertContract('getAPhoneNumber', one);
  const list = await s.api('GET', '/phone/numbers', { query: { page_size: 300 } });
  assertContract('listPhoneNumbers', list);
  const listed = list.body.phone_numbers.find((p: { id: string }) => p.id === numberId);
  const managed = await s.api('GET', `/accounts/me/number_management/numbers/${numberId}`);
  assertContract('getAPhoneNumberForNumberManagement', managed);
  return { one: one.body.assignee, list: listed?.assignee, nm: managed.body.assigned_list };
}

const unassignedIds = async () => {
  const res = await s.api('GET', '/phone/numbers', { query: { type: 'unassigned', page_size: 300 } });
  return res.body.phone_numbers.map((p: { id: string }) => p.id);
};

test('numbers assigned by id or E.164 show the queue as assignee everywhere, and leave the unassigned list', async () => {
  const q = await createQueue(s, { name: 'Front Desk' });
  const [a, b] = [await addNumber(s), await addNumber(s)];
  assert.ok((await unassignedIds()).includes(a.id));
  const res = await assign(q.id, [{ id: a.id }, { number: b.number }]);
  assertContract('assignNumbersToACallQueue', res);
  for (const n of [a, b]) {
    assert.deepEqual(await shown(n.id), {
      one: { id: q.id, name: 'Front Desk', extension_number: q.extension_number, type: 'callQueue' },
      list: { id: q.id, name: 'Front Desk', extension_number: q.extension_number, type: 'callQueue' },
      nm: [{ assigned_to_id: q.id, assgined_to_name: 'Front Desk', assigned_to_type: 'CallQueue', extension_number: String(q.extension_number) }],
    });
  }
  const unassigned = await unassignedIds();
  assert.equal(unassigned.includes(a.id) || unassigned.includes(b.id), false);
  const byType = await s.api('GET', '/phone/numbers', { query: { extension_type: 'callQueue', page_size: 300 } });
  assert.ok([a.id, b.id].every((id) => byType.body.phone_numbers.some((p: { id: string }) => p.id === id)));
  const details = await s.api('GET', `/phone/call_queues/${q.id}`);
  assert.deepEqual(details.body.phone_numbers, [
    { id: a.id, number: a.number, source: 'internal' },
    { id: b.id, number: b.number, source: 'internal' },
  ]);
  // Assigning a number the queue holds already changes nothing.
  assertContract('assignNumbersToACallQueue', await assign(q.id, [{ id: a.id }]));
});

test('a renamed or renumbered queue shows its new name and extension on its numbers', async () => {
  const q = await createQueue(s, { name: 'Old Name' });
  const n = await addNumber(s);
  await assign(q.id, [{ id: n.id }]);
  assertContract('updateCallQueueDetails', await s.api('PATCH', `/phone/call_queues/${q.id}`, { body: { name: 'New Name', extension_number: 246 } }));
  const after = await shown(n.id);
  assert.deepEqual(after.one, { id: q.id, name: 'New Name', extension_number: 100246, type: 'callQueue' });
  assert.deepEqual(after.list, after.one);
  assert.equal(after.nm[0].assgined_to_name, 'New Name');
  assert.equal(after.nm[0].extension_number, '100246');
});

test('a number is assigned once: not to a second queue, nor to a user, nor taken from a user', async () => {
  const [q1, q2] = [await createQueue(s), await createQueue(s)];
  const n = await addNumber(s);
  await assign(q1.id, [{ id: n.id }]);
  assertUndocumentedError(await assign(q2.id, [{ id: n.id }]), 400, 300, `Phone number has already been assigned: ${n.number}.`);
  const user = await addUser(s);
  const toUser = await s.api('POST', `/phone/users/${user}/phone_numbers`, { body: { phone_numbers: [{ id: n.id }] } });
  assert.equal(toUser.status, 400, JSON.stringify(toUser.body));
  assert.equal((await shown(n.id)).one.id, q1.id);
  // A user's number cannot go to a queue.
  const mine = await addNumber(s);
  assertContract('assignAPhoneNumberToAUser', await s.api('POST', `/phone/users/${user}/phone_numbers`, { body: { phone_numbers: [{ id: mine.id }] } }));
  assertUndocumentedError(await assign(q2.id, [{ id: mine.id }]), 400, 300, `Phone number has already been assigned: ${mine.number}.`);
  assert.equal((await shown(mine.id)).one.type, 'user');
});

test('concurrent assignments of one number to two queues: exactly one wins', async () => {
  const [q1, q2] = [await createQueue(s), await createQueue(s)];
  const n = await addNumber(s);
  const results = await Promise.all([q1, q2, q1, q2].map((q) => assign(q.id, [{ id: n.id }])));
  const holder = (await shown(n.id)).one.id;
  assert.ok(holder === q1.id || holder === q2.id);
  const loser = holder === q1.id ? q2.id : q1.id;
  results.forEach((r, i) => {
    if ([q1, q2, q1, q2][i].id === holder) assertContract('assignNumbersToACallQueue', r);
    else assertUndocumentedError(r, 400, 300, `Phone number has already been assigned: ${n.number}.`);
  });
  assert.deepEqual((await s.api('GET', `/phone/call_queues/${loser}`)).body.phone_numbers, []);
});

test('the request names one to five numbers of the account; otherwise nothing is assigned', async () => {
  const q = await createQueue(s);
  assertDocumentedError('assignNumbersToACallQueue', await assign(q.id, []), 'needToSpecifyAtLeastOne');
  assertDocumentedError('assignNumbersToACallQueue', await s.api('POST', `/phone/call_queues/${q.id}/phone_numbers`, { body: {} }), 'needToSpecifyAtLeastOne');
  const six = await Promise.all(Array.from({ length: 6 }, () => addNumber(s)));
  assertUndocumentedError(await assign(q.id, six.map((n) => ({ id: n.id }))), 400, 300, 'Validation Failed. Only a maximum of five numbers can be assigned to a call queue at a time.');
  assertUndocumentedError(await assign(q.id, [{ id: six[0].id }, {}]), 400, 300, 'Validation Failed. Each phone number needs its id or its number.');
  assertUndocumentedError(await assign(q.id, [{ id: six[0].id }, { number: '+19995550000' }]), 400, 300, 'Phone number does not exist: +19995550000.');
  // Another account's number is not one of this account's.
  const other = await otherAccount(s, 'cq-numbers-other');
  const foreign = await addNumber(s, { accountId: other.accountId });
  assertUndocumentedError(await assign(q.id, [{ id: foreign.id }]), 400, 300, `Phone number does not exist: ${foreign.id}.`);
  assert.deepEqual((await s.api('GET', `/phone/call_queues/${q.id}`)).body.phone_numbers, []);
  assertContract('assignNumbersToACallQueue', await assign(q.id, six.slice(0, 5).map((n) => ({ id: n.id }))));
  assert.equal((await s.api('GET', `/phone/call_queues/${q.id}`)).body.phone_numbers.length, 5);
});

test('numbers of an unknown queue: each operation answers its documented error', async () => {
  const n = await addNumber(s);
  const res = await assign('no-queue', [{ id: n.id }]);
  assertDocumentedError('assignNumbersToACallQueue', res, 'callQueueDoesNotExist');
  assert.equal(res.body.message, 'Call Queue does not exist: no-queue.');
  assertDocumentedError('unassignAllPhoneNumbersForCallQueue', await s.api('DELETE', '/phone/call_queues/no-queue/phone_numbers'), 'validationFailedTheGroupDoesNot');
  assertDocumentedError('unassignAPhoneNumberForCallQueue', await s.api('DELETE', `/phone/call_queues/no-queue/phone_numbers/${n.id}`), 'validationFailedTheGroupDoesNot');
  assert.equal((await shown(n.id)).one, undefined);
});

test('a number unassigned goes back to the unassigned list; one the queue does not hold is refused', async () => {
  const [q, other] = [await createQueue(s), await createQueue(s)];
  const [a, b] = [await addNumber(s), await addNumber(s)];
  await assign(q.id, [{ id: a.id }, { id: b.id }]);
  const notMine = await s.api('DELETE', `/phone/call_queues/${other.id}/phone_numbers/${a.id}`);
  assertDocumentedError('unassignAPhoneNumberForCallQueue', notMine, 'phoneNumberNotBelongToCall');
  assertDocumentedError('unassignAPhoneNumberForCallQueue', await s.api('DELETE', `/phone/call_queues/${q.id}/phone_numbers/nope`), 'phoneNumberNotBelongToCall');
  const res = await s.api('DELETE', `/phone/call_queues/${q.id}/phone_numbers/${encodeURIComponent(a.number)}`);
  assertContract('unassignAPhoneNumberForCallQueue', res);
  assert.equal((await shown(a.id)).one, undefined);
  assert.ok((await unassignedIds()).includes(a.id));
  assert.deepEqual((await s.api('GET', `/phone/call_queues/${q.id}`)).body.phone_numbers.map((p: { id: string }) => p.id), [b.id]);
});

test('unassigning all numbers releases every number of the queue, and no other', async () => {
  const [q, other] = [await createQueue(s), await createQueue(s)];
  const [a, b, c] = [await addNumber(s), await addNumber(s), await addNumber(s)];
  await assign(q.id, [{ id: a.id }, { id: b.id }]);
  await assign(other.id, [{ id: c.id }]);
  assertContract('unassignAllPhoneNumbersForCallQueue', await s.api('DELETE', `/phone/call_queues/${q.id}/phone_numbers`));
  const unassigned = await unassignedIds();
  assert.ok(unassigned.includes(a.id) && unassigned.includes(b.id));
  assert.equal((await shown(c.id)).one.id, other.id);
  assert.deepEqual((await s.api('GET', `/phone/call_queues/${q.id}`)).body.phone_numbers, []);
});

test("a number deleted leaves the queue's numbers", async () => {
  const q = await createQueue(s);
  const n = await addNumber(s);
  await assign(q.id, [{ id: n.id }]);
  const del = await s.api('DELETE', '/accounts/me/number_management/numbers', { query: { numbers: n.id } });
  assert.equal(del.status, 204, JSON.stringify(del.body));
  assert.deepEqual((await s.api('GET', `/phone/call_queues/${q.id}`)).body.phone_numbers, []);
});
