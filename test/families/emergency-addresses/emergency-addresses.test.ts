// The account's emergency addresses through the HTTP API: company addresses of the
// account and of its sites (each site's default address among them) and users'
// personal addresses, listed, filtered, added, shown, changed and deleted; what a
// site's, a user's and a common area's pages show of them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Kysely, SqliteDialect } from 'kysely';
import SQLite from 'better-sqlite3';
import { startServer, type ApiResponse, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError } from '../../support/contract.ts';
import { assertPageTokensExpire } from '../../support/pages.ts';
import { otherAccount } from '../../support/fixtures.ts';
import { phoneEndpoints } from '../../support/sdk.ts';
import { addUser, ADDRESS, DEMO, sites } from '../../support/org.ts';
import { emergencyAddressesMigrations } from '../../../src/families/emergency-addresses/migrations.ts';
import { sitesMigrations } from '../../../src/families/sites/migrations.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

const PATH = '/phone/emergency_addresses';
const add = (body: unknown, token?: string) => s.api('POST', PATH, { body, token });
const get = (id: string, token?: string) => s.api('GET', `${PATH}/${id}`, { token });
const update = (id: string, body: unknown, token?: string) => s.api('PATCH', `${PATH}/${id}`, { body, token });
const remove = (id: string, token?: string) => s.api('DELETE', `${PATH}/${id}`, { token });

/** Every address the list shows with these filters. */
async function listed(query: Record<string, string | number> = {}, token?: string): Promise<any[]> {
  const res = await s.api('GET', PATH, { query: { page_size: 300, ...query }, token });
  assertContract('listEmergencyAddresses', res);
  return res.body.emergency_addresses;
}

async function details(id: string): Promise<any> {
  const res = await get(id);
  assertContract('getEmergencyAddressDetails', res);
  return res.body;
}

async function added(body: Record<string, unknown>, token?: string): Promise<any> {
  const res = await add(body, token);
  assertContract('addAnEmergencyAddress', res);
  assert.equal(res.status, 201);
  return res.body;
}

/** The documented 400/300 of the operation, in the words the sandbox gives it. */
function refused(op: 'addAnEmergencyAddress' | 'updateAnEmergencyAddress' | 'deleteAnEmergencyAddress', res: ApiResponse, message: string) {
  if (op === 'addAnEmergencyAddress') assertDocumentedError('addAnEmergencyAddress', res, 'error300');
  else if (op === 'updateAnEmergencyAddress') assertDocumentedError('updateAnEmergencyAddress', res, 'error300');
  else assertDocumentedError('deleteAnEmergencyAddress', res, 'error300');
  assert.equal(res.body.message, message);
}

async function newSite(name: string, address: Record<string, string> = ADDRESS): Promise<string> {
  const res = await s.api('POST', '/phone/sites', { body: { name, auto_receptionist_name: `${name} desk`, default_emergency_address: address } });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body.id;
}

const siteDefault = async (siteId: string) => (await s.api('GET', `/phone/sites/${siteId}`)).body.default_emergency_address;

const LINES = { address_line1: '100 Main St', city: 'Palo Alto', state_code: 'CA', zip: '94301', country: 'US' };

test("the demo account lists its sites' default addresses beside its account-level and personal ones", async () => {
  const all = await listed();
  const demoSites = await sites(s);
  // The sites' defaults, this family's four, and whatever other families' demos add (an emergency location's address).
  assert.ok(all.length >= demoSites.length + 4);
  for (const site of demoSites) {
    const shown = await siteDefault(site.id);
    const item = all.find((a) => a.id === shown.id);
    assert.ok(item, `the default address of ${site.name} is listed`);
    assert.deepEqual(item.site, { id: site.id, name: site.name });
    assert.equal(item.is_default, true);
    assert.equal(item.level, 0);
    assert.equal(item.status, 1);
    assert.equal(item.address_line1, shown.address_line1);
  }
  const account = all.filter((a) => !a.site && a.is_default);
  assert.deepEqual(account.map((a) => [a.level, a.city, a.address_line1]), [[0, 'San Francisco', '500 Howard St']]);
  const floor = all.filter((a) => a.address_line2 === '6th Floor');
  assert.deepEqual(floor.map((a) => [a.level, a.is_default, a.site.name]), [[0, false, 'Main Site']]);
  const personal = all.filter((a) => a.level === 1);
  assert.deepEqual(personal.map((a) => [a.owner.name, a.site.name, a.status]), [
    ['Ada Lovelace', 'Main Site', 1],
    ['Alan Turing', 'London Office', 2],
  ]);
  assert.equal(typeof personal[0].owner.extension_number, 'number');
});

test('an address added at account, site and user level is listed and shown', async () => {
  const [main] = await sites(s);
  const user = await addUser(s, { siteId: main.id });
  const account = await added({ ...LINES, address_line2: 'Floor 2' });
  assert.equal(account.level, 0);
  assert.equal(account.site, undefined);
  assert.equal(account.is_default, false);
  assert.equal(account.status, 1);
  assert.equal(account.address_line2, 'Floor 2');

  const onSite = await added({ ...LINES, site_id: main.id, country: 'us' });
  assert.deepEqual(onSite.site, { id: main.id, name: main.name });
  assert.equal(onSite.country, 'US', 'the country is kept in capitals');

  const personal = await added({ ...LINES, user_id: user, is_default: true });
  assert.equal(personal.level, 1);
  assert.equal(personal.is_default, true);
  assert.deepEqual(personal.site, { id: main.id, name: main.name }, "a personal address shows its user's site");
  assert.equal(personal.owner.id, user);
  assert.equal(typeof personal.owner.extension_number, 'string', "the add page types the owner's extension number as a string");

  const shown = await details(personal.id);
  assert.equal(typeof shown.owner.extension_number, 'number');
  assert.deepEqual({ ...shown, owner: undefined }, { ...personal, owner: undefined });
  for (const a of [account, onSite, personal]) assert.ok((await listed()).some((l) => l.id === a.id && l.address_line1 === '100 Main St'));
});

test('the list filters by site, user, level, status and keyword; an unknown site is the documented error', async () => {
  const [main, denver, london] = await sites(s);
  const onDenver = await listed({ site_id: denver.id });
  assert.ok(onDenver.length >= 1);
  assert.ok(onDenver.every((a) => a.site.id === denver.id));
  const ada = (await listed({ level: 1 })).find((a) => a.owner.name === 'Ada Lovelace');
  assert.deepEqual((await listed({ user_id: ada.owner.id })).map((a) => a.id), [ada.id]);
  assert.ok((await listed({ level: 1 })).every((a) => a.level === 1 && a.owner));
  assert.ok((await listed({ level: 0 })).every((a) => a.level === 0 && !a.owner));
  assert.deepEqual((await listed({ status: 2 })).map((a) => a.city), ['London']);
  assert.deepEqual((await listed({ address_keyword: 'baker' })).map((a) => a.address_line1), ['221B Baker St']);
  assert.deepEqual((await listed({ address_keyword: '6TH FLOOR' })).map((a) => a.site.id), [main.id]);
  assert.deepEqual(await listed({ address_keyword: '%' }), [], 'a keyword is matched as text');
  assert.ok((await listed({ site_id: london.id, level: 1 })).every((a) => a.owner && a.site.id === london.id));
  const res = await s.api('GET', PATH, { query: { site_id: 'no-such-site' } });
  assertDocumentedError('listEmergencyAddresses', res, 'siteDoesNotExist');
  assert.equal(res.body.message, 'Site does not exist: no-such-site');
});

test('the list pages by next_page_token, 300 a page at most', async () => {
  const all = await listed();
  const seen: string[] = [];
  let token = '';
  do {
    const res = await s.api('GET', PATH, { query: { page_size: 2, ...(token ? { next_page_token: token } : {}) } });
    assertContract('listEmergencyAddresses', res);
    assert.equal(res.body.page_size, 2);
    assert.equal(res.body.total_records, all.length);
    seen.push(...res.body.emergency_addresses.map((a: any) => a.id));
    token = res.body.next_page_token;
  } while (token);
  assert.deepEqual(seen, all.map((a) => a.id));
  const over = await s.api('GET', PATH, { query: { page_size: 301 } });
  assert.equal(over.status, 400);
  assert.equal(over.body.code, 300);
  assert.equal((await s.api('GET', PATH, { query: { page_size: 300 } })).status, 200);
});

test("an address the account does not have is the documented error; another account neither sees nor changes the account's addresses", async () => {
  assertDocumentedError('getEmergencyAddressDetails', await get('no-such-address'), 'emergencyAddressDoesNotExist');
  const mine = await added({ ...LINES, address_line1: '1 Private Rd' });
  const other = await otherAccount(s, 'ea-other-1');
  const res = await get(mine.id, other.token);
  assertDocumentedError('getEmergencyAddressDetails', res, 'emergencyAddressDoesNotExist');
  assert.equal(res.body.message, `Emergency address does not exist ${mine.id}.`);
  refused('updateAnEmergencyAddress', await update(mine.id, { city: 'Elsewhere' }, other.token), `Emergency address does not exist ${mine.id}.`);
  refused('deleteAnEmergencyAddress', await remove(mine.id, other.token), `Emergency address does not exist ${mine.id}.`);
  assert.deepEqual(await listed({}, other.token), []);
  assert.equal((await details(mine.id)).city, 'Palo Alto');
  // The other account's own address is its own: it is listed there, not here.
  const theirs = await added({ ...LINES, address_line1: '2 Other Way' }, other.token);
  assert.deepEqual((await listed({}, other.token)).map((a) => a.id), [theirs.id]);
  assert.ok(!(await listed()).some((a) => a.id === theirs.id));
  const [main] = await sites(s);
  refused('addAnEmergencyAddress', await add({ ...LINES, site_id: main.id }, other.token), `Site does not exist: ${main.id}.`);
});

test('blank lines, an unknown country, site or user are refused and add nothing', async () => {
  const before = (await listed()).length;
  const [main, denver] = await sites(s);
  refused('addAnEmergencyAddress', await add({ ...LINES, address_line1: '  ' }), 'Emergency address Line 1 is required.');
  refused('addAnEmergencyAddress', await add({ ...LINES, city: '' }), 'Emergency address city is required.');
  refused('addAnEmergencyAddress', await add({ ...LINES, zip: '' }), 'Emergency address zip is required in US.');
  refused('addAnEmergencyAddress', await add({ ...LINES, state_code: ' ' }), 'Emergency address state code is required in US.');
  refused('addAnEmergencyAddress', await add({ ...LINES, country: 'XX' }), 'Country information is invalid.');
  refused('addAnEmergencyAddress', await add({ ...LINES, site_id: 'nope' }), 'Site does not exist: nope.');
  refused('addAnEmergencyAddress', await add({ ...LINES, user_id: 'nobody' }), 'User does not exist: nobody.');
  const user = await addUser(s, { siteId: main.id });
  const wrong = await add({ ...LINES, user_id: user, site_id: denver.id });
  refused('addAnEmergencyAddress', wrong, `The user is not on site ${denver.id}: a personal emergency address belongs to its user's site.`);
  assert.deepEqual(wrong.body.errors, [{ field: 'site_id', message: wrong.body.message }]);
  const missing = await add({ address_line1: '1 A St', city: 'X', state_code: 'CA', country: 'US' });
  assert.equal(missing.status, 400);
  assert.equal(missing.body.code, 300);
  assert.equal((await listed()).length, before);
});

test("making an address a site's default takes the default from the previous one, and the site shows it", async () => {
  const siteId = await newSite('EA Default Site');
  const first = await siteDefault(siteId);
  const second = await added({ ...LINES, site_id: siteId, is_default: true });
  assert.equal(second.is_default, true);
  assert.equal((await siteDefault(siteId)).id, second.id);
  assert.equal((await details(first.id)).is_default, false);
  assert.deepEqual((await listed({ site_id: siteId })).filter((a) => a.is_default).map((a) => a.id), [second.id]);

  const back = await update(first.id, { is_default: true });
  assertContract('updateAnEmergencyAddress', back);
  assert.equal(back.body.is_default, true);
  assert.equal((await siteDefault(siteId)).id, first.id);
  assert.equal((await details(second.id)).is_default, false);

  // A site's default address is in the site's country.
  const abroad = await add({ ...LINES, site_id: siteId, is_default: true, country: 'GB' });
  refused('addAnEmergencyAddress', abroad, "The default emergency address of a site must be in the site's country (US).");
  const gb = await added({ ...LINES, site_id: siteId, country: 'GB' });
  refused('updateAnEmergencyAddress', await update(gb.id, { is_default: true }), "The default emergency address of a site must be in the site's country (US).");
  assert.equal((await siteDefault(siteId)).id, first.id);
});

test("a site's default address cannot stop being its default, change country or be deleted", async () => {
  const siteId = await newSite('EA Kept Site');
  const def = await siteDefault(siteId);
  refused('updateAnEmergencyAddress', await update(def.id, { is_default: false }), "A site's default emergency address stays its default until another address of the site is made the default.");
  refused('updateAnEmergencyAddress', await update(def.id, { country: 'GB' }), 'Change country is not allowed.');
  refused('deleteAnEmergencyAddress', await remove(def.id), "A site's default emergency address cannot be deleted: make another address of the site its default first.");
  assert.deepEqual(await siteDefault(siteId), def);
  // Another default made, the former one may go.
  await added({ ...LINES, site_id: siteId, is_default: true });
  assert.equal((await remove(def.id)).status, 204);
  assertDocumentedError('getEmergencyAddressDetails', await get(def.id), 'emergencyAddressDoesNotExist');
});

test('an update changes what it names and keeps the rest; the site shows its updated default', async () => {
  const siteId = await newSite('EA Update Site');
  const def = await siteDefault(siteId);
  const res = await update(def.id, { address_line2: 'Lobby', zip: ' 95110 ' });
  assertContract('updateAnEmergencyAddress', res);
  assert.equal(res.status, 200);
  assert.equal(res.body.address_line2, 'Lobby');
  assert.equal(res.body.zip, '95110');
  assert.equal(res.body.address_line1, ADDRESS.address_line1);
  assert.equal(res.body.is_default, true);
  const shown = await siteDefault(siteId);
  assert.deepEqual([shown.id, shown.address_line2, shown.zip, shown.city], [def.id, 'Lobby', '95110', ADDRESS.city]);
  // An empty body changes nothing; a blank line or an unknown country is refused and changes nothing.
  assertContract('updateAnEmergencyAddress', await update(def.id, {}));
  refused('updateAnEmergencyAddress', await update(def.id, { city: ' ' }), 'Emergency address city is required.');
  refused('updateAnEmergencyAddress', await update(def.id, { country: 'ZZ' }), 'Country information is invalid.');
  const after = await details(def.id);
  assert.deepEqual([after.address_line2, after.zip, after.city], ['Lobby', '95110', ADDRESS.city]);
  // A personal address may be made its user's default, and let go of being one.
  const [main] = await sites(s);
  const user = await addUser(s, { siteId: main.id });
  const home = await added({ ...LINES, user_id: user });
  const work = await added({ ...LINES, user_id: user, is_default: true });
  assert.equal((await update(home.id, { is_default: true })).body.is_default, true);
  assert.equal((await details(work.id)).is_default, false);
  assert.equal((await update(home.id, { is_default: false })).body.is_default, false);
});

test('an address whose verification was requested cannot be updated', async () => {
  const a = await added({ ...LINES, address_line1: '9 Pending Pl' });
  await s.sandbox.db.updateTable('emergency_addresses').set({ status: 3 }).where('id', '=', a.id).execute();
  refused('updateAnEmergencyAddress', await update(a.id, { city: 'Menlo Park' }), 'Cannot update emergency address whose status is 3.');
  assert.equal((await details(a.id)).city, 'Palo Alto');
  assert.deepEqual((await listed({ status: 3 })).map((x) => x.id), [a.id]);
});

test("a site created gets its default address as one of the account's; a site's update changes it in place", async () => {
  const siteId = await newSite('EA New Site', { ...ADDRESS, address_line2: 'Suite 1' });
  const def = await siteDefault(siteId);
  const shown = await details(def.id);
  assert.deepEqual([shown.level, shown.is_default, shown.status, shown.site.id, shown.address_line2], [0, true, 1, siteId, 'Suite 1']);
  const patched = await s.api('PATCH', `/phone/sites/${siteId}`, { body: { default_emergency_address: { ...ADDRESS, address_line1: '60 Almaden Blvd' } } });
  assert.equal(patched.status, 204, JSON.stringify(patched.body));
  const after = await details(def.id);
  assert.equal(after.address_line1, '60 Almaden Blvd');
  assert.equal((await siteDefault(siteId)).id, def.id);
});

test("a deleted site's addresses move to its transfer site, its default no longer a default", async () => {
  const [main] = await sites(s);
  const mainDefault = await siteDefault(main.id);
  const siteId = await newSite('EA Doomed Site');
  const def = await siteDefault(siteId);
  const extra = await added({ ...LINES, site_id: siteId });
  const res = await s.api('DELETE', `/phone/sites/${siteId}`, { query: { transfer_site_id: main.id } });
  assert.equal(res.status, 204, JSON.stringify(res.body));
  for (const id of [def.id, extra.id]) {
    const a = await details(id);
    assert.deepEqual([a.site.id, a.is_default], [main.id, false]);
  }
  assert.equal((await siteDefault(main.id)).id, mainDefault.id);
  assert.equal((await remove(def.id)).status, 204, 'no longer a default, it may be deleted');
});

test('personal addresses follow their user to another site and go when the user is removed', async () => {
  const [main, denver] = await sites(s);
  const user = await addUser(s, { siteId: main.id });
  const home = await added({ ...LINES, user_id: user });
  const moved = await s.api('PATCH', `/phone/users/${user}`, { body: { site_id: denver.id } });
  assert.equal(moved.status, 204, JSON.stringify(moved.body));
  assert.deepEqual((await details(home.id)).site, { id: denver.id, name: denver.name });
  assert.equal((await s.admin('DELETE', `/accounts/${DEMO}/users/${user}`)).status, 204);
  assertDocumentedError('getEmergencyAddressDetails', await get(home.id), 'emergencyAddressDoesNotExist');
  assert.deepEqual(await listed({ user_id: user }), []);
});

test('a user is given a company address or a personal address of its own, and shows it as it is now', async () => {
  const [main] = await sites(s);
  const user = await addUser(s, { siteId: main.id });
  const someone = await addUser(s, { siteId: main.id });
  const theirs = await added({ ...LINES, user_id: someone });
  const refusedUser = await s.api('PATCH', `/phone/users/${user}`, { body: { emergency_address_id: theirs.id } });
  assert.deepEqual([refusedUser.status, refusedUser.body.code, refusedUser.body.message], [400, 300, 'Emergency address does not exist.']);
  const own = await added({ ...LINES, user_id: user, address_line1: '7 Own St' });
  assert.equal((await s.api('PATCH', `/phone/users/${user}`, { body: { emergency_address_id: own.id } })).status, 204);
  assert.equal((await s.api('GET', `/phone/users/${user}`)).body.emergency_address.address_line1, '7 Own St');
  const company = await added({ ...LINES, address_line1: '8 Company Ct' });
  assert.equal((await s.api('PATCH', `/phone/users/${user}`, { body: { emergency_address_id: company.id } })).status, 204);
  assertContract('updateAnEmergencyAddress', await update(company.id, { address_line2: 'Dock 3' }));
  const profile = await s.api('GET', `/phone/users/${user}`);
  assertContract('getAUsersProfile', profile);
  assert.deepEqual(profile.body.emergency_address, {
    id: company.id, address_line1: '8 Company Ct', address_line2: 'Dock 3', city: LINES.city, state_code: LINES.state_code, zip: LINES.zip, country: 'US',
  });
});

test('a deleted address is gone; deleting it again is refused; a common area and a user that used it let go of it', async () => {
  const [main] = await sites(s);
  const a = await added({ ...LINES, site_id: main.id, address_line1: '3 Gone Ave' });
  const area = await s.api('POST', '/phone/common_areas', { body: { display_name: 'EA Lobby', extension_number: 577, site_id: main.id } });
  assert.equal(area.status, 201, JSON.stringify(area.body));
  assert.equal((await s.api('PATCH', `/phone/common_areas/${area.body.id}`, { body: { emergency_address_id: a.id } })).status, 204);
  assert.equal((await s.api('GET', `/phone/common_areas/${area.body.id}`)).body.emergency_address.id, a.id);
  const user = await addUser(s, { siteId: main.id });
  assert.equal((await s.api('PATCH', `/phone/users/${user}`, { body: { emergency_address_id: a.id } })).status, 204);

  const res = await remove(a.id);
  assertContract('deleteAnEmergencyAddress', res);
  assert.equal(res.status, 204);
  assertDocumentedError('getEmergencyAddressDetails', await get(a.id), 'emergencyAddressDoesNotExist');
  assert.ok(!(await listed()).some((x) => x.id === a.id));
  refused('deleteAnEmergencyAddress', await remove(a.id), `Emergency address does not exist ${a.id}.`);
  // The common area shows its site's default again; the user shows none.
  const shownArea = await s.api('GET', `/phone/common_areas/${area.body.id}`);
  assertContract('getCommonAreaDetails', shownArea);
  assert.equal(shownArea.body.emergency_address.id, (await siteDefault(main.id)).id);
  assert.equal((await s.api('GET', `/phone/users/${user}`)).body.emergency_address, undefined);
});

test("concurrent defaults for one site: every add succeeds and exactly one default remains", async () => {
  const siteId = await newSite('EA Race Site');
  const results = await Promise.all([1, 2, 3, 4, 5].map((i) => add({ ...LINES, address_line1: `${i} Race St`, site_id: siteId, is_default: true })));
  for (const r of results) assert.equal(r.status, 201, JSON.stringify(r.body));
  const defaults = (await listed({ site_id: siteId })).filter((a) => a.is_default);
  assert.equal(defaults.length, 1);
  assert.equal((await siteDefault(siteId)).id, defaults[0].id);
});

test("through Zoom's SDK: an address is added, listed, shown, updated and deleted", async () => {
  const phone = await phoneEndpoints(s);
  const ea = phone.emergencyAddresses;
  const made = await ea.addEmergencyAddress({ body: { ...LINES, address_line1: '4 SDK Sq' } });
  assert.equal(made.statusCode, 201);
  const id = made.data!.id!;
  const list = await ea.listEmergencyAddresses({ query: { address_keyword: 'SDK Sq' } });
  assert.deepEqual(list.data!.emergency_addresses!.map((a) => a.id), [id]);
  assert.equal((await ea.getEmergencyAddressDetails({ path: { emergencyAddressId: id } })).data!.address_line1, '4 SDK Sq');
  const changed = await ea.updateEmergencyAddress({ path: { emergencyAddressId: id }, body: { city: 'Mountain View' } });
  assert.equal(changed.statusCode, 200);
  assert.equal((await ea.getEmergencyAddressDetails({ path: { emergencyAddressId: id } })).data!.city, 'Mountain View');
  assert.equal((await ea.deleteEmergencyAddress({ path: { emergencyAddressId: id } })).statusCode, 204);
});

test('a page token expires after 15 minutes', async () => {
  await assertPageTokensExpire(s, [{ op: 'listEmergencyAddresses', get: (query) => s.api('GET', PATH, { query }) }], (_l, res) => {
    assert.equal(res.status, 400);
    assert.equal(res.body.message, 'The next page token is invalid or expired.');
  });
});

test("4100 copies each site's default address out of the site's data, with its id", async () => {
  const db = new Kysely<any>({ dialect: new SqliteDialect({ database: new SQLite(':memory:') }) });
  try {
    await sitesMigrations('sqlite')['0299_sites_table']!.up(db);
    const legacy = { id: 'legacy-addr', address_line1: '1 Old Rd', city: 'Austin', state_code: 'TX', zip: '78701', country: 'us' };
    await db.insertInto('sites').values({ id: 'legacy-site', account_id: 'acct', name: 'Old', site_code: null, main_site: 1, data: JSON.stringify({ default_emergency_address: legacy }), created_at: 5 }).execute();
    await db.insertInto('sites').values({ id: 'bare-site', account_id: 'acct', name: 'Bare', site_code: null, main_site: 0, data: '{}', created_at: 6 }).execute();
    await emergencyAddressesMigrations('sqlite')['4100_emergency_addresses']!.up(db);
    const rows = await db.selectFrom('emergency_addresses').selectAll().execute();
    assert.deepEqual(
      rows.map((r) => [r.id, r.account_id, r.site_id, r.level, r.is_default, r.default_of, r.country, r.city]),
      [['legacy-addr', 'acct', 'legacy-site', 0, 1, 'site:legacy-site', 'US', 'Austin']],
    );
  } finally {
    await db.destroy();
  }
});

test('an address an emergency location sends cannot be deleted until the location lets go of it', async () => {
  const [main] = await sites(s);
  const a = await added({ ...LINES, site_id: main.id, address_line1: '5 Located Ln' });
  const location = await s.api('POST', '/phone/locations', { body: { name: 'EA Floor 5', emergency_address_id: a.id, site_id: main.id, public_ip: '203.0.113.7' } });
  assert.equal(location.status, 201, JSON.stringify(location.body));
  refused('deleteAnEmergencyAddress', await remove(a.id), 'The emergency address is used by an emergency location and cannot be deleted.');
  assert.equal((await details(a.id)).address_line1, '5 Located Ln');
  assert.equal((await s.api('DELETE', `/phone/locations/${location.body.id}`)).status, 204);
  assert.equal((await remove(a.id)).status, 204);
});
