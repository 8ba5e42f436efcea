// A user taken out of Zoom Phone (the control plane's stand-in for deleting the Zoom
// user or taking back its phone licence): everything that hung on the user lets
// go, as every other view of the account shows it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract } from '../../support/contract.ts';
import { addNumber } from '../../support/fixtures.ts';
import { DEMO, sites, tokenFor } from '../../support/org.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

const remove = (userId: string, accountId = DEMO) => s.admin('DELETE', `/accounts/${accountId}/users/${encodeURIComponent(userId)}`);

async function planAssigned(type: number): Promise<number> {
  const res = await s.api('GET', '/phone/calling_plans');
  return res.body.calling_plans.find((p: { type: number }) => p.type === type).assigned;
}

async function unassignedIds(): Promise<string[]> {
  const ids: string[] = [];
  let token: string | undefined;
  do {
    const res = await s.api('GET', '/phone/numbers', { query: { type: 'unassigned', page_size: 100, ...(token ? { next_page_token: token } : {}) } });
    assertContract('listPhoneNumbers', res);
    ids.push(...res.body.phone_numbers.map((n: { id: string }) => n.id));
    token = res.body.next_page_token || undefined;
  } while (token);
  return ids;
}

/** A user made as a client would: batch add on the main site, with a plan and a number. */
async function phoneUser(email: string, extension: string) {
  const [main] = await sites(s);
  const spare = await addNumber(s, { site_id: main.id, prefix: '+1415557' });
  const res = await s.api('POST', '/phone/users/batch', {
    body: { users: [{ email, first_name: 'Leav', last_name: 'Ing', extension_number: extension, site_name: main.name, calling_plans: ['US/CA Unlimited'], phone_numbers: [spare.number] }] },
  });
  assertContract('batchAddUsers', res);
  const profile = await s.api('GET', `/phone/users/${res.body[0].id}`);
  return { id: res.body[0].id as string, extensionId: profile.body.extension_id as string, number: spare, siteId: main.id };
}

test('a removed user leaves every queue and group, frees its extension, number and plan, and loses its SIP phone', async () => {
  const planBefore = await planAssigned(200);
  const user = await phoneUser('leaving@org.test', '451');
  assert.ok(!(await unassignedIds()).includes(user.number.id));
  const stayer = await phoneUser('staying@org.test', '452');
  assert.equal(await planAssigned(200), planBefore + 2);

  const queue = await s.api('POST', '/phone/call_queues', { body: { name: 'Leavers queue', site_id: user.siteId } });
  assertContract('createACallQueue', queue);
  const queueMembers = { members: { users: [{ id: user.id }, { id: stayer.id }] } };
  assertContract('addMembersToACallQueue', await s.api('POST', `/phone/call_queues/${queue.body.id}/members`, { body: queueMembers }));
  const pickup = await s.api('POST', '/phone/group_call_pickup', { body: { display_name: 'Leavers pickup', site_id: user.siteId } });
  assertContract('addAGroupCallPickupObject', pickup);
  const pickupMembers = { member_extension_ids: [user.extensionId, stayer.extensionId] };
  assertContract('addMembersToACallPickupGroup', await s.api('POST', `/phone/group_call_pickup/${pickup.body.id}/members`, { body: pickupMembers }));
  const group = await s.api('POST', '/phone/monitoring_groups', { body: { name: 'Leavers watch', type: 1, site_id: user.siteId, monitoring_privileges: ['listen'] } });
  assertContract('createAMonitoringGroup', group);
  for (const role of ['monitor', 'monitored']) {
    const ids = role === 'monitor' ? [user.extensionId] : [stayer.extensionId];
    assertContract('addMembersToAMonitoringGroup', await s.api('POST', `/phone/monitoring_groups/${group.body.id}/monitor_members`, { query: { member_type: role }, body: ids }));
  }
  const line = await s.api('POST', '/phone/shared_line_groups', { body: { display_name: 'Leavers line', site_id: user.siteId } });
  assertContract('createASharedLineGroup', line);
  assertContract('addMembersToASharedLineGroup', await s.api('POST', `/phone/shared_line_groups/${line.body.id}/members`, { body: { members: { users: [{ id: user.id }] } } }));
  const sip = { user_email: 'leaving@org.test', user_name: '+14155570001', authorization_name: 'leaver', password: 'secret-1', domain: 'ORG.TEST', register_server: '10.0.0.1', proxy_server: '10.0.0.2', voice_mail: '8000' };
  assertContract('enableSipPhone', await s.api('POST', '/sip_phones', { body: sip }));

  assert.equal((await remove(user.id)).status, 204);

  const gone = await s.api('GET', `/phone/users/${user.id}`);
  assert.deepEqual([gone.status, gone.body.code], [404, 1001]);
  const number = await s.api('GET', `/phone/numbers/${user.number.id}`);
  assertContract('getAPhoneNumber', number);
  assert.equal(number.body.assignee, undefined, 'the number has no assignee');
  assert.ok((await unassignedIds()).includes(user.number.id), 'the number is in the unassigned list');
  assert.equal(await planAssigned(200), planBefore + 1, 'its calling plan is back in the inventory');

  const queueList = await s.api('GET', `/phone/call_queues/${queue.body.id}/members`);
  assert.deepEqual(queueList.body.call_queue_members.map((m: { id: string }) => m.id), [stayer.id]);
  const pickupList = await s.api('GET', `/phone/group_call_pickup/${pickup.body.id}/members`);
  assert.deepEqual(pickupList.body.group_call_pickup_member.map((m: { extension_id: string }) => m.extension_id), [stayer.extensionId]);
  for (const [role, expected] of [['monitor', []], ['monitored', [stayer.extensionId]]] as const) {
    const list = await s.api('GET', `/phone/monitoring_groups/${group.body.id}/monitor_members`, { query: { member_type: role } });
    assert.deepEqual(list.body.members.map((m: { extension_id: string }) => m.extension_id), expected, role);
  }
  const shared = await s.api('GET', `/phone/shared_line_groups/${line.body.id}`);
  assert.deepEqual(shared.body.members.users, []);
  // No operation reads SIP phones back (the API only enables them): the table is the one witness.
  assert.deepEqual(await s.sandbox.db.selectFrom('sip_phones').select('id').where('user_id', '=', user.id).execute(), []);

  // The extension number and the e-mail are free for a new user.
  const again = await phoneUser('leaving@org.test', '451');
  assert.notEqual(again.id, user.id);
  assert.equal((await s.api('GET', '/phone/users/leaving@org.test')).body.id, again.id);
});

test('removing a user that is not there, or is another account’s, answers 404 and changes nothing', async () => {
  const user = await phoneUser('kept@org.test', '453');
  const other = 'org-remove-other';
  await tokenFor(s, other, true);
  const res = await remove(user.id, other);
  assert.deepEqual([res.status, res.body.code, res.body.message], [404, 1001, `User does not exist: ${user.id}.`]);
  assert.equal((await s.api('GET', `/phone/users/${user.id}`)).status, 200);
  const unknown = await remove('nobody@org.test');
  assert.deepEqual([unknown.status, unknown.body.code], [404, 1001]);
  // By e-mail, whatever its case, as every userId of the API takes it.
  assert.equal((await remove('KEPT@org.test')).status, 204);
  assert.equal((await s.api('GET', `/phone/users/${user.id}`)).status, 404);
});
