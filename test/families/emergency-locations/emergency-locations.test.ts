// The account's emergency service locations through the HTTP API: a tree of locations
// with their networks, added alone or in a batch, listed, shown, changed and deleted;
// and the Dashboard's emergency-services views, which place desk phones on them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { addNumber, otherAccount } from '../../support/fixtures.ts';
import { phoneEndpoints } from '../../support/sdk.ts';
import { DEMO_DEFAULTS } from '../../../src/sandbox.ts';

let s: TestServer;
let accounts = 0;
let serial = 0;
before(async () => {
  s = await startServer();
});
after(() => s.close());

const DEMO = DEMO_DEFAULTS.accountId;

/** A master account of its own (no sites), so a test can count what it made. */
const fresh = () => otherAccount(s, `el-acct-${++accounts}`);

/** An emergency address of the account, written as the emergency-addresses family keeps one; level 1 is a user's personal one. */
async function address(accountId: string, opts: { level?: number; ownerId?: string; siteId?: string | null; isDefault?: boolean } = {}): Promise<string> {
  const id = `el-addr-${++serial}`;
  await s.sandbox.db
    .insertInto('emergency_addresses')
    .values({
      id, account_id: accountId, level: opts.level ?? 0, site_id: opts.siteId ?? null, owner_id: opts.ownerId ?? null,
      address_line1: `${serial} Market St`, address_line2: null, city: 'San Jose', state_code: 'CA', zip: '95113', country: 'US',
      status: 1, is_default: opts.isDefault ? 1 : 0, default_of: opts.isDefault && opts.ownerId ? `user:${opts.ownerId}` : null, created_at: 0, updated_at: 0,
    })
    .execute();
  return id;
}

const add = (body: unknown, token?: string) => s.api('POST', '/phone/locations', { body, token });
const batch = (body: unknown, token?: string) => s.api('POST', '/phone/batch_locations', { body, token });
const get = (id: string, token?: string) => s.api('GET', `/phone/locations/${id}`, { token });
const update = (id: string, body: unknown, token?: string) => s.api('PATCH', `/phone/locations/${id}`, { body, token });
const remove = (id: string, token?: string) => s.api('DELETE', `/phone/locations/${id}`, { token });

async function all(token?: string, query: Record<string, string | number> = {}): Promise<any[]> {
  const res = await s.api('GET', '/phone/locations', { query: { page_size: 300, ...query }, token });
  assertContract('listEmergencyServiceLocations', res);
  return res.body.locations;
}

async function added(body: Record<string, unknown>, token?: string): Promise<string> {
  const res = await add(body, token);
  assertContract('addAnEmergencyServiceLocation', res);
  return res.body.id;
}

async function details(id: string, token?: string): Promise<any> {
  const res = await get(id, token);
  assertContract('getEmergencyServiceLocationDetails', res);
  return res.body;
}

/** The 400/300 the add page documents, with the sentence that applies. */
function refusedAdd(res: any, message: string) {
  assert.equal(res.status, 400, JSON.stringify(res.body));
  assert.equal(res.body.code, 300, JSON.stringify(res.body));
  assert.equal(res.body.message, message);
}

test('a location added is listed and shown with its networks and address', async () => {
  const { token, accountId } = await fresh();
  const addr = await address(accountId);
  const res = await add({ name: ' HQ ', emergency_address_id: addr, public_ip: '198.51.100.1, 198.51.100.0/28', private_ip: '10.0.0.0/16', bssid: '00-1A-2B-3C-4D-5E', minimum_match_criteria: true }, token);
  assertContract('addAnEmergencyServiceLocation', res);
  assert.equal(res.status, 201);
  const id = res.body.id;
  assert.deepEqual(res.body, { id, name: 'HQ' });
  const shown = await details(id, token);
  assert.equal(shown.name, 'HQ');
  assert.equal(shown.public_ip, '198.51.100.1,198.51.100.0/28');
  assert.equal(shown.private_ip, '10.0.0.0/16');
  assert.equal(shown.bssid, '00:1a:2b:3c:4d:5e');
  assert.equal(shown.minimum_match_criteria, true);
  assert.equal(shown.emergency_address.id, addr);
  assert.equal(shown.parent_location_id, undefined);
  const floor = await added({ name: 'Floor 1', emergency_address_id: addr, parent_location_id: id, private_ip: '10.0.1.0/24' }, token);
  assert.equal((await details(floor, token)).parent_location_id, id);
  assert.deepEqual((await all(token)).map((l) => [l.name, l.parent_location_id ?? null]), [['HQ', null], ['Floor 1', id]]);
});

test('the list pages by next_page_token, 300 a page at most', async () => {
  const { token, accountId } = await fresh();
  const addr = await address(accountId);
  for (const name of ['One', 'Two', 'Three']) await added({ name, emergency_address_id: addr, public_ip: '1.2.3.4' }, token);
  const first = await s.api('GET', '/phone/locations', { query: { page_size: 2 }, token });
  assertContract('listEmergencyServiceLocations', first);
  assert.deepEqual([first.body.total_records, first.body.page_size, first.body.locations.map((l: any) => l.name)], [3, 2, ['One', 'Two']]);
  const second = await s.api('GET', '/phone/locations', { query: { page_size: 2, next_page_token: first.body.next_page_token }, token });
  assert.deepEqual([second.body.locations.map((l: any) => l.name), second.body.next_page_token], [['Three'], '']);
  assert.equal((await s.api('GET', '/phone/locations', { query: { page_size: 301 }, token })).status, 400);
});

test('an add refused for its input adds nothing', async () => {
  const { token, accountId } = await fresh();
  const addr = await address(accountId);
  refusedAdd(await add({ name: 'Top', emergency_address_id: addr }, token), 'A public IP is required.');
  refusedAdd(await add({ name: '  ', emergency_address_id: addr, public_ip: '1.2.3.4' }, token), 'A location name is required.');
  refusedAdd(await add({ name: 'X', emergency_address_id: ' ', public_ip: '1.2.3.4' }, token), 'An emergency address is required.');
  refusedAdd(await add({ name: 'X', emergency_address_id: addr, public_ip: '1.2.3.999' }, token), 'IP format error.');
  refusedAdd(await add({ name: 'X', emergency_address_id: addr, parent_location_id: 'nope' }, token), 'Parent location does not exist.');
  assertUndocumentedError(await add({ name: 'X', emergency_address_id: 'nope', public_ip: '1.2.3.4' }, token), 400, 300, 'Emergency address does not exist: nope.');
  assertUndocumentedError(await add({ name: 'X', emergency_address_id: addr, public_ip: '1.2.3.4', bssid: 'zz' }, token), 400, 300, 'BSSID format error.');
  assertUndocumentedError(await add({ name: 'X', emergency_address_id: addr, public_ip: '1.2.3.4', minimum_match_criteria: true }, token), 400, 300, 'A private IP is required when minimum_match_criteria is true.');
  assertUndocumentedError(await add({ name: 'X', emergency_address_id: addr, public_ip: '1.2.3.4', sip_group_id: 'nope' }, token), 400, 300, 'SIP group does not exist.');
  assertUndocumentedError(await add({ name: 'X', emergency_address_id: addr, public_ip: '1.2.3.4', elin_phone_number_id: '+1650' }, token), 400, 300, 'Phone number format invalid.');
  assertUndocumentedError(await add({ name: 'X', emergency_address_id: addr, public_ip: '1.2.3.4', site_id: 'nope' }, token), 400, 300, 'Site does not exist: nope.');
  const personal = await address(accountId, { level: 1, ownerId: 'someone' });
  assertUndocumentedError(await add({ name: 'X', emergency_address_id: personal, public_ip: '1.2.3.4' }, token), 400, 300, 'A personal emergency address cannot be the address of a location.');
  const bssids = Array.from({ length: 101 }, (_, i) => `00:00:00:00:${String(Math.floor(i / 100)).padStart(2, '0')}:${String(i % 100).padStart(2, '0')}`);
  refusedAdd(await add({ name: 'X', emergency_address_id: addr, public_ip: '1.2.3.4', bssid: bssids.join(',') }, token), 'The maximum number of "bssid" is 100.');
  await added({ name: 'X', emergency_address_id: addr, public_ip: '1.2.3.4', bssid: bssids.slice(0, 100).join(',') }, token);
  assert.deepEqual((await all(token)).map((l) => l.name), ['X']);
});

test('names are unique among siblings; an ELIN binds one location; five levels at most', async () => {
  const { token, accountId } = await fresh();
  const addr = await address(accountId);
  const top = await added({ name: 'Campus', emergency_address_id: addr, public_ip: '1.2.3.4' }, token);
  assertUndocumentedError(await add({ name: 'Campus', emergency_address_id: addr, public_ip: '1.2.3.5' }, token), 400, 300, 'This location display_name already exists.');
  // Another parent's sub-location may have the name.
  let parent = top;
  for (let level = 2; level <= 5; level++) parent = await added({ name: 'Campus', emergency_address_id: addr, parent_location_id: parent }, token);
  refusedAdd(await add({ name: 'Too deep', emergency_address_id: addr, parent_location_id: parent }, token), 'You can only access up to "5" level.');
  const number = await addNumber(s, { accountId });
  await added({ name: 'Lobby', emergency_address_id: addr, public_ip: '1.2.3.6', elin_phone_number_id: number.number }, token);
  const lobby = (await all(token)).find((l) => l.name === 'Lobby');
  assert.deepEqual(lobby.elin, { phone_number: number.number, phone_number_id: number.id });
  assertUndocumentedError(await add({ name: 'Annex', emergency_address_id: addr, public_ip: '1.2.3.7', elin_phone_number_id: number.id }, token), 400, 300, 'A phone number can not be bound to multiple locations at the same time.');
  assertUndocumentedError(await add({ name: 'Annex', emergency_address_id: addr, public_ip: '1.2.3.7', elin_phone_number_id: 'no-number' }, token), 400, 300, 'Phone number does not exist.');
  assert.equal((await all(token)).length, 6);
});

test('concurrent adds of one name: one wins, the others are refused', async () => {
  const { token, accountId } = await fresh();
  const addr = await address(accountId);
  const results = await Promise.all(Array.from({ length: 6 }, () => add({ name: 'Race', emergency_address_id: addr, public_ip: '1.2.3.4' }, token)));
  assert.deepEqual(results.map((r) => r.status).sort(), [201, 400, 400, 400, 400, 400]);
  for (const r of results.filter((x) => x.status === 400)) assert.equal(r.body.message, 'This location display_name already exists.');
  assert.equal((await all(token)).length, 1);
});

test('an account holds 5000 locations at most', async () => {
  const { token, accountId } = await fresh();
  const addr = await address(accountId);
  const rows = Array.from({ length: 4999 }, (_, i) => ({
    id: `el-many-${accountId}-${i}`, account_id: accountId, site_id: null, name: `L${i}`, identifier: null, parent_id: null, parent_key: '', depth: 1,
    emergency_address_id: addr, elin_number_id: null, sip_group_id: null, minimum_match_criteria: 0, bssids: '[]', private_ips: '[]', public_ips: '["1.1.1.1"]',
    network_switches: '[]', created_at: 0, updated_at: 0,
  }));
  for (let i = 0; i < rows.length; i += 200) await s.sandbox.db.insertInto('emergency_locations').values(rows.slice(i, i + 200)).execute();
  await added({ name: 'The 5000th', emergency_address_id: addr, public_ip: '1.2.3.4' }, token);
  refusedAdd(await add({ name: 'The 5001st', emergency_address_id: addr, public_ip: '1.2.3.4' }, token), 'You can only access up to 5000 locations.');
});

test('a multi-site account names the site; the list is filtered by it', async () => {
  // The demo account has three sites.
  refusedAdd(await add({ name: 'No site', emergency_address_id: 'x', public_ip: '1.2.3.4' }), 'A site ID is required.');
  const unsited = await batch({ locations: [{ display_name: 'No site', identifier: 'NS', company_address: { address_line1: '1 Main St', city: 'Austin', state_code: 'TX', zip: '78701', country: 'US' }, public_ip: '1.2.3.4' }] });
  assertUndocumentedError(unsited, 400, 300, 'A site ID is required.');
  assertUndocumentedError(await s.api('GET', '/phone/locations'), 400, 300, 'site_id is required when multiple sites are enabled.');
  assertUndocumentedError(await s.api('GET', '/phone/locations', { query: { site_id: 'nope' } }), 400, 300, 'Site does not exist: nope.');
});

test('an update changes what it names and keeps the rest; refused input changes nothing', async () => {
  const { token, accountId } = await fresh();
  const addr = await address(accountId);
  const other = await address(accountId);
  const id = await added({ name: 'Office', emergency_address_id: addr, public_ip: '1.2.3.4', private_ip: '10.1.0.0/16' }, token);
  const res = await update(id, { name: 'Main office', emergency_address_id: other, bssid: 'aa:bb:cc:dd:ee:ff', network_switches: [{ mac_address: 'AABBCCDDEE01', port: 'Gi1/0/1' }, { mac_address: 'aa:bb:cc:dd:ee:02', port_prefix: 'Gi1/0/', port_range_from: '1', port_range_to: '48' }] }, token);
  assertContract('updateEmergencyServiceLocation', res);
  const shown = await details(id, token);
  assert.equal(shown.name, 'Main office');
  assert.equal(shown.emergency_address.id, other);
  assert.equal(shown.public_ip, '1.2.3.4');
  assert.equal(shown.private_ip, '10.1.0.0/16');
  assert.deepEqual(shown.network_switches, [
    { mac_address: 'aa:bb:cc:dd:ee:01', port: 'Gi1/0/1' },
    { mac_address: 'aa:bb:cc:dd:ee:02', port_prefix: 'Gi1/0/', port_range_from: '1', port_range_to: '48' },
  ]);
  for (const [body, message] of [
    [{ public_ip: '' }, 'A public IP is required.'],
    [{ name: '' }, 'A location name is required.'],
    [{ network_switches: [{ port: '1' }] }, 'Switch MAC address is required.'],
    [{ network_switches: [{ mac_address: 'xyz' }] }, 'Mac Address format invalid.'],
    [{ network_switches: [{ mac_address: 'aabbccddeeff', port: '1' }, { mac_address: 'AA:BB:CC:DD:EE:FF', port: '1' }] }, 'Duplicate Switch Info found.'],
    [{ network_switches: [{ mac_address: 'aabbccddeeff', port_prefix: 'Gi1', port_range_from: '1', port_range_to: '2' }] }, 'The port prefix cannot end with a digit.'],
    [{ network_switches: [{ mac_address: 'aabbccddeeff', port_prefix: 'Gi', port_range_from: '5', port_range_to: '2' }] }, WORDS_RANGE],
    [{ network_switches: [{ mac_address: 'aabbccddeeff', port: '1', port_prefix: 'Gi', port_range_from: '1', port_range_to: '2' }] }, 'A port label cannot be given with a port prefix and range.'],
    [{ private_ip: 'not-an-ip' }, 'IP format error.'],
  ] as const) {
    const r = await update(id, body, token);
    assertDocumentedError('updateEmergencyServiceLocation', r, 'error300');
    assert.equal(r.body.message, message);
  }
  assert.deepEqual(await details(id, token), shown);
});

const WORDS_RANGE = 'port_range_from and port_range_to must be non-negative integers, port_range_from at most port_range_to.';

test('a location the account does not have cannot be shown, changed or deleted', async () => {
  const { token } = await fresh();
  assertDocumentedError('getEmergencyServiceLocationDetails', await get('nOsUcHlOcAtIoN', token), 'locationDoesNotExist');
  const u = await update('nOsUcHlOcAtIoN', { name: 'x' }, token);
  assertDocumentedError('updateEmergencyServiceLocation', u, 'error300');
  assert.equal(u.body.message, 'Location does not exist: nOsUcHlOcAtIoN.');
  const d = await remove('nOsUcHlOcAtIoN', token);
  assertDocumentedError('deleteAnEmergencyLocation', d, 'error300');
  assert.equal(d.body.message, 'Location does not exist: nOsUcHlOcAtIoN.');
});

test("another account neither sees nor changes the account's locations", async () => {
  const a = await fresh();
  const b = await fresh();
  const id = await added({ name: 'Mine', emergency_address_id: await address(a.accountId), public_ip: '1.2.3.4' }, a.token);
  assert.deepEqual(await all(b.token), []);
  assertDocumentedError('getEmergencyServiceLocationDetails', await get(id, b.token), 'locationDoesNotExist');
  assert.equal((await update(id, { name: 'Theirs' }, b.token)).status, 400);
  assert.equal((await remove(id, b.token)).status, 400);
  assert.equal((await details(id, a.token)).name, 'Mine');
});

test('a location with sub-locations is not deleted; a deleted one is gone', async () => {
  const { token, accountId } = await fresh();
  const addr = await address(accountId);
  const top = await added({ name: 'Top', emergency_address_id: addr, public_ip: '1.2.3.4' }, token);
  const sub = await added({ name: 'Sub', emergency_address_id: addr, parent_location_id: top }, token);
  const refused = await remove(top, token);
  assertDocumentedError('deleteAnEmergencyLocation', refused, 'error300');
  assert.equal(refused.body.message, `Location ${top} has sub locations; delete them first.`);
  assertContract('deleteAnEmergencyLocation', await remove(sub, token));
  assertContract('deleteAnEmergencyLocation', await remove(top, token));
  assert.deepEqual(await all(token), []);
});

test('a batch adds a tree of locations with their addresses, parents first', async () => {
  const { token, accountId } = await fresh();
  const res = await batch(
    {
      locations: [
        { display_name: 'Floor 2', identifier: 'B-F2', parent_identifier: 'B', company_address: { address_line1: '1 Main St', address_line2: 'Floor 2', city: 'Austin', state_code: 'TX', zip: '78701', country: 'us' }, private_ip: '10.2.2.0/24', network_switches: [{ mac_address: '00:11:22:33:44:55', port: '7' }] },
        { display_name: 'Building B', identifier: 'B', company_address: { address_line1: '1 Main St', city: 'Austin', state_code: 'TX', zip: '78701', country: 'US' }, public_ip: '198.51.100.20', private_ip: '10.2.0.0/16', bssid: '0a:0b:0c:0d:0e:0f' },
      ],
    },
    token,
  );
  assertContract('batchAddEmergencyServiceLocations', res);
  assert.equal(res.status, 201);
  assert.deepEqual(res.body.locations.map((l: any) => l.display_name), ['Floor 2', 'Building B']);
  const [floor, building] = res.body.locations.map((l: any) => l.location_id);
  const listed = await all(token);
  assert.deepEqual(listed.map((l) => [l.name, l.identifier, l.parent_location_id ?? null]), [['Building B', 'B', null], ['Floor 2', 'B-F2', building]]);
  const f = await details(floor, token);
  assert.deepEqual(f.emergency_address && { ...f.emergency_address, id: undefined }, { id: undefined, address_line1: '1 Main St', address_line2: 'Floor 2', city: 'Austin', state_code: 'TX', zip: '78701', country: 'US' });
  assert.deepEqual(f.network_switches, [{ mac_address: '00:11:22:33:44:55', port: '7' }]);
  // A later batch hangs a location under an existing one by its identifier.
  const more = await batch({ locations: [{ display_name: 'Floor 3', identifier: 'B-F3', parent_identifier: 'B', company_address: { address_line1: '1 Main St', city: 'Austin', state_code: 'TX', zip: '78701', country: 'US' } }] }, token);
  assertContract('batchAddEmergencyServiceLocations', more);
  assert.equal((await details(more.body.locations[0].location_id, token)).parent_location_id, building);
  // The batch's addresses are company addresses of the account.
  const kept = await s.sandbox.db.selectFrom('emergency_addresses').select(['level', 'is_default']).where('account_id', '=', accountId).execute();
  assert.deepEqual(kept, [{ level: 0, is_default: 0 }, { level: 0, is_default: 0 }, { level: 0, is_default: 0 }]);
});

test('a batch refused for one item adds nothing', async () => {
  const { token } = await fresh();
  const item = (over: Record<string, unknown>) => ({ display_name: 'A', identifier: 'A', company_address: { address_line1: '1 Main St', city: 'Austin', state_code: 'TX', zip: '78701', country: 'US' }, public_ip: '1.2.3.4', ...over });
  const cases: [unknown[], string][] = [
    [Array.from({ length: 11 }, (_, i) => item({ identifier: `I${i}`, display_name: `N${i}` })), 'Locations size must be less than 10.'],
    [[item({}), item({ display_name: 'B' })], 'You cannot have duplicate identifiers.'],
    [[item({}), item({ identifier: 'B' })], 'You cannot have duplicate location names.'],
    [[item({ parent_identifier: 'A' })], 'The parent_identifier can not be the value of the identifier of the same location.'],
    [[item({ parent_identifier: 'ZZ' })], 'Location does not exist: ZZ.'],
    [[item({ parent_identifier: 'B' }), item({ identifier: 'B', display_name: 'B', parent_identifier: 'A' })], 'Identifier can not be matched.'],
    [[item({ public_ip: undefined })], 'Public IP is required.'],
    [[item({ identifier: ' ' })], 'Identifier is required.'],
    [[item({ display_name: ' ' })], 'Location name is required.'],
    [[item({ bssid: 'nope' })], 'BSSID format error.'],
    [[item({ public_ip: '300.1.1.1' })], 'IP format error.'],
    [[item({ network_switches: [{ port: '1' }] })], 'Switch MAC address is required.'],
    [[item({ network_switches: [{ mac_address: 'nope' }] })], 'Mac Address format invalid.'],
    [[item({ network_switches: [{ mac_address: 'aabbccddeeff' }, { mac_address: 'aabbccddeeff' }] })], 'Duplicate Switch Info found.'],
    [[item({ network_switches: Array.from({ length: 101 }, (_, i) => ({ mac_address: 'aabbccddeeff', port: String(i) })) })], 'Network switches size must be less than 100.'],
    [[item({ bssid: Array.from({ length: 101 }, (_, i) => `00:00:00:00:0${Math.floor(i / 100)}:${String(i % 100).padStart(2, '0')}`).join(',') })], 'Number bssid per location limited to less than 100.'],
    [[item({ company_address: { address_line1: ' ', country: 'US' } })], 'Emergency address Line 1 is required.'],
    [[item({ company_address: { address_line1: '1 Main', country: ' ' } })], 'Emergency address country is required.'],
    [[item({ company_address: { address_line1: '1 Main', country: 'US', zip: '78701' } })], 'Emergency address state code is required in US.'],
    [[item({ company_address: { address_line1: '1 Main', country: 'US', state_code: 'TX' } })], 'Emergency address zip is required in US.'],
    [[item({ company_address: { address_line1: 'Calle 1', country: 'ES' } })], 'Emergency address VAT is required in ES.'],
    [[item({ sip_group_name: 'No such group' })], 'SIP group does not exist.'],
    [[item({ elin: '+1650' })], 'Phone number format invalid.'],
    [[item({ elin: '+16505550000' })], 'Phone number does not exist.'],
    [[item({ display_name: 'x'.repeat(256) })], 'The field can not exceed 255 characters.'],
  ];
  for (const [locations, message] of cases) {
    const r = await batch({ locations }, token);
    assert.equal(r.status, 400, `${message}: ${JSON.stringify(r.body)}`);
    assert.equal(r.body.code, 300);
    assert.equal(r.body.message, message);
  }
  for (const [locations, message] of [
    [[item({ minimum_match_criteria: true })], 'A private IP is required when minimum_match_criteria is true.'],
    [[item({ company_address: { address_line1: '1 Main', country: 'Atlantis' } })], 'Emergency address country is invalid: Atlantis.'],
  ] as const) {
    assertUndocumentedError(await batch({ locations }, token), 400, 300, message);
  }
  assert.deepEqual(await all(token), []);
  await batch({ locations: [item({})] }, token);
  const again = await batch({ locations: [item({ display_name: 'Other' })] }, token);
  assert.equal(again.body.message, 'This location identifier already exists.');
  const named = await batch({ locations: [item({ identifier: 'Z' })] }, token);
  assert.equal(named.body.message, 'This location display_name already exists.');
  assert.equal((await all(token)).length, 1);
});

test('the demo account has its head office and third floor with networks', async () => {
  const demoSites = await s.api('GET', '/phone/sites');
  const main = demoSites.body.sites[0].id;
  const listed = await all(undefined, { site_id: main });
  assert.deepEqual(listed.map((l) => [l.name, l.identifier]), [['Headquarters', 'HQ'], ['Floor 3', 'HQ-F3']]);
  assert.equal(listed[1].parent_location_id, listed[0].id);
  assert.equal(listed[1].bssid, '00:1a:2b:3c:4d:5e');
  assert.equal(listed[0].site.id, main);
  assert.ok(listed[0].emergency_address.address_line1);
});

test("Zoom's SDK adds, lists, shows, updates and deletes a location", async () => {
  const phone = await phoneEndpoints(s);
  const sites = await s.api('GET', '/phone/sites');
  const denver = sites.body.sites[1].id;
  const addr = await address(DEMO, { siteId: denver });
  const created = await phone.emergencyServiceLocations.addEmergencyServiceLocation({ body: { name: 'SDK office', emergency_address_id: addr, site_id: denver, public_ip: '192.0.2.1' } });
  assert.equal(created.statusCode, 201);
  const id = created.data!.id!;
  const listed = await phone.emergencyServiceLocations.listEmergencyServiceLocations({ query: { site_id: denver } });
  assert.ok(listed.data!.locations!.some((l) => l.id === id));
  const shown = await phone.emergencyServiceLocations.getEmergencyServiceLocationDetails({ path: { locationId: id } });
  assert.equal(shown.data!.name, 'SDK office');
  await phone.emergencyServiceLocations.updateEmergencyServiceLocation({ path: { locationId: id }, body: { name: 'SDK office 2' } });
  assert.equal((await details(id)).name, 'SDK office 2');
  await phone.emergencyServiceLocations.deleteEmergencyLocation({ path: { locationId: id } });
  assert.equal((await get(id)).status, 400);
});

test('a deleted number is no longer an ELIN; a SIP group is named by id or, in a batch, by name', async () => {
  const { token, accountId } = await fresh();
  const addr = await address(accountId);
  const number = await addNumber(s, { accountId });
  const id = await added({ name: 'Depot', emergency_address_id: addr, public_ip: '1.2.3.4', elin_phone_number_id: number.id }, token);
  assert.equal((await details(id, token)).elin.phone_number_id, number.id);
  const gone = await s.api('DELETE', '/phone/numbers', { query: { phone_numbers: number.number }, token });
  assert.equal(gone.status, 204, JSON.stringify(gone.body));
  assert.equal((await details(id, token)).elin, undefined);
  // The number is free again for another location; an empty ELIN lets it go.
  const again = await addNumber(s, { accountId });
  assertContract('updateEmergencyServiceLocation', await update(id, { elin_phone_number_id: again.number }, token));
  assert.equal((await details(id, token)).elin.phone_number, again.number);
  assertContract('updateEmergencyServiceLocation', await update(id, { elin_phone_number_id: '' }, token));
  assert.equal((await details(id, token)).elin, undefined);
  // The demo's SIP groups: by id on an add, by name in a batch (top locations only).
  const sites = (await s.api('GET', '/phone/sites')).body.sites;
  const groups = await s.sandbox.db.selectFrom('sip_groups').select(['id', 'display_name']).where('account_id', '=', DEMO).where('display_name', '=', 'East Coast Routing').execute();
  const res = await batch({
    site_id: sites[2].id,
    locations: [
      { display_name: 'London', identifier: 'LON', sip_group_name: 'East Coast Routing', company_address: { address_line1: '1 Strand', city: 'London', country: 'GB' }, public_ip: '192.0.2.77' },
      { display_name: 'London 1st', identifier: 'LON-1', parent_identifier: 'LON', sip_group_name: 'No such group', company_address: { address_line1: '1 Strand', city: 'London', country: 'GB' } },
    ],
  });
  assertContract('batchAddEmergencyServiceLocations', res);
  const [london, first] = res.body.locations.map((l: any) => l.location_id);
  assert.deepEqual((await details(london)).sip_group, { id: groups[0].id, display_name: 'East Coast Routing' });
  assert.equal((await details(first)).sip_group, undefined);
  const byId = await added({ name: 'London annex', emergency_address_id: (await details(london)).emergency_address.id, site_id: sites[2].id, public_ip: '192.0.2.78', sip_group_id: groups[0].id });
  assert.equal((await details(byId)).sip_group.display_name, 'East Coast Routing');
});

test('a parent deleted while a sub-location is added under it: one of the two is refused', async () => {
  const { token, accountId } = await fresh();
  const addr = await address(accountId);
  for (let round = 0; round < 5; round++) {
    const top = await added({ name: `Top ${round}`, emergency_address_id: addr, public_ip: '1.2.3.4' }, token);
    const [child, gone] = await Promise.all([add({ name: 'Child', emergency_address_id: addr, parent_location_id: top }, token), remove(top, token)]);
    assert.notEqual(child.status === 201 && gone.status === 204, true, `round ${round}: both went in`);
    const names = (await all(token)).map((l) => l.name);
    if (gone.status === 204) assert.ok(!names.includes(`Top ${round}`) && !names.includes('Child'));
    else assert.ok(names.includes(`Top ${round}`) && names.includes('Child'));
    if (child.status === 201) {
      await remove(child.body.id, token);
      await remove(top, token);
    }
  }
});

test("a deleted site's locations move to the site its assets go to", async () => {
  const sites = (await s.api('GET', '/phone/sites')).body.sites;
  const [main, , london] = sites.map((x: any) => x.id);
  const before = (await all(undefined, { site_id: london })).map((l) => l.id);
  assert.ok(before.length > 0);
  const gone = await s.api('DELETE', `/phone/sites/${london}`, { query: { transfer_site_id: main } });
  assert.equal(gone.status, 204, JSON.stringify(gone.body));
  const moved = await all(undefined, { site_id: main });
  for (const id of before) assert.equal(moved.find((l) => l.id === id)?.site.id, main);
});
