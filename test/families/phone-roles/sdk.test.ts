// Phone roles through Zoom's own JavaScript SDK (@zoom/rivet, pinned): its method
// names, bodies, and the members delete's user_ids[] query.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { PhoneS2SAuthClient } from '@zoom/rivet/phone';
import { startServer, type TestServer } from '../../support/server.ts';
import { phoneEndpoints } from '../../support/sdk.ts';
import { addUser, sites } from '../../support/org.ts';

let s: TestServer;
let phone: PhoneS2SAuthClient['endpoints'];
before(async () => {
  s = await startServer();
  phone = await phoneEndpoints(s);
});
after(() => s.close());

test("through Zoom's SDK: a role is duplicated, given members and targets, and deleted", async () => {
  const roles = phone.phoneRoles;
  const listed = await roles.listPhoneRoles({});
  const siteAdmin = listed.data!.roles!.find((r) => r.name === 'Site Admin')!;
  const copy = await roles.duplicatePhoneRole({ body: { role_id: siteAdmin.id!, name: 'Branch Admins' } });
  assert.equal(copy.statusCode, 201);
  const roleId = copy.data!.id!;
  assert.equal((await roles.updatePhoneRole({ path: { roleId }, body: { description: 'Branch offices' } })).statusCode, 204);
  assert.equal((await roles.getRoleInformation({ path: { roleId } })).data!.description, 'Branch offices');

  const users = [await addUser(s), await addUser(s)];
  assert.equal((await roles.addMembersToRoles({ path: { roleId }, body: { user_ids: users } })).statusCode, 201);
  assert.deepEqual((await roles.listMembersInRole({ path: { roleId }, query: { in_role: true } })).data!.members!.map((m) => m.user_id), users);

  const [, denver] = await sites(s);
  const added = await roles.addPhoneRoleTargets({ path: { roleId }, body: { is_default: false, user_id: users[0], targets: [{ target_type: 'site', target_ids: [denver!.id] }] } });
  assert.equal(added.statusCode, 201);
  const listedTargets = await roles.listPhoneRoleTargets({ path: { roleId }, query: { is_default: false, user_id: users[0] } });
  assert.deepEqual(listedTargets.data!.targets!.map((t) => t.target_name), [denver!.name]);
  assert.equal((await roles.deletePhoneRoleTargets({ path: { roleId }, body: { user_id: users[0], targets: [{ target_type: 'site', target_ids: [denver!.id] }] } })).statusCode, 204);

  assert.equal((await roles.deleteMembersInRole({ path: { roleId }, query: { user_ids: users } })).statusCode, 204);
  assert.equal((await roles.getRoleInformation({ path: { roleId } })).data!.total_members, 0);
  assert.equal((await roles.deletePhoneRole({ path: { roleId } })).statusCode, 204);
});
