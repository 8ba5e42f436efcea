// The dial-by-name directories through the HTTP API: the account's and a site's
// own, their included sites and the users of each site in (or not in) them; users
// added and deleted, a site included alone or left with its users; a user whose
// extension leaves, who moves, or whose site is deleted.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError } from '../../support/contract.ts';
import { assertPageTokensExpire } from '../../support/pages.ts';
import { otherAccount } from '../../support/fixtures.ts';
import { addUser, ADDRESS, DEMO, sites } from '../../support/org.ts';
import { phoneEndpoints } from '../../support/sdk.ts';
import { releaseExtensions } from '../../../src/families/extensions/public.ts';
import { dialByNameDirectory } from '../../../src/families/dial-by-name/public.ts';

let s: TestServer;
let made = 0;
before(async () => {
  s = await startServer();
});
after(() => s.close());

const PATH = '/phone/dial_by_name_directory/extensions';
const sitePath = (siteId: string) => `/phone/sites/${siteId}/dial_by_name_directory/extensions`;

/** The users of the site in (or not in) the account's directory, every page of 300, checked against the contract. */
async function listed(siteId: string, inDirectory = true, token?: string): Promise<any[]> {
  const res = await s.api('GET', PATH, { query: { site_id: siteId, in_directory: String(inDirectory), page_size: 300 }, token });
  assertContract('listUsersInDirectory', res);
  return res.body.result;
}

/** The same for the directory of site `directory`. */
async function listedBySite(directory: string, query: Record<string, string | number> = {}): Promise<any[]> {
  const res = await s.api('GET', sitePath(directory), { query: { page_size: 300, ...query } });
  assertContract('listUsersInADirectoryBySite', res);
  return res.body.result;
}

const ids = (users: any[]) => users.map((u) => u.extension_id);

/** A new site of the demo account with `users` users on it; their extension ids. */
async function siteWithUsers(users: number): Promise<{ id: string; name: string; extensions: string[]; userIds: string[] }> {
  const name = `Directory Site ${++made}`;
  const created = await s.api('POST', '/phone/sites', { body: { name, auto_receptionist_name: `${name} Desk`, default_emergency_address: ADDRESS } });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const userIds: string[] = [];
  for (let i = 0; i < users; i++) userIds.push(await addUser(s, { siteId: created.body.id }));
  return { id: created.body.id, name, extensions: await Promise.all(userIds.map(extensionOf)), userIds };
}

async function extensionOf(userId: string): Promise<string> {
  return (await s.sandbox.db.selectFrom('phone_users').select('extension_id').where('id', '=', userId).executeTakeFirstOrThrow()).extension_id;
}

async function demoExtension(name: string): Promise<string> {
  return (await s.sandbox.db.selectFrom('extensions').select('id').where('account_id', '=', DEMO).where('name', '=', name).executeTakeFirstOrThrow()).id;
}

/** Asserts the documented 400/300 (documented without words) in the words given. */
function refused(op: Parameters<typeof assertDocumentedError>[0], res: Awaited<ReturnType<TestServer['api']>>, message: string): void {
  assertDocumentedError(op as 'addUsersToADirectory', res, 'error300');
  assert.equal(res.body.message, message);
}

test("the demo account's directory lists the users of a site in it, and those not in it", async () => {
  const [main, denver, london] = await sites(s);
  const res = await s.api('GET', PATH, { query: { site_id: main!.id } });
  assertContract('listUsersInDirectory', res);
  assert.equal(res.body.page_size, 30);
  assert.equal(res.body.next_page_token, '');
  const ada = await s.sandbox.db.selectFrom('phone_users').select(['email', 'extension_id', 'extension_number']).where('account_id', '=', DEMO).where('name', '=', 'Ada Lovelace').executeTakeFirstOrThrow();
  assert.deepEqual(res.body.result[0], {
    extension_id: ada.extension_id,
    display_name: 'Ada Lovelace',
    email: ada.email,
    extension_number: String(ada.extension_number),
    site: { id: main!.id, name: main!.name },
  });
  assert.deepEqual(res.body.result.map((u: any) => u.display_name), ['Ada Lovelace', 'Grace Hopper', 'Barbara Liskov']);
  assert.deepEqual(await listed(main!.id, false), []);
  assert.deepEqual((await listed(denver!.id)).map((u) => u.display_name), ['Katherine Johnson']);
  assert.deepEqual((await listed(denver!.id, false)).map((u) => u.display_name), ['Edsger Dijkstra']);
  // London keeps a directory of its own; the account's holds none of its users
  assert.deepEqual(await listed(london!.id), []);
  assert.deepEqual((await listed(london!.id, false)).map((u) => u.display_name), ['Alan Turing']);
  assert.deepEqual((await listedBySite(london!.id)).map((u) => [u.display_name, u.site.name]), [['Alan Turing', london!.name]]);
  // the queues, receptionists and common areas of a site are no users: never listed
  assert.ok(!(await listed(main!.id, false)).some((u) => u.display_name === 'Sales'));
});

test('a site added alone is included with no user; users added are listed in the directory', async () => {
  const site = await siteWithUsers(3);
  const [a, b, c] = site.extensions as [string, string, string];
  const alone = await s.api('POST', PATH, { body: { site_id: site.id } });
  assertContract('addUsersToADirectory', alone);
  assert.equal(alone.status, 201);
  assert.deepEqual((await dialByNameDirectory(s.sandbox.db, DEMO, null)).siteIds.slice(-1), [site.id]);
  assert.deepEqual(await listed(site.id), []);
  assert.deepEqual(ids(await listed(site.id, false)), [a, b, c]);
  assertContract('addUsersToADirectory', await s.api('POST', PATH, { body: { site_id: site.id, extension_ids: [c, a] } }));
  const inIt = await listed(site.id);
  assert.deepEqual(ids(inIt), [c, a]);
  assert.deepEqual(inIt[0].site, { id: site.id, name: site.name });
  assert.match(inIt[0].email, /@org\.test$/);
  assert.deepEqual(ids(await listed(site.id, false)), [b]);
  // adding a user already there (twice in one request too) changes nothing
  assertContract('addUsersToADirectory', await s.api('POST', PATH, { body: { site_id: site.id, extension_ids: [a, a] } }));
  assert.deepEqual(ids(await listed(site.id)), [c, a]);
  // the site is included once
  assert.equal((await dialByNameDirectory(s.sandbox.db, DEMO, null)).siteIds.filter((x) => x === site.id).length, 1);
});

test("a user of another site, an extension that is not a user's, or one the account does not have is refused and adds nothing", async () => {
  const site = await siteWithUsers(1);
  const [main] = await sites(s);
  const ada = await demoExtension('Ada Lovelace'); // a main-site user
  const sales = await demoExtension('Sales'); // a main-site call queue
  const add = (body: unknown) => s.api('POST', PATH, { body });
  refused('addUsersToADirectory', await add({ site_id: site.id, extension_ids: [site.extensions[0], ada] }), `Extension ${ada} does not belong to site ${site.id}.`);
  refused('addUsersToADirectory', await add({ site_id: main!.id, extension_ids: [sales] }), `Extension ${sales} is not a user's extension: a dial by name directory lists users only.`);
  refused('addUsersToADirectory', await add({ site_id: site.id, extension_ids: ['nOsUcHeXtEnSiOn'] }), 'Extension does not exist: nOsUcHeXtEnSiOn.');
  refused('addUsersToADirectory', await add({ site_id: 'nOsUcHsItE', extension_ids: [site.extensions[0]] }), 'Site does not exist: nOsUcHsItE.');
  assertDocumentedError('addUsersToADirectory', await add({ extension_ids: [site.extensions[0]] }), 'error300');
  assertDocumentedError('addUsersToADirectory', await add({ site_id: site.id, extension_ids: 'x' }), 'error300');
  // nothing was added, not even the site
  assert.deepEqual(await listed(site.id), []);
  assert.ok(!(await dialByNameDirectory(s.sandbox.db, DEMO, null)).siteIds.includes(site.id));
  // the list and the delete refuse a site the account does not have, and want one named
  refused('listUsersInDirectory', await s.api('GET', PATH, { query: { site_id: 'nOsUcHsItE' } }), 'Site does not exist: nOsUcHsItE.');
  assertDocumentedError('listUsersInDirectory', await s.api('GET', PATH), 'error300');
  assertDocumentedError('listUsersInDirectory', await s.api('GET', PATH, { query: { site_id: site.id, in_directory: 'maybe' } }), 'error300');
  refused('deleteUsersFromADirectory', await s.api('DELETE', PATH, { query: { site_id: 'nOsUcHsItE' } }), 'Site does not exist: nOsUcHsItE.');
  assertDocumentedError('deleteUsersFromADirectory', await s.api('DELETE', PATH), 'error300');
});

test('concurrent adds of the same users: all succeed, each user is in the directory once', async () => {
  const site = await siteWithUsers(2);
  const results = await Promise.all(Array.from({ length: 6 }, () => s.api('POST', PATH, { body: { site_id: site.id, extension_ids: site.extensions } })));
  for (const r of results) assertContract('addUsersToADirectory', r);
  assert.deepEqual(ids(await listed(site.id)), site.extensions);
  assert.equal((await dialByNameDirectory(s.sandbox.db, DEMO, null)).siteIds.filter((x) => x === site.id).length, 1);
});

test('users deleted leave the directory; with none named the site leaves it with all its users', async () => {
  const site = await siteWithUsers(3);
  const [a, b, c] = site.extensions as [string, string, string];
  await s.api('POST', PATH, { body: { site_id: site.id, extension_ids: [a, b, c] } });
  const res = await s.api('DELETE', PATH, { query: { site_id: site.id, extension_ids: `${a},${c}` } });
  assertContract('deleteUsersFromADirectory', res);
  assert.equal(res.status, 204);
  assert.deepEqual(ids(await listed(site.id)), [b]);
  assert.deepEqual(ids(await listed(site.id, false)), [a, c]);
  // a user not in the directory is no error; a user of another site is
  assertContract('deleteUsersFromADirectory', await s.api('DELETE', PATH, { query: { site_id: site.id, extension_ids: a } }));
  const ada = await demoExtension('Ada Lovelace');
  refused('deleteUsersFromADirectory', await s.api('DELETE', PATH, { query: { site_id: site.id, extension_ids: ada } }), `Extension ${ada} does not belong to site ${site.id}.`);
  refused('deleteUsersFromADirectory', await s.api('DELETE', PATH, { query: { site_id: site.id, extension_ids: 'nOsUcHeXtEnSiOn' } }), 'Extension does not exist: nOsUcHeXtEnSiOn.');
  assert.deepEqual(ids(await listed(site.id)), [b]);
  assertContract('deleteUsersFromADirectory', await s.api('DELETE', PATH, { query: { site_id: site.id } }));
  assert.deepEqual(await listed(site.id), []);
  assert.ok(!(await dialByNameDirectory(s.sandbox.db, DEMO, null)).siteIds.includes(site.id));
  // the other sites' users stay
  const [main] = await sites(s);
  assert.equal((await listed(main!.id)).length, 3);
});

test("a site's own directory is apart from the account's; it may include another site's users", async () => {
  const site = await siteWithUsers(2);
  const other = await siteWithUsers(1);
  const [a, b] = site.extensions as [string, string];
  const res = await s.api('POST', sitePath(site.id), { body: { extension_ids: [a] } });
  assertContract('addUsersToADirectoryOfASite', res);
  assert.equal(res.status, 201);
  assert.deepEqual(ids(await listedBySite(site.id)), [a]);
  assert.deepEqual(ids(await listedBySite(site.id, { in_directory: 'false' })), [b]);
  assert.deepEqual(await listed(site.id), [], "the account's directory does not hold it");
  // another site's users, named by site_id
  assertContract('addUsersToADirectoryOfASite', await s.api('POST', sitePath(site.id), { body: { site_id: other.id, extension_ids: other.extensions } }));
  assert.deepEqual(ids(await listedBySite(site.id, { site_id: other.id })), other.extensions);
  assert.deepEqual((await dialByNameDirectory(s.sandbox.db, DEMO, site.id)).siteIds, [site.id, other.id]);
  // with no body at all: the site itself included
  assertContract('addUsersToADirectoryOfASite', await s.api('POST', sitePath(other.id)));
  assert.deepEqual((await dialByNameDirectory(s.sandbox.db, DEMO, other.id)).siteIds, [other.id]);
  const removed = await s.api('DELETE', sitePath(site.id), { query: { extension_ids: a } });
  assertContract('deleteUsersFromADirectoryOfASite', removed);
  assert.deepEqual(await listedBySite(site.id), []);
  assertContract('deleteUsersFromADirectoryOfASite', await s.api('DELETE', sitePath(site.id), { query: { site_id: other.id } }));
  assert.deepEqual(await listedBySite(site.id, { site_id: other.id }), []);
  assert.deepEqual((await dialByNameDirectory(s.sandbox.db, DEMO, site.id)).siteIds, [site.id]);
  // a site the account does not have, in the path or named
  refused('listUsersInADirectoryBySite', await s.api('GET', sitePath('nOsUcHsItE')), 'Site does not exist: nOsUcHsItE.');
  refused('listUsersInADirectoryBySite', await s.api('GET', sitePath(site.id), { query: { site_id: 'nOsUcHsItE' } }), 'Site does not exist: nOsUcHsItE.');
  assertDocumentedError('listUsersInADirectoryBySite', await s.api('GET', sitePath(site.id), { query: { in_directory: 'maybe' } }), 'error300');
  refused('addUsersToADirectoryOfASite', await s.api('POST', sitePath('nOsUcHsItE'), { body: { site_id: site.id, extension_ids: [a] } }), 'Site does not exist: nOsUcHsItE.');
  refused('addUsersToADirectoryOfASite', await s.api('POST', sitePath(site.id), { body: { extension_ids: other.extensions } }), `Extension ${other.extensions[0]} does not belong to site ${site.id}.`);
  refused('deleteUsersFromADirectoryOfASite', await s.api('DELETE', sitePath('nOsUcHsItE')), 'Site does not exist: nOsUcHsItE.');
  assertDocumentedError('addUsersToADirectoryOfASite', await s.api('POST', sitePath(site.id), { body: { extension_ids: 'x' } }), 'error300');
  assertDocumentedError('deleteUsersFromADirectoryOfASite', await s.api('DELETE', sitePath(site.id), { query: { extension_ids: 'nOsUcHeXtEnSiOn' } }), 'error300');
  assert.deepEqual(await listedBySite(site.id), []);
});

test('the lists page by next_page_token, 300 a page at most', async () => {
  const site = await siteWithUsers(5);
  await s.api('POST', PATH, { body: { site_id: site.id, extension_ids: site.extensions.slice(0, 3) } });
  await s.api('POST', sitePath(site.id), { body: { extension_ids: site.extensions.slice(0, 2) } });
  for (const [op, path, query, want] of [
    ['listUsersInDirectory', PATH, { site_id: site.id, in_directory: 'true' }, site.extensions.slice(0, 3)],
    ['listUsersInDirectory', PATH, { site_id: site.id, in_directory: 'false' }, site.extensions.slice(3)],
    ['listUsersInADirectoryBySite', sitePath(site.id), { in_directory: 'false' }, site.extensions.slice(2)],
  ] as const) {
    const seen: string[] = [];
    let next = '';
    do {
      const res = await s.api('GET', path, { query: { ...query, page_size: 2, ...(next ? { next_page_token: next } : {}) } });
      assertContract(op, res);
      assert.ok(res.body.result.length <= 2);
      seen.push(...ids(res.body.result));
      next = res.body.next_page_token;
    } while (next);
    assert.deepEqual(seen, want, `${op} ${JSON.stringify(query)}`);
    const past = await s.api('GET', path, { query: { ...query, page_size: 301 } });
    assertDocumentedError(op, past, 'error300');
  }
  // a token is bound to its query
  const first = await s.api('GET', PATH, { query: { site_id: site.id, page_size: 1 } });
  const swapped = await s.api('GET', PATH, { query: { site_id: site.id, in_directory: 'false', page_size: 1, next_page_token: first.body.next_page_token } });
  assert.equal(swapped.status, 400);
});

test('a user whose extension leaves the directory leaves every dial by name directory', async () => {
  const site = await siteWithUsers(2);
  const [a, b] = site.extensions as [string, string];
  await s.api('POST', PATH, { body: { site_id: site.id, extension_ids: [a, b] } });
  await s.api('POST', sitePath(site.id), { body: { extension_ids: [a] } });
  // As the users family does when a user goes: its extension leaves the directory.
  await s.sandbox.db.transaction().execute((trx) => releaseExtensions(trx, DEMO, site.userIds[0]!, 'user'));
  assert.deepEqual(ids(await listed(site.id)), [b]);
  assert.deepEqual(await listedBySite(site.id), []);
  assert.deepEqual(ids(await listed(site.id, false)), []);
});

test('a user moved to another site stays in the directory, listed under its new site', async () => {
  const from = await siteWithUsers(2);
  const to = await siteWithUsers(0);
  const [a, b] = from.extensions as [string, string];
  await s.api('POST', PATH, { body: { site_id: from.id, extension_ids: [a, b] } });
  const moved = await s.api('PATCH', `/phone/users/${from.userIds[0]}`, { body: { site_id: to.id } });
  assert.equal(moved.status, 204, JSON.stringify(moved.body));
  assert.deepEqual(ids(await listed(from.id)), [b]);
  const there = await listed(to.id);
  assert.deepEqual(there.map((u) => [u.extension_id, u.site.name]), [[a, to.name]]);
});

test("a deleted site's own directory goes; directories that included it include the transfer site", async () => {
  const doomed = await siteWithUsers(2);
  const target = await siteWithUsers(1);
  const [a, b] = doomed.extensions as [string, string];
  await s.api('POST', PATH, { body: { site_id: doomed.id, extension_ids: [a] } });
  await s.api('POST', sitePath(doomed.id), { body: { extension_ids: [b] } });
  await s.api('POST', sitePath(target.id), { body: { site_id: doomed.id, extension_ids: [b] } });
  const res = await s.api('DELETE', `/phone/sites/${doomed.id}`, { query: { transfer_site_id: target.id } });
  assertContract('deleteAPhoneSite', res);
  // the users moved to the transfer site, and their places in the directories with them
  assert.deepEqual(ids(await listed(target.id)), [a]);
  // in the users' order: b was made before the transfer site's own user
  assert.deepEqual(ids(await listed(target.id, false)), [b, ...target.extensions]);
  assert.deepEqual(ids(await listedBySite(target.id)), [b]);
  const account = await dialByNameDirectory(s.sandbox.db, DEMO, null);
  assert.ok(account.siteIds.includes(target.id) && !account.siteIds.includes(doomed.id));
  assert.deepEqual((await dialByNameDirectory(s.sandbox.db, DEMO, target.id)).siteIds, [target.id]);
  assert.deepEqual(await dialByNameDirectory(s.sandbox.db, DEMO, doomed.id), { siteIds: [], extensionIds: [] });
});

test("another account neither sees nor changes the account's directories", async () => {
  const { token } = await otherAccount(s, 'dbn-other');
  const [main] = await sites(s);
  const ada = await demoExtension('Ada Lovelace');
  refused('listUsersInDirectory', await s.api('GET', PATH, { query: { site_id: main!.id }, token }), `Site does not exist: ${main!.id}.`);
  refused('addUsersToADirectory', await s.api('POST', PATH, { body: { site_id: main!.id, extension_ids: [ada] }, token }), `Site does not exist: ${main!.id}.`);
  refused('deleteUsersFromADirectory', await s.api('DELETE', PATH, { query: { site_id: main!.id }, token }), `Site does not exist: ${main!.id}.`);
  refused('listUsersInADirectoryBySite', await s.api('GET', sitePath(main!.id), { token }), `Site does not exist: ${main!.id}.`);
  assert.deepEqual((await listed(main!.id)).map((u) => u.display_name), ['Ada Lovelace', 'Grace Hopper', 'Barbara Liskov']);
});

test("Zoom's SDK adds, lists and deletes users of the account's and a site's directory", async () => {
  const phone = (await phoneEndpoints(s)).dialByNameDirectory;
  const site = await siteWithUsers(2);
  const [a, b] = site.extensions as [string, string];
  assert.equal((await phone.addUsersToDirectory({ body: { site_id: site.id, extension_ids: [a, b] } })).statusCode, 201);
  assert.deepEqual(ids((await phone.listUsersInDirectory({ query: { site_id: site.id, in_directory: true } })).data!.result!), [a, b]);
  assert.equal((await phone.deleteUsersFromDirectory({ query: { site_id: site.id, extension_ids: [a, b] } })).statusCode, 204);
  assert.deepEqual((await phone.listUsersInDirectory({ query: { site_id: site.id } })).data!.result, []);
  assert.deepEqual(ids((await phone.listUsersInDirectory({ query: { site_id: site.id, in_directory: false } })).data!.result!), [a, b]);
  assert.equal((await phone.addUsersToDirectoryOfSite({ path: { siteId: site.id }, body: { extension_ids: [b] } })).statusCode, 201);
  assert.deepEqual(ids((await phone.listUsersInDirectoryBySite({ path: { siteId: site.id } })).data!.result!), [b]);
  assert.equal((await phone.deleteUsersFromDirectoryOfSite({ path: { siteId: site.id }, query: { extension_ids: [b] } })).statusCode, 204);
  assert.deepEqual((await phone.listUsersInDirectoryBySite({ path: { siteId: site.id }, query: { in_directory: true } })).data!.result, []);
});

test('a page token expires after 15 minutes', async () => {
  const [main] = await sites(s);
  await assertPageTokensExpire(
    s,
    [
      { op: 'listUsersInDirectory', get: (query) => s.api('GET', PATH, { query: { ...query, site_id: main!.id } }) },
      { op: 'listUsersInADirectoryBySite', get: (query) => s.api('GET', sitePath(main!.id), { query: { ...query, in_directory: 'false' } }) },
    ],
    (list, res) => {
      assert.equal(res.status, 400, list.op);
      assert.equal(res.body.code, 300, list.op);
      assert.equal(res.body.message, 'The next page token is invalid or expired.');
    },
  );
});
