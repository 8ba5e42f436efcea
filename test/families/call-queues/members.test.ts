// A queue's members: users of the account, each once, at most MAX_MEMBERS; a
// member whose extension leaves the directory leaves the queue.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { releaseExtensions } from '../../../src/families/extensions/public.ts';
import { MAX_MEMBERS } from '../../../src/families/call-queues/rules.ts';
import { addUser, createQueue, DEMO, otherAccount } from './fixtures.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

const add = (queueId: string, users: string[], token?: string) =>
  s.api('POST', `/phone/call_queues/${queueId}/members`, { token, body: { members: { users: users.map((id) => ({ id })) } } });

const memberIds = async (queueId: string) => {
  const res = await s.api('GET', `/phone/call_queues/${queueId}/members`, { query: { page_size: 300 } });
  assertContract('listCallQueueMembers', res);
  return res.body.call_queue_members.map((m: { id: string }) => m.id);
};

const rows = (queueId: string) => s.sandbox.db.selectFrom('call_queue_members').selectAll().where('queue_id', '=', queueId).execute();

test('members added are listed with the name and extension the directory gives them', async () => {
  const q = await createQueue(s);
  const a = await addUser(s, { name: 'Member A' });
  const b = await addUser(s, { name: 'Member B' });
  const res = await add(q.id, [a, b]);
  assertContract('addMembersToACallQueue', res);
  const list = await s.api('GET', `/phone/call_queues/${q.id}/members`);
  assertContract('listCallQueueMembers', list);
  assert.equal(list.body.total_records, 2);
  assert.deepEqual(list.body.call_queue_members, [
    { id: a, extension_id: `ext-${a}`, name: 'Member A', level: 'user', receive_call: true },
    { id: b, extension_id: `ext-${b}`, name: 'Member B', level: 'user', receive_call: true },
  ]);
  const shown = await s.api('GET', `/phone/call_queues/${q.id}`);
  assert.deepEqual(
    shown.body.members.users.map((u: { id: string; name: string }) => [u.id, u.name]),
    [[a, 'Member A'], [b, 'Member B']],
  );
});

test('a member is in a queue once: adding it again, or twice in one request, keeps one', async () => {
  const q = await createQueue(s);
  const a = await addUser(s);
  assertContract('addMembersToACallQueue', await add(q.id, [a, a]));
  assertContract('addMembersToACallQueue', await add(q.id, [a]));
  assert.deepEqual(await memberIds(q.id), [a]);
});

test('concurrent adds of one user: it joins once', async () => {
  const q = await createQueue(s);
  const a = await addUser(s);
  const results = await Promise.all(Array.from({ length: 8 }, () => add(q.id, [a])));
  for (const r of results) assertContract('addMembersToACallQueue', r);
  assert.equal((await rows(q.id)).length, 1);
});

test('members must be users of the account; unknown ones add nobody', async () => {
  const q = await createQueue(s);
  const a = await addUser(s);
  const res = await add(q.id, [a, 'ghost']);
  assertDocumentedError('addMembersToACallQueue', res, 'userNotFound');
  assert.equal(res.body.message, 'User not found: ghost.');
  const area = await s.api('POST', `/phone/call_queues/${q.id}/members`, { body: { members: { common_area_ids: ['area-1'] } } });
  assertUndocumentedError(area, 400, 404, 'Common area does not exist: area-1.');
  // Another account's user is not one of this account's.
  const other = await otherAccount(s, 'cq-members-other');
  const foreign = await addUser(s, { accountId: other.accountId });
  assertDocumentedError('addMembersToACallQueue', await add(q.id, [foreign]), 'userNotFound');
  assert.deepEqual(await memberIds(q.id), []);
});

test('at most 10 members at a time', async () => {
  const q = await createQueue(s);
  const users = await Promise.all(Array.from({ length: 11 }, () => addUser(s)));
  assertUndocumentedError(await add(q.id, users), 400, 300, 'Validation Failed. Exceeded the maximum number to add members per time.');
  assert.deepEqual(await memberIds(q.id), []);
  assertContract('addMembersToACallQueue', await add(q.id, users.slice(0, 10)));
  assert.equal((await memberIds(q.id)).length, 10);
});

test('a queue has at most 50 members: one past it is refused with the documented error', async () => {
  assert.equal(MAX_MEMBERS, 50);
  const q = await createQueue(s);
  const users = await Promise.all(Array.from({ length: MAX_MEMBERS + 1 }, () => addUser(s)));
  for (let i = 0; i < MAX_MEMBERS; i += 10) assertContract('addMembersToACallQueue', await add(q.id, users.slice(i, Math.min(i + 10, MAX_MEMBERS))));
  assert.equal((await rows(q.id)).length, MAX_MEMBERS);
  const past = await add(q.id, [users[MAX_MEMBERS]]);
  assertDocumentedError('addMembersToACallQueue', past, 'maximumNumberOfCallQueueMembers');
  assert.equal(past.body.message, `The maximum number of Call Queue members is up to ${MAX_MEMBERS}.`);
  // A member already in counts once: adding it again is not past the maximum.
  assertContract('addMembersToACallQueue', await add(q.id, [users[0]]));
  assert.equal((await rows(q.id)).length, MAX_MEMBERS);
});

test('concurrent adds near the maximum never take the queue past it', async () => {
  const q = await createQueue(s);
  const users = await Promise.all(Array.from({ length: MAX_MEMBERS + 5 }, () => addUser(s)));
  for (let i = 0; i < MAX_MEMBERS - 2; i += 10) await add(q.id, users.slice(i, Math.min(i + 10, MAX_MEMBERS - 2)));
  const results = await Promise.all(users.slice(MAX_MEMBERS - 2).map((u) => add(q.id, [u])));
  assert.equal(results.filter((r) => r.status === 201).length, 2);
  for (const r of results.filter((r) => r.status !== 201)) assertDocumentedError('addMembersToACallQueue', r, 'maximumNumberOfCallQueueMembers');
  assert.equal((await rows(q.id)).length, MAX_MEMBERS);
});

test('members of an unknown queue: each operation answers its documented error', async () => {
  const a = await addUser(s);
  assertUndocumentedError(await add('no-queue', [a]), 400, 300, 'Validation Failed. The group does not exist, groupId:no-queue.');
  assertUndocumentedError(await s.api('GET', '/phone/call_queues/no-queue/members'), 404, 13000, 'The Call Queue does not exist, callQueueId:no-queue.');
  const all = await s.api('DELETE', '/phone/call_queues/no-queue/members');
  assertDocumentedError('unassignAllMembers', all, 'validationFailedTheGroupDoesNot');
  const one = await s.api('DELETE', `/phone/call_queues/no-queue/members/${a}`);
  assertDocumentedError('unassignAMember', one, 'validationFailedTheGroupDoesNot');
});

test('a member unassigned leaves the queue; one that is not a member is not found', async () => {
  const q = await createQueue(s);
  const [a, b] = [await addUser(s), await addUser(s)];
  await add(q.id, [a, b]);
  const res = await s.api('DELETE', `/phone/call_queues/${q.id}/members/${a}`);
  assertContract('unassignAMember', res);
  assert.deepEqual(await memberIds(q.id), [b]);
  const again = await s.api('DELETE', `/phone/call_queues/${q.id}/members/${a}`);
  assertUndocumentedError(again, 404, 404, `The member does not exist in the call queue: ${a}.`);
  assert.deepEqual(await memberIds(q.id), [b]);
});

test('the manager cannot be unassigned, and stays when all members are unassigned', async () => {
  // The demo's Sales queue has a manager (no API operation names one).
  const sales = (await s.api('GET', '/phone/call_queues', { query: { department: 'Sales' } })).body.call_queues[0];
  const shown = await s.api('GET', `/phone/call_queues/${sales.id}`);
  const manager = shown.body.members.users.find((u: { level: string }) => u.level === 'manager');
  assert.ok(manager);
  const res = await s.api('DELETE', `/phone/call_queues/${sales.id}/members/${manager.id}`);
  assertDocumentedError('unassignAMember', res, 'unableToDeleteManager');
  const extra = await addUser(s);
  await add(sales.id, [extra]);
  const all = await s.api('DELETE', `/phone/call_queues/${sales.id}/members`);
  assertContract('unassignAllMembers', all);
  assert.deepEqual(await memberIds(sales.id), [manager.id]);
  // There can only be one manager for each call queue: the database refuses a second.
  await assert.rejects(
    s.sandbox.db
      .insertInto('call_queue_members')
      .values({ account_id: DEMO, queue_id: sales.id, member_id: extra, member_type: 'user', extension_id: `ext-${extra}`, level: 'manager', receive_call: 1, created_at: 0 })
      .execute(),
  );
});

test('unassigning all members empties a queue without a manager', async () => {
  const q = await createQueue(s);
  await add(q.id, [await addUser(s), await addUser(s)]);
  assertContract('unassignAllMembers', await s.api('DELETE', `/phone/call_queues/${q.id}/members`));
  assert.deepEqual(await memberIds(q.id), []);
});

test("a member whose extension leaves the directory leaves the queue", async () => {
  const q = await createQueue(s);
  const [a, b] = [await addUser(s), await addUser(s)];
  await add(q.id, [a, b]);
  // As the users family does when a user goes: its extension leaves the directory.
  await s.sandbox.db.transaction().execute((trx) => releaseExtensions(trx, DEMO, a, 'user'));
  assert.deepEqual(await memberIds(q.id), [b]);
});

test('the member list pages by next_page_token', async () => {
  const q = await createQueue(s);
  const users = [await addUser(s), await addUser(s), await addUser(s)];
  await add(q.id, users);
  const first = await s.api('GET', `/phone/call_queues/${q.id}/members`, { query: { page_size: 2 } });
  assertContract('listCallQueueMembers', first);
  assert.deepEqual(first.body.call_queue_members.map((m: { id: string }) => m.id), users.slice(0, 2));
  const second = await s.api('GET', `/phone/call_queues/${q.id}/members`, { query: { page_size: 2, next_page_token: first.body.next_page_token } });
  assert.deepEqual(second.body.call_queue_members.map((m: { id: string }) => m.id), users.slice(2));
  assert.equal(second.body.next_page_token, '');
});

test("another account cannot see or change a queue's members", async () => {
  const q = await createQueue(s);
  const a = await addUser(s);
  await add(q.id, [a]);
  const other = await otherAccount(s, 'cq-members-other-2');
  assert.equal((await s.api('GET', `/phone/call_queues/${q.id}/members`, { token: other.token })).status, 404);
  assertDocumentedError('unassignAllMembers', await s.api('DELETE', `/phone/call_queues/${q.id}/members`, { token: other.token }), 'validationFailedTheGroupDoesNot');
  assert.deepEqual(await memberIds(q.id), [a]);
});
