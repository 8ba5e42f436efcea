// Reboots and resyncs through the HTTP API, in sandbox time: a phone told to
// restart is offline for a minute; one reboot a second per phone, one resync every
// 15 minutes per account; only online zero-touch and assisted phones take them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError } from '../../support/contract.ts';
import { otherAccount } from '../../support/fixtures.ts';
import { sites } from '../../support/org.ts';
import { ManualClock } from '../../../src/clock.ts';
import { added, api, details, user, type Api } from './support.ts';

const clock = new ManualClock();
let s: TestServer;
let a: Api;
let accounts = 0;
before(async () => {
  s = await startServer({ clock });
  a = api(s);
});
after(() => s.close());

const seconds = (n: number) => clock.advance(n * 1000);
const status = async (x: Api, id: string) => (await details(x, id)).status;

test('a reboot restarts an online phone: offline for a minute, then online again', async () => {
  const [main] = await sites(s);
  const u = await user(s, { siteId: main.id });
  const id = await added(a, { assigned_to: u.id });
  assert.equal(await status(a, id), 'online');
  const res = await a.reboot(id);
  assertContract('rebootADeskPhone', res);
  assert.equal(res.status, 202);
  assert.equal(await status(a, id), 'offline');
  const listed = await a.list({ type: 'assigned', page_size: 300 });
  assert.equal(listed.body.devices.find((d: any) => d.id === id).status, 'offline');
  seconds(59);
  assert.equal(await status(a, id), 'offline');
  seconds(1);
  assert.equal(await status(a, id), 'online');
  assert.equal((await a.reboot(id)).status, 202);
});

test('a reboot refused: too frequent, offline, a manually provisioned or unknown phone', async () => {
  const [main] = await sites(s);
  const u = await user(s, { siteId: main.id });
  const id = await added(a, { assigned_to: u.id });
  assert.equal((await a.reboot(id)).status, 202);
  // "You can only send one request every second"
  assertDocumentedError('rebootADeskPhone', await a.reboot(id), 'operationIsTooFrequentPleaseTry');
  seconds(1);
  // restarting: offline
  assertDocumentedError('rebootADeskPhone', await a.reboot(id), 'givenDeviceIsOffline');
  // an unassigned phone registers no line: offline
  const spare = await added(a, { site_id: main.id });
  assertDocumentedError('rebootADeskPhone', await a.reboot(spare), 'givenDeviceIsOffline');
  // "an online zero-touch or assisted-provisioning device": not a manually provisioned one
  const manual = await added(a, { type: 'other', assigned_to: (await user(s, { siteId: main.id })).id });
  assertDocumentedError('rebootADeskPhone', await a.reboot(manual), 'givenDeviceTypeDoesNotSupport');
  const missing = await a.reboot('no-such-device');
  assertDocumentedError('rebootADeskPhone', missing, 'deviceDoesNotExist');
  assert.equal(missing.body.message, `Device does not exist: ${(await s.sandbox.db.selectFrom('accounts').select('id').where('parent_id', 'is', null).executeTakeFirstOrThrow()).id}.`);
  // an assisted-provisioning phone reboots
  const assisted = await added(a, { type: 'grandstream', model: 'GRP2614', assigned_to: (await user(s, { siteId: main.id })).id });
  assert.equal((await a.reboot(assisted)).status, 202);
});

test('concurrent reboots of one phone: one is issued, the others are too frequent', async () => {
  const [main] = await sites(s);
  const id = await added(a, { assigned_to: (await user(s, { siteId: main.id })).id });
  const results = await Promise.all(Array.from({ length: 4 }, () => a.reboot(id)));
  assert.deepEqual(results.map((r) => r.status).sort(), [202, 400, 400, 400]);
  for (const r of results.filter((r) => r.status === 400)) assertDocumentedError('rebootADeskPhone', r, 'operationIsTooFrequentPleaseTry');
});

test("a resync restarts the account's or the site's online phones; one request every 15 minutes", async () => {
  const acct = await otherAccount(s, `pd-restart-${++accounts}`);
  const x = api(s, acct.token);
  const made = [];
  for (const name of ['North', 'South']) {
    const res = await s.api('POST', '/phone/sites', { token: acct.token, body: { name, auto_receptionist_name: `${name} AR`, default_emergency_address: { address_line1: '55 Almaden Blvd', city: 'San Jose', state_code: 'CA', zip: '95113', country: 'US' } } });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    made.push(res.body.id);
  }
  const north = await added(x, { assigned_to: (await user(s, { accountId: acct.accountId, siteId: made[0] })).id });
  const south = await added(x, { assigned_to: (await user(s, { accountId: acct.accountId, siteId: made[1] })).id });
  const manual = await added(x, { type: 'other', assigned_to: (await user(s, { accountId: acct.accountId, siteId: made[1] })).id });
  const res = await x.sync({ level: 2, site_id: made[1] });
  assertContract('syncDeskphones', res);
  assert.equal(res.status, 204);
  assert.deepEqual([await status(x, north), await status(x, south), await status(x, manual)], ['online', 'offline', 'online']);
  seconds(60);
  assert.equal(await status(x, south), 'online');
  // 15 minutes after the last: not before
  seconds(15 * 60 - 61);
  assertDocumentedError('syncDeskphones', await x.sync({ level: 1 }), 'tooManyConcurrentRequestsARequest');
  seconds(1);
  assert.equal((await x.sync({ level: 1 })).status, 204);
  assert.deepEqual([await status(x, north), await status(x, south), await status(x, manual)], ['offline', 'offline', 'online']);
  // another account has its own 15 minutes
  assert.equal((await a.sync({ level: 1 })).status, 204);
});

test('concurrent resyncs of one account: one is issued, the others refused', async () => {
  const acct = await otherAccount(s, `pd-restart-${++accounts}`);
  const x = api(s, acct.token);
  const results = await Promise.all(Array.from({ length: 4 }, () => x.sync({ level: 1 })));
  assert.deepEqual(results.map((r) => r.status).sort(), [204, 400, 400, 400]);
  for (const r of results.filter((r) => r.status === 400)) assertDocumentedError('syncDeskphones', r, 'tooManyConcurrentRequestsARequest');
});

test('a resync names its level, and a site of the account at level 2', async () => {
  const acct = await otherAccount(s, `pd-restart-${++accounts}`);
  const x = api(s, acct.token);
  for (const [body, message] of [
    [{ level: 3 }, 'level must be 1 (account) or 2 (site).'],
    [{ level: 2 }, 'site_id is required when level is 2.'],
    [{ level: 2, site_id: 'no-such-site' }, 'Site does not exist: no-such-site.'],
  ] as const) {
    const r = await x.sync(body);
    assertDocumentedError('syncDeskphones', r, 'error300');
    assert.equal(r.body.message, message);
  }
  assert.equal((await x.sync({})).status, 400);
  // the refusals took no turn
  assert.equal((await x.sync({ level: 1 })).status, 204);
});
