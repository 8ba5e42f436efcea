// A group's members: users of its site, each in one group of the account, at most
// 10 added at once; a member whose extension leaves the directory, or who moves to
// another site, leaves the group.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError } from '../../support/contract.ts';
import { releaseExtensions } from '../../../src/families/extensions/public.ts';
import { MEMBERS_PER_REQUEST } from '../../../src/families/shared-line-groups/rules.ts';
import { addUser, createGroup, DEMO, otherAccount, siteRows } from './fixtures.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

const add = (groupId: string, users: ({ id: string } | { email: string })[], extra: Record<string, unknown> = {}, token?: string) =>
  s.api('POST', `/phone/shared_line_groups/${groupId}/members`, { token, body: { members: { users, ...extra } } });

const ids = (users: string[]) => users.map((id) => ({ id }));

const memberIds = async (groupId: string) => {
  const res = await s.api('GET', `/phone/shared_line_groups/${groupId}`);
  assertContract('getASharedLineGroup', res);
  return res.body.members.users.map((m: { id: string }) => m.id);
};

test('members added by id or email are shown with the name and extension the directory gives them', async () => {
  const g = await createGroup(s);
  const a = await addUser(s, { name: 'Member A' });
  const b = await addUser(s, { name: 'Member B' });
  const res = await add(g.id, [{ id: a }, { email: `${b}@slg.test` }]);
  assertContract('addMembersToASharedLineGroup', res);
  assert.equal(res.status, 201);
  const shown = await s.api('GET', `/phone/shared_line_groups/${g.id}`);
  assert.deepEqual(shown.body.members, {
    users: [
      { id: a, extension_id: `ext-${a}`, name: 'Member A' },
      { id: b, extension_id: `ext-${b}`, name: 'Member B' },
    ],
    common_areas: [],
  });
});

test('a member is in a group once: adding it again, or twice in one request, keeps one', async () => {
  const g = await createGroup(s);
  const a = await addUser(s);
  assertContract('addMembersToASharedLineGroup', await add(g.id, ids([a, a])));
  assertContract('addMembersToASharedLineGroup', await add(g.id, ids([a])));
  assert.deepEqual(await memberIds(g.id), [a]);
});

test('a member can only be added to one shared line group; a refused request adds none of its members', async () => {
  const [g1, g2] = [await createGroup(s), await createGroup(s)];
  const [a, b] = [await addUser(s), await addUser(s)];
  await add(g1.id, ids([a]));
  const res = await add(g2.id, ids([b, a]));
  assertDocumentedError('addMembersToASharedLineGroup', res, 'error300');
  assert.equal(res.body.message, `Member ${a} is already in another shared line group: a member can only be added to one shared line group.`);
  assert.deepEqual(await memberIds(g2.id), []);
  assert.deepEqual(await memberIds(g1.id), [a]);
  // Once it leaves the first group, the second may have it.
  assertContract('unassignAMemberFromASharedLineGroup', await s.api('DELETE', `/phone/shared_line_groups/${g1.id}/members/${a}`));
  assertContract('addMembersToASharedLineGroup', await add(g2.id, ids([b, a])));
  assert.deepEqual(await memberIds(g2.id), [b, a]);
});

test(`at most ${MEMBERS_PER_REQUEST} members are added at once; past that nothing is added`, async () => {
  const g = await createGroup(s);
  const users: string[] = [];
  for (let i = 0; i <= MEMBERS_PER_REQUEST; i++) users.push(await addUser(s));
  const over = await add(g.id, ids(users));
  assertDocumentedError('addMembersToASharedLineGroup', over, 'error300');
  assert.equal(over.body.message, `You can add a maximum of ${MEMBERS_PER_REQUEST} members at once.`);
  // Users and common areas count together.
  assertDocumentedError('addMembersToASharedLineGroup', await add(g.id, ids(users.slice(0, MEMBERS_PER_REQUEST)), { common_area_ids: ['area-1'] }), 'error300');
  assert.deepEqual(await memberIds(g.id), []);
  assertContract('addMembersToASharedLineGroup', await add(g.id, ids(users.slice(0, MEMBERS_PER_REQUEST))));
  assert.equal((await memberIds(g.id)).length, MEMBERS_PER_REQUEST);
  // The limit is per request: the last one joins in a second request.
  assertContract('addMembersToASharedLineGroup', await add(g.id, ids(users.slice(MEMBERS_PER_REQUEST))));
  assert.equal((await memberIds(g.id)).length, MEMBERS_PER_REQUEST + 1);
  const none = await add(g.id, []);
  assertDocumentedError('addMembersToASharedLineGroup', none, 'error300');
});

test('a user the account does not have is not found, and nothing of the request is added', async () => {
  const g = await createGroup(s);
  const a = await addUser(s);
  const res = await add(g.id, [{ id: a }, { id: 'no-such-user' }]);
  assertDocumentedError('addMembersToASharedLineGroup', res, 'userNotFound');
  assert.equal(res.body.message, 'User not found: no-such-user.');
  const byEmail = await add(g.id, [{ email: 'nobody@slg.test' }]);
  assertDocumentedError('addMembersToASharedLineGroup', byEmail, 'userNotFound');
  // Another account's user is one this account does not have.
  const other = await otherAccount(s, 'slg-members-other');
  const stranger = await addUser(s, { accountId: other.accountId });
  assertDocumentedError('addMembersToASharedLineGroup', await add(g.id, ids([stranger])), 'userNotFound');
  assert.deepEqual(await memberIds(g.id), []);
});

test('common areas are refused until the sandbox has them', async () => {
  const g = await createGroup(s);
  const a = await addUser(s);
  const res = await add(g.id, ids([a]), { common_area_ids: ['area-9'] });
  assertDocumentedError('addMembersToASharedLineGroup', res, 'error300');
  assert.equal(res.body.message, 'Common area does not exist: area-9.');
  assert.deepEqual(await memberIds(g.id), []);
});

test("only users of the group's site may join it", async () => {
  const [main, denver] = await siteRows(s);
  const g = await createGroup(s, { site_id: main.id });
  const far = await addUser(s, { siteId: denver.id });
  const res = await add(g.id, ids([far]));
  assertDocumentedError('addMembersToASharedLineGroup', res, 'error300');
  assert.equal(res.body.message, `Member ${far} does not belong to the site of the shared line group.`);
  assert.deepEqual(await memberIds(g.id), []);
});

test('a member who moves to another site leaves the group; one who stays keeps it', async () => {
  const [main, denver] = await siteRows(s);
  const g = await createGroup(s, { site_id: main.id });
  const [a, b] = [await addUser(s), await addUser(s)];
  await add(g.id, ids([a, b]));
  const move = await s.api('PATCH', `/phone/users/${a}`, { body: { site_id: denver.id, extension_number: `${denver.site_code}913` } });
  assert.equal(move.status, 204, JSON.stringify(move.body));
  assert.deepEqual(await memberIds(g.id), [b]);
});

test('a member whose extension leaves the directory leaves the group', async () => {
  const g = await createGroup(s);
  const [a, b] = [await addUser(s), await addUser(s)];
  await add(g.id, ids([a, b]));
  await s.sandbox.db.transaction().execute((trx) => releaseExtensions(trx, DEMO, a, 'user'));
  assert.deepEqual(await memberIds(g.id), [b]);
});

test('unassigning one member, then all of them; an unknown member or group is refused', async () => {
  const g = await createGroup(s);
  const [a, b, c] = [await addUser(s), await addUser(s), await addUser(s)];
  await add(g.id, ids([a, b, c]));
  const one = await s.api('DELETE', `/phone/shared_line_groups/${g.id}/members/${b}`);
  assertContract('unassignAMemberFromASharedLineGroup', one);
  assert.deepEqual(await memberIds(g.id), [a, c]);
  const again = await s.api('DELETE', `/phone/shared_line_groups/${g.id}/members/${b}`);
  assertDocumentedError('unassignAMemberFromASharedLineGroup', again, 'error300');
  assert.equal(again.body.message, `Member ${b} is not a member of the shared line group.`);
  const all = await s.api('DELETE', `/phone/shared_line_groups/${g.id}/members`);
  assertContract('unassignMembersFromASharedLineGroup', all);
  assert.deepEqual(await memberIds(g.id), []);
  // Unassigning all of none is no error.
  assertContract('unassignMembersFromASharedLineGroup', await s.api('DELETE', `/phone/shared_line_groups/${g.id}/members`));

  const missing = 'no-such-group';
  for (const [op, res] of [
    ['addMembersToASharedLineGroup', await add(missing, ids([a]))],
    ['unassignMembersFromASharedLineGroup', await s.api('DELETE', `/phone/shared_line_groups/${missing}/members`)],
    ['unassignAMemberFromASharedLineGroup', await s.api('DELETE', `/phone/shared_line_groups/${missing}/members/${a}`)],
  ] as const) {
    assertDocumentedError(op, res, 'error300');
    assert.equal(res.body.message, `Shared line group does not exist: ${missing}.`);
  }
});

test('another account neither adds to nor removes from the groups', async () => {
  const g = await createGroup(s);
  const a = await addUser(s);
  await add(g.id, ids([a]));
  const other = await otherAccount(s, 'slg-members-other-2');
  assertDocumentedError('addMembersToASharedLineGroup', await add(g.id, ids([a]), {}, other.token), 'error300');
  assertDocumentedError('unassignMembersFromASharedLineGroup', await s.api('DELETE', `/phone/shared_line_groups/${g.id}/members`, { token: other.token }), 'error300');
  assert.deepEqual(await memberIds(g.id), [a]);
});

test('concurrent adds of one user to one group: it joins once', async () => {
  const g = await createGroup(s);
  const a = await addUser(s);
  const results = await Promise.all(Array.from({ length: 8 }, () => add(g.id, ids([a]))));
  for (const r of results) assertContract('addMembersToASharedLineGroup', r);
  assert.deepEqual(await memberIds(g.id), [a]);
});
