// Shared line group members under concurrent adds: "a member can only be added to
// one shared line group", and a member is in its group once, whatever the number of
// clients adding it at the same time — decided by the database (the group's lock
// and the unique index), never a 500.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../support/server.ts';
import { assertContract, assertDocumentedError } from '../support/contract.ts';
import { addUser, tally, together } from './support.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

const mainSiteId = async () =>
  (await s.sandbox.db.selectFrom('sites').select('id').where('main_site', '=', 1).orderBy('seq').executeTakeFirstOrThrow()).id;

async function createGroup(name: string): Promise<string> {
  const res = await s.api('POST', '/phone/shared_line_groups', { body: { display_name: name } });
  assertContract('createASharedLineGroup', res);
  return res.body.id;
}

const add = (groupId: string, userIds: string[]) =>
  s.api('POST', `/phone/shared_line_groups/${groupId}/members`, { body: { members: { users: userIds.map((id) => ({ id })) } } });

const members = async (groupId: string) => (await s.api('GET', `/phone/shared_line_groups/${groupId}`)).body.members.users.map((u: { id: string }) => u.id);

test('20 parallel adds of one user to one group: every answer is 201 and it joins once', async () => {
  const siteId = await mainSiteId();
  const group = await createGroup('Race One');
  const user = await addUser(s, { siteId });
  const answers = await together(20, () => add(group, [user]));
  assert.deepEqual(tally(answers), { 201: 20 }, JSON.stringify(answers.filter((a) => a.status !== 201).map((a) => a.body).slice(0, 2)));
  assert.deepEqual(await members(group), [user]);
});

test('10 parallel adds of one user to 10 groups: one group gets it, the others are refused', async () => {
  const siteId = await mainSiteId();
  const groups: string[] = [];
  for (let i = 0; i < 10; i++) groups.push(await createGroup(`Race Many ${i}`));
  const user = await addUser(s, { siteId });
  const answers = await together(10, (i) => add(groups[i], [user]));
  assert.deepEqual(tally(answers), { 201: 1, 400: 9 }, JSON.stringify(answers.filter((a) => a.status >= 500).map((a) => a.body).slice(0, 2)));
  for (const a of answers.filter((x) => x.status === 400)) assertDocumentedError('addMembersToASharedLineGroup', a, 'error300');
  let holders = 0;
  for (const g of groups) holders += (await members(g)).length;
  assert.equal(holders, 1);
});

test('20 parallel adds of different users to one group: all of them join, none lost', async () => {
  const siteId = await mainSiteId();
  const group = await createGroup('Race Crowd');
  const users: string[] = [];
  for (let i = 0; i < 20; i++) users.push(await addUser(s, { siteId }));
  const answers = await together(20, (i) => add(group, [users[i]]));
  assert.deepEqual(tally(answers), { 201: 20 });
  assert.deepEqual([...(await members(group))].sort(), [...users].sort());
});
