// The Dashboard's emergency-services views through the HTTP API: desk phones placed on
// the account's emergency locations by the networks they registered from, users by
// their desk phones, default personal addresses, nomadic emergency services.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type ApiResponse, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError } from '../../support/contract.ts';
import { addNumber, addUser, otherAccount } from '../../support/fixtures.ts';
import { phoneEndpoints } from '../../support/sdk.ts';

let s: TestServer;
let accounts = 0;
before(async () => {
  s = await startServer();
});
after(() => s.close());

const DEVICES = '/phone/metrics/emergency_services/realtime_location/devices';
const USERS = '/phone/metrics/emergency_services/realtime_location/users';
const TRACKED = '/phone/metrics/location_tracking';
const DEFAULT_ADDRESS = '/phone/metrics/emergency_services/default_emergency_address/users';
const PERSONAL = '/phone/metrics/emergency_services/detectable_personal_location/users';
const SHARING = '/phone/metrics/emergency_services/location_sharing_permission/users';
const NOMADIC = '/phone/metrics/emergency_services/nomadic_emergency_services/users';

const view = (path: string, query: Record<string, string | number> = {}, token?: string) => s.api('GET', path, { query, token });

// Each view's answer checked against its own schema (written out per operation: the coverage report counts these calls).
const CHECKS = {
  listRealTimeLocationForIpPhones: (res: ApiResponse) => assertContract('listRealTimeLocationForIpPhones', res),
  listRealTimeLocationForUsers: (res: ApiResponse) => assertContract('listRealTimeLocationForUsers', res),
  listTrackedLocations: (res: ApiResponse) => assertContract('listTrackedLocations', res),
  listDefaultEmergencyAddressUsers: (res: ApiResponse) => assertContract('listDefaultEmergencyAddressUsers', res),
  listNomadicEmergencyServicesUsers: (res: ApiResponse) => assertContract('listNomadicEmergencyServicesUsers', res),
  listDetectablePersonalLocationUsers: (res: ApiResponse) => assertContract('listDetectablePersonalLocationUsers', res),
  listUsersPermissionForLocationSharing: (res: ApiResponse) => assertContract('listUsersPermissionForLocationSharing', res),
};

async function checked(op: keyof typeof CHECKS, path: string, query: Record<string, string | number> = {}, token?: string): Promise<any> {
  const res = await view(path, query, token);
  CHECKS[op](res);
  return res.body;
}

async function demoSites(): Promise<{ main: string; denver: string }> {
  const sites = (await s.api('GET', '/phone/sites')).body.sites;
  return { main: sites.find((x: any) => x.name === 'Main Site').id, denver: sites.find((x: any) => x.name === 'Denver Office').id };
}

test('an emergency location tree with networks shows in the dashboard views', async () => {
  const { denver } = await demoSites();
  // The seeded head office and its third floor: the head office phones are on the floor's range.
  const company = await checked('listRealTimeLocationForIpPhones', DEVICES, { location_type: 'company' });
  assert.deepEqual(company.records.map((r: any) => [r.device_name, r.location_name, r.location_type]), [
    ["Ada's desk phone", 'Floor 3', 'company'],
    ['Reception', 'Floor 3', 'company'],
  ]);
  assert.match(company.records[0].emergency_address, /Suite 300/);
  // Katherine's phone in Denver is on a network no location knows.
  const unknown = await checked('listRealTimeLocationForIpPhones', DEVICES, { location_type: 'unknown' });
  assert.deepEqual(unknown.records.map((r: any) => [r.device_name, r.location_name ?? null, r.private_ip]), [["Katherine's desk phone", null, '192.168.20.31']]);
  assert.deepEqual(unknown.records[0].assigned_info.map((a: any) => a.user_email), ['katherine@demo.switchboard.test']);

  // Denver's tree: the office (its public IP and subnet, both required) and a lab on part of the subnet.
  const added = await s.api('POST', '/phone/batch_locations', {
    body: {
      site_id: denver,
      locations: [
        { display_name: 'Denver office', identifier: 'DEN', company_address: { address_line1: '1600 Broadway', city: 'Denver', state_code: 'CO', zip: '80202', country: 'US' }, public_ip: '203.0.113.10', private_ip: '192.168.20.0/24', minimum_match_criteria: true },
        { display_name: 'Lab', identifier: 'DEN-LAB', parent_identifier: 'DEN', company_address: { address_line1: '1600 Broadway', address_line2: 'Lab', city: 'Denver', state_code: 'CO', zip: '80202', country: 'US' }, private_ip: '192.168.20.30-192.168.20.39' },
      ],
    },
  });
  assertContract('batchAddEmergencyServiceLocations', added);
  const [office, lab] = added.body.locations.map((l: any) => l.location_id);

  const inDenver = await checked('listRealTimeLocationForIpPhones', DEVICES, { location_type: 'company', site_id: denver });
  assert.deepEqual(inDenver.records.map((r: any) => [r.device_name, r.location_name, r.emergency_address]), [["Katherine's desk phone", 'Lab', '1600 Broadway, Lab, Denver, CO 80202, US']]);
  assert.equal((await checked('listRealTimeLocationForIpPhones', DEVICES, { location_type: 'unknown' })).total_records, 0);
  const users = await checked('listRealTimeLocationForUsers', USERS, { location_type: 'company', site_id: denver });
  assert.deepEqual(users.records.map((r: any) => [r.user_display_name, r.location_name, r.private_ip]), [['Katherine Johnson', 'Lab', '192.168.20.31']]);
  const tracked = await checked('listTrackedLocations', TRACKED, { site_id: denver });
  assert.deepEqual(tracked.location_tracking.map((r: any) => [r.device.name, r.name, r.type, r.city, r.zip, r.country]), [["Katherine's desk phone", 'Lab', 'company', 'Denver', '80202', 'US']]);

  // Without the lab, the phone is detected at the office around it; without both, nowhere.
  assert.equal((await s.api('DELETE', `/phone/locations/${lab}`)).status, 204);
  assert.deepEqual((await checked('listTrackedLocations', TRACKED, { site_id: denver })).location_tracking.map((r: any) => r.name), ['Denver office']);
  assert.equal((await s.api('DELETE', `/phone/locations/${office}`)).status, 204);
  assert.deepEqual((await checked('listTrackedLocations', TRACKED, { site_id: denver, location_type: 'unknown' })).location_tracking.map((r: any) => [r.device.name, r.name ?? null]), [["Katherine's desk phone", null]]);
});

test('a location that requires the minimum match is not detected by its public IP alone', async () => {
  // The seeded head office requires both: a phone elsewhere behind the same public IP is not there.
  const { main } = await demoSites();
  const floor = await s.api('GET', '/phone/locations', { query: { site_id: main } });
  const hq = floor.body.locations.find((l: any) => l.name === 'Headquarters');
  assert.equal(hq.minimum_match_criteria, true);
  assert.equal((await s.api('PATCH', `/phone/locations/${hq.id}`, { body: { minimum_match_criteria: false } })).status, 204);
  // Now Denver's phone, behind the head office's public IP, is detected at the head office.
  const company = await checked('listRealTimeLocationForIpPhones', DEVICES, { location_type: 'company', keyword: '00908f' });
  assert.deepEqual(company.records.map((r: any) => [r.device_name, r.location_name]), [["Katherine's desk phone", 'Headquarters']]);
  assert.equal((await s.api('PATCH', `/phone/locations/${hq.id}`, { body: { minimum_match_criteria: true } })).status, 204);
  assert.equal((await checked('listRealTimeLocationForIpPhones', DEVICES, { location_type: 'company', keyword: '00908f' })).total_records, 0);
});

test('tracked locations: IP phones by default, users with type 5, none for the views without device locations', async () => {
  const all = await checked('listTrackedLocations', TRACKED, {});
  assert.deepEqual(all.location_tracking.map((r: any) => r.device.name), ["Ada's desk phone", 'Reception']);
  assert.deepEqual(all.location_tracking[1].assignees.map((a: any) => a.name), ['Grace Hopper', 'Barbara Liskov']);
  assert.deepEqual((await checked('listTrackedLocations', TRACKED, { type: 5 })).location_tracking.map((r: any) => r.device.name), ["Ada's desk phone", 'Reception']);
  for (const type of [1, 2, 3, 4]) assert.equal((await checked('listTrackedLocations', TRACKED, { type })).total_records, 0);
  assert.deepEqual((await checked('listTrackedLocations', TRACKED, { keyword: 'RECEPTION' })).location_tracking.map((r: any) => r.device.name), ['Reception']);
  assert.deepEqual((await checked('listTrackedLocations', TRACKED, { keyword: '805ec0' })).location_tracking.map((r: any) => r.device.name), ["Ada's desk phone"]);
  assert.equal((await checked('listTrackedLocations', TRACKED, { location_type: 'personal' })).total_records, 0);
  assert.equal((await checked('listTrackedLocations', TRACKED, { site_id: 'no-such-site' })).total_records, 0);
});

test('the views page by next_page_token', async () => {
  const first = await checked('listRealTimeLocationForUsers', USERS, { location_type: 'company', page_size: 2 });
  assert.equal(first.total_records, 3);
  assert.equal(first.records.length, 2);
  assert.notEqual(first.next_page_token, '');
  const second = await checked('listRealTimeLocationForUsers', USERS, { location_type: 'company', page_size: 2, next_page_token: first.next_page_token });
  assert.deepEqual(second.records.map((r: any) => r.user_display_name), ['Barbara Liskov']);
  assert.equal(second.next_page_token, '');
  assert.equal((await view(USERS, { location_type: 'company', page_size: 301 })).status, 400);
});

test('default emergency address users: set is a personal default address', async () => {
  const { token, accountId } = await otherAccount(s, `el-views-${++accounts}`);
  const withOwn = await addUser(s, { accountId, name: 'Has own', tag: 'elv' });
  const without = await addUser(s, { accountId, name: 'Uses site', tag: 'elv' });
  await s.sandbox.db
    .insertInto('emergency_addresses')
    .values({
      id: `el-personal-${withOwn}`, account_id: accountId, level: 1, site_id: null, owner_id: withOwn, address_line1: '9 Home Rd', address_line2: null, city: 'Boise',
      state_code: 'ID', zip: '83702', country: 'US', status: 1, is_default: 1, default_of: `user:${withOwn}`, created_at: 0, updated_at: 0,
    })
    .execute();
  const set = await checked('listDefaultEmergencyAddressUsers', DEFAULT_ADDRESS, { status: 'set' }, token);
  assert.deepEqual(set.records.map((r: any) => [r.user_display_name, r.status]), [['Has own', 'set']]);
  const notSet = await checked('listDefaultEmergencyAddressUsers', DEFAULT_ADDRESS, { status: 'not_set' }, token);
  assert.deepEqual(notSet.records.map((r: any) => [r.user_display_name, r.status]), [['Uses site', 'not_set']]);
  assert.equal((await checked('listDefaultEmergencyAddressUsers', DEFAULT_ADDRESS, { status: 'not_set', keyword: 'HAS' }, token)).total_records, 0);
  assert.deepEqual((await checked('listDefaultEmergencyAddressUsers', DEFAULT_ADDRESS, { status: 'not_set', keyword: without.slice(0, 12) }, token)).records.map((r: any) => r.email), [`${without}@elv.test`]);
});

test('nomadic emergency services: disabled for a user without a US/CA number, with BYOC only, without numbers, or with PSAP calls off', async () => {
  const { token, accountId } = await otherAccount(s, `el-views-${++accounts}`);
  const us = await addUser(s, { accountId, name: 'US number', tag: 'eln' });
  const none = await addUser(s, { accountId, name: 'Extension only', tag: 'eln' });
  const gb = await addUser(s, { accountId, name: 'GB number', tag: 'eln' });
  const byoc = await addUser(s, { accountId, name: 'BYOC number', tag: 'eln' });
  await addNumber(s, { accountId, assigneeId: us });
  await addNumber(s, { accountId, assigneeId: gb, prefix: '+4420755' });
  await addNumber(s, { accountId, assigneeId: byoc, source: 'BYOCCloud' });
  const enabled = await checked('listNomadicEmergencyServicesUsers', NOMADIC, { status: 'enabled' }, token);
  assert.deepEqual(enabled.records.map((r: any) => [r.user_display_name, r.status, r.reason_for_disabling ?? null]), [['US number', 'enabled', null]]);
  const disabled = await checked('listNomadicEmergencyServicesUsers', NOMADIC, { status: 'disabled' }, token);
  assert.deepEqual(disabled.records.map((r: any) => [r.user_display_name, r.reason_for_disabling]), [
    ['Extension only', 4],
    ['GB number', 3],
    ['BYOC number', 5],
  ]);
  assert.equal(none.length > 0, true);
  // Emergency calls to the PSAP turned off in the user's policy.
  const patched = await s.api('PATCH', `/phone/users/${us}`, { body: { policy: { emergency_calls_to_psap: false } }, token });
  assert.equal(patched.status, 204, JSON.stringify(patched.body));
  assert.deepEqual((await checked('listNomadicEmergencyServicesUsers', NOMADIC, { status: 'disabled', keyword: 'US number' }, token)).records.map((r: any) => r.reason_for_disabling), [2]);
});

test('no client shares its location: the personal location and sharing views list no one', async () => {
  for (const status of ['set', 'not_set']) assert.equal((await checked('listDetectablePersonalLocationUsers', PERSONAL, { status })).total_records, 0);
  assert.equal((await checked('listUsersPermissionForLocationSharing', SHARING, {})).total_records, 0);
});

test("another account sees none of the account's phones or users", async () => {
  const { token } = await otherAccount(s, `el-views-${++accounts}`);
  assert.equal((await checked('listRealTimeLocationForIpPhones', DEVICES, { location_type: 'company' }, token)).total_records, 0);
  assert.equal((await checked('listRealTimeLocationForUsers', USERS, { location_type: 'company' }, token)).total_records, 0);
  assert.equal((await checked('listTrackedLocations', TRACKED, {}, token)).total_records, 0);
  assert.equal((await checked('listNomadicEmergencyServicesUsers', NOMADIC, { status: 'disabled' }, token)).total_records, 0);
});

test('the views answer their documented errors', async () => {
  const noSite = { site_id: 'no-such-site' };
  const badToken = { next_page_token: 'garbage' };
  assertDocumentedError('listDefaultEmergencyAddressUsers', await view(DEFAULT_ADDRESS, { ...{ status: 'set' }, ...noSite }), 'siteDoesNotExist');
  assertDocumentedError('listDefaultEmergencyAddressUsers', await view(DEFAULT_ADDRESS, { ...{ status: 'set' }, ...badToken }), 'nextPageTokenIsInvalidOr');
  assertDocumentedError('listDetectablePersonalLocationUsers', await view(PERSONAL, { ...{ status: 'set' }, ...noSite }), 'siteDoesNotExist');
  assertDocumentedError('listDetectablePersonalLocationUsers', await view(PERSONAL, { ...{ status: 'set' }, ...badToken }), 'nextPageTokenIsInvalidOr');
  assertDocumentedError('listUsersPermissionForLocationSharing', await view(SHARING, noSite), 'siteDoesNotExist');
  assertDocumentedError('listUsersPermissionForLocationSharing', await view(SHARING, badToken), 'nextPageTokenIsInvalidOr');
  assertDocumentedError('listNomadicEmergencyServicesUsers', await view(NOMADIC, { ...{ status: 'enabled' }, ...noSite }), 'siteDoesNotExist');
  assertDocumentedError('listNomadicEmergencyServicesUsers', await view(NOMADIC, { ...{ status: 'enabled' }, ...badToken }), 'nextPageTokenIsInvalidOr');
  assertDocumentedError('listRealTimeLocationForIpPhones', await view(DEVICES, { ...{ location_type: 'company' }, ...noSite }), 'siteDoesNotExist');
  assertDocumentedError('listRealTimeLocationForIpPhones', await view(DEVICES, { ...{ location_type: 'company' }, ...badToken }), 'nextPageTokenIsInvalidOr');
  assertDocumentedError('listRealTimeLocationForUsers', await view(USERS, { ...{ location_type: 'company' }, ...noSite }), 'siteDoesNotExist');
  assertDocumentedError('listRealTimeLocationForUsers', await view(USERS, { ...{ location_type: 'company' }, ...badToken }), 'nextPageTokenIsInvalidOr');
  assertDocumentedError('listDefaultEmergencyAddressUsers', await view(DEFAULT_ADDRESS), 'statusCantBeEmpty');
  assertDocumentedError('listDetectablePersonalLocationUsers', await view(PERSONAL), 'statusCantBeEmpty');
  assertDocumentedError('listNomadicEmergencyServicesUsers', await view(NOMADIC), 'statusCantBeEmpty');
  assertDocumentedError('listRealTimeLocationForIpPhones', await view(DEVICES), 'locationTypeCantBeEmpty');
  assertDocumentedError('listRealTimeLocationForUsers', await view(USERS), 'locationTypeCantBeEmpty');
});

test("Zoom's SDK lists tracked locations and real-time locations", async () => {
  const phone = await phoneEndpoints(s);
  const tracked = await phone.dashboard.listTrackedLocations({ query: { type: 6 } });
  assert.equal(tracked.statusCode, 200);
  assert.deepEqual(tracked.data!.location_tracking!.map((r) => r.device?.name), ["Ada's desk phone", 'Reception']);
  const devices = await phone.dashboard.listRealTimeLocationForIPPhones({ query: { location_type: 'company' } });
  assert.deepEqual(devices.data!.records!.map((r) => r.location_name), ['Floor 3', 'Floor 3']);
});
