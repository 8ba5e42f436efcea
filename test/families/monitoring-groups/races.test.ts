// Monitoring group writes at the same time: the database decides who of two
// writers of one membership wins (answered with the documented 409, never a 500),
// adds to one group take turns so that the limits hold, a member added while its
// extension goes does not outlive it, and a group made while its site is deleted
// moves with the site's other records. On PostgreSQL the requests really run side
// by side; on SQLite one after another.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type ApiResponse, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { ADDRESS } from '../../support/org.ts';
import { releaseExtensions } from '../../../src/families/extensions/public.ts';
import { calls, DEMO, mainSite, newUserExtension, rowsOf } from './fixtures.ts';

let s: TestServer;
let api: ReturnType<typeof calls>;
let site: string;
before(async () => {
  s = await startServer();
  api = calls(s);
  site = (await mainSite(s)).id;
});
after(() => s.close());

const together = (count: number, request: (i: number) => Promise<ApiResponse>) => Promise.all(Array.from({ length: count }, (_, i) => request(i)));

async function newGroup(type = 1, name = 'Race'): Promise<string> {
  const res = await api.create({ name, type, site_id: site });
  assertContract('createAMonitoringGroup', res);
  return res.body.id;
}

test('of concurrent adds of one extension to a group, in either role, one wins and the others are told it is there', async () => {
  const group = await newGroup();
  const ext = await newUserExtension(s);
  const answers = await together(10, (i) => api.add(group, i % 2 ? 'monitor' : 'monitored', [ext]));
  const won = answers.filter((r) => r.status === 201);
  assert.equal(won.length, 1, JSON.stringify(answers.map((r) => r.body)));
  for (const r of won) assertContract('addMembersToAMonitoringGroup', r);
  for (const r of answers.filter((x) => x.status !== 201)) assertDocumentedError('addMembersToAMonitoringGroup', r, 'cannotCreateGroupMemberTypeMember');
  assert.equal((await rowsOf(s, 'monitoring_group_members')).filter((m) => m.group_id === group).length, 1);
});

test('of concurrent adds of one monitored extension to groups of a type, one wins and the others are told of the other group', async () => {
  const groups = await Promise.all(Array.from({ length: 6 }, (_, i) => newGroup(1, `Race ${i}`)));
  const ext = await newUserExtension(s);
  const answers = await together(groups.length, (i) => api.add(groups[i], 'monitored', [ext]));
  const won = answers.filter((r) => r.status === 201);
  assert.equal(won.length, 1, JSON.stringify(answers.map((r) => r.body)));
  for (const r of won) assertContract('addMembersToAMonitoringGroup', r);
  for (const r of answers.filter((x) => x.status !== 201)) assertDocumentedError('addMembersToAMonitoringGroup', r, 'cannotCreateGroupMemberTypeMember409');
  assert.equal((await rowsOf(s, 'monitoring_group_members')).filter((m) => m.extension_id === ext).length, 1);
});

test('concurrent adds to one group stop at 100 monitors', async () => {
  const group = await newGroup(1, 'Crowded');
  const first = await Promise.all(Array.from({ length: 90 }, () => newUserExtension(s)));
  assertContract('addMembersToAMonitoringGroup', await api.add(group, 'monitor', first));
  const batches = await Promise.all(Array.from({ length: 5 }, () => Promise.all(Array.from({ length: 5 }, () => newUserExtension(s)))));
  const answers = await together(batches.length, (i) => api.add(group, 'monitor', batches[i]));
  const won = answers.filter((r) => r.status === 201);
  assert.equal(won.length, 2, JSON.stringify(answers.map((r) => r.body)));
  for (const r of won) assertContract('addMembersToAMonitoringGroup', r);
  for (const r of answers.filter((x) => x.status !== 201)) assertDocumentedError('addMembersToAMonitoringGroup', r, 'maximumNumberOfMonitorsIs100');
  const res = await api.get(group);
  assertContract('getMonitoringGroupById', res);
  assert.equal(res.body.monitor_members_count, 100);
});

test('members added while their extension leaves the directory do not outlive it', async () => {
  for (let round = 0; round < 3; round++) {
    const groups = await Promise.all(Array.from({ length: 4 }, (_, i) => newGroup(1, `Release ${round}.${i}`)));
    const ext = await newUserExtension(s);
    const owner = (await s.sandbox.db.selectFrom('extensions').select('owner_id').where('id', '=', ext).executeTakeFirstOrThrow()).owner_id;
    const adds = together(groups.length, (i) => api.add(groups[i], 'monitor', [ext]));
    const release = s.sandbox.db.transaction().execute((trx) => releaseExtensions(trx, DEMO, owner, 'user'));
    const [answers] = await Promise.all([adds, release]);
    for (const r of answers) {
      if (r.status === 201) assertContract('addMembersToAMonitoringGroup', r);
      else assertUndocumentedError(r, 400, 400, `Member does not exist: ${ext}.`);
    }
    assert.deepEqual((await rowsOf(s, 'monitoring_group_members')).filter((m) => m.extension_id === ext), []);
  }
});

test('groups made while their site is deleted end on the transfer site, or find the site gone', async () => {
  for (let round = 0; round < 3; round++) {
    const created = await s.api('POST', '/phone/sites', { body: { name: `Race Annex ${round}`, auto_receptionist_name: 'Race Desk', default_emergency_address: ADDRESS } });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const annex = created.body.id;
    const makes = together(6, (i) => api.create({ name: `Annex ${round}.${i}`, type: 1, site_id: annex }));
    const deleted = s.api('DELETE', `/phone/sites/${annex}`, { query: { transfer_site_id: site } });
    const [answers, del] = await Promise.all([makes, deleted]);
    assert.equal(del.status, 204, JSON.stringify(del.body));
    for (const r of answers) {
      if (r.status === 201) assertContract('createAMonitoringGroup', r);
      else assertUndocumentedError(r, 400, 300, `Site does not exist: ${annex}.`);
    }
    assert.deepEqual((await rowsOf(s, 'monitoring_groups')).filter((g) => g.site_id === annex), []);
  }
});

test('members added while their group is deleted go with it', async () => {
  for (let round = 0; round < 3; round++) {
    const group = await newGroup(1, `Doomed ${round}`);
    const exts = await Promise.all(Array.from({ length: 4 }, () => newUserExtension(s)));
    const adds = together(exts.length, (i) => api.add(group, 'monitored', [exts[i]]));
    const del = api.remove(group);
    const [answers, gone] = await Promise.all([adds, del]);
    assertContract('deleteAMonitoringGroup', gone);
    for (const r of answers) {
      if (r.status === 201) assertContract('addMembersToAMonitoringGroup', r);
      else assertDocumentedError('addMembersToAMonitoringGroup', r, 'groupDoesNotExist');
    }
    assert.deepEqual((await rowsOf(s, 'monitoring_group_members')).filter((m) => m.group_id === group), []);
  }
});
