// Account → site → user: the account settings document (changed as an admin does in
// Zoom's web portal, through the control plane) is what every site and user reads
// until they change a setting; what the account locks is the account's everywhere.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { PhoneS2SAuthClient } from '@zoom/rivet/phone';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertUndocumentedError } from '../../support/contract.ts';
import { otherAccount } from '../../support/fixtures.ts';
import { ADDRESS, addUser } from '../../support/org.ts';
import { phoneEndpoints } from '../../support/sdk.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

let accounts = 0;

/** A new account with one site (and its main auto receptionist) and one user on it. */
async function account() {
  const { token, accountId } = await otherAccount(s, `inherit-${++accounts}`);
  const site = await s.api('POST', '/phone/sites', { token, body: { name: 'Head office', auto_receptionist_name: 'Front Desk', default_emergency_address: ADDRESS } });
  assert.equal(site.status, 201, JSON.stringify(site.body));
  const userId = await addUser(s, { accountId, siteId: site.body.id });
  const receptionist = (await s.api('GET', `/phone/sites/${site.body.id}`, { token })).body.main_auto_receptionist.id as string;
  const phone: PhoneS2SAuthClient['endpoints'] = await phoneEndpoints(s, token);
  return { token, accountId, siteId: site.body.id as string, userId, receptionist, phone };
}

type Account = Awaited<ReturnType<typeof account>>;

const changeAccount = (accountId: string, body: unknown) => s.admin('PATCH', `/accounts/${accountId}/phone_settings`, body);

async function sitePolicy(a: Account) {
  const res = await s.api('GET', `/phone/sites/${a.siteId}`, { token: a.token });
  assertContract('getPhoneSiteDetails', res);
  return res.body.policy;
}

async function userPolicy(a: Account) {
  const res = await s.api('GET', `/phone/users/${a.userId}`, { token: a.token });
  assertContract('getAUsersProfile', res);
  return res.body.policy;
}

test("a setting the account changes is what its sites and users read until they change it; a reset returns the account's default", async () => {
  const a = await account();
  assert.equal((await sitePolicy(a)).call_park.enable, true, "a new account's default");
  // The site keeps its own voicemail transcription; nobody changed call park.
  assertContract('updatePhoneSiteDetails', await s.api('PATCH', `/phone/sites/${a.siteId}`, { token: a.token, body: { policy: { voicemail_transcription: { enable: false } } } }));

  const changed = await changeAccount(a.accountId, { call_park: { enable: false }, voicemail_transcription: { enable: true } });
  assert.equal(changed.status, 204, JSON.stringify(changed.body));
  const document = (await s.api('GET', '/phone/account_settings', { token: a.token })).body;
  assert.deepEqual([document.call_park.enable, document.voicemail_transcription.enable], [false, true]);
  const site = await sitePolicy(a);
  assert.deepEqual(site.call_park, { enable: false, locked: false, locked_by: 'invalid', modified: false });
  assert.deepEqual(site.voicemail_transcription, { enable: false, locked: false, locked_by: 'invalid', modified: true }, "the site's own change stays");
  const user = await userPolicy(a);
  assert.deepEqual([user.call_park.enable, user.voicemail_transcription.enable], [false, false]);

  assert.equal((await changeAccount(a.accountId, { call_park: { reset: true } })).status, 204);
  assert.equal((await userPolicy(a)).call_park.enable, true);
  // Through Zoom's SDK, the site reads the same.
  const viaSdk = await a.phone.sites.getPhoneSiteDetails({ path: { siteId: a.siteId } });
  assert.equal(viaSdk.data!.policy!.call_park!.enable, true);
});

test('what the account locks shows locked by the account at its sites and users, over their own changes, and cannot be changed below it (users, auto receptionists, call queues, common areas)', async () => {
  const a = await account();
  const body = (policy: unknown) => ({ token: a.token, body: { policy } });
  assert.equal((await s.api('PATCH', `/phone/sites/${a.siteId}`, body({ sms: { enable: false } }))).status, 204);
  assert.equal((await s.api('PATCH', `/phone/users/${a.userId}`, body({ check_voicemails_over_phone: { enable: false } }))).status, 204);

  assert.equal((await changeAccount(a.accountId, { sms: { enable: true, locked: true }, check_voicemails_over_phone: { enable: true, locked: true } })).status, 204);
  const site = await sitePolicy(a);
  assert.deepEqual([site.sms.enable, site.sms.locked, site.sms.locked_by, site.sms.modified], [true, true, 'account', false], "the site's change no longer shows");
  const user = await userPolicy(a);
  assert.deepEqual([user.sms.enable, user.sms.locked, user.sms.locked_by], [true, true, 'account']);
  assert.deepEqual(user.check_voicemails_over_phone, { enable: true, locked: true, locked_by: 'account', modified: false }, "the user's change no longer shows");

  // Below the lock: the site, the user and the site's auto receptionist are refused, and nothing changes.
  const before = [await sitePolicy(a), await userPolicy(a)];
  const locked = 'Policy locked: sms.';
  assertUndocumentedError(await s.api('PATCH', `/phone/sites/${a.siteId}`, body({ sms: { enable: false }, delegation: { enable: false } })), 400, 400, locked);
  assertUndocumentedError(await s.api('PATCH', `/phone/users/${a.userId}`, body({ sms: { international_sms: true } })), 400, 400, locked);
  assertUndocumentedError(await s.api('PATCH', `/phone/auto_receptionists/${a.receptionist}/policies`, { token: a.token, body: { sms: { enable: false } } }), 400, 400, locked);
  const queue = await s.api('POST', '/phone/call_queues', { token: a.token, body: { name: 'Support', site_id: a.siteId } });
  assert.equal(queue.status, 201);
  assertUndocumentedError(await s.api('PATCH', `/phone/call_queues/${queue.body.id}/policies`, { token: a.token, body: { sms: { enable: false } } }), 400, 400, locked);
  const area = await s.api('POST', '/phone/common_areas', { token: a.token, body: { display_name: 'Lobby', site_id: a.siteId } });
  assert.equal(area.status, 201);
  assertUndocumentedError(await s.api('PATCH', `/phone/common_areas/${area.body.id}`, { token: a.token, body: { display_name: 'Front lobby', policy: { sms: { enable: false } } } }), 400, 400, locked);
  assert.equal((await s.api('GET', `/phone/common_areas/${area.body.id}`, { token: a.token })).body.display_name, 'Lobby');
  const queuePolicy = await s.api('GET', `/phone/call_queues/${queue.body.id}/policies`, { token: a.token });
  assertContract('getCallQueuePolicy', queuePolicy);
  assert.deepEqual([queuePolicy.body.sms.enable, queuePolicy.body.sms.locked, queuePolicy.body.sms.locked_by], [true, true, 'account']);
  assert.deepEqual([await sitePolicy(a), await userPolicy(a)], before);
  // A reset under the lock only drops the level's own change.
  assert.equal((await s.api('PATCH', `/phone/users/${a.userId}`, body({ check_voicemails_over_phone: { reset: true } }))).status, 204);

  // Unlocked, the site's change shows again; the user's reset one does not.
  assert.equal((await changeAccount(a.accountId, { sms: { locked: false }, check_voicemails_over_phone: { locked: false } })).status, 204);
  const unlocked = await sitePolicy(a);
  assert.deepEqual([unlocked.sms.enable, unlocked.sms.locked, unlocked.sms.locked_by, unlocked.sms.modified], [false, false, 'invalid', true]);
  assert.deepEqual((await userPolicy(a)).check_voicemails_over_phone, { enable: true, locked: false, modified: false });
  assert.equal((await s.api('PATCH', `/phone/users/${a.userId}`, body({ check_voicemails_over_phone: { enable: false } }))).status, 204);
});

test("a site's lock holds its users and its auto receptionist; the account's lock holds over the site's", async () => {
  const a = await account();
  assert.equal((await s.api('PATCH', `/phone/sites/${a.siteId}`, { token: a.token, body: { policy: { voicemail_notification_by_email: { enable: false, locked: true } } } })).status, 204);
  const user = await userPolicy(a);
  assert.deepEqual([user.voicemail_notification_by_email.enable, user.voicemail_notification_by_email.locked_by], [false, 'site']);
  assertUndocumentedError(
    await s.api('PATCH', `/phone/users/${a.userId}`, { token: a.token, body: { policy: { voicemail_notification_by_email: { enable: true } } } }),
    400,
    400,
    'Policy locked: voicemail_notification_by_email.',
  );
  const receptionist = await s.api('GET', `/phone/auto_receptionists/${a.receptionist}/policies`, { token: a.token });
  assertContract('getAnAutoReceptionistPolicy', receptionist);
  assert.deepEqual([receptionist.body.voicemail_notification_by_email.locked, receptionist.body.voicemail_notification_by_email.locked_by], [true, 'site']);

  assert.equal((await changeAccount(a.accountId, { voicemail_notification_by_email: { enable: true, locked: true } })).status, 204);
  const site = await sitePolicy(a);
  assert.deepEqual([site.voicemail_notification_by_email.enable, site.voicemail_notification_by_email.locked_by], [true, 'account']);
  assert.equal((await userPolicy(a)).voicemail_notification_by_email.locked_by, 'account');
});

test("the control plane refuses unknown setting types and values the document cannot hold, and changes nothing; another account's document is its own", async () => {
  const a = await account();
  const before = (await s.api('GET', '/phone/account_settings', { token: a.token })).body;
  const unknown = await changeAccount(a.accountId, { call_park: { enable: false }, teleportation: { enable: true } });
  assert.equal(unknown.status, 400);
  const wrongType = await changeAccount(a.accountId, { call_park: { enable: 'yes' } });
  assert.equal(wrongType.status, 400);
  assert.equal((await changeAccount('no-such-account', { call_park: { enable: false } })).status, 404);
  assert.deepEqual((await s.api('GET', '/phone/account_settings', { token: a.token })).body, before);

  assert.equal((await changeAccount(a.accountId, { call_screening: { enable: true, locked: true } })).status, 204);
  const demo = (await s.api('GET', '/phone/account_settings', { query: { setting_types: 'call_screening' } })).body;
  assert.deepEqual([demo.call_screening.enable, demo.call_screening.locked], [false, false], 'the demo account reads its own');
});
