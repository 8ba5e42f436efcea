// The provisioning scenario an integrator runs, over HTTP only, checking state
// through every view after each step. It runs on whichever backend
// DATABASE_URL names, so CI walks it on SQLite and on PostgreSQL.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../support/server.ts';
import { assertContract, assertDocumentedError } from '../support/contract.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

const byNumber = (list: { number: string }[], n: string) => list.find((x) => x.number === n);

test('master provisions a sub account, BYOC numbers and users, moves, unassigns and deletes', async () => {
  // 1. The master creates a sub account and an app for it (control plane).
  const created = await s.admin('POST', '/accounts', { name: 'Reseller Customer', parent_id: 'demo-account' });
  assert.equal(created.status, 201);
  const subId: string = created.body.id;
  const app = await s.admin('POST', `/accounts/${subId}/apps`, {});
  assert.equal(app.status, 201);
  const subToken = await s.token(app.body.client_id, app.body.client_secret, subId);

  // 2. It assigns one of its SIP trunks to the sub account; the sub account then sees it.
  const trunks = await s.api('GET', '/phone/sip_trunk/trunks');
  assertContract('listByocSipTrunks', trunks);
  const trunk = trunks.body.byoc_sip_trunk.find((t: { name: string }) => t.name === 'US West BYOC');
  assert.ok(trunk, 'the demo master owns the US West trunk');
  const before = await s.api('GET', '/phone/sip_trunk/trunks', { token: subToken });
  assert.equal(before.body.byoc_sip_trunk.length, 0);
  const badDnis = await s.api('POST', `/accounts/${subId}/sip_trunk/trunks`, { body: { sip_trunks: [{ id: trunk.id, dnis: '19999001' }] } });
  assert.equal(badDnis.status, 400, 'a DNIS outside the trunk prefix is refused');
  const assigned = await s.api('POST', `/accounts/${subId}/sip_trunk/trunks`, { body: { sip_trunks: [{ id: trunk.id, dnis: '18888001' }] } });
  assertContract('assignSipTrunks', assigned);
  const after = await s.api('GET', '/phone/sip_trunk/trunks', { token: subToken });
  assert.deepEqual(after.body.byoc_sip_trunk.map((t: { id: string }) => t.id), [trunk.id]);
  const nmTrunks = await s.api('GET', '/accounts/me/number_management/sip_trunks', { token: subToken, query: { allocated_product: 'ZOOM_PHONE' } });
  assertContract('listByocSipTrunksForNumberManagement', nmTrunks);
  assert.deepEqual(nmTrunks.body.byoc_sip_trunk.map((t: { sip_trunk_id: string }) => t.sip_trunk_id), [trunk.id]);
  // The sub account cannot assign trunks itself.
  const bySub = await s.api('POST', `/accounts/me/sip_trunk/trunks`, { token: subToken, body: { sip_trunks: [{ id: trunk.id, dnis: '18888002' }] } });
  assert.ok(bySub.status >= 400 && bySub.status < 500);

  // 3. Internal numbers for the sub account: visible forces allow_join.
  const internal = await s.api('POST', `/accounts/${subId}/sip_trunk/internal_numbers`, {
    body: { internal_numbers: [{ number: '+12065550100', display_number: '+1 206 555 0100', type: 0, country: 'US', languages: 'en-US', labels: 'Dial-in', visible: true, allow_join: false }] },
  });
  assertContract('addInternalNumbers', internal);
  assert.equal(internal.body.internal_numbers[0].allow_join, true);

  // 4. BYOC numbers for the master, on a site.
  const sites = await s.api('GET', '/phone/sites');
  assertContract('listPhoneSites', sites);
  const [siteA, siteB] = sites.body.sites as { id: string; name: string }[];
  const numbers = ['+14155550181', '+14155550182', '+14155550183'];
  const byoc = await s.api('POST', '/phone/byoc_numbers', { body: { carrier: 'Bandwidth', phone_numbers: numbers, site_id: siteA.id } });
  assertContract('addByocPhoneNumbers', byoc);
  const ids = new Map<string, string>(byoc.body.phone_numbers.map((p: { id: string; number: string }) => [p.number, p.id]));
  assert.equal(ids.size, 3);
  const again = await s.api('POST', '/phone/byoc_numbers', { body: { carrier: 'Bandwidth', phone_numbers: [numbers[0]], site_id: siteA.id } });
  assert.equal(again.status, 400, 'a number that exists cannot be added twice');
  for (const n of numbers) {
    const phone = await s.api('GET', `/phone/numbers/${ids.get(n)}`);
    assertContract('getAPhoneNumber', phone);
    assert.equal(phone.body.source, 'external');
    assert.equal(phone.body.site.id, siteA.id);
    const nm = await s.api('GET', `/accounts/me/number_management/numbers/${ids.get(n)}`);
    assertContract('getAPhoneNumberForNumberManagement', nm);
    assert.equal(nm.body.number, n);
    assert.equal(nm.body.site.site_id, siteA.id);
  }
  // Not visible to the sub account: the page's "does not exist" answer.
  const foreign = await s.api('GET', `/phone/numbers/${ids.get(numbers[0])}`, { token: subToken });
  assertDocumentedError('getAPhoneNumber', foreign, 400);

  // 5. Users enabled for phone, on site A.
  const batch = await s.api('POST', '/phone/users/batch', {
    body: {
      users: [
        { email: 'rita@e2e.test', first_name: 'Rita', last_name: 'Levi', extension_number: '801', calling_plans: ['US/CA Unlimited Calling Plan'], site_name: siteA.name },
        { email: 'tim@e2e.test', first_name: 'Tim', last_name: 'Berners', extension_number: '802', calling_plans: ['US/CA Unlimited Calling Plan'], site_name: siteA.name },
      ],
    },
  });
  assertContract('batchAddUsers', batch);
  const [rita, tim] = batch.body as { id: string; email: string }[];

  // 6. Numbers assigned to users: both sides show it.
  const give = await s.api('POST', `/phone/users/${rita.id}/phone_numbers`, { body: { phone_numbers: [{ number: numbers[0] }] } });
  assertContract('assignAPhoneNumberToAUser', give);
  const taken = await s.api('POST', `/phone/users/${tim.id}/phone_numbers`, { body: { phone_numbers: [{ id: ids.get(numbers[0]) }] } });
  assert.equal(taken.status, 400, 'a number assigned elsewhere cannot be taken');
  await s.api('POST', `/phone/users/${tim.id}/phone_numbers`, { body: { phone_numbers: [{ id: ids.get(numbers[1]) }] } });
  const ritaProfile = await s.api('GET', `/phone/users/${rita.id}`);
  assertContract('getAUsersProfile', ritaProfile);
  assert.deepEqual(ritaProfile.body.phone_numbers.map((p: { number: string }) => p.number), [numbers[0]]);
  const n0 = await s.api('GET', `/phone/numbers/${ids.get(numbers[0])}`);
  assert.equal(n0.body.assignee.id, rita.id);
  assert.equal(n0.body.assignee.type, 'user');
  const nm0 = await s.api('GET', `/accounts/me/number_management/numbers/${ids.get(numbers[0])}`);
  assert.deepEqual(nm0.body.assigned_list.map((a: { assigned_to_id: string; assigned_to_type: string }) => [a.assigned_to_id, a.assigned_to_type]), [[rita.id, 'User']]);
  const assignedList = await s.api('GET', '/phone/numbers', { query: { type: 'assigned', page_size: 300 } });
  assert.ok(byNumber(assignedList.body.phone_numbers, numbers[0]));
  assert.ok(!byNumber(assignedList.body.phone_numbers, numbers[2]));

  // 7. The unassigned number moves to site B; an assigned one cannot be moved that way.
  const move = await s.api('PATCH', `/phone/numbers/sites/${siteB.id}`, { body: { phone_numbers: [numbers[2]] } });
  assert.equal(move.status, 204, JSON.stringify(move.body));
  const moved = await s.api('GET', `/phone/numbers/${ids.get(numbers[2])}`);
  assert.equal(moved.body.site.id, siteB.id);
  const inB = await s.api('GET', '/accounts/me/number_management/numbers', { query: { site_id: siteB.id, page_size: 100 } });
  assert.ok(byNumber(inB.body.numbers, numbers[2]));
  const moveAssigned = await s.api('PATCH', `/phone/numbers/sites/${siteB.id}`, { body: { phone_numbers: [numbers[0]] } });
  assert.equal(moveAssigned.status, 400);
  assert.equal((await s.api('GET', `/phone/numbers/${ids.get(numbers[0])}`)).body.site.id, siteA.id);

  // 8. Unassign, then delete: gone from every view; an assigned number cannot be deleted.
  const refuse = await s.api('DELETE', '/phone/numbers', { query: { phone_numbers: ids.get(numbers[1])! } });
  assert.equal(refuse.status, 400);
  const release = await s.api('DELETE', `/phone/users/${rita.id}/phone_numbers/${ids.get(numbers[0])}`);
  assert.equal(release.status, 204);
  assert.deepEqual((await s.api('GET', `/phone/users/${rita.id}`)).body.phone_numbers, []);
  assert.equal((await s.api('GET', `/phone/numbers/${ids.get(numbers[0])}`)).body.assignee, undefined);
  const del = await s.api('DELETE', '/phone/numbers', { query: { phone_numbers: ids.get(numbers[0])! } });
  assert.equal(del.status, 204, JSON.stringify(del.body));
  assertDocumentedError('getAPhoneNumber', await s.api('GET', `/phone/numbers/${ids.get(numbers[0])}`), 400);
  assert.equal((await s.api('GET', `/accounts/me/number_management/numbers/${ids.get(numbers[0])}`)).status, 404);
  const all = await s.api('GET', '/accounts/me/number_management/numbers', { query: { page_size: 200 } });
  assert.ok(!byNumber(all.body.numbers, numbers[0]));
  assert.ok(byNumber(all.body.numbers, numbers[1]), 'the number still assigned to Tim stays');
});
