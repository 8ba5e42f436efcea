// The members of a call pickup group through the HTTP API: extensions of the
// account's directory, each once per group, listed with what the directory shows
// of them, removed, and gone when their extension leaves the directory.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { addUser } from '../../support/org.ts';
import { releaseExtensions } from '../../../src/families/extensions/public.ts';
import { calls, demo, extensionOf, otherMaster, state } from './fixtures.ts';

let s: TestServer;
let api: ReturnType<typeof calls>;
let d: Awaited<ReturnType<typeof demo>>;
before(async () => {
  s = await startServer();
  api = calls(s);
  d = await demo(s);
});
after(() => s.close());

async function group(name: string, members: string[] = [], siteId = d.main.id): Promise<string> {
  const res = await api.add({ display_name: name, site_id: siteId, member_extension_ids: members });
  assertContract('addAGroupCallPickupObject', res);
  return res.body.id;
}

async function listed(id: string, query: Record<string, string | number> = {}) {
  const res = await api.members(id, { page_size: 300, ...query });
  assertContract('listCallPickupGroupMembers', res);
  return res.body.group_call_pickup_member as any[];
}

/** A user of the demo account on the site, with its extension in the directory. */
async function user(siteId: string | null = d.main.id): Promise<{ id: string; extension: string }> {
  const id = await addUser(s, { siteId });
  return { id, extension: await extensionOf(s, id) };
}

const demoGroup = async () => (await api.list()).body.group_call_pickup.find((g: any) => g.display_name === 'Front Desk Pickup');

test("the members list shows each member's extension as the directory has it", async () => {
  const g = await demoGroup();
  const res = await api.members(g.id);
  assertContract('listCallPickupGroupMembers', res);
  assert.deepEqual(res.body, {
    next_page_token: '',
    page_size: 30,
    total_records: 2,
    group_call_pickup_member: d.users.slice(0, 2).map((u) => ({
      id: u.owner_id,
      extension_id: u.id,
      extension_type: 'user',
      display_name: u.name,
      extension_number: u.extension_number,
    })),
  });
});

test('members are added once: a repeated or existing member is refused and nothing of the request is added', async () => {
  const id = await group('Once only', [d.users[0].id]);
  const res = await api.addMembers(id, { member_extension_ids: [d.users[1].id, d.users[2].id] });
  assertContract('addMembersToACallPickupGroup', res);
  assert.deepEqual((await listed(id)).map((m) => m.extension_id), [d.users[0].id, d.users[1].id, d.users[2].id]);
  assert.equal((await api.get(id)).body.member_count, 3);
  const before = await state(s);
  const again = await api.addMembers(id, { member_extension_ids: [d.users[3].id, d.users[1].id] });
  assertDocumentedError('addMembersToACallPickupGroup', again, 'error300');
  assert.equal(again.body.message, `Extension ${d.users[1].id} is already a member of the call pickup group.`);
  const twice = await api.addMembers(id, { member_extension_ids: [d.users[3].id, d.users[3].id] });
  assertDocumentedError('addMembersToACallPickupGroup', twice, 'error300');
  assert.equal(twice.body.message, `Extension ${d.users[3].id} appears more than once in the request.`);
  const createTwice = await api.add({ display_name: 'Twice', site_id: d.main.id, member_extension_ids: [d.users[0].id, d.users[0].id] });
  assertDocumentedError('addAGroupCallPickupObject', createTwice, 'error300');
  for (const body of [{ member_extension_ids: [] }, {}]) {
    const none = await api.addMembers(id, body);
    assertDocumentedError('addMembersToACallPickupGroup', none, 'error300');
    assert.equal(none.body.message, 'member_extension_ids must hold at least one extension ID.');
  }
  // No body at all: the platform's validation failure, the same 400/300.
  assertDocumentedError('addMembersToACallPickupGroup', await api.addMembers(id, undefined), 'error300');
  assert.deepEqual(await state(s), before);
  // The same extension may be a member of another group.
  const other = await group('Another group', [d.users[1].id]);
  assert.deepEqual((await listed(other)).map((m) => m.extension_id), [d.users[1].id]);
});

test("a member must be a user or common area extension of the account", async () => {
  const id = await group('Kinds');
  const before = await state(s);
  const unknown = await api.addMembers(id, { member_extension_ids: [d.users[4].id, 'no-such-extension'] });
  assertDocumentedError('addMembersToACallPickupGroup', unknown, 'error300');
  assert.equal(unknown.body.message, 'Extension does not exist: no-such-extension.');
  const receptionist = await api.addMembers(id, { member_extension_ids: [d.receptionists[0].id] });
  assertDocumentedError('addMembersToACallPickupGroup', receptionist, 'error300');
  assert.equal(receptionist.body.message, `Extension ${d.receptionists[0].id} is not a user or common area extension.`);
  assertDocumentedError('addAGroupCallPickupObject', await api.add({ display_name: 'Desk', site_id: d.main.id, member_extension_ids: [d.receptionists[0].id] }), 'error300');
  const created = await api.add({ display_name: 'Unknown member', site_id: d.main.id, member_extension_ids: [d.users[0].id, 'nope'] });
  assertDocumentedError('addAGroupCallPickupObject', created, 'error300');
  assert.equal(created.body.message, 'Extension does not exist: nope.');
  // Another account's user is no extension of this one.
  const token = await otherMaster(s, 'gcp-members-other');
  const foreign = await addUser(s, { accountId: 'gcp-members-other' });
  assertDocumentedError('addMembersToACallPickupGroup', await api.addMembers(id, { member_extension_ids: [await extensionOf(s, foreign)] }), 'error300');
  assert.equal((await api.list({}, token)).body.total_records, 0);
  assert.deepEqual(await state(s), before);
});

test('a member is removed, and removing it again is 404', async () => {
  const id = await group('Removals', [d.users[0].id, d.users[1].id]);
  const res = await api.removeMember(id, d.users[0].id);
  assertContract('removeMembersFromCallPickupGroup', res);
  assert.deepEqual((await listed(id)).map((m) => m.extension_id), [d.users[1].id]);
  assertDocumentedError('removeMembersFromCallPickupGroup', await api.removeMember(id, d.users[0].id), 'memberDoesNotExist');
  assertDocumentedError('removeMembersFromCallPickupGroup', await api.removeMember(id, 'no-such-extension'), 'memberDoesNotExist');
  // A member of another group is not this one's.
  const demoId = (await demoGroup()).id;
  assertDocumentedError('removeMembersFromCallPickupGroup', await api.removeMember(id, d.users[0].id), 'memberDoesNotExist');
  assert.equal((await listed(demoId)).some((m) => m.extension_id === d.users[0].id), true);
  assertDocumentedError('removeMembersFromCallPickupGroup', await api.removeMember('no-such-group', d.users[1].id), 'groupCallPickupDoesNotExist');
  assertDocumentedError('addMembersToACallPickupGroup', await api.addMembers('no-such-group', { member_extension_ids: [d.users[1].id] }), 'groupCallPickupDoesNotExist');
  // Added back after its removal.
  assertContract('addMembersToACallPickupGroup', await api.addMembers(id, { member_extension_ids: [d.users[0].id] }));
  assert.deepEqual((await listed(id)).map((m) => m.extension_id), [d.users[1].id, d.users[0].id]);
});

test("the member list filters by the member's site and extension type, and pages by next_page_token", async () => {
  const [denver, london] = [d.sites[1].id, d.sites[2].id];
  // 150 members, every third of the Denver site: the site filter reads past one batch of members.
  const members: { extension: string; site: string }[] = [];
  for (let i = 0; i < 150; i++) {
    const site = i % 3 === 0 ? denver : london;
    members.push({ extension: (await user(site)).extension, site });
  }
  const id = await group('Many members');
  for (let i = 0; i < members.length; i += 50) {
    assertContract('addMembersToACallPickupGroup', await api.addMembers(id, { member_extension_ids: members.slice(i, i + 50).map((m) => m.extension) }));
  }
  const first = await api.members(id);
  assertContract('listCallPickupGroupMembers', first);
  assert.equal(first.body.group_call_pickup_member.length, 30);
  assert.equal(first.body.total_records, 150);
  const inDenver = members.filter((m) => m.site === denver).map((m) => m.extension);
  const seen: string[] = [];
  let token = '';
  do {
    const page = await api.members(id, { site_id: denver, page_size: 20, ...(token ? { next_page_token: token } : {}) });
    assertContract('listCallPickupGroupMembers', page);
    assert.equal(page.body.total_records, 50);
    seen.push(...page.body.group_call_pickup_member.map((m: any) => m.extension_id));
    token = page.body.next_page_token;
  } while (token);
  assert.deepEqual(seen, inDenver);
  assert.deepEqual((await listed(id, { extension_type: 'commonArea' })), []);
  assert.equal((await listed(id, { extension_type: 'user' })).length, 150);
  assert.deepEqual(await listed(id, { site_id: 'no-such-site' }), []);
  assertUndocumentedError(await api.members(id, { extension_type: 'autoReceptionist' }), 400, 300, 'Validation Failed.');
  assertUndocumentedError(await api.members(id, { page_size: 301 }), 400, 300, 'Validation Failed.');
  assertUndocumentedError(await api.members(id, { site_id: london, next_page_token: first.body.next_page_token }), 400, 300, 'The next page token is invalid or expired.');
});

test('a member leaves every group when its extension leaves the directory', async () => {
  const u = await user();
  const a = await group('Release A', [u.extension, d.users[0].id]);
  const b = await group('Release B', [u.extension]);
  await s.sandbox.db.transaction().execute(async (trx) => {
    const account = (await trx.selectFrom('phone_users').select('account_id').where('id', '=', u.id).executeTakeFirstOrThrow()).account_id;
    await releaseExtensions(trx, account, u.id, 'user');
  });
  assert.deepEqual((await listed(a)).map((m) => m.extension_id), [d.users[0].id]);
  assert.deepEqual(await listed(b), []);
  assert.equal((await api.get(a)).body.member_count, 1);
  // Gone from the directory, it cannot be added again.
  assertDocumentedError('addMembersToACallPickupGroup', await api.addMembers(b, { member_extension_ids: [u.extension] }), 'error300');
});
