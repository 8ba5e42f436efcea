// Call pickup groups written at the same time: the database decides who of two
// writers of one number or one membership wins, and nothing is left hanging on a
// group, an extension or a site deleted meanwhile. On PostgreSQL the requests
// really run side by side; on SQLite one after another.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type ApiResponse, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError } from '../../support/contract.ts';
import { ADDRESS, addUser } from '../../support/org.ts';
import { releaseExtensions } from '../../../src/families/extensions/public.ts';
import { calls, DEMO, demo, extensionOf } from './fixtures.ts';

let s: TestServer;
let api: ReturnType<typeof calls>;
let d: Awaited<ReturnType<typeof demo>>;
before(async () => {
  s = await startServer();
  api = calls(s);
  d = await demo(s);
});
after(() => s.close());

const together = (count: number, request: (i: number) => Promise<ApiResponse>) => Promise.all(Array.from({ length: count }, (_, i) => request(i)));

test('of concurrent creates with one extension number, one wins and the others are refused', async () => {
  const answers = await together(8, (i) => api.add({ display_name: `Racer ${i}`, site_id: d.main.id, extension_number: 444 }));
  const won = answers.filter((r) => r.status === 201);
  assert.equal(won.length, 1, JSON.stringify(answers.map((r) => r.body)));
  assertContract('addAGroupCallPickupObject', won[0]);
  for (const r of answers.filter((x) => x.status !== 201)) {
    assertDocumentedError('addAGroupCallPickupObject', r, 'error300');
    assert.match(r.body.message, /already used by another call pickup group/);
  }
  const groups = (await api.list({ page_size: 300 })).body.group_call_pickup.filter((g: any) => g.extension_number === 444);
  assert.deepEqual(groups.map((g: any) => g.id), [won[0].body.id]);
});

test('of concurrent adds of one member to a group, one wins and the others are refused', async () => {
  const group = (await api.add({ display_name: 'Member race', site_id: d.main.id })).body.id;
  const answers = await together(8, () => api.addMembers(group, { member_extension_ids: [d.users[3].id] }));
  const won = answers.filter((r) => r.status === 201);
  assert.equal(won.length, 1, JSON.stringify(answers.map((r) => r.body)));
  assertContract('addMembersToACallPickupGroup', won[0]);
  for (const r of answers.filter((x) => x.status !== 201)) assertDocumentedError('addMembersToACallPickupGroup', r, 'error300');
  assert.equal((await api.members(group)).body.total_records, 1);
});

test('members added while their group is deleted are not left behind', async () => {
  for (let round = 0; round < 3; round++) {
    const group = (await api.add({ display_name: `Doomed ${round}`, site_id: d.main.id })).body.id;
    const adds = together(d.users.length, (i) => api.addMembers(group, { member_extension_ids: [d.users[i].id] }));
    const [answers, del] = await Promise.all([adds, api.remove(group)]);
    assertContract('deleteGroupCallPickupObjects', del);
    for (const r of answers) {
      if (r.status === 201) assertContract('addMembersToACallPickupGroup', r);
      else assertDocumentedError('addMembersToACallPickupGroup', r, 'groupCallPickupDoesNotExist');
    }
    const left = await s.sandbox.db.selectFrom('call_pickup_group_members').select('extension_id').where('group_id', '=', group).execute();
    assert.deepEqual(left, []);
  }
});

test('members added while their extension leaves the directory do not outlive it', async () => {
  for (let round = 0; round < 3; round++) {
    const userId = await addUser(s);
    const extension = await extensionOf(s, userId);
    const groups: string[] = [];
    for (let i = 0; i < 4; i++) groups.push((await api.add({ display_name: `Release race ${round}.${i}`, site_id: d.main.id })).body.id);
    const adds = together(groups.length, (i) => api.addMembers(groups[i], { member_extension_ids: [extension] }));
    const released = s.sandbox.db.transaction().execute((trx) => releaseExtensions(trx, DEMO, userId, 'user'));
    const [answers] = await Promise.all([adds, released]);
    for (const r of answers) {
      if (r.status === 201) assertContract('addMembersToACallPickupGroup', r);
      else assertDocumentedError('addMembersToACallPickupGroup', r, 'error300');
    }
    const left = await s.sandbox.db.selectFrom('call_pickup_group_members').select('group_id').where('extension_id', '=', extension).execute();
    assert.deepEqual(left, []);
  }
});

test('groups added while their site is deleted end on the transfer site or are refused', async () => {
  for (let round = 0; round < 3; round++) {
    const site = await s.api('POST', '/phone/sites', { body: { name: `Race Site ${round}`, auto_receptionist_name: 'Race Desk', default_emergency_address: ADDRESS } });
    assert.equal(site.status, 201, JSON.stringify(site.body));
    const adds = together(6, (i) => api.add({ display_name: `On race site ${round}.${i}`, site_id: site.body.id }));
    const deleted = s.api('DELETE', `/phone/sites/${site.body.id}`, { query: { transfer_site_id: d.sites[2].id } });
    const [answers, del] = await Promise.all([adds, deleted]);
    assert.equal(del.status, 204, JSON.stringify(del.body));
    for (const r of answers) {
      if (r.status === 201) {
        assertContract('addAGroupCallPickupObject', r);
        assert.equal((await api.get(r.body.id)).body.site.id, d.sites[2].id);
      } else {
        assertDocumentedError('addAGroupCallPickupObject', r, 'error300');
        assert.equal(r.body.message, `Site does not exist: ${site.body.id}.`);
      }
    }
    const stranded = await s.sandbox.db.selectFrom('call_pickup_groups').select('id').where('site_id', '=', site.body.id).execute();
    assert.deepEqual(stranded, []);
  }
});
