// The account's private directory through the HTTP API: members (extensions of the
// account's directory) added, listed as their extensions are now, their search scope
// changed, removed; a site's private directory on multiple sites; a member whose
// extension leaves, or whose site is deleted.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { assertPageTokensExpire } from '../../support/pages.ts';
import { otherAccount } from '../../support/fixtures.ts';
import { addUser, ADDRESS, DEMO, sites } from '../../support/org.ts';
import { phoneEndpoints } from '../../support/sdk.ts';
import { releaseExtensions } from '../../../src/families/extensions/public.ts';
import { privateDirectoryScopes } from '../../../src/families/private-directory/public.ts';

let s: TestServer;
let accounts = 0;
before(async () => {
  s = await startServer();
});
after(() => s.close());

const PATH = '/phone/private_directory/members';
type Scope = 'everybody' | 'admins_only' | 'nobody';

const add = (body: unknown, token?: string) => s.api('POST', PATH, { body, token });
const update = (extensionId: string, body: unknown, token?: string) => s.api('PATCH', `${PATH}/${extensionId}`, { body, token });
const remove = (extensionId: string, query?: Record<string, string>, token?: string) => s.api('DELETE', `${PATH}/${extensionId}`, { query, token });

/** The members the list shows (every page of 300), checked against the contract. */
async function members(query: Record<string, string | number> = {}, token?: string): Promise<any[]> {
  const res = await s.api('GET', PATH, { query: { page_size: 300, ...query }, token });
  assertContract('listPrivateDirectoryMembers', res);
  return res.body.private_directory_members;
}

/** A master account of its own with no site (so no multiple sites) and users of its own. */
async function fresh(users = 0): Promise<{ token: string; accountId: string; extensions: string[] }> {
  const acct = await otherAccount(s, `pd-acct-${++accounts}`);
  const extensions: string[] = [];
  for (let i = 0; i < users; i++) extensions.push(await userExtension(await addUser(s, { accountId: acct.accountId })));
  return { ...acct, extensions };
}

async function userExtension(userId: string): Promise<string> {
  const row = await s.sandbox.db.selectFrom('phone_users').select('extension_id').where('id', '=', userId).executeTakeFirstOrThrow();
  return row.extension_id;
}

/** The demo account's extension of this name. */
async function demoExtension(name: string): Promise<{ id: string; extension_number: number; site_id: string | null }> {
  const row = await s.sandbox.db.selectFrom('extensions').select(['id', 'extension_number', 'site_id']).where('account_id', '=', DEMO).where('name', '=', name).executeTakeFirstOrThrow();
  return { ...row, extension_number: Number(row.extension_number) };
}

const NOT_FOUND = (id: string) => `Extension does not exist: ${id}`;

test('the demo account lists its private directory members as their extensions show them', async () => {
  const res = await s.api('GET', PATH);
  assertContract('listPrivateDirectoryMembers', res);
  assert.equal(res.body.page_size, 30);
  assert.equal(res.body.total_records, 4);
  assert.equal(res.body.next_page_token, '');
  const [main] = await sites(s);
  const ada = await demoExtension('Ada Lovelace');
  const adaEmail = (await s.sandbox.db.selectFrom('phone_users').select('email').where('extension_id', '=', ada.id).executeTakeFirstOrThrow()).email;
  assert.deepEqual(res.body.private_directory_members[0], {
    extension_id: ada.id,
    extension_display_name: 'Ada Lovelace',
    extension_number: ada.extension_number,
    extension_type: 'user',
    extension_email: adaEmail,
    searchable_on_web_portal: 'everybody',
    site_id: main!.id,
    site_name: main!.name,
  });
  assert.deepEqual(
    res.body.private_directory_members.map((m: any) => [m.extension_display_name, m.extension_type, m.searchable_on_web_portal, m.extension_email !== undefined]),
    [
      ['Ada Lovelace', 'user', 'everybody', true],
      ['Grace Hopper', 'user', 'admins_only', true],
      ['Sales', 'call_queue', 'everybody', false],
      ['Main Lobby', 'common_area', 'nobody', false],
    ],
  );
});

test('members added are listed with their extensions; every kind of extension may be one', async () => {
  const { token, extensions } = await fresh(2);
  const res = await add({ members: [{ extension_id: extensions[1], searchable_on_web_portal: 'admins_only' }, { extension_id: extensions[0], searchable_on_web_portal: 'everybody' }] }, token);
  assertContract('addMembersToAPrivateDirectory', res);
  assert.equal(res.status, 201);
  const listed = await members({}, token);
  assert.deepEqual(listed.map((m) => [m.extension_id, m.searchable_on_web_portal, m.extension_type]), [
    [extensions[1], 'admins_only', 'user'],
    [extensions[0], 'everybody', 'user'],
  ]);
  // no site: the account has none, and neither site_id nor site_name is shown
  assert.equal(listed[0].site_id, undefined);
  assert.match(listed[0].extension_email, new RegExp(`@org\\.test$`));
  // the demo's call queue, common area, shared line group, Zoom Room and receptionist are members as users are
  const main = (await sites(s))[0]!;
  const kinds = ['Support', 'Front Desk', 'Boardroom', 'Main Site Auto Receptionist'];
  const ids = await Promise.all(kinds.map(async (n) => (await demoExtension(n)).id));
  const denverQueue = ids[0]!;
  const onMain = ids.slice(1);
  assertContract('addMembersToAPrivateDirectory', await add({ site_id: main.id, members: onMain.map((extension_id) => ({ extension_id, searchable_on_web_portal: 'everybody' })) }));
  const denver = (await sites(s))[1]!;
  assertContract('addMembersToAPrivateDirectory', await add({ site_id: denver.id, members: [{ extension_id: denverQueue, searchable_on_web_portal: 'nobody' }] }));
  const demo = await members();
  assert.deepEqual(
    demo.filter((m) => ids.includes(m.extension_id)).map((m) => [m.extension_display_name, m.extension_type, m.site_name]),
    [
      ['Front Desk', 'shared_line_group', main.name],
      ['Boardroom', 'zoom_room', main.name],
      ['Main Site Auto Receptionist', 'auto_receptionist', main.name],
      ['Support', 'call_queue', denver.name],
    ],
  );
  for (const id of ids) assertContract('removeAMemberFromAPrivateDirectory', await remove(id));
});

test("on multiple sites a member is added to its own site's directory, named by site_id", async () => {
  const [main, denver] = await sites(s);
  const katherine = await demoExtension('Katherine Johnson'); // a Denver user
  const before = await members();
  // the account has three sites: site_id is required
  assertUndocumentedError(await add({ members: [{ extension_id: katherine.id, searchable_on_web_portal: 'everybody' }] }), 400, 300, 'site_id is required when the account has multiple sites.');
  // a site the account does not have
  assertDocumentedError('addMembersToAPrivateDirectory', await add({ site_id: 'nOsUcHsItE', members: [{ extension_id: katherine.id, searchable_on_web_portal: 'everybody' }] }), 'siteDoesNotExist');
  const wrong = await add({ site_id: main!.id, members: [{ extension_id: katherine.id, searchable_on_web_portal: 'everybody' }] });
  assertUndocumentedError(wrong, 400, 300, `Extension ${katherine.id} does not belong to site ${main!.id}.`);
  assert.deepEqual(await members(), before, 'nothing was added');
  assertContract('addMembersToAPrivateDirectory', await add({ site_id: denver!.id, members: [{ extension_id: katherine.id, searchable_on_web_portal: 'nobody' }] }));
  const onDenver = await members({ site_id: denver!.id });
  assert.deepEqual(onDenver.map((m) => [m.extension_display_name, m.site_id, m.site_name]), [['Katherine Johnson', denver!.id, denver!.name]]);
  assertContract('removeAMemberFromAPrivateDirectory', await remove(katherine.id, { site_id: denver!.id }));
});

test('an extension the account does not have, one already a member, or none, adds nothing', async () => {
  const { token, extensions } = await fresh(2);
  const [a, b] = extensions as [string, string];
  assertUndocumentedError(await add({ members: [{ extension_id: a, searchable_on_web_portal: 'everybody' }, { extension_id: 'nOsUcHeXtEnSiOn', searchable_on_web_portal: 'everybody' }] }, token), 404, 404, NOT_FOUND('nOsUcHeXtEnSiOn'));
  // another account's extension is unknown here
  const ada = await demoExtension('Ada Lovelace');
  assertUndocumentedError(await add({ members: [{ extension_id: ada.id, searchable_on_web_portal: 'everybody' }] }, token), 404, 404, NOT_FOUND(ada.id));
  assertUndocumentedError(await add({ members: [] }, token), 400, 300, 'members must name at least one extension.');
  assertUndocumentedError(
    await add({ members: [{ extension_id: b, searchable_on_web_portal: 'everybody' }, { extension_id: b, searchable_on_web_portal: 'nobody' }] }, token),
    400,
    300,
    `Extension already exists in the private directory: ${b}.`,
  );
  assert.deepEqual(await members({}, token), []);
  assertContract('addMembersToAPrivateDirectory', await add({ members: [{ extension_id: a, searchable_on_web_portal: 'everybody' }] }, token));
  const again = await add({ members: [{ extension_id: b, searchable_on_web_portal: 'everybody' }, { extension_id: a, searchable_on_web_portal: 'nobody' }] }, token);
  assertUndocumentedError(again, 400, 300, `Extension already exists in the private directory: ${a}.`);
  assert.deepEqual((await members({}, token)).map((m) => [m.extension_id, m.searchable_on_web_portal]), [[a, 'everybody']]);
  // the schema: an unknown scope, a member without extension_id, no members at all
  for (const body of [{ members: [{ extension_id: b, searchable_on_web_portal: 'friends' }] }, { members: [{ searchable_on_web_portal: 'nobody' }] }, {}]) {
    const res = await add(body, token);
    assert.equal(res.status, 400);
    assert.equal(res.body.code, 300);
  }
  assert.equal((await members({}, token)).length, 1);
});

test('concurrent adds of one extension: one wins, the others are refused', async () => {
  const { token, extensions } = await fresh(1);
  const results = await Promise.all(Array.from({ length: 6 }, (_, i) => add({ members: [{ extension_id: extensions[0], searchable_on_web_portal: (['everybody', 'nobody'] as Scope[])[i % 2] }] }, token)));
  assert.deepEqual(results.map((r) => r.status).sort(), [201, 400, 400, 400, 400, 400]);
  for (const r of results.filter((x) => x.status === 400)) assertUndocumentedError(r, 400, 300, `Extension already exists in the private directory: ${extensions[0]}.`);
  assert.equal((await members({}, token)).length, 1);
});

test('an update changes who may find the member and nothing else', async () => {
  const { token, accountId, extensions } = await fresh(2);
  const [a, b] = extensions as [string, string];
  await add({ members: [{ extension_id: a, searchable_on_web_portal: 'everybody' }, { extension_id: b, searchable_on_web_portal: 'everybody' }] }, token);
  const before = await members({}, token);
  const res = await update(a, { searchable_on_web_portal: 'admins_only' }, token);
  assertContract('updateAPrivateDirectoryMember', res);
  assert.equal(res.status, 204);
  const afterUpdate = await members({}, token);
  assert.deepEqual(afterUpdate, [{ ...before[0], searchable_on_web_portal: 'admins_only' }, before[1]]);
  assertContract('updateAPrivateDirectoryMember', await update(a, { searchable_on_web_portal: 'nobody' }, token));
  assert.equal((await members({}, token))[0].searchable_on_web_portal, 'nobody');
  // what other families read of it (an alert naming a hidden extension, say)
  assert.deepEqual([...(await privateDirectoryScopes(s.sandbox.db, accountId, [a, b, 'nOsUcHeXtEnSiOn'])).entries()], [[a, 'nobody'], [b, 'everybody']]);
});

test('an update or removal of an extension not in the directory answers the documented 404s', async () => {
  const { token, extensions } = await fresh(2);
  const [a, b] = extensions as [string, string];
  await add({ members: [{ extension_id: a, searchable_on_web_portal: 'everybody' }] }, token);
  assertDocumentedError('updateAPrivateDirectoryMember', await update('nOsUcHeXtEnSiOn', { searchable_on_web_portal: 'nobody' }, token), 'extensionDoesNotExist');
  assertDocumentedError('removeAMemberFromAPrivateDirectory', await remove('nOsUcHeXtEnSiOn', undefined, token), 'extensionDoesNotExist');
  // b is the account's extension but no member
  const notMember = await update(b, { searchable_on_web_portal: 'nobody' }, token);
  assertDocumentedError('updateAPrivateDirectoryMember', notMember, 'extensionDoesNotExistInThe');
  assert.equal(notMember.body.message, `Extension does not exist in the private directory: ${b}.`);
  assertDocumentedError('removeAMemberFromAPrivateDirectory', await remove(b, undefined, token), 'extensionDoesNotExistInThe');
  // a site that does not exist
  assertDocumentedError('updateAPrivateDirectoryMember', await update(a, { site_id: 'nOsUcHsItE', searchable_on_web_portal: 'nobody' }, token), 'siteDoesNotExist');
  assertDocumentedError('removeAMemberFromAPrivateDirectory', await remove(a, { site_id: 'nOsUcHsItE' }, token), 'siteDoesNotExist');
  // an unknown scope
  const bad = await update(a, { searchable_on_web_portal: 'friends' }, token);
  assert.equal(bad.status, 400);
  assert.equal(bad.body.code, 300);
  assert.deepEqual((await members({}, token)).map((m) => [m.extension_id, m.searchable_on_web_portal]), [[a, 'everybody']]);
});

test("on multiple sites an update names the member's site; another site's directory does not hold it", async () => {
  const [main, denver] = await sites(s);
  const grace = await demoExtension('Grace Hopper'); // a seeded member on the main site
  assertUndocumentedError(await update(grace.id, { searchable_on_web_portal: 'nobody' }), 400, 300, 'site_id is required when the account has multiple sites.');
  assertDocumentedError('updateAPrivateDirectoryMember', await update(grace.id, { site_id: denver!.id, searchable_on_web_portal: 'nobody' }), 'extensionDoesNotExistInThe');
  assertDocumentedError('removeAMemberFromAPrivateDirectory', await remove(grace.id, { site_id: denver!.id }), 'extensionDoesNotExistInThe');
  assertContract('updateAPrivateDirectoryMember', await update(grace.id, { site_id: main!.id, searchable_on_web_portal: 'everybody' }));
  assert.equal((await members({ site_id: main!.id })).find((m) => m.extension_id === grace.id).searchable_on_web_portal, 'everybody');
  assertContract('updateAPrivateDirectoryMember', await update(grace.id, { site_id: main!.id, searchable_on_web_portal: 'admins_only' }));
});

test('a removed member is gone; removing it again answers the documented error', async () => {
  const { token, extensions } = await fresh(2);
  const [a, b] = extensions as [string, string];
  await add({ members: [{ extension_id: a, searchable_on_web_portal: 'everybody' }, { extension_id: b, searchable_on_web_portal: 'nobody' }] }, token);
  const res = await remove(a, undefined, token);
  assertContract('removeAMemberFromAPrivateDirectory', res);
  assert.equal(res.status, 204);
  assert.deepEqual((await members({}, token)).map((m) => m.extension_id), [b]);
  assertDocumentedError('removeAMemberFromAPrivateDirectory', await remove(a, undefined, token), 'extensionDoesNotExistInThe');
  // it may be added again
  assertContract('addMembersToAPrivateDirectory', await add({ members: [{ extension_id: a, searchable_on_web_portal: 'admins_only' }] }, token));
  assert.deepEqual((await members({}, token)).map((m) => [m.extension_id, m.searchable_on_web_portal]), [[b, 'nobody'], [a, 'admins_only']]);
});

test('the list filters by site and keyword', async () => {
  const [main, denver, london] = await sites(s);
  assert.deepEqual((await members({ site_id: main!.id })).map((m) => m.extension_display_name), ['Ada Lovelace', 'Grace Hopper', 'Sales', 'Main Lobby']);
  assert.deepEqual(await members({ site_id: london!.id }), []);
  // the keyword finds a name, a number or an email, without case
  assert.deepEqual((await members({ keyword: 'hop' })).map((m) => m.extension_display_name), ['Grace Hopper']);
  const sales = await demoExtension('Sales');
  assert.deepEqual((await members({ keyword: String(sales.extension_number) })).map((m) => m.extension_display_name), ['Sales']);
  assert.deepEqual((await members({ keyword: 'LOVELACE', site_id: denver!.id })), []);
  const counted = await s.api('GET', PATH, { query: { keyword: 'a', page_size: 1 } });
  assertContract('listPrivateDirectoryMembers', counted);
  assert.equal(counted.body.total_records, 4); // Ada, Grace, Sales, Main Lobby all have an "a"
  assertDocumentedError('listPrivateDirectoryMembers', await s.api('GET', PATH, { query: { site_id: 'nOsUcHsItE' } }), 'siteDoesNotExist');
});

test('the list pages by next_page_token, 300 a page at most', async () => {
  const { token, extensions } = await fresh(5);
  await add({ members: extensions.map((extension_id) => ({ extension_id, searchable_on_web_portal: 'everybody' })) }, token);
  const seen: string[] = [];
  let next = '';
  do {
    const res = await s.api('GET', PATH, { query: { page_size: 2, ...(next ? { next_page_token: next } : {}) }, token });
    assertContract('listPrivateDirectoryMembers', res);
    assert.equal(res.body.total_records, 5);
    assert.ok(res.body.private_directory_members.length <= 2);
    seen.push(...res.body.private_directory_members.map((m: any) => m.extension_id));
    next = res.body.next_page_token;
  } while (next);
  assert.deepEqual(seen, extensions);
  // a filtered list pages too, its token bound to its filter
  const filtered = await s.api('GET', PATH, { query: { page_size: 1, keyword: 'org.test' }, token });
  assert.equal(filtered.body.total_records, 5);
  const other = await s.api('GET', PATH, { query: { page_size: 1, next_page_token: filtered.body.next_page_token }, token });
  assert.equal(other.status, 400);
  assertContract('listPrivateDirectoryMembers', await s.api('GET', PATH, { query: { page_size: 300 }, token }));
  const past = await s.api('GET', PATH, { query: { page_size: 301 }, token });
  assert.equal(past.status, 400);
  assert.equal(past.body.code, 300);
});

test('a member whose extension leaves the directory leaves the private directory', async () => {
  const { token, accountId } = await fresh();
  const [u1, u2] = [await addUser(s, { accountId }), await addUser(s, { accountId })];
  const [a, b] = [await userExtension(u1), await userExtension(u2)];
  await add({ members: [{ extension_id: a, searchable_on_web_portal: 'everybody' }, { extension_id: b, searchable_on_web_portal: 'everybody' }] }, token);
  // As the users family does when a user goes: its extension leaves the directory.
  await s.sandbox.db.transaction().execute((trx) => releaseExtensions(trx, accountId, u1, 'user'));
  assert.deepEqual((await members({}, token)).map((m) => m.extension_id), [b]);
  assertDocumentedError('updateAPrivateDirectoryMember', await update(a, { searchable_on_web_portal: 'nobody' }, token), 'extensionDoesNotExist');
});

test("a deleted site's members are in the transfer site's directory, with their extensions", async () => {
  const created = await s.api('POST', '/phone/sites', { body: { name: 'Directory Branch', auto_receptionist_name: 'Directory Branch Desk', default_emergency_address: ADDRESS } });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const branch = created.body.id as string;
  const main = (await sites(s))[0]!;
  const ext = await userExtension(await addUser(s, { siteId: branch }));
  assertContract('addMembersToAPrivateDirectory', await add({ site_id: branch, members: [{ extension_id: ext, searchable_on_web_portal: 'admins_only' }] }));
  assert.deepEqual((await members({ site_id: branch })).map((m) => [m.extension_id, m.site_name]), [[ext, 'Directory Branch']]);
  assertContract('deleteAPhoneSite', await s.api('DELETE', `/phone/sites/${branch}`, { query: { transfer_site_id: main.id } }));
  const moved = (await members({ site_id: main.id })).find((m) => m.extension_id === ext);
  assert.deepEqual([moved?.site_id, moved?.site_name, moved?.searchable_on_web_portal], [main.id, main.name, 'admins_only']);
  assertContract('removeAMemberFromAPrivateDirectory', await remove(ext, { site_id: main.id }));
});

test("another account neither sees nor changes the account's members", async () => {
  const { token } = await fresh();
  assert.deepEqual(await members({}, token), []);
  const ada = await demoExtension('Ada Lovelace');
  assertDocumentedError('updateAPrivateDirectoryMember', await update(ada.id, { searchable_on_web_portal: 'nobody' }, token), 'extensionDoesNotExist');
  assertDocumentedError('removeAMemberFromAPrivateDirectory', await remove(ada.id, undefined, token), 'extensionDoesNotExist');
  const main = (await sites(s))[0]!;
  assertDocumentedError('listPrivateDirectoryMembers', await s.api('GET', PATH, { query: { site_id: main.id }, token }), 'siteDoesNotExist');
  assert.equal((await members({ site_id: main.id })).find((m) => m.extension_id === ada.id).searchable_on_web_portal, 'everybody');
});

test("Zoom's SDK adds, lists, updates and removes a member", async () => {
  const phone = (await phoneEndpoints(s)).privateDirectory;
  const london = (await sites(s))[2]!;
  const alan = await demoExtension('Alan Turing'); // a London user
  const added = await phone.addMembersToPrivateDirectory({ body: { site_id: london.id, members: [{ extension_id: alan.id, searchable_on_web_portal: 'everybody' }] } });
  assert.equal(added.statusCode, 201);
  const listed = await phone.listPrivateDirectoryMembers({ query: { site_id: london.id } });
  assert.deepEqual(listed.data!.private_directory_members!.map((m) => [m.extension_display_name, m.searchable_on_web_portal]), [['Alan Turing', 'everybody']]);
  assert.equal((await phone.updatePrivateDirectoryMember({ path: { extensionId: alan.id }, body: { site_id: london.id, searchable_on_web_portal: 'admins_only' } })).statusCode, 204);
  assert.equal((await phone.listPrivateDirectoryMembers({ query: { keyword: 'turing' } })).data!.private_directory_members![0]!.searchable_on_web_portal, 'admins_only');
  assert.equal((await phone.removeMemberFromPrivateDirectory({ path: { extensionId: alan.id }, query: { site_id: london.id } })).statusCode, 204);
  assert.deepEqual((await phone.listPrivateDirectoryMembers({ query: { site_id: london.id } })).data!.private_directory_members, []);
});

test('a page token expires after 15 minutes', async () => {
  await assertPageTokensExpire(s, [{ op: 'listPrivateDirectoryMembers', get: (query) => s.api('GET', PATH, { query }) }], (_list, res) => {
    assertUndocumentedError(res, 400, 300, 'The next page token is invalid or expired.');
  });
});
