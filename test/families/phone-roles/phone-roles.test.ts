// The account's phone roles through the HTTP API: the built-in roles and copies of
// them, their members (phone users, one role each) and their targets.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { assertPageTokensExpire, type PagedList } from '../../support/pages.ts';
import { otherAccount } from '../../support/fixtures.ts';
import { ADDRESS, addUser, DEMO, sites, SUB, tokenFor } from '../../support/org.ts';
import { directory } from '../../support/extensions.ts';
import { phoneRoleOfUser } from '../../../src/families/phone-roles/public.ts';

let s: TestServer;
let accounts = 0;
let copies = 0;

before(async () => {
  s = await startServer();
});
after(() => s.close());

const PATH = '/phone/roles';
const BUILTINS = [
  'Phone Super Admin',
  'Site Admin',
  'Call Queue Admin',
  'Auto Receptionist Admin',
  'Shared Line Group Admin',
  'Common Area Admin',
  'Recording Admin',
  'Compliance Admin',
];

const duplicate = (body: unknown, token?: string) => s.api('POST', PATH, { body, token });
const get = (id: string, token?: string) => s.api('GET', `${PATH}/${id}`, { token });
const update = (id: string, body: unknown, token?: string) => s.api('PATCH', `${PATH}/${id}`, { body, token });
const remove = (id: string, token?: string) => s.api('DELETE', `${PATH}/${id}`, { token });
const addMembers = (id: string, body: unknown, token?: string) => s.api('POST', `${PATH}/${id}/members`, { body, token });
const deleteMembers = (id: string, userIds: string[], token?: string) => s.api('DELETE', `${PATH}/${id}/members`, { query: { user_ids: userIds.join(',') }, token });
const addTargets = (id: string, body: unknown, token?: string) => s.api('POST', `${PATH}/${id}/targets`, { body, token });
const deleteTargets = (id: string, body: unknown, token?: string) => s.api('DELETE', `${PATH}/${id}/targets`, { body, token });

async function fresh(): Promise<{ token: string; accountId: string }> {
  return otherAccount(s, `roles-acct-${++accounts}`);
}

async function roles(token?: string): Promise<any[]> {
  const res = await s.api('GET', PATH, { token });
  assertContract('listPhoneRoles', res);
  return res.body.roles;
}

async function role(id: string, token?: string): Promise<any> {
  const res = await get(id, token);
  assertContract('getRoleInformation', res);
  return res.body;
}

const builtin = async (name: string, token?: string): Promise<string> => (await roles(token)).find((r) => r.name === name)!.id;

/** A copy of a built-in role in the demo account, of a name no other test uses. */
async function copyOf(source: string, token?: string): Promise<{ id: string; name: string }> {
  const name = `Copy ${++copies} of ${source}`;
  const res = await duplicate({ role_id: await builtin(source, token), name }, token);
  assertContract('duplicateAPhoneRole', res);
  return res.body;
}

async function members(id: string, query: Record<string, string> = {}, token?: string): Promise<any[]> {
  const res = await s.api('GET', `${PATH}/${id}/members`, { query, token });
  assertContract('listMembersInARole', res);
  return res.body.members;
}

async function targets(id: string, query: Record<string, string | number> = {}, token?: string): Promise<any> {
  const res = await s.api('GET', `${PATH}/${id}/targets`, { query, token });
  assertContract('listPhoneRoleTargets', res);
  return res.body;
}

const emailOf = async (userId: string) => (await s.sandbox.db.selectFrom('phone_users').select('email').where('id', '=', userId).executeTakeFirstOrThrow()).email;
const extensionOf = async (userId: string) => (await s.sandbox.db.selectFrom('phone_users').select('extension_id').where('id', '=', userId).executeTakeFirstOrThrow()).extension_id;

test('the demo account lists the built-in roles and its custom role with their members', async () => {
  const listed = await roles();
  assert.deepEqual(listed.slice(0, 8).map((r) => [r.name, r.is_default]), BUILTINS.map((n) => [n, true]));
  const superAdmin = listed[0];
  assert.equal(superAdmin.description, 'Admin has full privileges to access and manage the Zoom Phone (default).');
  assert.equal(superAdmin.total_members, 1);
  const custom = listed.find((r) => r.name === 'Regional Site Admin');
  assert.equal(custom.is_default, false);
  assert.equal(custom.total_members, 1);
  const [member] = await members(custom.id);
  const [, denver] = await sites(s);
  assert.deepEqual(member.site, { id: denver!.id, name: denver!.name });
  const t = await targets(custom.id, { is_default: 'true' });
  assert.deepEqual(t.targets.map((x: any) => [x.target_type, x.target_id, x.target_name]), [['site', denver!.id, denver!.name]]);
  const own = await targets(custom.id, { user_id: member.user_id });
  assert.equal(own.total_records, 1);
});

test('a new account has the built-in roles from its first call, made once', async () => {
  const { token } = await fresh();
  const answers = await Promise.all(Array.from({ length: 5 }, () => s.api('GET', PATH, { token })));
  for (const res of answers) {
    assertContract('listPhoneRoles', res);
    assert.deepEqual(res.body.roles.map((r: any) => r.name), BUILTINS);
  }
  const listed = await roles(token);
  assert.deepEqual(listed.map((r) => [r.name, r.total_members, r.is_default]), BUILTINS.map((n) => [n, 0, true]));
  assert.equal(new Set(listed.map((r) => r.id)).size, 8);
});

test('a role is shown with its member count; an unknown role is not found', async () => {
  const listed = await roles();
  for (const r of listed) assert.deepEqual(await role(r.id), r);
  assertUndocumentedError(await get('nOsUcHrOlE000000000000'), 404, 404, 'Phone role does not exist for role Id: nOsUcHrOlE000000000000.');
  assertUndocumentedError(await update('nOsUcHrOlE000000000000', { name: 'x' }), 404, 404, 'Phone role does not exist for role Id: nOsUcHrOlE000000000000.');
  assertUndocumentedError(await remove('nOsUcHrOlE000000000000'), 404, 404, 'Phone role does not exist for role Id: nOsUcHrOlE000000000000.');
  assertUndocumentedError(await s.api('GET', `${PATH}/nOsUcHrOlE000000000000/members`), 404, 404, 'Phone role does not exist for role Id: nOsUcHrOlE000000000000.');
  const missing = await s.api('GET', `${PATH}/nOsUcHrOlE000000000000/targets`);
  assertDocumentedError('listPhoneRoleTargets', missing, 'phoneRoleDoesNotExistFor');
  assert.equal(missing.body.message, 'Phone role does not exist for role Id: nOsUcHrOlE000000000000.');
});

test('a duplicate copies the kind and default targets, not the members', async () => {
  const { token } = await fresh();
  const compliance = await builtin('Compliance Admin', token);
  const res = await duplicate({ role_id: compliance }, token);
  assertContract('duplicateAPhoneRole', res);
  assert.equal(res.status, 201);
  assert.equal(res.body.name, 'Compliance Admin (Copy)');
  const again = await duplicate({ role_id: compliance }, token);
  assert.equal(again.body.name, 'Compliance Admin (Copy 2)');
  assert.deepEqual(await role(res.body.id, token), {
    id: res.body.id,
    name: 'Compliance Admin (Copy)',
    description: 'Admin views the recordings, voicemails, call logs and messages of the targets assigned (default).',
    total_members: 0,
    is_default: false,
  });

  // In the demo: the custom role's default targets come along; its member does not.
  const regional = (await roles()).find((r) => r.name === 'Regional Site Admin');
  const named = await duplicate({ role_id: regional.id, name: '  West Site Admins ', description: 'The western sites' });
  assertContract('duplicateAPhoneRole', named);
  assert.equal(named.body.name, 'West Site Admins');
  assert.deepEqual(await role(named.body.id), { id: named.body.id, name: 'West Site Admins', description: 'The western sites', total_members: 0, is_default: false });
  assert.deepEqual((await targets(named.body.id, { is_default: 'true' })).targets, (await targets(regional.id, { is_default: 'true' })).targets);
  assert.deepEqual(await members(named.body.id), []);
  // a copy manages what its source's kind manages
  assertDocumentedError('listPhoneRoleTargets', await s.api('GET', `${PATH}/${named.body.id}/targets`, { query: { target_type: 'callQueue', is_default: 'true' } }), 'validationFailed');
});

test('a duplicate needs a source role and a name of its own', async () => {
  const { token } = await fresh();
  const site = await builtin('Site Admin', token);
  const missing = await duplicate({ role_id: 'nOsUcHrOlE000000000000' }, token);
  assertDocumentedError('duplicateAPhoneRole', missing, 'error300');
  assert.equal(missing.body.message, 'Phone role does not exist for role id: nOsUcHrOlE000000000000.');
  assertDocumentedError('duplicateAPhoneRole', await duplicate({ name: 'No source' }, token), 'error300');
  const taken = await duplicate({ role_id: site, name: 'Call Queue Admin' }, token);
  assertDocumentedError('duplicateAPhoneRole', taken, 'error300');
  assert.equal(taken.body.message, 'Role name (Call Queue Admin) already exists.');
  const blank = await duplicate({ role_id: site, name: '  ' }, token);
  assert.equal(blank.body.message, 'name must not be empty.');
  const long = await duplicate({ role_id: site, name: 'n'.repeat(129) }, token);
  assertDocumentedError('duplicateAPhoneRole', long, 'error300');
  assert.equal(long.body.message, 'Name length can be up to 128 characters.');
  const wordy = await duplicate({ role_id: site, name: 'Wordy', description: 'd'.repeat(256) }, token);
  assertDocumentedError('duplicateAPhoneRole', wordy, 'error300');
  assert.equal(wordy.body.message, 'Description length can be up to 255 characters.');
  assert.deepEqual((await roles(token)).map((r) => r.name), BUILTINS);
  // at the limits
  const at = await duplicate({ role_id: site, name: 'n'.repeat(128), description: 'd'.repeat(255) }, token);
  assertContract('duplicateAPhoneRole', at);
  // a copy of a long name is cut to fit its suffix
  const copy = await duplicate({ role_id: at.body.id }, token);
  assertContract('duplicateAPhoneRole', copy);
  assert.equal(copy.body.name, 'n'.repeat(121) + ' (Copy)');
});

test('concurrent duplicates of one name: one wins, the others are refused', async () => {
  const { token } = await fresh();
  const site = await builtin('Site Admin', token);
  const results = await Promise.all(Array.from({ length: 6 }, () => duplicate({ role_id: site, name: 'Race' }, token)));
  assert.deepEqual(results.map((r) => r.status).sort(), [201, 400, 400, 400, 400, 400]);
  for (const r of results.filter((x) => x.status === 400)) assertDocumentedError('duplicateAPhoneRole', r, 'error300');
  const unnamed = await Promise.all(Array.from({ length: 4 }, () => duplicate({ role_id: site }, token)));
  for (const r of unnamed) assertContract('duplicateAPhoneRole', r);
  assert.deepEqual(unnamed.map((r) => r.body.name).sort(), ['Site Admin (Copy 2)', 'Site Admin (Copy 3)', 'Site Admin (Copy 4)', 'Site Admin (Copy)']);
  assert.equal((await roles(token)).length, 8 + 1 + 4);
});

test('an update changes what it names and keeps the rest; limits at 128 and 255', async () => {
  const { token } = await fresh();
  const { id } = await copyOf('Recording Admin', token);
  const res = await update(id, { name: 'Recording Reviewers' }, token);
  assertContract('updateAPhoneRole', res);
  assert.equal(res.status, 204);
  const shown = await role(id, token);
  assert.equal(shown.name, 'Recording Reviewers');
  assert.equal(shown.description, 'Admin views and manages the call recordings of the targets assigned (default).');
  assertContract('updateAPhoneRole', await update(id, { description: 'Reviews recordings' }, token));
  assertContract('updateAPhoneRole', await update(id, {}, token));
  assertContract('updateAPhoneRole', await update(id, { name: 'n'.repeat(128), description: 'd'.repeat(255) }, token));
  assert.deepEqual(await role(id, token), { id, name: 'n'.repeat(128), description: 'd'.repeat(255), total_members: 0, is_default: false });
  const before = await role(id, token);
  assertDocumentedError('updateAPhoneRole', await update(id, { name: 'n'.repeat(129) }, token), 'error300');
  assertDocumentedError('updateAPhoneRole', await update(id, { description: 'd'.repeat(256) }, token), 'error300');
  const blank = await update(id, { name: ' ', description: 'x' }, token);
  assertDocumentedError('updateAPhoneRole', blank, 'error300');
  assert.equal(blank.body.message, 'name must not be empty.');
  const taken = await update(id, { name: 'Site Admin', description: 'x' }, token);
  assertDocumentedError('updateAPhoneRole', taken, 'error300');
  assert.equal(taken.body.message, 'Role name (Site Admin) already exists.');
  assert.deepEqual(await role(id, token), before);
});

test('the built-in roles cannot be renamed, described anew or deleted', async () => {
  const { token } = await fresh();
  for (const name of ['Phone Super Admin', 'Compliance Admin']) {
    const id = await builtin(name, token);
    const before = await role(id, token);
    const renamed = await update(id, { name: `${name} 2` }, token);
    assertDocumentedError('updateAPhoneRole', renamed, 'error300');
    assert.equal(renamed.body.message, 'The default role cannot be updated.');
    assertDocumentedError('updateAPhoneRole', await update(id, { description: 'mine' }, token), 'error300');
    // its own values again change nothing and are no edit
    assertContract('updateAPhoneRole', await update(id, { name, description: before.description }, token));
    const deleted = await remove(id, token);
    assertDocumentedError('deleteAPhoneRole', deleted, 'error300');
    assert.equal(deleted.body.message, 'The default role cannot be deleted.');
    assert.deepEqual(await role(id, token), before);
  }
});

test('a deleted role is gone with its targets; one with members is refused', async () => {
  const { id } = await copyOf('Call Queue Admin');
  const queue = (await directory(s, DEMO)).find((e) => e.kind === 'callQueue')!;
  assertContract('addPhoneRoleTargets', await addTargets(id, { is_default: true, targets: [{ target_ids: [queue.id] }] }));
  const user = await addUser(s);
  assertContract('addMembersToRoles', await addMembers(id, { user_ids: [user] }));
  const refused = await remove(id);
  assertDocumentedError('deleteAPhoneRole', refused, 'error300');
  assert.equal(refused.body.message, 'The role still has members: delete them from the role first.');
  assert.equal((await role(id)).total_members, 1);
  assertContract('deleteMembersInARole', await deleteMembers(id, [user]));
  const res = await remove(id);
  assertContract('deleteAPhoneRole', res);
  assert.equal(res.status, 204);
  assertUndocumentedError(await get(id), 404, 404, `Phone role does not exist for role Id: ${id}.`);
  assert.ok(!(await roles()).some((r) => r.id === id));
  assert.equal((await s.sandbox.db.selectFrom('phone_role_targets').select('role_id').where('role_id', '=', id).execute()).length, 0);
  assertUndocumentedError(await remove(id), 404, 404, `Phone role does not exist for role Id: ${id}.`);
});

test('members are added by id or email and listed with their site and extension', async () => {
  const { id } = await copyOf('Site Admin');
  const [main] = await sites(s);
  const a = await addUser(s, { siteId: main!.id });
  const b = await addUser(s, { siteId: null });
  const res = await addMembers(id, { user_ids: [a, (await emailOf(b)).toUpperCase()] });
  assertContract('addMembersToRoles', res);
  assert.equal(res.status, 201);
  const listed = await members(id);
  const row = await s.sandbox.db.selectFrom('phone_users').selectAll().where('id', '=', a).executeTakeFirstOrThrow();
  assert.deepEqual(listed[0], { user_id: a, display_name: row.name, email: row.email, extension_number: Number(row.extension_number), site: { id: main!.id, name: main!.name } });
  assert.equal(listed[1].user_id, b);
  assert.equal(listed[1].site, undefined);
  assert.equal((await role(id)).total_members, 2);
  // adding a member again changes nothing
  assertContract('addMembersToRoles', await addMembers(id, { user_ids: [a] }));
  assert.deepEqual((await members(id)).map((m) => m.user_id), [a, b]);
});

test('users not in the role are listed with in_role=false', async () => {
  const { token, accountId } = await fresh();
  const a = await addUser(s, { accountId, siteId: null });
  const b = await addUser(s, { accountId, siteId: null });
  const cq = await builtin('Call Queue Admin', token);
  assertContract('addMembersToRoles', await addMembers(cq, { user_ids: [a] }, token));
  assert.deepEqual((await members(cq, { in_role: 'false' }, token)).map((m) => m.user_id), [b]);
  assert.deepEqual((await members(cq, { in_role: 'true' }, token)).map((m) => m.user_id), [a]);
  // a user holding another role is not in this one
  const sa = await builtin('Site Admin', token);
  assert.deepEqual((await members(sa, { in_role: 'false' }, token)).map((m) => m.user_id), [a, b]);
  assertDocumentedError('listMembersInARole', await s.api('GET', `${PATH}/${sa}/members`, { query: { in_role: 'maybe' }, token }), 'error300');
});

test('a user holds one role: adding it elsewhere moves it, with its targets when copy_targets', async () => {
  const { token, accountId } = await fresh();
  const user = await addUser(s, { accountId, siteId: null });
  const other = await addUser(s, { accountId, siteId: null });
  const recording = await builtin('Recording Admin', token);
  const compliance = await builtin('Compliance Admin', token);
  const site = await builtin('Site Admin', token);
  assertContract('addMembersToRoles', await addMembers(recording, { user_ids: [user] }, token));
  const ext = await extensionOf(other);
  assertContract('addPhoneRoleTargets', await addTargets(recording, { user_id: user, targets: [{ target_type: 'user', target_ids: [ext] }] }, token));
  // moved without copy_targets: its targets stay behind (and go)
  assertContract('addMembersToRoles', await addMembers(site, { user_ids: [user] }, token));
  assert.deepEqual((await members(recording, {}, token)).map((m) => m.user_id), []);
  assert.deepEqual((await members(site, {}, token)).map((m) => m.user_id), [user]);
  assert.equal((await role(recording, token)).total_members, 0);
  // back to recording, then to compliance copying its role from recording with its targets
  assertContract('addMembersToRoles', await addMembers(recording, { user_ids: [user] }, token));
  assert.equal((await targets(recording, { user_id: user }, token)).total_records, 0);
  assertContract('addPhoneRoleTargets', await addTargets(recording, { user_id: user, targets: [{ target_type: 'user', target_ids: [ext] }] }, token));
  assertContract('addMembersToRoles', await addMembers(compliance, { role_id: recording, copy_targets: true, user_ids: [user] }, token));
  assert.deepEqual((await members(compliance, {}, token)).map((m) => m.user_id), [user]);
  assert.deepEqual((await targets(compliance, { user_id: user }, token)).targets.map((t: any) => [t.target_type, t.target_id]), [['user', ext]]);
  assert.deepEqual((await s.sandbox.db.selectFrom('phone_role_members').select('role_id').where('user_id', '=', user).execute()).map((r) => r.role_id), [compliance]);
});

test('copy_all_members moves every member of the source role', async () => {
  const { token, accountId } = await fresh();
  const users = [await addUser(s, { accountId, siteId: null }), await addUser(s, { accountId, siteId: null })];
  const cq = await builtin('Call Queue Admin', token);
  const ar = await builtin('Auto Receptionist Admin', token);
  assertContract('addMembersToRoles', await addMembers(cq, { user_ids: users }, token));
  const res = await addMembers(ar, { role_id: cq, copy_all_members: true }, token);
  assertContract('addMembersToRoles', res);
  assert.deepEqual((await members(ar, {}, token)).map((m) => m.user_id).sort(), [...users].sort());
  assert.deepEqual(await members(cq, {}, token), []);
  // nobody named and nothing to copy: refused
  const none = await addMembers(ar, {}, token);
  assertDocumentedError('addMembersToRoles', none, 'error300');
  assert.equal(none.body.message, 'user_ids is required unless role_id and copy_all_members are given.');
  const missing = await addMembers(ar, { role_id: 'nOsUcHrOlE000000000000', copy_all_members: true }, token);
  assertDocumentedError('addMembersToRoles', missing, 'error300');
  assert.equal(missing.body.message, 'Phone role does not exist for role id: nOsUcHrOlE000000000000.');
});

test('invalid users are refused and nothing changes', async () => {
  const { id } = await copyOf('Site Admin');
  const user = await addUser(s);
  const res = await addMembers(id, { user_ids: [user, 'nobody@nowhere.test', 'nOsUcHuSeR'] });
  assertDocumentedError('addMembersToRoles', res, 'thereAreInvalidEmailsThereAre');
  assert.equal(res.body.message, 'There are invalid emails:nobody@nowhere.test There are invalid user ids:nOsUcHuSeR');
  assert.deepEqual(await members(id), []);
  // another account's user is no user of this one
  const { accountId } = await fresh();
  const stranger = await addUser(s, { accountId, siteId: null });
  assertDocumentedError('addMembersToRoles', await addMembers(id, { user_ids: [stranger] }), 'thereAreInvalidEmailsThereAre');

  assertContract('addMembersToRoles', await addMembers(id, { user_ids: [user] }));
  const notMember = await addUser(s);
  const del = await deleteMembers(id, [user, notMember]);
  assertDocumentedError('deleteMembersInARole', del, 'thereAreInvalidEmailsThereAre');
  assert.equal(del.body.message, `There are invalid emails: There are invalid user ids:${notMember}`);
  assert.deepEqual((await members(id)).map((m) => m.user_id), [user]);
  assertDocumentedError('deleteMembersInARole', await s.api('DELETE', `${PATH}/${id}/members`, { query: { user_ids: '' } }), 'error300');
});

test('members are deleted by id or email; their own targets go with them', async () => {
  const { id } = await copyOf('Site Admin');
  const [main, denver] = await sites(s);
  const a = await addUser(s);
  const b = await addUser(s);
  assertContract('addMembersToRoles', await addMembers(id, { user_ids: [a, b] }));
  assertContract('addPhoneRoleTargets', await addTargets(id, { user_id: a, targets: [{ target_type: 'site', target_ids: [main!.id, denver!.id] }] }));
  const res = await deleteMembers(id, [await emailOf(a)]);
  assertContract('deleteMembersInARole', res);
  assert.equal(res.status, 204);
  assert.deepEqual((await members(id)).map((m) => m.user_id), [b]);
  assert.equal((await s.sandbox.db.selectFrom('phone_role_targets').select('target_id').where('member_id', '=', a).execute()).length, 0);
  // a member no more: its targets cannot be asked for
  assertDocumentedError('listPhoneRoleTargets', await s.api('GET', `${PATH}/${id}/targets`, { query: { user_id: a } }), 'userDoesNotExistForUser');
  assertContract('deleteMembersInARole', await deleteMembers(id, [b]));
  assert.equal((await role(id)).total_members, 0);
});

test('concurrent adds of one user to two roles leave it in one', async () => {
  const { token, accountId } = await fresh();
  const user = await addUser(s, { accountId, siteId: null });
  const ids = await Promise.all(['Site Admin', 'Call Queue Admin', 'Recording Admin', 'Compliance Admin'].map((n) => builtin(n, token)));
  const results = await Promise.all(ids.map((id) => addMembers(id, { user_ids: [user] }, token)));
  for (const r of results) assertContract('addMembersToRoles', r);
  const held = await s.sandbox.db.selectFrom('phone_role_members').select('role_id').where('user_id', '=', user).execute();
  assert.equal(held.length, 1);
  const counts = (await roles(token)).map((r) => r.total_members);
  assert.equal(counts.reduce((x, y) => x + y, 0), 1);
});

test('a user removed from Zoom Phone leaves its role and is no target any more', async () => {
  const { id } = await copyOf('Recording Admin');
  const member = await addUser(s);
  const target = await addUser(s);
  assertContract('addMembersToRoles', await addMembers(id, { user_ids: [member] }));
  const ext = await extensionOf(target);
  assertContract('addPhoneRoleTargets', await addTargets(id, { is_default: true, targets: [{ target_type: 'user', target_ids: [ext] }] }));
  assertContract('addPhoneRoleTargets', await addTargets(id, { user_id: member, targets: [{ target_type: 'user', target_ids: [ext] }] }));
  assert.equal((await s.admin('DELETE', `/accounts/${DEMO}/users/${target}`)).status, 204);
  assert.equal((await targets(id, { is_default: 'true' })).total_records, 0);
  assert.equal((await targets(id, { user_id: member })).total_records, 0);
  assert.equal((await s.admin('DELETE', `/accounts/${DEMO}/users/${member}`)).status, 204);
  assert.deepEqual(await members(id), []);
  assert.equal((await role(id)).total_members, 0);
});

test('default and member targets are added, listed and deleted', async () => {
  const { id } = await copyOf('Compliance Admin');
  const dir = await directory(s, DEMO);
  const [main, denver, london] = await sites(s);
  const queue = dir.find((e) => e.kind === 'callQueue')!;
  const slg = dir.find((e) => e.kind === 'sharedLineGroup')!;
  const res = await addTargets(id, {
    is_default: true,
    targets: [
      { target_type: 'site', target_ids: [denver!.id, london!.id, denver!.id] },
      { target_type: 'callQueue', target_ids: [queue.id] },
      { target_type: 'sharedLineGroup', target_ids: [slg.id] },
    ],
  });
  assertContract('addPhoneRoleTargets', res);
  assert.equal(res.status, 201);
  assert.deepEqual(res.body, {
    is_default: true,
    targets: [
      { target_type: 'site', target_ids: [denver!.id, london!.id] },
      { target_type: 'callQueue', target_ids: [queue.id] },
      { target_type: 'sharedLineGroup', target_ids: [slg.id] },
    ],
  });
  const listed = await targets(id, { is_default: 'true' });
  assert.equal(listed.total_records, 4);
  const queueSite = [main, denver, london].find((x) => x!.id === queue.site_id)!;
  assert.deepEqual(listed.targets[2], { target_id: queue.id, target_type: 'callQueue', target_name: queue.name, extension_number: queue.extension_number, site_id: queueSite.id, site_name: queueSite.name });
  assert.deepEqual(listed.targets[0], { target_id: denver!.id, target_type: 'site', target_name: denver!.name, site_id: denver!.id, site_name: denver!.name });
  // filters: type, site, keyword
  assert.deepEqual((await targets(id, { is_default: 'true', target_type: 'site' })).targets.map((t: any) => t.target_id), [denver!.id, london!.id]);
  assert.deepEqual((await targets(id, { is_default: 'true', site_id: queueSite.id })).targets.map((t: any) => t.target_id).includes(queue.id), true);
  assert.deepEqual((await targets(id, { is_default: 'true', keyword: queue.name.slice(1, 4).toUpperCase() })).targets.map((t: any) => t.target_id), [queue.id]);

  // a member's own targets are apart from the defaults
  const member = await addUser(s);
  assertContract('addMembersToRoles', await addMembers(id, { user_ids: [member] }));
  const own = await addTargets(id, { user_id: member, targets: [{ target_type: 'site', target_ids: [main!.id] }] });
  assertContract('addPhoneRoleTargets', own);
  assert.deepEqual(own.body, { is_default: false, user_id: member, targets: [{ target_type: 'site', target_ids: [main!.id] }] });
  assert.deepEqual((await targets(id, { user_id: member })).targets.map((t: any) => t.target_id), [main!.id]);
  assert.equal((await targets(id, { is_default: 'true' })).total_records, 4);

  const del = await deleteTargets(id, { is_default: true, targets: [{ target_type: 'site', target_ids: [london!.id] }, { target_type: 'callQueue', target_ids: [queue.id] }] });
  assertContract('deletePhoneRoleTargets', del);
  assert.equal(del.status, 204);
  assert.deepEqual((await targets(id, { is_default: 'true' })).targets.map((t: any) => t.target_id), [denver!.id, slg.id]);
  assertContract('deletePhoneRoleTargets', await deleteTargets(id, { user_id: member, targets: [{ target_type: 'site', target_ids: [main!.id] }] }));
  assert.equal((await targets(id, { user_id: member })).total_records, 0);
});

test('a target type the role does not manage is refused; the super admin manages none', async () => {
  const { id } = await copyOf('Call Queue Admin');
  const [main] = await sites(s);
  const res = await addTargets(id, { is_default: true, targets: [{ target_type: 'site', target_ids: [main!.id] }] });
  assertDocumentedError('addPhoneRoleTargets', res, 'validationFailed');
  assert.deepEqual(res.body.errors, [{ field: 'targets[0].target_type', message: 'Invalid field.' }]);
  assertDocumentedError('deletePhoneRoleTargets', await deleteTargets(id, { is_default: true, targets: [{ target_type: 'site', target_ids: [main!.id] }] }), 'validationFailed');
  assertDocumentedError('listPhoneRoleTargets', await s.api('GET', `${PATH}/${id}/targets`, { query: { is_default: 'true', target_type: 'site' } }), 'validationFailed');
  const superAdmin = await builtin('Phone Super Admin');
  assertDocumentedError('addPhoneRoleTargets', await addTargets(superAdmin, { is_default: true, targets: [{ target_ids: [main!.id] }] }), 'validationFailed');
  assert.equal((await targets(superAdmin, { is_default: 'true' })).total_records, 0);
  assert.equal((await targets(superAdmin, { is_default: 'true', selected: 'false' })).total_records, 0);
  // a type left out is the role's one type
  const queue = (await directory(s, DEMO)).find((e) => e.kind === 'callQueue')!;
  const implied = await addTargets(id, { is_default: true, targets: [{ target_ids: [queue.id] }] });
  assertContract('addPhoneRoleTargets', implied);
  assert.deepEqual(implied.body.targets, [{ target_type: 'callQueue', target_ids: [queue.id] }]);
  // an unknown type is the schema's refusal
  assertUndocumentedError(await addTargets(id, { is_default: true, targets: [{ target_type: 'room', target_ids: [queue.id] }] }), 400, 300, 'Validation Failed.');
  const missingRole = await addTargets('nOsUcHrOlE000000000000', { is_default: true, targets: [{ target_ids: [queue.id] }] });
  assertDocumentedError('addPhoneRoleTargets', missingRole, 'phoneRoleDoesNotExistFor');
  assert.equal(missingRole.body.message, 'Phone role does not exist for role id: nOsUcHrOlE000000000000.');
  assertDocumentedError('deletePhoneRoleTargets', await deleteTargets('nOsUcHrOlE000000000000', { is_default: true, targets: [{ target_ids: [queue.id] }] }), 'phoneRoleDoesNotExistFor');
});

test('invalid target ids are refused and add nothing', async () => {
  const { id } = await copyOf('Recording Admin');
  const [main] = await sites(s);
  const dir = await directory(s, DEMO);
  const queue = dir.find((e) => e.kind === 'callQueue')!;
  const user = dir.find((e) => e.kind === 'user')!;
  const res = await addTargets(id, {
    is_default: true,
    targets: [
      { target_type: 'site', target_ids: [main!.id] },
      { target_type: 'callQueue', target_ids: [queue.id, user.id, 'nOsUcHeXt'] },
    ],
  });
  assertDocumentedError('addPhoneRoleTargets', res, 'thereAreInvalidTargetIds');
  assert.equal(res.body.message, `There are invalid target ids: ${user.id},nOsUcHeXt.`);
  // no family keeps Zoom's groups: no id names one
  assertDocumentedError('addPhoneRoleTargets', await addTargets(id, { is_default: true, targets: [{ target_type: 'group', target_ids: ['grp1'] }] }), 'thereAreInvalidTargetIds');
  assert.equal((await targets(id, { is_default: 'true' })).total_records, 0);
  // another account's site is no target of this one
  const { token } = await fresh();
  const theirs = await copyOf('Site Admin', token);
  assertDocumentedError('addPhoneRoleTargets', await addTargets(theirs.id, { is_default: true, targets: [{ target_ids: [main!.id] }] }, token), 'thereAreInvalidTargetIds');
});

test('member targets need a member of the role', async () => {
  const { id } = await copyOf('Site Admin');
  const [main] = await sites(s);
  const outsider = await addUser(s);
  const res = await addTargets(id, { user_id: outsider, targets: [{ target_ids: [main!.id] }] });
  assertDocumentedError('addPhoneRoleTargets', res, 'userDoesNotExistForUser');
  assert.equal(res.body.message, `User does not exist for user id: ${outsider}.`);
  assertDocumentedError('deletePhoneRoleTargets', await deleteTargets(id, { user_id: 'nOsUcHuSeR', targets: [{ target_ids: [main!.id] }] }), 'userDoesNotExistForUser');
  assertDocumentedError('listPhoneRoleTargets', await s.api('GET', `${PATH}/${id}/targets`, { query: { user_id: outsider } }), 'userDoesNotExistForUser');
  // is_default false without a member: refused as the schema would
  const none = await addTargets(id, { targets: [{ target_ids: [main!.id] }] });
  assertDocumentedError('addPhoneRoleTargets', none, 'validationFailed');
  assert.deepEqual(none.body, { code: 300, message: 'Validation Failed', errors: [{ field: 'user_id', message: 'user_id is required when is_default is false.' }] });
  assertDocumentedError('deletePhoneRoleTargets', await deleteTargets(id, { targets: [{ target_ids: [main!.id] }] }), 'validationFailed');
  assertDocumentedError('addPhoneRoleTargets', await addTargets(id, { is_default: true, targets: [] }), 'validationFailed');
  assertDocumentedError('addPhoneRoleTargets', await addTargets(id, { is_default: true, targets: [{ target_ids: [] }] }), 'validationFailed');
  assert.equal((await targets(id, { is_default: 'true' })).total_records, 0);
});

test('candidate targets are listed with selected=false', async () => {
  const { id } = await copyOf('Site Admin');
  const all = await sites(s);
  assert.deepEqual((await targets(id, { is_default: 'true', selected: 'false' })).targets.map((t: any) => t.target_id), all.map((x) => x.id));
  assertContract('addPhoneRoleTargets', await addTargets(id, { is_default: true, targets: [{ target_ids: [all[1]!.id] }] }));
  const left = await targets(id, { is_default: 'true', selected: 'false' });
  assert.equal(left.total_records, all.length - 1);
  assert.deepEqual(left.targets.map((t: any) => t.target_id), all.filter((_, i) => i !== 1).map((x) => x.id));
  const cq = await copyOf('Call Queue Admin');
  const queues = (await directory(s, DEMO)).filter((e) => e.kind === 'callQueue');
  assert.deepEqual((await targets(cq.id, { is_default: 'true', selected: 'false' })).targets.map((t: any) => [t.target_id, t.extension_number]), queues.map((q) => [q.id, q.extension_number]));
});

test('the targets list pages by next_page_token, 300 a page at most', async () => {
  const { id } = await copyOf('Compliance Admin');
  const dir = (await directory(s, DEMO)).filter((e) => e.kind === 'user');
  assertContract('addPhoneRoleTargets', await addTargets(id, { is_default: true, targets: [{ target_type: 'user', target_ids: dir.slice(0, 5).map((e) => e.id) }] }));
  const seen: string[] = [];
  let next = '';
  let pages = 0;
  do {
    const body = await targets(id, { is_default: 'true', page_size: 2, ...(next ? { next_page_token: next } : {}) });
    assert.equal(body.page_size, 2);
    assert.equal(body.total_records, 5);
    seen.push(...body.targets.map((t: any) => t.target_id));
    next = body.next_page_token;
    pages++;
  } while (next);
  assert.equal(pages, 3);
  assert.deepEqual(seen, dir.slice(0, 5).map((e) => e.id));
  await targets(id, { is_default: 'true', page_size: 300 });
  assertUndocumentedError(await s.api('GET', `${PATH}/${id}/targets`, { query: { page_size: 301 } }), 400, 300, 'Validation Failed.');
  const bad = await s.api('GET', `${PATH}/${id}/targets`, { query: { is_default: 'true', next_page_token: 'not-a-token' } });
  assertDocumentedError('listPhoneRoleTargets', bad, 'nextPageTokenIsInvalidOr');
});

test('a targets page token expires after 15 minutes', async () => {
  const { id } = await copyOf('Site Admin');
  const list: PagedList = { op: 'listPhoneRoleTargets', get: (query) => s.api('GET', `${PATH}/${id}/targets`, { query: { ...query, is_default: 'true', selected: 'false' } }) };
  await assertPageTokensExpire(s, [list], (_, res) => assertDocumentedError('listPhoneRoleTargets', res, 'nextPageTokenIsInvalidOr'));
});

test("a deleted site leaves the roles' targets", async () => {
  const { id } = await copyOf('Site Admin');
  const site = await s.api('POST', '/phone/sites', { body: { name: 'Roles Branch', auto_receptionist_name: 'Roles Branch AR', site_code: 77, default_emergency_address: ADDRESS } });
  assert.equal(site.status, 201, JSON.stringify(site.body));
  assertContract('addPhoneRoleTargets', await addTargets(id, { is_default: true, targets: [{ target_ids: [site.body.id] }] }));
  assert.equal((await targets(id, { is_default: 'true' })).total_records, 1);
  const [main] = await sites(s);
  const gone = await s.api('DELETE', `/phone/sites/${site.body.id}`, { query: { transfer_site_id: main!.id } });
  assert.equal(gone.status, 204, JSON.stringify(gone.body));
  assert.equal((await targets(id, { is_default: 'true' })).total_records, 0);
});

test("another account neither sees nor changes the account's roles", async () => {
  const demo = await roles();
  const custom = demo.find((r) => r.name === 'Regional Site Admin')!;
  const stranger = await fresh();
  const subToken = await tokenFor(s, SUB);
  for (const token of [stranger.token, subToken]) {
    const theirs = await roles(token);
    assert.deepEqual(theirs.map((r) => r.name), BUILTINS);
    assert.ok(theirs.every((r) => !demo.some((d) => d.id === r.id)));
    assertUndocumentedError(await get(custom.id, token), 404, 404, `Phone role does not exist for role Id: ${custom.id}.`);
    assertUndocumentedError(await update(custom.id, { name: 'Stolen' }, token), 404, 404, `Phone role does not exist for role Id: ${custom.id}.`);
    assertUndocumentedError(await remove(custom.id, token), 404, 404, `Phone role does not exist for role Id: ${custom.id}.`);
    assertDocumentedError('duplicateAPhoneRole', await duplicate({ role_id: custom.id }, token), 'error300');
    assertUndocumentedError(await addMembers(custom.id, { user_ids: ['x'] }, token), 404, 404, `Phone role does not exist for role Id: ${custom.id}.`);
    assertDocumentedError('listPhoneRoleTargets', await s.api('GET', `${PATH}/${custom.id}/targets`, { token }), 'phoneRoleDoesNotExistFor');
    assertDocumentedError('deletePhoneRoleTargets', await deleteTargets(custom.id, { is_default: true, targets: [{ target_ids: ['x'] }] }, token), 'phoneRoleDoesNotExistFor');
    // a name the demo uses is free in another account
    assertContract('duplicateAPhoneRole', await duplicate({ role_id: theirs[1].id, name: 'Regional Site Admin' }, token));
  }
  assert.deepEqual(await roles(), demo);
});

test('the role a user holds is read through public.ts', async () => {
  const { id, name } = await copyOf('Call Queue Admin');
  const user = await addUser(s);
  assert.equal(await phoneRoleOfUser(s.sandbox.db, DEMO, user), undefined);
  assertContract('addMembersToRoles', await addMembers(id, { user_ids: [user] }));
  const held = await phoneRoleOfUser(s.sandbox.db, DEMO, user);
  assert.deepEqual(held, { id, name, kind: 'callQueue_admin', isDefault: false, targetTypes: ['callQueue'] });
  assert.equal(await phoneRoleOfUser(s.sandbox.db, 'another-account', user), undefined);
});

test('a member of a site admin role is a site admin on its profile', async () => {
  const profile = async (userId: string) => {
    const res = await s.api('GET', `/phone/users/${userId}`);
    assertContract('getAUsersProfile', res);
    return res.body;
  };
  const user = await addUser(s);
  assert.equal((await profile(user)).site_admin, false);
  const { id } = await copyOf('Site Admin');
  assertContract('addMembersToRoles', await addMembers(id, { user_ids: [user] }));
  assert.equal((await profile(user)).site_admin, true);
  // another kind of admin is no site admin
  assertContract('addMembersToRoles', await addMembers(await builtin('Call Queue Admin'), { user_ids: [user] }));
  assert.equal((await profile(user)).site_admin, false);
  // the demo's Regional Site Admin member is one
  const regional = (await roles()).find((r) => r.name === 'Regional Site Admin')!;
  const [member] = await members(regional.id);
  assert.equal((await profile(member.user_id)).site_admin, true);
});
