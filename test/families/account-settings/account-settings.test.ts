// The account's Zoom Phone settings through the HTTP API: the switches of /phone/settings
// (multiple sites, site code, billing account, BYOC, device IPs) and the rules they hold to,
// the account settings document of /phone/account_settings and a group's, which inherits
// the account's values and locks.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { PhoneS2SAuthClient } from '@zoom/rivet/phone';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { otherAccount } from '../../support/fixtures.ts';
import { phoneEndpoints } from '../../support/sdk.ts';
import { ADDRESS } from '../../support/org.ts';
import { DEMO_DEFAULTS } from '../../../src/sandbox.ts';

let s: TestServer;
let phone: PhoneS2SAuthClient['endpoints'];
let accounts = 0;
before(async () => {
  s = await startServer();
  phone = await phoneEndpoints(s);
});
after(() => s.close());

const DEMO = DEMO_DEFAULTS.accountId;

const fresh = () => otherAccount(s, `as-acct-${++accounts}`);
const settings = async (token?: string) => {
  const res = await s.api('GET', '/phone/settings', { token });
  assertContract('getPhoneAccountSettings', res);
  return res.body;
};
const update = (body: unknown, token?: string) => s.api('PATCH', '/phone/settings', { body, token });
const addSite = (token: string) =>
  s.api('POST', '/phone/sites', { token, body: { name: `Site ${Math.random().toString(36).slice(2, 7)}`, auto_receptionist_name: 'Front Desk', default_emergency_address: ADDRESS } });
const document = async (query: Record<string, string> = {}, token?: string) => {
  const res = await s.api('GET', '/phone/account_settings', { query, token });
  assertContract('listAnAccountsZoomPhoneSettings', res);
  return res.body;
};
const groups = async (accountId = DEMO) => (await s.admin('GET', `/accounts/${accountId}/groups`)).body.groups as { id: string; name: string; member_ids: string[] }[];

test("through Zoom's SDK: the demo account shows multiple sites with site codes, its billing account and its country", async () => {
  const res = await phone.settings.getPhoneAccountSettings({});
  const body = res.data!;
  assert.deepEqual(body.multiple_sites, { enabled: true, site_code: true });
  assert.equal(body.billing_account?.name, 'Demo billing');
  assert.deepEqual(body.country, { code: 'US', name: 'United States' });
  assert.deepEqual(body.show_device_ip_for_call_log, { enable: true });
  assert.deepEqual(body.byoc, { enable: false });
  assert.deepEqual(await settings(), body);
});

test('a new account reads the defaults: multiple sites off, no site code, no billing account', async () => {
  const { token } = await fresh();
  const body = await settings(token);
  assert.deepEqual(body, { byoc: { enable: false }, multiple_party_conference: { enable: true }, multiple_sites: { enabled: false, site_code: false }, show_device_ip_for_call_log: { enable: false } });
  assert.equal((await addSite(token)).status, 201);
  const withSite = await settings(token);
  assert.equal(withSite.multiple_sites.enabled, false);
  assert.deepEqual(withSite.country, { code: 'US', name: 'United States' });
});

test('multiple sites switched on with one site: the site-level rules read the stored switch', async () => {
  const { token } = await fresh();
  const site = await addSite(token);
  assert.equal(site.status, 201);
  const list = () => s.api('GET', `/phone/sites/${site.body.id}/outbound_caller_id/customized_numbers`, { token });
  assertUndocumentedError(await list(), 400, 300, 'Validation Failed. Multiple Site is disabled.');
  const on = await update({ multiple_sites: { enabled: true } }, token);
  assertContract('updatePhoneAccountSettings', on);
  assert.equal(on.status, 204);
  assert.equal((await settings(token)).multiple_sites.enabled, true);
  assert.equal((await list()).status, 200);
  // One site: the option may be switched off again.
  assert.equal((await update({ multiple_sites: { enabled: false } }, token)).status, 204);
  assert.equal((await settings(token)).multiple_sites.enabled, false);
  assertUndocumentedError(await list(), 400, 300, 'Validation Failed. Multiple Site is disabled.');
});

test('multiple sites cannot be switched off while the account has other sites; nothing changes', async () => {
  const res = await update({ multiple_sites: { enabled: false }, show_device_ip_for_call_log: { enable: false } });
  assertDocumentedError('updatePhoneAccountSettings', res, 'disableMultipleSitesAfterDeletingOther');
  const body = await settings();
  assert.deepEqual(body.multiple_sites, { enabled: true, site_code: true });
  assert.deepEqual(body.show_device_ip_for_call_log, { enable: true });
});

test('an account that switched multiple sites off adds no second site until it switches them on', async () => {
  const { token } = await fresh();
  assert.equal((await addSite(token)).status, 201);
  assert.equal((await update({ multiple_sites: { enabled: false } }, token)).status, 204);
  const refused = await addSite(token);
  assertUndocumentedError(refused, 400, 400, 'Multiple sites is not enabled for this account. Enable it before adding another site.');
  assert.equal((await s.api('GET', '/phone/sites', { token })).body.sites.length, 1, 'nothing was made');
  assert.equal((await update({ multiple_sites: { enabled: true } }, token)).status, 204);
  assert.equal((await addSite(token)).status, 201);
  assert.equal((await s.api('GET', '/phone/sites', { token })).body.sites.length, 2);
});

test('sites added while multiple sites are switched off: one waits for the other, never two sites with the option off', async () => {
  const { token } = await fresh();
  assert.equal((await addSite(token)).status, 201);
  const answers = await Promise.all([update({ multiple_sites: { enabled: false } }, token), addSite(token), addSite(token), addSite(token)]);
  for (const a of answers) assert.ok([201, 204, 400, 412].includes(a.status), JSON.stringify(a.body));
  const sites = (await s.api('GET', '/phone/sites', { token })).body.sites.length;
  const on = (await settings(token)).multiple_sites.enabled;
  assert.ok(on || sites === 1, `multiple sites ${on ? 'on' : 'off'} with ${sites} sites`);
  assert.equal(sites, 1 + answers.slice(1).filter((a) => a.status === 201).length, 'every site answered 201 is there');
});

test('site code needs multiple sites and a short extension length in [2, 5]', async () => {
  const { token } = await fresh();
  assertUndocumentedError(await update({ multiple_sites: { site_code: { enable: true, short_extension_length: 3 } } }, token), 400, 300, 'You must enable multiple sites before you can enable site code.');
  assert.equal((await update({ multiple_sites: { enabled: true } }, token)).status, 204);
  assertUndocumentedError(await update({ multiple_sites: { site_code: { enable: true } } }, token), 400, 300, 'short_extension_length must be configured before you can enable site code.');
  for (const bad of [1, 6]) {
    assertUndocumentedError(await update({ multiple_sites: { site_code: { enable: true, short_extension_length: bad } } }, token), 400, 300, 'short_extension_length must be between 2 and 5.');
  }
  assert.equal((await settings(token)).multiple_sites.site_code, false);
  assert.equal((await update({ multiple_sites: { site_code: { short_extension_length: 2 } } }, token)).status, 204);
  assert.equal((await update({ multiple_sites: { site_code: { short_extension_length: 5 } } }, token)).status, 204);
  // The length configured before: enabling the site code alone is enough now.
  assert.equal((await update({ multiple_sites: { site_code: { enable: true } } }, token)).status, 204);
  assert.deepEqual((await settings(token)).multiple_sites, { enabled: true, site_code: true });
  // Multiple sites off: the site code goes off with it.
  assert.equal((await update({ multiple_sites: { enabled: false } }, token)).status, 204);
  assert.deepEqual((await settings(token)).multiple_sites, { enabled: false, site_code: false });
});

test("the account's billing account is one of its own; BYOC and device IPs are kept as set; an empty body changes nothing", async () => {
  const { token } = await fresh();
  const demoBilling = (await settings()).billing_account.id;
  assertUndocumentedError(await update({ billing_account: { id: demoBilling } }, token), 400, 300, `Billing account does not exist: ${demoBilling}.`);
  assertUndocumentedError(await update({ billing_account: { id: 'nope' } }), 400, 300, 'Billing account does not exist: nope.');
  assert.equal((await update({ byoc: { enable: true }, show_device_ip_for_call_log: { enable: true } }, token)).status, 204);
  const before = await settings(token);
  assert.deepEqual(before.byoc, { enable: true });
  assert.deepEqual(before.show_device_ip_for_call_log, { enable: true });
  assert.equal(before.billing_account, undefined);
  assert.equal((await update({}, token)).status, 204);
  assert.deepEqual(await settings(token), before);
  // The demo account's own billing account is accepted and shown with its name.
  assert.equal((await update({ billing_account: { id: demoBilling } })).status, 204);
  assert.equal((await settings()).billing_account.id, demoBilling);
});

test("another account neither sees nor changes the account's settings", async () => {
  const { token } = await fresh();
  assert.equal((await update({ show_device_ip_for_call_log: { enable: true }, multiple_sites: { enabled: true } }, token)).status, 204);
  const demo = await settings();
  assert.deepEqual(demo.multiple_sites, { enabled: true, site_code: true });
  const theirs = await settings(token);
  assert.deepEqual(theirs.multiple_sites, { enabled: true, site_code: false });
  assert.equal(theirs.billing_account, undefined);
  assert.equal((await document({ setting_types: 'auto_call_recording' }, token)).auto_call_recording.locked, false);
});

test('concurrent updates of different switches all survive', async () => {
  const { token } = await fresh();
  const results = await Promise.all([
    update({ byoc: { enable: true } }, token),
    update({ show_device_ip_for_call_log: { enable: true } }, token),
    update({ multiple_sites: { enabled: true } }, token),
    update({ multiple_sites: { site_code: { short_extension_length: 4 } } }, token),
  ]);
  assert.deepEqual(results.map((r) => r.status), [204, 204, 204, 204]);
  const body = await settings(token);
  assert.deepEqual([body.byoc.enable, body.show_device_ip_for_call_log.enable, body.multiple_sites.enabled], [true, true, true]);
  assert.equal((await update({ multiple_sites: { site_code: { enable: true } } }, token)).status, 204);
});

test('the account settings document has every documented setting type, the defaults of a new account', async () => {
  const { token } = await fresh();
  const body = await document({}, token);
  assert.equal(Object.keys(body).length, 66);
  assert.deepEqual(body.voicemail, { enable: true, locked: false, locked_by: 'invalid', allow_delete: true, allow_download: true, allow_share: false, allow_videomail: false, allow_virtual_background: false });
  assert.deepEqual(body.international_calling, { enable: false, locked: false, locked_by: 'invalid' });
  assert.equal(body.auto_call_recording.enable, false);
  assert.equal(body.auto_delete_data_after_retention_duration.items.length, 7);
  for (const [key, value] of Object.entries<any>(body)) if ('locked' in value) assert.equal(value.locked_by, 'invalid', key);
});

test("the demo account's document shows its changes, and what it locked as locked by the account", async () => {
  const body = await document();
  assert.deepEqual(body.mobile_switch_to_carrier, { enable: false, locked: true, locked_by: 'account' });
  assert.equal(body.auto_call_recording.enable, false);
  assert.deepEqual(body.international_calling, { enable: true, locked: false, locked_by: 'invalid' });
  assert.equal(body.voicemail_notification_by_email.include_voicemail_transcription, true);
});

test('setting_types picks the setting types asked for; an unknown one is refused', async () => {
  const body = await document({ setting_types: 'voicemail, sms,voicemail' });
  assert.deepEqual(Object.keys(body).sort(), ['sms', 'voicemail']);
  assert.equal(Object.keys(await document({ setting_types: '' })).length, 66);
  const res = await s.api('GET', '/phone/account_settings', { query: { setting_types: 'voicemail,teleportation' } });
  assertDocumentedError('listAnAccountsZoomPhoneSettings', res, 'settingTypeSSuppliedInQuery');
});

test("through Zoom's SDK: a group's settings inherit the account's values and locks", async () => {
  const sales = (await groups()).find((g) => g.name === 'Sales')!;
  const res = await s.api('GET', `/phone/groups/${sales.id}/settings`);
  assertContract('getGroupPhoneSettings', res);
  assert.equal(Object.keys(res.body).length, 57);
  assert.deepEqual(res.body.mobile_switch_to_carrier, { enable: false, locked: true, locked_by: 'account', modified: false });
  assert.equal(res.body.auto_call_recording.play_recording_beep_tone.play_beep_member, 'allMember');
  assert.deepEqual(res.body.international_calling, { enable: true, locked: false, locked_by: 'invalid', modified: false });
  assert.equal(res.body.call_handling_forwarding.call_forwarding_type, 4);
  const viaSdk = await phone.groups.getGroupPhoneSettings({ path: { groupId: sales.id }, query: { setting_types: 'voicemail,allow_emergency_calls' } });
  assert.deepEqual(Object.keys(viaSdk.data!).sort(), ['allow_emergency_calls', 'voicemail']);
  assert.deepEqual(viaSdk.data!.voicemail, res.body.voicemail);
});

test("a group's allow_emergency_calls is the policy framework's: its own change shows modified, the account's lock holds", async () => {
  const engineering = (await groups()).find((g) => g.name === 'Engineering')!;
  const read = async () => {
    const res = await s.api('GET', `/phone/groups/${engineering.id}/settings`, { query: { setting_types: 'allow_emergency_calls' } });
    assertContract('getGroupPhoneSettings', res);
    return res.body.allow_emergency_calls;
  };
  assert.deepEqual(await read(), { enable: true, allow_emergency_calls_from_clients: true, allow_emergency_calls_from_deskphones: true, locked: false, locked_by: 'invalid', modified: false });
  const changed = await s.api('PATCH', `/phone/groups/${engineering.id}/policies/allow_emergency_calls`, { body: { allow_emergency_calls: { allow_emergency_calls_from_clients: false } } });
  assert.equal(changed.status, 204, JSON.stringify(changed.body));
  assert.deepEqual(await read(), { enable: true, allow_emergency_calls_from_clients: false, allow_emergency_calls_from_deskphones: true, locked: false, locked_by: 'invalid', modified: true });
  assert.equal((await s.api('PATCH', '/phone/policies/allow_emergency_calls', { body: { allow_emergency_calls: { locked: true } } })).status, 204);
  const locked = await read();
  assert.equal(locked.locked, true);
  assert.equal(locked.locked_by, 'account');
  assert.equal((await s.api('PATCH', '/phone/policies/allow_emergency_calls', { body: { allow_emergency_calls: { locked: false } } })).status, 204);
});

test("a group the account does not have is refused, another account's too; unknown setting types are named", async () => {
  const missing = await s.api('GET', '/phone/groups/nope/settings');
  assertDocumentedError('getGroupPhoneSettings', missing, 'userGroupDoesNotExist');
  assert.equal(missing.body.message, 'User group does not exist: nope.');
  const { token } = await fresh();
  const sales = (await groups()).find((g) => g.name === 'Sales')!;
  assertDocumentedError('getGroupPhoneSettings', await s.api('GET', `/phone/groups/${sales.id}/settings`, { token }), 'userGroupDoesNotExist');
  const bad = await s.api('GET', `/phone/groups/${sales.id}/settings`, { query: { setting_types: 'sms,warp,call_handling_forwarding_to_other_users' } });
  assertDocumentedError('getGroupPhoneSettings', bad, 'settingTypeSSuppliedInQuery');
  assert.equal(bad.body.message, 'Setting type(s) `warp,call_handling_forwarding_to_other_users` supplied in query parameter setting_types is invalid');
});

test("through Zoom's SDK: the account settings document by setting type, and an update of the switches", async () => {
  const res = await phone.accounts.listAccountsZoomPhoneSettings({ query: { setting_types: 'mobile_switch_to_carrier,voicemail' } });
  assert.deepEqual(Object.keys(res.data!).sort(), ['mobile_switch_to_carrier', 'voicemail']);
  assert.equal(res.data!.mobile_switch_to_carrier!.locked_by, 'account');
  const viaSdk = await phone.settings.updatePhoneAccountSettings({ body: { show_device_ip_for_call_log: { enable: false } } });
  assert.equal(viaSdk.statusCode, 204);
  assert.deepEqual((await settings()).show_device_ip_for_call_log, { enable: false });
  assert.equal((await phone.settings.updatePhoneAccountSettings({ body: { show_device_ip_for_call_log: { enable: true } } })).statusCode, 204);
});
