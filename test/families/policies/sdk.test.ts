// The policy framework through Zoom's own JavaScript SDK (@zoom/rivet, pinned): its
// method names and bodies for the account, group and user levels.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { PhoneS2SAuthClient } from '@zoom/rivet/phone';
import { startServer, type TestServer } from '../../support/server.ts';
import { phoneEndpoints } from '../../support/sdk.ts';
import { DEMO_DEFAULTS } from '../../../src/sandbox.ts';

let s: TestServer;
let phone: PhoneS2SAuthClient['endpoints'];
before(async () => {
  s = await startServer();
  phone = await phoneEndpoints(s);
});
after(() => s.close());

test("through Zoom's SDK: the account locks a policy, a group and a user read it locked, and a user's change is refused", async () => {
  const policyType = 'allow_emergency_calls';
  const groups = (await s.admin('GET', `/accounts/${DEMO_DEFAULTS.accountId}/groups`)).body.groups;
  const sales = groups.find((g: any) => g.name === 'Sales');
  const userId = sales.member_ids[0];

  const set = await phone.settings.updateAccountPolicy({ path: { policyType }, body: { allow_emergency_calls: { allow_emergency_calls_from_deskphones: false, locked: true } } });
  assert.equal(set.statusCode, 204);
  const account = await phone.settings.getAccountPolicyDetails({ path: { policyType } });
  assert.deepEqual(account.data, { allow_emergency_calls: { enable: true, allow_emergency_calls_from_clients: true, allow_emergency_calls_from_deskphones: false, locked: true, locked_by: 'account' } });
  const group = await phone.groups.getGroupPolicyDetails({ path: { groupId: sales.id, policyType } });
  assert.equal(group.data!.allow_emergency_calls!.locked_by, 'account');
  const user = await phone.users.getUserPolicyDetails({ path: { userId, policyType } });
  assert.equal(user.data!.allow_emergency_calls!.allow_emergency_calls_from_deskphones, false);
  await assert.rejects(phone.users.updateUserPolicy({ path: { userId, policyType }, body: { allow_emergency_calls: { enable: false } } }), /locked at the account level/);
  const unlocked = await phone.settings.updateAccountPolicy({ path: { policyType }, body: { allow_emergency_calls: { locked: false } } });
  assert.equal(unlocked.statusCode, 204);
  assert.equal((await phone.users.updateUserPolicy({ path: { userId, policyType }, body: { allow_emergency_calls: { enable: false } } })).statusCode, 204);
  assert.equal((await phone.users.getUserPolicyDetails({ path: { userId, policyType } })).data!.allow_emergency_calls!.modified, true);
});
