// A number's assignee is named as the account's extension directory lists it (the
// extensions family's), whoever's table holds the user; the number's own record of
// its assignee serves only those the directory does not list.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract } from '../../support/contract.ts';
import { addUser as addUnlistedUser } from '../../support/fixtures.ts';
import { claimExtension } from '../../../src/families/extensions/public.ts';
import { addNumber, addUser, DEMO } from './fixtures.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

const nm = (path: string) => `/accounts/me/number_management${path}`;

/** The assignee as the Phone API's one-number page, its list and Number Management show it. */
async function shown(numberId: string, number: string) {
  const one = await s.api('GET', `/phone/numbers/${numberId}`);
  assertContract('getAPhoneNumber', one);
  const list = await s.api('GET', '/phone/numbers', { query: { page_size: 300 } });
  assertContract('listPhoneNumbers', list);
  const listed = list.body.phone_numbers.find((p: { id: string }) => p.id === numberId);
  assert.equal(listed?.number, number);
  const managed = await s.api('GET', nm(`/numbers/${numberId}`));
  assertContract('getAPhoneNumberForNumberManagement', managed);
  const [assigned] = managed.body.assigned_list;
  return {
    one: [one.body.assignee?.name, one.body.assignee?.extension_number],
    list: [listed?.assignee?.name, listed?.assignee?.extension_number],
    nm: [assigned?.assgined_to_name, assigned?.extension_number],
  };
}

async function assign(numberId: string, assigneeType: string, assigneeId: string) {
  await s.sandbox.db.updateTable('phone_numbers').set({ assignee_type: assigneeType, assignee_id: assigneeId }).where('id', '=', numberId).execute();
}

test("a user's number shows the name and extension the directory lists, not the users table's", async () => {
  const user = await addUnlistedUser(s, { tag: 'assignee', name: 'Name In Users Table', extension: 43101 });
  const claim = await s.sandbox.db.transaction().execute((trx) =>
    claimExtension(trx, { accountId: DEMO, id: `ext-${user}`, kind: 'user', number: 43102, name: 'Name In Directory', siteId: null, ownerId: user }),
  );
  assert.ok(claim.ok);
  const n = await addNumber(s);
  await assign(n.id, 'User', user);
  assert.deepEqual(await shown(n.id, n.number), {
    one: ['Name In Directory', 43102],
    list: ['Name In Directory', 43102],
    nm: ['Name In Directory', '43102'],
  });
});

test("a user renumbered through the API shows the new extension on the user's numbers", async () => {
  const user = await addUser(s, { name: 'Renumbered User' });
  const n = await addNumber(s);
  assertContract('assignAPhoneNumberToAUser', await s.api('POST', `/phone/users/${user}/phone_numbers`, { body: { phone_numbers: [{ id: n.id }] } }));
  assertContract('updateAUsersProfile', await s.api('PATCH', `/phone/users/${user}`, { body: { extension_number: '43201' } }));
  assert.deepEqual(await shown(n.id, n.number), {
    one: ['Renumbered User', 43201],
    list: ['Renumbered User', 43201],
    nm: ['Renumbered User', '43201'],
  });
});

test("an assignee the directory does not list is named from the number's own record", async () => {
  // A user whose row is in phone_users but who holds no extension in the directory.
  const unlisted = await addUnlistedUser(s, { tag: 'assignee', name: 'Unlisted User', extension: 43301 });
  const a = await addNumber(s, { data: { capability: ['Incoming'], assignee_name: 'Recorded Name', assignee_extension_number: 43302 } });
  await assign(a.id, 'User', unlisted);
  assert.deepEqual(await shown(a.id, a.number), {
    one: ['Recorded Name', 43302],
    list: ['Recorded Name', 43302],
    nm: ['Recorded Name', '43302'],
  });

  // A call queue: its family does not write the directory, its number keeps its name.
  const b = await addNumber(s, { data: { capability: ['Incoming'], assignee_name: 'Support Queue', assignee_extension_number: 43303 } });
  await assign(b.id, 'CallQueue', 'queue-1');
  assert.deepEqual(await shown(b.id, b.number), {
    one: ['Support Queue', 43303],
    list: ['Support Queue', 43303],
    nm: ['Support Queue', '43303'],
  });
});
