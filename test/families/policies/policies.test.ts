// Phone policies of the new policy framework through the HTTP API: read and changed at
// the account, a Zoom group and a user; each level inherits what it did not change, a
// lock above fixes the policy below, a reset inherits again.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { otherAccount } from '../../support/fixtures.ts';
import { DEMO_DEFAULTS } from '../../../src/sandbox.ts';

let s: TestServer;
const DEMO = DEMO_DEFAULTS.accountId;
const TYPE = 'allow_emergency_calls';
const DEFAULTS = { enable: true, allow_emergency_calls_from_clients: true, allow_emergency_calls_from_deskphones: true };

let users: Record<string, string>;
let groups: Record<string, string>;

before(async () => {
  s = await startServer();
  const listed = await s.api('GET', '/phone/users', { query: { page_size: 100 } });
  users = Object.fromEntries(listed.body.users.map((u: any) => [u.email.split('@')[0], u.id]));
  const g = await s.admin('GET', `/accounts/${DEMO}/groups`);
  assert.equal(g.status, 200);
  groups = Object.fromEntries(g.body.groups.map((x: any) => [x.name, x.id]));
});
after(() => s.close());

// Every test leaves the demo account as it found it: nothing locked, Zoom's defaults.
afterEach(async () => {
  assert.equal((await s.api('PATCH', `/phone/policies/${TYPE}`, { body: { [TYPE]: { ...DEFAULTS, locked: false } } })).status, 204);
  for (const g of Object.values(groups)) await s.api('PATCH', `/phone/groups/${g}/policies/${TYPE}`, { body: { [TYPE]: { reset: true } } });
  for (const u of Object.values(users)) await s.api('PATCH', `/phone/users/${u}/policies/${TYPE}`, { body: { [TYPE]: { reset: true } } });
});

async function account(token?: string) {
  const res = await s.api('GET', `/phone/policies/${TYPE}`, { token });
  assertContract('getAccountPolicyDetails', res);
  return res.body[TYPE];
}
async function ofUser(userId: string) {
  const res = await s.api('GET', `/phone/users/${userId}/policies/${TYPE}`);
  assertContract('getUserPolicyDetails', res);
  return res.body[TYPE];
}
async function ofGroup(groupId: string) {
  const res = await s.api('GET', `/phone/groups/${groupId}/policies/${TYPE}`);
  assertContract('getGroupPolicyDetails', res);
  return res.body[TYPE];
}
const setAccount = (p: object) => s.api('PATCH', `/phone/policies/${TYPE}`, { body: { [TYPE]: p } });
const setGroup = (id: string, p: object) => s.api('PATCH', `/phone/groups/${id}/policies/${TYPE}`, { body: { [TYPE]: p } });
const setUser = (id: string, p: object) => s.api('PATCH', `/phone/users/${id}/policies/${TYPE}`, { body: { [TYPE]: p } });

test("the demo has two groups of its users; every level reads Zoom's defaults, nothing locked", async () => {
  assert.deepEqual(Object.keys(groups), ['Sales', 'Engineering']);
  assert.deepEqual(await account(), { ...DEFAULTS, locked: false, locked_by: 'invalid' });
  assert.deepEqual(await ofGroup(groups.Sales!), { ...DEFAULTS, locked: false, locked_by: 'invalid', modified: false });
  assert.deepEqual(await ofUser(users.ada!), { ...DEFAULTS, locked: false, locked_by: 'invalid', modified: false });
});

test("a change of the account's value shows at every group and user that did not change it", async () => {
  const changed = await setAccount({ allow_emergency_calls_from_deskphones: false });
  assertContract('updateAccountPolicy', changed);
  assert.equal((await account()).allow_emergency_calls_from_deskphones, false);
  assert.equal((await ofGroup(groups.Sales!)).allow_emergency_calls_from_deskphones, false);
  assert.equal((await ofUser(users.ada!)).allow_emergency_calls_from_deskphones, false, 'a member of a group');
  assert.equal((await ofUser(users.katherine!)).allow_emergency_calls_from_deskphones, false, 'a user of no group');
  // The user's own change wins over the account's, and is shown as modified.
  const own = await setUser(users.katherine!, { allow_emergency_calls_from_deskphones: true });
  assertContract('updateUserPolicy', own);
  assert.deepEqual(await ofUser(users.katherine!), { ...DEFAULTS, locked: false, locked_by: 'invalid', modified: true });
  // Other fields still follow the account.
  assert.equal((await setAccount({ enable: false })).status, 204);
  assert.equal((await ofUser(users.katherine!)).enable, false);
});

test("a group's change shows at its members only; a member's own change wins over it", async () => {
  const changed = await setGroup(groups.Sales!, { allow_emergency_calls_from_clients: false });
  assertContract('updateGroupPolicy', changed);
  assert.deepEqual(await ofGroup(groups.Sales!), { ...DEFAULTS, allow_emergency_calls_from_clients: false, locked: false, locked_by: 'invalid', modified: true });
  assert.equal((await ofUser(users.ada!)).allow_emergency_calls_from_clients, false, 'Ada is in Sales');
  assert.equal((await ofUser(users.alan!)).allow_emergency_calls_from_clients, true, 'Alan is in Engineering');
  assert.equal((await setUser(users.ada!, { allow_emergency_calls_from_clients: true })).status, 204);
  assert.equal((await ofUser(users.ada!)).allow_emergency_calls_from_clients, true);
  assert.equal((await ofUser(users.grace!)).allow_emergency_calls_from_clients, false);
});

test("a lock at the account fixes the policy below: its value shows, a change below is refused and changes nothing", async () => {
  // Ada changed the policy before the lock.
  assert.equal((await setUser(users.ada!, { enable: false })).status, 204);
  assert.equal((await setAccount({ enable: true, allow_emergency_calls_from_clients: false, locked: true })).status, 204);
  assert.deepEqual(await account(), { ...DEFAULTS, allow_emergency_calls_from_clients: false, locked: true, locked_by: 'account' });
  const locked = { ...DEFAULTS, allow_emergency_calls_from_clients: false, locked: true, locked_by: 'account', modified: false };
  assert.deepEqual(await ofUser(users.ada!), locked, "the lock shows the account's value over Ada's change");
  assert.deepEqual(await ofGroup(groups.Sales!), locked);
  const message = `The policy ${TYPE} is locked at the account level and cannot be changed.`;
  assertUndocumentedError(await setUser(users.grace!, { enable: false }), 400, 400, message);
  assertUndocumentedError(await setGroup(groups.Sales!, { enable: false }), 400, 400, message);
  assertUndocumentedError(await setGroup(groups.Sales!, { locked: true }), 400, 400, message);
  assert.equal((await ofUser(users.grace!)).enable, true);
  // Unlocked, Ada's own change shows again.
  assert.equal((await setAccount({ locked: false })).status, 204);
  assert.deepEqual(await ofUser(users.ada!), { ...DEFAULTS, enable: false, allow_emergency_calls_from_clients: false, locked: false, locked_by: 'invalid', modified: true });
});

test("a group's lock fixes its members' policy; users of other groups are not held", async () => {
  assert.equal((await setGroup(groups.Engineering!, { enable: false, locked: true })).status, 204);
  assert.deepEqual(await ofGroup(groups.Engineering!), { ...DEFAULTS, enable: false, locked: true, locked_by: 'user_group', modified: true });
  assert.deepEqual(await ofUser(users.alan!), { ...DEFAULTS, enable: false, locked: true, locked_by: 'user_group', modified: false });
  assertUndocumentedError(await setUser(users.edsger!, { enable: true }), 400, 400, `The policy ${TYPE} is locked at the user_group level and cannot be changed.`);
  assert.equal((await setUser(users.ada!, { enable: false })).status, 204, 'Sales is not locked');
  // The account's later change of another field flows through the group's lock.
  assert.equal((await setAccount({ allow_emergency_calls_from_deskphones: false })).status, 204);
  assert.equal((await ofUser(users.alan!)).allow_emergency_calls_from_deskphones, false);
});

test("a reset makes a group or a user inherit again", async () => {
  assert.equal((await setGroup(groups.Sales!, { enable: false })).status, 204);
  assert.equal((await setUser(users.grace!, { allow_emergency_calls_from_deskphones: false })).status, 204);
  assert.equal((await setUser(users.grace!, { reset: true })).status, 204);
  assert.deepEqual(await ofUser(users.grace!), { ...DEFAULTS, enable: false, locked: false, locked_by: 'invalid', modified: false });
  assert.equal((await setGroup(groups.Sales!, { reset: true })).status, 204);
  assert.deepEqual(await ofGroup(groups.Sales!), { ...DEFAULTS, locked: false, locked_by: 'invalid', modified: false });
  assert.equal((await ofUser(users.grace!)).enable, true);
});

test("a policy type the framework does not have is refused by every operation", async () => {
  const bad = 'no_such_policy';
  assertDocumentedError('getAccountPolicyDetails', await s.api('GET', `/phone/policies/${bad}`), 'invalidValueForParameterPolicyType');
  assertDocumentedError('updateAccountPolicy', await s.api('PATCH', `/phone/policies/${bad}`, { body: { [bad]: { enable: false } } }), 'invalidValueForParameterPolicyType');
  assertDocumentedError('getUserPolicyDetails', await s.api('GET', `/phone/users/${users.ada}/policies/${bad}`), 'invalidValueForParameterPolicyType');
  assertDocumentedError('updateUserPolicy', await s.api('PATCH', `/phone/users/${users.ada}/policies/${bad}`, { body: {} }), 'invalidValueForParameterPolicyType');
  assertDocumentedError('getGroupPolicyDetails', await s.api('GET', `/phone/groups/${groups.Sales}/policies/${bad}`), 'invalidValueForParameterPolicyType');
  assertDocumentedError('updateGroupPolicy', await s.api('PATCH', `/phone/groups/${groups.Sales}/policies/${bad}`, { body: {} }), 'invalidValueForParameterPolicyType');
});

test("a reset is refused at the account, with a lock, or with a change of a field; nothing changes", async () => {
  assertDocumentedError('updateAccountPolicy', await setAccount({ reset: true }), 'resetFieldIsNotAllowedAt');
  assertDocumentedError('updateAccountPolicy', await setAccount({ reset: true, locked: true }), 'lockAndResetOperationsCannotBe');
  assertDocumentedError('updateGroupPolicy', await setGroup(groups.Sales!, { reset: true, locked: false }), 'lockAndResetOperationsCannotBe');
  assertDocumentedError('updateGroupPolicy', await setGroup(groups.Sales!, { reset: true, enable: false }), 'resetCannotBeCombinedWithOther');
  assertDocumentedError('updateUserPolicy', await setUser(users.ada!, { reset: true, enable: false }), 'resetCannotBeCombinedWithOther');
  assert.deepEqual(await account(), { ...DEFAULTS, locked: false, locked_by: 'invalid' });
  assert.equal((await ofGroup(groups.Sales!)).modified, false);
  assert.equal((await ofUser(users.ada!)).enable, true);
});

test("a user or group the account does not have is not found; another account sees none of the demo's", async () => {
  assertDocumentedError('getUserPolicyDetails', await s.api('GET', `/phone/users/nobody/policies/${TYPE}`), 'userDoesNotExist');
  assertDocumentedError('updateUserPolicy', await setUser('nobody', { enable: false }), 'userDoesNotExist');
  assertDocumentedError('getGroupPolicyDetails', await s.api('GET', `/phone/groups/nogroup/policies/${TYPE}`), 'userGroupDoesNotExist');
  assertDocumentedError('updateGroupPolicy', await setGroup('nogroup', { enable: false }), 'userGroupDoesNotExist');
  const other = await otherAccount(s, 'policies-other');
  assertDocumentedError('getUserPolicyDetails', await s.api('GET', `/phone/users/${users.ada}/policies/${TYPE}`, { token: other.token }), 'userDoesNotExist');
  assertDocumentedError('updateGroupPolicy', await s.api('PATCH', `/phone/groups/${groups.Sales}/policies/${TYPE}`, { token: other.token, body: { [TYPE]: { enable: false } } }), 'userGroupDoesNotExist');
  // The other account's own change is its own.
  assert.equal((await s.api('PATCH', `/phone/policies/${TYPE}`, { token: other.token, body: { [TYPE]: { enable: false, locked: true } } })).status, 204);
  assert.deepEqual(await account(other.token), { ...DEFAULTS, enable: false, locked: true, locked_by: 'account' });
  assert.deepEqual(await account(), { ...DEFAULTS, locked: false, locked_by: 'invalid' });
  assert.equal((await ofUser(users.ada!)).locked, false);
});

test("concurrent changes of different fields of one user all survive, and no write answers a 500", async () => {
  const fields = ['enable', 'allow_emergency_calls_from_clients', 'allow_emergency_calls_from_deskphones'];
  const answers = await Promise.all(fields.map((f) => setUser(users.barbara!, { [f]: false })));
  assert.deepEqual(answers.map((r) => r.status), [204, 204, 204]);
  assert.deepEqual(await ofUser(users.barbara!), { enable: false, allow_emergency_calls_from_clients: false, allow_emergency_calls_from_deskphones: false, locked: false, locked_by: 'invalid', modified: true });
});

test("a group made in the control plane takes its members from their old group; a user taken out of Zoom Phone leaves it", async () => {
  const made = await s.admin('POST', `/accounts/${DEMO}/groups`, { name: 'Night shift', members: ['grace@demo.switchboard.test'] });
  assert.equal(made.status, 201, JSON.stringify(made.body));
  assert.deepEqual(made.body.member_ids, [users.grace]);
  assert.equal((await setGroup(made.body.id, { enable: false, locked: true })).status, 204);
  assert.deepEqual(await ofUser(users.grace!), { ...DEFAULTS, enable: false, locked: true, locked_by: 'user_group', modified: false });
  assert.equal((await ofUser(users.ada!)).locked, false, 'Ada stays in Sales');
  const listed = (await s.admin('GET', `/accounts/${DEMO}/groups`)).body.groups;
  assert.deepEqual(listed.find((g: any) => g.name === 'Sales').member_ids, [users.ada]);
  const missing = await s.admin('POST', `/accounts/${DEMO}/groups`, { name: 'Ghosts', members: ['ghost@nowhere.test'] });
  assert.equal(missing.status, 404);
  assert.equal((await s.admin('GET', `/accounts/${DEMO}/groups`)).body.groups.some((g: any) => g.name === 'Ghosts'), false);
  // Out of Zoom Phone: Grace's membership goes with her.
  assert.equal((await s.admin('DELETE', `/accounts/${DEMO}/users/${users.grace}`)).status, 204);
  const after = (await s.admin('GET', `/accounts/${DEMO}/groups`)).body.groups;
  assert.deepEqual(after.find((g: any) => g.id === made.body.id).member_ids, []);
  delete users.grace;
});
