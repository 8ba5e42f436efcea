// A group's phone numbers: the numbers family's one assignment (the one users and
// call queues have), shown with the group as assignee in every number view, named
// from the extension directory; unassigning or deleting the group releases them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError } from '../../support/contract.ts';
import { addNumber, addUser, createGroup, otherAccount } from './fixtures.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

const assign = (groupId: string, items: { id?: string; number?: string }[], token?: string) =>
  s.api('POST', `/phone/shared_line_groups/${groupId}/phone_numbers`, { token, body: { phone_numbers: items } });

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

const groupNumbers = async (groupId: string) => {
  const res = await s.api('GET', `/phone/shared_line_groups/${groupId}`);
  assertContract('getASharedLineGroup', res);
  return res.body.phone_numbers.map((p: { id: string }) => p.id);
};

test('numbers assigned by id or E.164 show the group as assignee everywhere, and leave the unassigned list', async () => {
  const g = await createGroup(s, { display_name: 'Help Line' });
  const [a, b] = [await addNumber(s), await addNumber(s)];
  assert.ok((await unassignedIds()).includes(a.id));
  const res = await assign(g.id, [{ id: a.id }, { number: b.number }]);
  assertContract('assignPhoneNumbersForSharedLineGroup', res);
  assert.equal(res.status, 201);
  for (const n of [a, b]) {
    const seen = await shown(n.id);
    assert.deepEqual(seen.list, { id: g.id, name: 'Help Line', extension_number: g.extension_number, type: 'sharedLineGroup' });
    assert.equal(seen.one.id, g.id);
    assert.equal(seen.one.name, 'Help Line');
    assert.equal(seen.one.extension_number, g.extension_number);
    assert.deepEqual(seen.nm, [{ assigned_to_id: g.id, assgined_to_name: 'Help Line', assigned_to_type: 'SharedLineGroup', extension_number: String(g.extension_number) }]);
  }
  const unassigned = await unassignedIds();
  assert.equal(unassigned.includes(a.id) || unassigned.includes(b.id), false);
  const details = await s.api('GET', `/phone/shared_line_groups/${g.id}`);
  assert.deepEqual(details.body.phone_numbers, [
    { id: a.id, number: a.number },
    { id: b.id, number: b.number },
  ]);
  // With no primary chosen, the first number the group was given.
  assert.equal(details.body.primary_number, a.number);
  const list = await s.api('GET', '/phone/shared_line_groups', { query: { page_size: 300 } });
  const listed = list.body.shared_line_groups.find((x: { id: string }) => x.id === g.id);
  assert.deepEqual(listed.phone_numbers, [
    { id: a.id, number: a.number, status: 'available' },
    { id: b.id, number: b.number, status: 'available' },
  ]);
  // An E.164 value without its '+' names the same number; assigning what the group holds changes nothing.
  assertContract('assignPhoneNumbersForSharedLineGroup', await assign(g.id, [{ number: a.number.slice(1) }, { id: b.id }]));
  assert.deepEqual(await groupNumbers(g.id), [a.id, b.id]);
});

test('a renamed or renumbered group shows its new name and extension on its numbers', async () => {
  const g = await createGroup(s, { display_name: 'Old Name' });
  const n = await addNumber(s);
  await assign(g.id, [{ id: n.id }]);
  assertContract('updateASharedLineGroup', await s.api('PATCH', `/phone/shared_line_groups/${g.id}`, { body: { display_name: 'New Name', extension_number: 246 } }));
  const after = await shown(n.id);
  assert.equal(after.list.name, 'New Name');
  assert.equal(after.list.extension_number, 100246);
  assert.equal(after.nm[0].assgined_to_name, 'New Name');
});

test('a number is assigned once: not to a second group, nor to a user, nor taken from a user', async () => {
  const [g1, g2] = [await createGroup(s), await createGroup(s)];
  const n = await addNumber(s);
  await assign(g1.id, [{ id: n.id }]);
  const second = await assign(g2.id, [{ id: n.id }]);
  assertDocumentedError('assignPhoneNumbersForSharedLineGroup', second, 'error300');
  assert.equal(second.body.message, `Phone number has already been assigned: ${n.number}.`);
  const user = await addUser(s);
  const toUser = await s.api('POST', `/phone/users/${user}/phone_numbers`, { body: { phone_numbers: [{ id: n.id }] } });
  assert.equal(toUser.status, 400, JSON.stringify(toUser.body));
  const held = await addNumber(s);
  assertContract('assignAPhoneNumberToAUser', await s.api('POST', `/phone/users/${user}/phone_numbers`, { body: { phone_numbers: [{ id: held.id }] } }));
  assertDocumentedError('assignPhoneNumbersForSharedLineGroup', await assign(g2.id, [{ id: held.id }]), 'error300');
  assert.deepEqual(await groupNumbers(g2.id), []);
  assert.deepEqual(await groupNumbers(g1.id), [n.id]);
});

test('a number the account does not have is refused, and nothing of the request is assigned', async () => {
  const g = await createGroup(s);
  const n = await addNumber(s);
  const res = await assign(g.id, [{ id: n.id }, { id: 'no-such-number' }]);
  assertDocumentedError('assignPhoneNumbersForSharedLineGroup', res, 'phoneNumberDoesNotExist');
  const other = await otherAccount(s, 'slg-numbers-other');
  const theirs = await addNumber(s, { accountId: other.accountId });
  assertDocumentedError('assignPhoneNumbersForSharedLineGroup', await assign(g.id, [{ number: theirs.number }]), 'phoneNumberDoesNotExist');
  assert.deepEqual(await groupNumbers(g.id), []);
  assert.ok((await unassignedIds()).includes(n.id));
  const empty = await assign(g.id, []);
  assertDocumentedError('assignPhoneNumbersForSharedLineGroup', empty, 'error300');
  const keyless = await assign(g.id, [{}]);
  assertDocumentedError('assignPhoneNumbersForSharedLineGroup', keyless, 'error300');
  assertDocumentedError('assignPhoneNumbersForSharedLineGroup', await assign('no-such-group', [{ id: n.id }]), 'error300');
});

test('unassigning one number, then all of them, puts them back in the unassigned list', async () => {
  const g = await createGroup(s);
  const [a, b, c] = [await addNumber(s), await addNumber(s), await addNumber(s)];
  await assign(g.id, [{ id: a.id }, { id: b.id }, { id: c.id }]);
  const one = await s.api('DELETE', `/phone/shared_line_groups/${g.id}/phone_numbers/${a.id}`);
  assertContract('unassignAPhoneNumberForSharedLineGroup', one);
  assert.deepEqual(await groupNumbers(g.id), [b.id, c.id]);
  assert.ok((await unassignedIds()).includes(a.id));
  // By E.164 value too.
  assertContract('unassignAPhoneNumberForSharedLineGroup', await s.api('DELETE', `/phone/shared_line_groups/${g.id}/phone_numbers/${encodeURIComponent(b.number)}`));
  const notHeld = await s.api('DELETE', `/phone/shared_line_groups/${g.id}/phone_numbers/${a.id}`);
  assertDocumentedError('unassignAPhoneNumberForSharedLineGroup', notHeld, 'error300');
  assert.equal(notHeld.body.message, `Phone number ${a.number} is not assigned to the shared line group.`);
  assertDocumentedError('unassignAPhoneNumberForSharedLineGroup', await s.api('DELETE', `/phone/shared_line_groups/${g.id}/phone_numbers/no-such-number`), 'phoneNumberDoesNotExist');
  const all = await s.api('DELETE', `/phone/shared_line_groups/${g.id}/phone_numbers`);
  assertContract('unassignAllPhoneNumbersForSharedLineGroup', all);
  assert.deepEqual(await groupNumbers(g.id), []);
  const unassigned = await unassignedIds();
  assert.ok([a.id, b.id, c.id].every((id) => unassigned.includes(id)));
  assertDocumentedError('unassignAllPhoneNumbersForSharedLineGroup', await s.api('DELETE', '/phone/shared_line_groups/no-such-group/phone_numbers'), 'error300');
  assertDocumentedError('unassignAPhoneNumberForSharedLineGroup', await s.api('DELETE', `/phone/shared_line_groups/no-such-group/phone_numbers/${a.id}`), 'error300');
});

test("another group's number is not unassigned through this group", async () => {
  const [g1, g2] = [await createGroup(s), await createGroup(s)];
  const n = await addNumber(s);
  await assign(g1.id, [{ id: n.id }]);
  assertDocumentedError('unassignAPhoneNumberForSharedLineGroup', await s.api('DELETE', `/phone/shared_line_groups/${g2.id}/phone_numbers/${n.id}`), 'error300');
  assertContract('unassignAllPhoneNumbersForSharedLineGroup', await s.api('DELETE', `/phone/shared_line_groups/${g2.id}/phone_numbers`));
  assert.deepEqual(await groupNumbers(g1.id), [n.id]);
});

test("the primary number is one of the group's numbers; it falls back to the first while the chosen one is gone", async () => {
  const g = await createGroup(s);
  const [a, b] = [await addNumber(s), await addNumber(s)];
  await assign(g.id, [{ id: a.id }, { id: b.id }]);
  assertContract('updateASharedLineGroup', await s.api('PATCH', `/phone/shared_line_groups/${g.id}`, { body: { primary_number: b.number } }));
  assert.equal((await s.api('GET', `/phone/shared_line_groups/${g.id}`)).body.primary_number, b.number);
  const stranger = await addNumber(s);
  const refused = await s.api('PATCH', `/phone/shared_line_groups/${g.id}`, { body: { primary_number: stranger.number } });
  assertDocumentedError('updateASharedLineGroup', refused, 'error300');
  assert.equal(refused.body.message, `The primary number ${stranger.number} is not a phone number of the shared line group.`);
  assert.equal((await s.api('GET', `/phone/shared_line_groups/${g.id}`)).body.primary_number, b.number);
  await s.api('DELETE', `/phone/shared_line_groups/${g.id}/phone_numbers/${b.id}`);
  assert.equal((await s.api('GET', `/phone/shared_line_groups/${g.id}`)).body.primary_number, a.number);
  await s.api('DELETE', `/phone/shared_line_groups/${g.id}/phone_numbers`);
  assert.equal((await s.api('GET', `/phone/shared_line_groups/${g.id}`)).body.primary_number, undefined);
});

test('concurrent assignments of one number to several groups: one group gets it', async () => {
  const groups = [await createGroup(s), await createGroup(s), await createGroup(s), await createGroup(s)];
  const n = await addNumber(s);
  const results = await Promise.all(groups.map((g) => assign(g.id, [{ id: n.id }])));
  assert.equal(results.filter((r) => r.status === 201).length, 1, JSON.stringify(results.map((r) => r.body)));
  for (const r of results.filter((r) => r.status !== 201)) assertDocumentedError('assignPhoneNumbersForSharedLineGroup', r, 'error300');
  const holders = [];
  for (const g of groups) if ((await groupNumbers(g.id)).includes(n.id)) holders.push(g.id);
  assert.equal(holders.length, 1);
  // The same assignment sent twice at once by one group is no loss.
  const m = await addNumber(s);
  const twice = await Promise.all([assign(groups[0].id, [{ id: m.id }]), assign(groups[0].id, [{ id: m.id }])]);
  for (const r of twice) assertContract('assignPhoneNumbersForSharedLineGroup', r);
});
