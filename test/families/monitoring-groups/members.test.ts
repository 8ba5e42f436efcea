// A monitoring group's members through the HTTP API: extensions of the account's
// directory added as monitors or monitored (of the kinds the group's type takes),
// each once in a group, monitored by one group of a type, at most 100 of each;
// listed as the directory shows them, removed one by one or all of a role, and
// gone from every group when their extension leaves the directory.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { ADDRESS, tokenFor } from '../../support/org.ts';
import { releaseExtensions } from '../../../src/families/extensions/public.ts';
import { calls, DEMO, directoryEntry, extensionsOf, mainSite, newUserExtension, rowsOf, type Role } from './fixtures.ts';

let s: TestServer;
let api: ReturnType<typeof calls>;
let site: string;
before(async () => {
  s = await startServer();
  api = calls(s);
  site = (await mainSite(s)).id;
});
after(() => s.close());

async function newGroup(type = 1, name = 'Team'): Promise<string> {
  const res = await api.create({ name, type, site_id: site, monitoring_privileges: ['listen'] });
  assertContract('createAMonitoringGroup', res);
  return res.body.id;
}

async function added(groupId: string, role: Role, ids: string[]): Promise<void> {
  assertContract('addMembersToAMonitoringGroup', await api.add(groupId, role, ids));
}

async function members(groupId: string, role: Role, query: Record<string, string | number> = {}) {
  const res = await api.members(groupId, { member_type: role, page_size: 300, ...query });
  assertContract('getMembersOfAMonitoringGroup', res);
  return res.body;
}

const idsOf = async (groupId: string, role: Role) => (await members(groupId, role)).members.map((m: any) => m.extension_id);

async function counts(groupId: string) {
  const res = await api.get(groupId);
  assertContract('getMonitoringGroupById', res);
  return [res.body.monitor_members_count, res.body.monitored_members_count];
}

const users = (n: number) => Promise.all(Array.from({ length: n }, () => newUserExtension(s)));

test('monitors and monitored are added and listed as the directory shows them', async () => {
  const group = await newGroup(1, 'Reception');
  const [lead, agent] = await users(2);
  const phone = await directoryEntry(s, 'commonArea');
  await added(group, 'monitor', [lead]);
  await added(group, 'monitored', [agent, phone]);
  const queues = await newGroup(2, 'Queue Watch');
  const queue = await directoryEntry(s, 'callQueue');
  const monitors = await members(group, 'monitor');
  const directory = new Map((await s.sandbox.db.selectFrom('extensions').selectAll().where('account_id', '=', DEMO).execute()).map((e) => [e.id, e]));
  const shown = (id: string, type: string) => ({ display_name: directory.get(id)!.name, extension_id: id, extension_number: Number(directory.get(id)!.extension_number), extension_type: type });
  assert.deepEqual(monitors, { members: [shown(lead, 'user')], next_page_token: '', page_size: 300, total_records: 1 });
  assert.deepEqual((await members(group, 'monitored')).members, [shown(agent, 'user'), shown(phone, 'common_area_phone')]);
  assert.deepEqual(await counts(group), [1, 2]);
  // The list shows 30 a page by default.
  const res = await api.members(group, { member_type: 'monitored' });
  assertContract('getMembersOfAMonitoringGroup', res);
  assert.equal(res.body.page_size, 30);
  // A call queue group monitors call queues.
  await added(queues, 'monitor', [lead]);
  await added(queues, 'monitored', [queue]);
  assert.deepEqual((await members(queues, 'monitored')).members, [shown(queue, 'call_queue')]);
  // An empty list adds nothing.
  await added(group, 'monitor', []);
  assert.deepEqual(await counts(group), [1, 2]);
});

test("Missing 'member_type': left out, or neither monitor nor monitored", async () => {
  const [demo] = (await api.list()).body.monitoring_groups;
  assertDocumentedError('getMembersOfAMonitoringGroup', await api.members(demo.id, {}), 'missingMemberType');
  assertDocumentedError('getMembersOfAMonitoringGroup', await api.members(demo.id, { member_type: 'supervisor' }), 'missingMemberType');
  // The writes refuse it as the schema does.
  const [ext] = await users(1);
  assertUndocumentedError(await api.add(demo.id, undefined, [ext]), 400, 300, 'Validation Failed.');
  assertUndocumentedError(await api.removeAll(demo.id, undefined), 400, 300, 'Validation Failed.');
  assert.deepEqual(await counts(demo.id), [1, 2]);
});

test('an extension is in a group once, in one role: a second add is refused and nothing changes', async () => {
  const group = await newGroup();
  const [a, b, c] = await users(3);
  await added(group, 'monitor', [a]);
  // Named twice in one request, it is added once.
  await added(group, 'monitored', [b, b]);
  assert.deepEqual(await idsOf(group, 'monitored'), [b]);
  const before = await rowsOf(s, 'monitoring_group_members');
  for (const [role, ids] of [['monitor', [c, a]], ['monitored', [a]], ['monitor', [b]], ['monitored', [c, b]]] as const) {
    const res = await api.add(group, role, [...ids]);
    assertDocumentedError('addMembersToAMonitoringGroup', res, 'cannotCreateGroupMemberTypeMember');
    assert.equal(res.body.message, "Cannot create group. 'member_type' member(s) already exist(s) in current monitoring group.");
  }
  assert.deepEqual(await rowsOf(s, 'monitoring_group_members'), before);
});

test('an extension is monitored by one group of a type; a monitor may serve many groups', async () => {
  const [first, second, calls2] = [await newGroup(1, 'East'), await newGroup(1, 'West'), await newGroup(2, 'Queues')];
  const [lead, agent, other] = await users(3);
  const queue = await directoryEntry(s, 'callQueue');
  await added(first, 'monitored', [agent]);
  await added(calls2, 'monitored', [queue]);
  const before = await rowsOf(s, 'monitoring_group_members');
  const res = await api.add(second, 'monitored', [other, agent]);
  assertDocumentedError('addMembersToAMonitoringGroup', res, 'cannotCreateGroupMemberTypeMember409');
  assert.equal(res.body.message, "Cannot create group. 'member_type' member(s) already exist(s) in other monitoring group.");
  const queues2 = await newGroup(2, 'More Queues');
  assertDocumentedError('addMembersToAMonitoringGroup', await api.add(queues2, 'monitored', [queue]), 'cannotCreateGroupMemberTypeMember409');
  assert.deepEqual(await rowsOf(s, 'monitoring_group_members'), before);
  // Monitors are not exclusive: one lead monitors every group, and the monitored agent monitors another group.
  for (const g of [first, second, calls2, queues2]) await added(g, 'monitor', [lead]);
  await added(second, 'monitor', [agent]);
  // Once removed from the first group, the agent may be monitored by the second.
  assertContract('removeAMemberFromAMonitoringGroup', await api.removeOne(first, agent, 'monitored'));
  await added(second, 'monitored', [other]);
  assertDocumentedError('addMembersToAMonitoringGroup', await api.add(second, 'monitored', [agent]), 'cannotCreateGroupMemberTypeMember');
  await added(first, 'monitored', [agent]);
});

test('a group takes at most 100 monitors and 100 monitored', async () => {
  const group = await newGroup(1, 'Call Center');
  const people = await users(101);
  const before = await rowsOf(s, 'monitoring_group_members');
  // 101 at once is past the limit, and nothing is added.
  assertDocumentedError('addMembersToAMonitoringGroup', await api.add(group, 'monitor', people), 'maximumNumberOfMonitorsIs100');
  assert.deepEqual(await rowsOf(s, 'monitoring_group_members'), before);
  // 100 monitors (in two requests) is the limit; one more is refused.
  await added(group, 'monitor', people.slice(0, 60));
  await added(group, 'monitor', people.slice(60, 100));
  const res = await api.add(group, 'monitor', [people[100]]);
  assertDocumentedError('addMembersToAMonitoringGroup', res, 'maximumNumberOfMonitorsIs100');
  assert.equal(res.body.message, 'The maximum number of monitors is 100.');
  // The monitored of another group: the same 100 people, and one more refused.
  const watched = await newGroup(1, 'Watched');
  await added(watched, 'monitored', people.slice(0, 99));
  await added(watched, 'monitored', [people[99]]);
  const more = await api.add(watched, 'monitored', [people[100]]);
  assertDocumentedError('addMembersToAMonitoringGroup', more, 'maximumNumberOfMonitoredIs100');
  assert.equal(more.body.message, 'The maximum number of monitored is 100.');
  assert.deepEqual(await counts(group), [100, 0]);
  assert.deepEqual(await counts(watched), [0, 100]);
  // The members list pages through them: 30 a page by default.
  const first = await api.members(group, { member_type: 'monitor' });
  assertContract('getMembersOfAMonitoringGroup', first);
  assert.deepEqual([first.body.members.length, first.body.total_records], [30, 100]);
  const seen = [...first.body.members];
  for (let token = first.body.next_page_token; token; ) {
    const next = await api.members(group, { member_type: 'monitor', next_page_token: token });
    assertContract('getMembersOfAMonitoringGroup', next);
    seen.push(...next.body.members);
    token = next.body.next_page_token;
  }
  assert.deepEqual(seen.map((m) => m.extension_id), people.slice(0, 100));
  assertDocumentedError('getMembersOfAMonitoringGroup', await api.members(group, { member_type: 'monitored', next_page_token: first.body.next_page_token }), 'nextPageTokenIsInvalidOr');
  // One removed makes room for one.
  assertContract('removeAMemberFromAMonitoringGroup', await api.removeOne(group, people[0]));
  await added(group, 'monitor', [people[100]]);
});

test("an extension that is not the account's, or of a kind the type does not take in that role, is refused, and nothing changes", async () => {
  const token = await tokenFor(s, 'mg-other-members', true);
  const site2 = await s.api('POST', '/phone/sites', { token, body: { name: 'Their Main', auto_receptionist_name: 'Their Desk', default_emergency_address: ADDRESS } });
  assert.equal(site2.status, 201, JSON.stringify(site2.body));
  const theirGroup = await api.create({ name: 'Theirs', type: 1, site_id: site2.body.id }, token);
  assertContract('createAMonitoringGroup', theirGroup);
  const [mine] = await users(1);
  const theirs = await newUserExtension(s, 'mg-other-members');
  const receptionist = (await extensionsOf(s, 'autoReceptionist'))[0].id;
  const queue = await directoryEntry(s, 'callQueue');
  const common = await directoryEntry(s, 'commonArea');
  const [users1, queues2, lines3] = [await newGroup(1), await newGroup(2), await newGroup(3)];
  const before = await rowsOf(s, 'monitoring_group_members');
  for (const id of ['no-such-extension', theirs]) {
    assertUndocumentedError(await api.add(users1, 'monitor', [mine, id]), 400, 400, `Member does not exist: ${id}.`);
  }
  // The other account does not reach the account's extensions either.
  assertUndocumentedError(await api.add(theirGroup.body.id, 'monitor', [mine], token), 400, 400, `Member does not exist: ${mine}.`);
  const refused: [string, Role, string, string][] = [
    [users1, 'monitor', receptionist, 'Users & Common Areas'],
    [users1, 'monitored', receptionist, 'Users & Common Areas'],
    [users1, 'monitored', queue, 'Users & Common Areas'],
    [users1, 'monitor', common, 'Users & Common Areas'],
    [queues2, 'monitored', mine, 'Call Queues'],
    [queues2, 'monitor', queue, 'Call Queues'],
    [lines3, 'monitor', mine, 'Shared Line Group'],
    [lines3, 'monitored', mine, 'Shared Line Group'],
  ];
  for (const [group, role, id, typeName] of refused) {
    assertUndocumentedError(await api.add(group, role, [id]), 400, 400, `Extension ${id} cannot be a ${role} member of a ${typeName} monitoring group.`);
  }
  assert.deepEqual(await rowsOf(s, 'monitoring_group_members'), before);
  // Their own user joins their group.
  assertContract('addMembersToAMonitoringGroup', await api.add(theirGroup.body.id, 'monitor', [theirs], token));
});

test('one member is removed, in its role or whichever it has; all of a role go at once', async () => {
  const group = await newGroup();
  const [lead, deputy, a, b] = await users(4);
  await added(group, 'monitor', [lead, deputy]);
  await added(group, 'monitored', [a, b]);
  // In another role than it has, or not a member at all, it is not there to remove.
  for (const [id, role] of [[lead, 'monitored'], [a, 'monitor'], ['no-such-extension', undefined]] as const) {
    assertUndocumentedError(await api.removeOne(group, id, role), 400, 404, `The member does not exist in the monitoring group: ${id}.`);
  }
  assertContract('removeAMemberFromAMonitoringGroup', await api.removeOne(group, lead, 'monitor'));
  assertContract('removeAMemberFromAMonitoringGroup', await api.removeOne(group, a));
  assert.deepEqual([await idsOf(group, 'monitor'), await idsOf(group, 'monitored')], [[deputy], [b]]);
  const res = await api.removeAll(group, 'monitored');
  assertContract('removeAllMonitorsOrMonitoredMembersFromAMonitoringGroup', res);
  assert.deepEqual([await idsOf(group, 'monitor'), await idsOf(group, 'monitored')], [[deputy], []]);
  assert.deepEqual(await counts(group), [1, 0]);
  assertContract('removeAllMonitorsOrMonitoredMembersFromAMonitoringGroup', await api.removeAll(group, 'monitor'));
  assertContract('removeAllMonitorsOrMonitoredMembersFromAMonitoringGroup', await api.removeAll(group, 'monitor'));
  assert.deepEqual(await counts(group), [0, 0]);
  // The demo group keeps its members.
  const [demo] = (await api.list()).body.monitoring_groups;
  assert.deepEqual([demo.monitor_members_count, demo.monitored_members_count], [1, 2]);
});

test('members leave every group when their extension leaves the directory', async () => {
  const [east, west] = [await newGroup(1, 'East'), await newGroup(1, 'West')];
  const [leaving, staying] = await users(2);
  await added(east, 'monitor', [leaving, staying]);
  await added(west, 'monitored', [leaving]);
  const owner = (await s.sandbox.db.selectFrom('extensions').select('owner_id').where('id', '=', leaving).executeTakeFirstOrThrow()).owner_id;
  await s.sandbox.db.transaction().execute((trx) => releaseExtensions(trx, DEMO, owner, 'user'));
  assert.deepEqual(await idsOf(east, 'monitor'), [staying]);
  assert.deepEqual(await idsOf(west, 'monitored'), []);
  assert.deepEqual([await counts(east), await counts(west)], [[1, 0], [0, 0]]);
  assert.deepEqual((await rowsOf(s, 'monitoring_group_members')).filter((m) => m.extension_id === leaving), []);
  // Gone from the directory, it cannot join again.
  assertUndocumentedError(await api.add(west, 'monitored', [leaving]), 400, 400, `Member does not exist: ${leaving}.`);
});
