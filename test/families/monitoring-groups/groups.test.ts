// Monitoring groups through the HTTP API: made, shown, listed, changed and
// deleted; the documented refusals change nothing; another account sees none of
// them; a site's deletion moves its groups to the transfer site.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { ADDRESS, sites, tokenFor } from '../../support/org.ts';
import { calls, extensionsOf, mainSite, newUserExtension, rowsOf } from './fixtures.ts';

let s: TestServer;
let api: ReturnType<typeof calls>;
let main: { id: string; name: string };
let other: { id: string; name: string };
before(async () => {
  s = await startServer();
  api = calls(s);
  const all = await sites(s);
  main = all.find((x) => x.main_site)!;
  other = all.find((x) => !x.main_site)!;
});
after(() => s.close());

const group = (over: Record<string, unknown> = {}) => ({ name: 'Support Floor', type: 1, site_id: main.id, monitoring_privileges: ['listen'], prompt: true, ...over });

async function created(body: Record<string, unknown>): Promise<string> {
  const res = await api.create(body);
  assertContract('createAMonitoringGroup', res);
  return res.body.id;
}

async function shown(id: string) {
  const res = await api.get(id);
  assertContract('getMonitoringGroupById', res);
  return res.body;
}

async function listed(query: Record<string, string | number> = {}) {
  const res = await api.list({ page_size: 300, ...query });
  assertContract('getAListOfMonitoringGroupsOnAnAccount', res);
  return res.body;
}

test('the demo account has one monitoring group: a user of the main site monitors two others', async () => {
  const res = await api.list();
  assertContract('getAListOfMonitoringGroupsOnAnAccount', res);
  assert.equal(res.body.page_size, 30);
  assert.equal(res.body.total_records, 1);
  assert.equal(res.body.next_page_token, '');
  const [demo] = res.body.monitoring_groups;
  assert.deepEqual(demo, {
    id: demo.id, monitor_members_count: 1, monitored_members_count: 2, monitoring_privileges: ['listen', 'whisper'], name: 'Front Desk Coaching', prompt: true,
    site: { id: main.id, name: main.name }, type: 1,
  });
  assert.deepEqual(await shown(demo.id), demo);
  const users = await extensionsOf(s, 'user');
  const monitors = await api.members(demo.id, { member_type: 'monitor' });
  assertContract('getMembersOfAMonitoringGroup', monitors);
  assert.deepEqual(monitors.body.members, [{ display_name: 'Ada Lovelace', extension_id: users[0].id, extension_number: 101, extension_type: 'user' }]);
  const monitored = await api.members(demo.id, { member_type: 'monitored' });
  assertContract('getMembersOfAMonitoringGroup', monitored);
  assert.deepEqual(monitored.body.members.map((m: any) => m.display_name), ['Grace Hopper', 'Barbara Liskov']);
});

test("a created group is shown and listed as it was made, its privileges each once in the documents' order", async () => {
  const res = await api.create(group({ name: '  Sales Coaching ', type: 2, site_id: other.id, monitoring_privileges: ['take_over', 'listen', 'barge', 'listen'], prompt: false }));
  assertContract('createAMonitoringGroup', res);
  assert.deepEqual(Object.keys(res.body).sort(), ['id', 'name']);
  assert.equal(res.body.name, 'Sales Coaching');
  const body = await shown(res.body.id);
  assert.deepEqual(body, {
    id: res.body.id, monitor_members_count: 0, monitored_members_count: 0, monitoring_privileges: ['listen', 'barge', 'take_over'], name: 'Sales Coaching', prompt: false,
    site: { id: other.id, name: other.name }, type: 2,
  });
  // Left out: no privileges, no prompt.
  const bare = await created({ name: 'Bare', type: 3, site_id: main.id });
  const b = await shown(bare);
  assert.deepEqual([b.monitoring_privileges, b.prompt, b.type], [[], false, 3]);
  // The list filters by type and site.
  assert.deepEqual((await listed({ type: 2 })).monitoring_groups.map((g: any) => g.id), [res.body.id]);
  assert.deepEqual((await listed({ site_id: other.id })).monitoring_groups.map((g: any) => g.id), [res.body.id]);
  assert.deepEqual((await listed({ type: 3, site_id: other.id })).monitoring_groups, []);
  assert.equal((await listed({ type: 4 })).total_records, 0);
  assert.equal((await listed({ site_id: 'no-such-site' })).total_records, 0);
  assertUndocumentedError(await api.list({ type: 5 }), 400, 300, 'Validation Failed.');
});

test('create refuses a missing name, type or site, a type past 3 and an unknown privilege, and changes nothing', async () => {
  const before = await rowsOf(s, 'monitoring_groups');
  const { name: _n, ...noName } = group();
  const { type: _t, ...noType } = group();
  const { site_id: _s, ...noSite } = group();
  assertDocumentedError('createAMonitoringGroup', await api.create(noName), 'nameIsRequired');
  assertDocumentedError('createAMonitoringGroup', await api.create(group({ name: '   ' })), 'nameIsRequired');
  assertDocumentedError('createAMonitoringGroup', await api.create({}), 'nameIsRequired');
  assertDocumentedError('createAMonitoringGroup', await api.create(noType), 'typeIsRequired');
  assertDocumentedError('createAMonitoringGroup', await api.create(noSite), 'siteIdIsRequired');
  assertDocumentedError('createAMonitoringGroup', await api.create(group({ site_id: ' ' })), 'siteIdIsRequired');
  // A Shared Line Appearance group (4) is not made here, and 5 is no type.
  for (const type of [4, 5, 0]) {
    const res = await api.create(group({ type }));
    assertDocumentedError('createAMonitoringGroup', res, 'typeShouldBe12Or');
    assert.equal(res.body.message, 'Type should be `1`, `2`, or `3`.');
  }
  assertDocumentedError('createAMonitoringGroup', await api.create(group({ monitoring_privileges: ['listen', 'spy'] })), 'privilegeDoesNotExist');
  assertUndocumentedError(await api.create(group({ site_id: 'no-such-site' })), 400, 300, 'Site does not exist: no-such-site.');
  assert.deepEqual(await rowsOf(s, 'monitoring_groups'), before);
});

test('update changes what it is given and keeps the rest; the type stays', async () => {
  const id = await created(group({ name: 'Escalations', monitoring_privileges: ['listen', 'whisper'] }));
  const res = await api.update(id, { name: 'Escalations West', site_id: other.id });
  assertContract('updateAMonitoringGroup', res);
  let body = await shown(id);
  assert.deepEqual([body.name, body.site, body.monitoring_privileges, body.prompt, body.type], ['Escalations West', { id: other.id, name: other.name }, ['listen', 'whisper'], true, 1]);
  assertContract('updateAMonitoringGroup', await api.update(id, { monitoring_privileges: ['whisper', 'take_over'], prompt: false }));
  body = await shown(id);
  assert.deepEqual([body.name, body.monitoring_privileges, body.prompt], ['Escalations West', ['whisper', 'take_over'], false]);
  // No privileges at all is a set too; an empty body changes nothing.
  assertContract('updateAMonitoringGroup', await api.update(id, { monitoring_privileges: [] }));
  assert.deepEqual((await shown(id)).monitoring_privileges, []);
  assertContract('updateAMonitoringGroup', await api.update(id, {}));
  assert.deepEqual(await shown(id), { ...body, monitoring_privileges: [] });
  // The type is not a field of the update: it stays what the group was made with.
  assertContract('updateAMonitoringGroup', await api.update(id, { type: 2 }));
  assert.equal((await shown(id)).type, 1);
});

test('update refuses an unknown privilege, an empty name and an unknown site or group, and changes nothing', async () => {
  const id = await created(group({ name: 'Night Shift' }));
  const before = await rowsOf(s, 'monitoring_groups');
  assertDocumentedError('updateAMonitoringGroup', await api.update(id, { name: 'Renamed', monitoring_privileges: ['eavesdrop'] }), 'privilegeDoesNotExist');
  assertUndocumentedError(await api.update(id, { name: ' ', prompt: false }), 400, 300, 'Name is required.');
  assertUndocumentedError(await api.update(id, { name: 'Renamed', site_id: 'no-such-site' }), 400, 300, 'Site does not exist: no-such-site.');
  assertDocumentedError('updateAMonitoringGroup', await api.update('no-such-group', { name: 'Renamed' }), 'groupDoesNotExist');
  assert.deepEqual(await rowsOf(s, 'monitoring_groups'), before);
});

test('a deleted group is gone with its members; a deleted or unknown group "does not exist" for every operation', async () => {
  const id = await created(group({ name: 'Short Lived' }));
  const extension = await newUserExtension(s);
  assertContract('addMembersToAMonitoringGroup', await api.add(id, 'monitor', [extension]));
  const res = await api.remove(id);
  assertContract('deleteAMonitoringGroup', res);
  assert.deepEqual((await rowsOf(s, 'monitoring_group_members')).filter((m) => m.group_id === id), []);
  assert.equal((await listed()).monitoring_groups.some((g: any) => g.id === id), false);
  for (const gone of [id, 'no-such-group']) {
    assertDocumentedError('getMonitoringGroupById', await api.get(gone), 'groupDoesNotExist');
    assertDocumentedError('deleteAMonitoringGroup', await api.remove(gone), 'groupDoesNotExist');
    assertDocumentedError('updateAMonitoringGroup', await api.update(gone, { prompt: true }), 'groupDoesNotExist');
    assertDocumentedError('addMembersToAMonitoringGroup', await api.add(gone, 'monitor', [extension]), 'groupDoesNotExist');
    assertDocumentedError('removeAllMonitorsOrMonitoredMembersFromAMonitoringGroup', await api.removeAll(gone, 'monitor'), 'groupDoesNotExist');
    assertDocumentedError('removeAMemberFromAMonitoringGroup', await api.removeOne(gone, extension), 'groupDoesNotExist');
    assertUndocumentedError(await api.members(gone, { member_type: 'monitor' }), 400, 404, 'The group does not exist.');
  }
  // The extension is free to join another group as a monitor again.
  const next = await created(group({ name: 'Long Lived' }));
  assertContract('addMembersToAMonitoringGroup', await api.add(next, 'monitor', [extension]));
});

test("another account neither sees nor changes the account's groups", async () => {
  const token = await tokenFor(s, 'mg-other-groups', true);
  const [demo] = (await listed()).monitoring_groups;
  const before = { groups: await rowsOf(s, 'monitoring_groups'), members: await rowsOf(s, 'monitoring_group_members') };
  const theirs = await api.list({}, token);
  assertContract('getAListOfMonitoringGroupsOnAnAccount', theirs);
  assert.deepEqual([theirs.body.monitoring_groups, theirs.body.total_records], [[], 0]);
  const users = await extensionsOf(s, 'user');
  assertDocumentedError('getMonitoringGroupById', await api.get(demo.id, token), 'groupDoesNotExist');
  assertDocumentedError('updateAMonitoringGroup', await api.update(demo.id, { name: 'Mine now' }, token), 'groupDoesNotExist');
  assertDocumentedError('deleteAMonitoringGroup', await api.remove(demo.id, token), 'groupDoesNotExist');
  assertDocumentedError('addMembersToAMonitoringGroup', await api.add(demo.id, 'monitor', [users[3].id], token), 'groupDoesNotExist');
  assertDocumentedError('removeAllMonitorsOrMonitoredMembersFromAMonitoringGroup', await api.removeAll(demo.id, 'monitored', token), 'groupDoesNotExist');
  assertDocumentedError('removeAMemberFromAMonitoringGroup', await api.removeOne(demo.id, users[0].id, undefined, token), 'groupDoesNotExist');
  assertUndocumentedError(await api.members(demo.id, { member_type: 'monitor' }, token), 400, 404, 'The group does not exist.');
  // Nor does it put a group on the account's site.
  assertUndocumentedError(await api.create(group(), token), 400, 300, `Site does not exist: ${main.id}.`);
  assert.deepEqual({ groups: await rowsOf(s, 'monitoring_groups'), members: await rowsOf(s, 'monitoring_group_members') }, before);
});

test("a site's deletion moves its groups, with their members, to the transfer site", async () => {
  const site = await s.api('POST', '/phone/sites', { body: { name: 'Monitoring Annex', auto_receptionist_name: 'Annex Desk', default_emergency_address: ADDRESS } });
  assert.equal(site.status, 201, JSON.stringify(site.body));
  const id = await created(group({ name: 'Annex Coaching', site_id: site.body.id }));
  const stay = await created(group({ name: 'Main Coaching' }));
  const extension = await newUserExtension(s);
  assertContract('addMembersToAMonitoringGroup', await api.add(id, 'monitored', [extension]));
  assert.deepEqual((await shown(id)).site, { id: site.body.id, name: 'Monitoring Annex' });
  const del = await s.api('DELETE', `/phone/sites/${site.body.id}`, { query: { transfer_site_id: main.id } });
  assert.equal(del.status, 204, JSON.stringify(del.body));
  const moved = await shown(id);
  assert.deepEqual([moved.site, moved.monitored_members_count], [{ id: main.id, name: main.name }, 1]);
  assert.deepEqual((await shown(stay)).site, { id: main.id, name: main.name });
  assert.equal((await listed({ site_id: site.body.id })).total_records, 0);
});

test('the list shows 30 a page unless asked, at most 300, and pages by next_page_token', async () => {
  const site = (await mainSite(s)).id;
  const total = (await listed()).total_records;
  for (let i = 0; i < 31 - total; i++) await created(group({ name: `Paging ${i}`, site_id: site }));
  const first = await api.list();
  assertContract('getAListOfMonitoringGroupsOnAnAccount', first);
  assert.deepEqual([first.body.monitoring_groups.length, first.body.total_records], [30, 31]);
  assert.notEqual(first.body.next_page_token, '');
  const second = await api.list({ next_page_token: first.body.next_page_token });
  assertContract('getAListOfMonitoringGroupsOnAnAccount', second);
  assert.equal(second.body.monitoring_groups.length, 1);
  assert.equal(second.body.next_page_token, '');
  const ids = [...first.body.monitoring_groups, ...second.body.monitoring_groups].map((g: any) => g.id);
  assert.equal(new Set(ids).size, 31);
  assertUndocumentedError(await api.list({ page_size: 301 }), 400, 300, 'Validation Failed.');
  // A token of one filter is not another's.
  const typed = await api.list({ type: 1, page_size: 1 });
  assertDocumentedError('getAListOfMonitoringGroupsOnAnAccount', await api.list({ type: 2, page_size: 1, next_page_token: typed.body.next_page_token }), 'nextPageTokenIsInvalidOr');
});
