// A receptionist's phone numbers: the numbers family's one assignment (the one
// users and call queues have), shown with the receptionist as assignee in every
// number view, named from the extension directory.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { addNumber, addUser, createReceptionist, otherAccount } from './fixtures.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

const assign = (id: string, items: { id?: string; number?: string }[], token?: string) =>
  s.api('POST', `/phone/auto_receptionists/${id}/phone_numbers`, { token, body: { phone_numbers: items } });
const unassignAll = (id: string, token?: string) => s.api('DELETE', `/phone/auto_receptionists/${id}/phone_numbers`, { token });
const unassignOne = (id: string, numberId: string, token?: string) => s.api('DELETE', `/phone/auto_receptionists/${id}/phone_numbers/${numberId}`, { token });

/** The assignee of a number as the Phone API's one-number page and Number Management show it. */
async function shown(numberId: string) {
  const one = await s.api('GET', `/phone/numbers/${numberId}`);
  assertContract('getAPhoneNumber', one);
  const managed = await s.api('GET', `/accounts/me/number_management/numbers/${numberId}`);
  assertContract('getAPhoneNumberForNumberManagement', managed);
  return { one: one.body.assignee, nm: managed.body.assigned_list };
}

const unassignedIds = async () => {
  const res = await s.api('GET', '/phone/numbers', { query: { type: 'unassigned', page_size: 300 } });
  return res.body.phone_numbers.map((p: { id: string }) => p.id);
};

const numbersOf = async (id: string) => (await s.api('GET', `/phone/auto_receptionists/${id}`)).body.phone_numbers;

test('numbers assigned by id or E.164 show the receptionist as assignee, and leave the unassigned list', async () => {
  const r = await createReceptionist(s, { name: 'Lobby' });
  const [a, b] = [await addNumber(s), await addNumber(s)];
  assert.ok((await unassignedIds()).includes(a.id));
  const res = await assign(r.id, [{ id: a.id }, { number: b.number }]);
  assertContract('assignPhoneNumbersForAutoReceptionist', res);
  for (const n of [a, b]) {
    assert.deepEqual(await shown(n.id), {
      one: { id: r.id, name: 'Lobby', extension_number: r.extension_number, type: 'autoReceptionist' },
      nm: [{ assigned_to_id: r.id, assgined_to_name: 'Lobby', assigned_to_type: 'AutoReceptionist', extension_number: String(r.extension_number) }],
    });
  }
  const unassigned = await unassignedIds();
  assert.equal(unassigned.includes(a.id) || unassigned.includes(b.id), false);
  assert.deepEqual(await numbersOf(r.id), [{ id: a.id, number: a.number }, { id: b.id, number: b.number }]);
  const listed = (await s.api('GET', '/phone/auto_receptionists', { query: { page_size: 300 } })).body.auto_receptionists.find((x: { id: string }) => x.id === r.id);
  assert.deepEqual(listed.phone_numbers, [{ id: a.id, number: a.number }, { id: b.id, number: b.number }]);
  // Assigning a number it holds already changes nothing.
  assertContract('assignPhoneNumbersForAutoReceptionist', await assign(r.id, [{ id: a.id }]));
});

test('a renamed receptionist shows its new name on its numbers', async () => {
  const r = await createReceptionist(s, { name: 'Old' });
  const n = await addNumber(s);
  await assign(r.id, [{ id: n.id }]);
  assertContract('updateAnAutoReceptionist', await s.api('PATCH', `/phone/auto_receptionists/${r.id}`, { body: { name: 'New' } }));
  const after = await shown(n.id);
  assert.equal(after.one.name, 'New');
  assert.equal(after.nm[0].assgined_to_name, 'New');
});

test('a number is assigned once: not to a second receptionist, nor one a user holds', async () => {
  const [r1, r2] = [await createReceptionist(s), await createReceptionist(s)];
  const n = await addNumber(s);
  await assign(r1.id, [{ id: n.id }]);
  const twice = await assign(r2.id, [{ id: n.id }]);
  assertDocumentedError('assignPhoneNumbersForAutoReceptionist', twice, 'phoneNumberIsUsedPhonenumberId');
  assert.equal(twice.body.message, `phoneNumber is used, phonenumberId:${n.id}`);
  const user = await addUser(s);
  const toUser = await s.api('POST', `/phone/users/${user}/phone_numbers`, { body: { phone_numbers: [{ id: n.id }] } });
  assert.equal(toUser.status, 400, JSON.stringify(toUser.body));
  assert.equal((await shown(n.id)).one.id, r1.id);
});

test('concurrent assignments of one number to two receptionists: exactly one wins, never a 500', async () => {
  const [r1, r2] = [await createReceptionist(s), await createReceptionist(s)];
  const n = await addNumber(s);
  const answers = await Promise.all([assign(r1.id, [{ id: n.id }]), assign(r2.id, [{ id: n.id }])]);
  assert.deepEqual(answers.map((a) => a.status).sort(), [204, 400]);
  const loser = answers.find((a) => a.status === 400)!;
  assertDocumentedError('assignPhoneNumbersForAutoReceptionist', loser, 'phoneNumberIsUsedPhonenumberId');
  const winner = answers[0].status === 204 ? r1 : r2;
  assert.equal((await shown(n.id)).one.id, winner.id);
});

test('a batch whose later number fails assigns nothing', async () => {
  const r = await createReceptionist(s);
  const free = await addNumber(s);
  const missing = await assign(r.id, [{ id: free.id }, { number: '+19995550000' }]);
  assertDocumentedError('assignPhoneNumbersForAutoReceptionist', missing, 'phoneNumberDoesNotExistPhonenumberId');
  assert.equal(missing.body.message, 'Phone number does not exist, phonenumberId:+19995550000');
  assert.deepEqual(await numbersOf(r.id), []);
  assert.ok((await unassignedIds()).includes(free.id));
  assertUndocumentedError(await assign(r.id, []), 400, 300, 'Validation Failed. phone_numbers must name at least one phone number.');
  assertUndocumentedError(await assign(r.id, [{}]), 400, 300, 'Validation Failed. Each phone number needs its id or its number.');
});

test('unassigning one number or all releases them; a number the receptionist does not hold is refused', async () => {
  const r = await createReceptionist(s);
  const [a, b, c] = [await addNumber(s), await addNumber(s), await addNumber(s)];
  await assign(r.id, [{ id: a.id }, { id: b.id }, { id: c.id }]);
  assertContract('unassignAPhoneNumberForAutoReceptionist', await unassignOne(r.id, a.id));
  assert.equal((await shown(a.id)).one, undefined);
  assertDocumentedError('unassignAPhoneNumberForAutoReceptionist', await unassignOne(r.id, a.id), 'phoneNumberDoesNotBelongTo');
  assertContract('unassignAllPhoneNumbersForAutoReceptionist', await unassignAll(r.id));
  assert.deepEqual(await numbersOf(r.id), []);
  const unassigned = await unassignedIds();
  assert.ok([a.id, b.id, c.id].every((id) => unassigned.includes(id)));
});

test('an unknown receptionist, or another account, is not found for every number operation', async () => {
  const n = await addNumber(s);
  const missing = await assign('nope', [{ id: n.id }]);
  assertDocumentedError('assignPhoneNumbersForAutoReceptionist', missing, 'autoReceptionistDoesNotExistAutoReceptionistId');
  assert.equal(missing.body.message, 'AutoReceptionist does not exist, AutoReceptionistId: nope.');
  assertDocumentedError('unassignAllPhoneNumbersForAutoReceptionist', await unassignAll('nope'), 'autoReceptionistDoesNotExistAutoReceptionistId');
  assertDocumentedError('unassignAPhoneNumberForAutoReceptionist', await unassignOne('nope', n.id), 'autoReceptionistDoesNotExistAutoReceptionistId');
  const r = await createReceptionist(s);
  await assign(r.id, [{ id: n.id }]);
  const other = await otherAccount(s, 'ar-numbers-other');
  assertDocumentedError('unassignAllPhoneNumbersForAutoReceptionist', await unassignAll(r.id, other.token), 'autoReceptionistDoesNotExistAutoReceptionistId');
  assert.equal((await shown(n.id)).one.id, r.id);
});
