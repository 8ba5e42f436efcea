// A site's settings through the HTTP API, by setting type: read, updated, holidays and
// device security added and deleted; the site's billing account is one of billing's (the
// account's when the site names none), audio prompts name audio library items.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { otherAccount } from '../../support/fixtures.ts';
import { ADDRESS, sites } from '../../support/org.ts';

let s: TestServer;
let accounts = 0;
before(async () => {
  s = await startServer();
});
after(() => s.close());

const PATH = (siteId: string, type: string) => `/phone/sites/${encodeURIComponent(siteId)}/settings/${type}`;
const get = async (siteId: string, type: string, token?: string) => {
  const res = await s.api('GET', PATH(siteId, type), { token });
  assertContract('getAPhoneSiteSetting', res);
  return res.body;
};
const patch = (siteId: string, type: string, body: unknown, token?: string) => s.api('PATCH', PATH(siteId, type), { body, token });
const add = (siteId: string, type: string, body: unknown, token?: string) => s.api('POST', PATH(siteId, type), { body, token });
const remove = (siteId: string, type: string, query: Record<string, string>, token?: string) => s.api('DELETE', PATH(siteId, type), { query, token });
const addSite = (token?: string, body: Record<string, unknown> = {}) =>
  s.api('POST', '/phone/sites', { token, body: { name: `Site ${Math.random().toString(36).slice(2, 7)}`, auto_receptionist_name: 'Front Desk', default_emergency_address: ADDRESS, ...body } });
const demoSites = async () => {
  const [main, denver, london] = await sites(s);
  return { main: main!, denver: denver!, london: london! };
};
const SINGLE_SITE = 'Validation Failed. Multiple Site is disabled.';

test('a site that changed nothing reads the defaults of every setting type', async () => {
  const { denver } = await demoSites();
  assert.deepEqual(await get(denver.id, 'business_hours'), { business_hours: { custom_hour_type: 1, overflow: { allow_caller_to_check_voicemail: true, allow_caller_to_reach_operator: false } } });
  assert.deepEqual(await get(denver.id, 'holiday_hours'), { holiday_hours: { holidays: [], overflow: { allow_caller_to_check_voicemail: true, allow_caller_to_reach_operator: false } } });
  assert.deepEqual(await get(denver.id, 'desk_phone'), { desk_phone: { general_setting: { setting_type: 'account_setting' }, hot_desking_session_timeout: { number: 8, unit: 'hours' } } });
  assert.deepEqual(await get(denver.id, 'general_setting'), { desk_phone: { general_setting: { setting_type: 'account_setting' } } });
  assert.deepEqual(await get(denver.id, 'dial_by_name'), { dial_by_name: { inherit: true, status: false, rule: 'last_name' } });
  assert.deepEqual(await get(denver.id, 'location_based_routing'), { location_based_routing: { enable: false, place_receive_pstn_calls: false, enable_media_off_load_pstn_calls: false } });
  assert.deepEqual(await get(denver.id, 'outbound_caller_id'), {
    outbound_caller_id: { auto_receptionists_numbers: false, call_queue_numbers: false, share_line_group_numbers: false, show_outbound_caller_id_for_internal_call: false },
  });
  assert.deepEqual(await get(denver.id, 'security'), { security: { device_types: [] } });
  assert.deepEqual(await get(denver.id, 'audio_prompt'), { audio_prompt: { language: 'en-US' } });
  // The account's billing account, which every site may use.
  assert.equal((await get(denver.id, 'billing_account')).billing_account.name, 'Demo billing');
});

test("the demo account's sites show their seeded hours, holidays, devices and prompts' language", async () => {
  const { main, london } = await demoSites();
  const hours = (await get(main.id, 'business_hours')).business_hours;
  assert.equal(hours.custom_hour_type, 2);
  assert.deepEqual(hours.custom_hours[1], { weekday: 2, type: 2, from: '09:00', to: '18:00' });
  assert.deepEqual((await get(main.id, 'holiday_hours')).holiday_hours.holidays.map((h: any) => h.name), ['Thanksgiving', 'Christmas Day', "New Year's Day"]);
  assert.deepEqual(await get(main.id, 'security'), { security: { device_types: ['Yealink', 'Poly'] } });
  assert.equal((await get(london.id, 'audio_prompt')).audio_prompt.language, 'en-GB');
  assert.equal((await get(london.id, 'location_based_routing')).location_based_routing.enable, true);
});

test('an update changes the fields it names and keeps the rest; another setting type is untouched', async () => {
  const { denver } = await demoSites();
  const res = await patch(denver.id, 'outbound_caller_id', { outbound_caller_id: { call_queue_numbers: true } });
  assertContract('updateTheSiteSetting', res);
  assert.equal(res.status, 204);
  assert.equal((await patch(denver.id, 'outbound_caller_id', { outbound_caller_id: { show_outbound_caller_id_for_internal_call: true } })).status, 204);
  assert.deepEqual((await get(denver.id, 'outbound_caller_id')).outbound_caller_id, {
    auto_receptionists_numbers: false,
    call_queue_numbers: true,
    share_line_group_numbers: false,
    show_outbound_caller_id_for_internal_call: true,
  });
  // The body's other setting types are not the path's: they change nothing.
  assert.equal((await patch(denver.id, 'dial_by_name', { dial_by_name: { status: true, rule: 'first_name' }, location_based_routing: { enable: true } })).status, 204);
  assert.deepEqual((await get(denver.id, 'dial_by_name')).dial_by_name, { inherit: true, status: true, rule: 'first_name' });
  assert.equal((await get(denver.id, 'location_based_routing')).location_based_routing.enable, false);
  assert.equal((await patch(denver.id, 'dial_by_name', {})).status, 204);
  assert.equal((await get(denver.id, 'dial_by_name')).dial_by_name.status, true);
});

test('hot desking session timeout: minutes only for 5, 10, 15 or 30; hours not for 30', async () => {
  const { denver } = await demoSites();
  for (const bad of [{ number: 7, unit: 'minutes' }, { number: 30, unit: 'hours' }, { number: 30 }]) {
    assertDocumentedError('updateTheSiteSetting', await patch(denver.id, 'desk_phone', { desk_phone: { hot_desking_session_timeout: bad } }), 'hotDeskingSessionTimeoutSettingIs');
  }
  assert.equal((await patch(denver.id, 'desk_phone', { desk_phone: { hot_desking_session_timeout: { number: 30, unit: 'minutes' } } })).status, 204);
  assert.deepEqual((await get(denver.id, 'desk_phone')).desk_phone.hot_desking_session_timeout, { number: 30, unit: 'minutes' });
  assert.equal((await patch(denver.id, 'desk_phone', { desk_phone: { hot_desking_session_timeout: { number: 24 } } })).status, 204);
  assert.deepEqual((await get(denver.id, 'desk_phone')).desk_phone.hot_desking_session_timeout, { number: 24, unit: 'minutes' });
});

test('the general setting shows web_interface only for a custom setting', async () => {
  const { denver } = await demoSites();
  assertUndocumentedError(await patch(denver.id, 'general_setting', { general_setting: { web_interface: true } }), 400, 300, 'Validation Failed. web_interface is only available when setting_type is custom_setting.');
  assert.equal((await patch(denver.id, 'general_setting', { general_setting: { setting_type: 'custom_setting', web_interface: true } })).status, 204);
  assert.deepEqual((await get(denver.id, 'general_setting')).desk_phone.general_setting, { setting_type: 'custom_setting', web_interface: true });
  assert.deepEqual((await get(denver.id, 'desk_phone')).desk_phone.general_setting, { setting_type: 'custom_setting', web_interface: true });
  assert.equal((await patch(denver.id, 'general_setting', { general_setting: { setting_type: 'account_setting' } })).status, 204);
  assert.deepEqual((await get(denver.id, 'general_setting')).desk_phone.general_setting, { setting_type: 'account_setting' });
});

test("audio prompts name the account's audio items; missing ones are refused and named", async () => {
  const { denver } = await demoSites();
  const [item] = await s.sandbox.db.selectFrom('audio_items').select(['id', 'name']).where('account_id', '=', 'demo-account').where('removed_at', 'is', null).limit(1).execute();
  assert.ok(item, 'the demo account has an audio item');
  const res = await patch(denver.id, 'audio_prompt', { audio_prompt: { hold_music: { audio_id: 'gone-1' }, message_greeting: { closed_hours: { audio_id: 'gone-2' } } } });
  assertDocumentedError('updateTheSiteSetting', res, 'promptFilesDoNotExistAudio');
  assert.equal(res.body.message, 'Prompt files do not exist, audio ids: gone-1, gone-2.');
  assert.equal((await patch(denver.id, 'audio_prompt', { audio_prompt: { hold_music: { audio_id: item.id }, message_greeting: { closed_hours: { audio_id: item.id } }, language: 'es-US' } })).status, 204);
  assert.deepEqual((await get(denver.id, 'audio_prompt')).audio_prompt, {
    hold_music: { audio_id: item.id, name: item.name },
    message_greeting: { closed_hours: { audio_id: item.id, name: item.name } },
    language: 'es-US',
  });
});

test("a site's billing account: its own when usable at the site, else the account's", async () => {
  const { main, london, denver } = await demoSites();
  const billing = await s.sandbox.db.selectFrom('billing_accounts').select(['id', 'name', 'site_id']).where('account_id', '=', 'demo-account').orderBy('seq').execute();
  const londonBilling = billing.find((b) => b.site_id === london.id)!;
  assertUndocumentedError(await patch(main.id, 'billing_account', { billing_account: { id: londonBilling.id } }), 400, 300, `Validation Failed. Billing account does not exist: ${londonBilling.id}.`);
  assert.equal((await get(main.id, 'billing_account')).billing_account.name, 'Demo billing');
  assert.equal((await patch(london.id, 'billing_account', { billing_account: { id: londonBilling.id } })).status, 204);
  assert.deepEqual(await get(london.id, 'billing_account'), { billing_account: { id: londonBilling.id, name: 'London billing' } });
  assert.equal((await get(denver.id, 'billing_account')).billing_account.name, 'Demo billing');
});

test('overflow operators are extensions of the account, shown with their number and type', async () => {
  const { denver } = await demoSites();
  const [ext] = await s.sandbox.db.selectFrom('extensions').select(['id', 'name', 'extension_number', 'kind']).where('account_id', '=', 'demo-account').where('kind', '=', 'user').limit(1).execute();
  assertUndocumentedError(await patch(denver.id, 'closed_hours', { closed_hours: { overflow: { allow_caller_to_reach_operator: true, operator: { extension_id: 'nope' } } } }), 400, 300, 'Validation Failed. Extension does not exist: nope.');
  assert.equal((await patch(denver.id, 'closed_hours', { closed_hours: { overflow: { allow_caller_to_reach_operator: true, operator: { extension_id: ext!.id } } } })).status, 204);
  assert.deepEqual((await get(denver.id, 'closed_hours')).closed_hours.overflow, {
    allow_caller_to_check_voicemail: true,
    allow_caller_to_reach_operator: true,
    operator: { display_name: ext!.name, extension_id: ext!.id, extension_number: Number(ext!.extension_number), extension_type: 'user' },
  });
});

test('custom business hours give each weekday once, customized hours from before to', async () => {
  const { denver } = await demoSites();
  const refused = 'Validation Failed. Invalid custom hours for weekday 2.';
  assertUndocumentedError(await patch(denver.id, 'business_hours', { business_hours: { custom_hour_type: 2, custom_hours: [{ weekday: 2, type: 2, from: '18:00', to: '09:00' }] } }), 400, 300, refused);
  assertUndocumentedError(await patch(denver.id, 'business_hours', { business_hours: { custom_hour_type: 2, custom_hours: [{ weekday: 2, type: 2, from: '9am', to: '17:00' }] } }), 400, 300, refused);
  assertUndocumentedError(await patch(denver.id, 'business_hours', { business_hours: { custom_hours: [{ weekday: 2, type: 1 }, { weekday: 2, type: 0 }] } }), 400, 300, refused);
  assert.equal((await get(denver.id, 'business_hours')).business_hours.custom_hour_type, 1);
  const hours = [{ weekday: 2, type: 2, from: '08:00', to: '16:00' }, { weekday: 1, type: 0 }];
  assert.equal((await patch(denver.id, 'business_hours', { business_hours: { custom_hour_type: 2, custom_hours: hours } })).status, 204);
  const shown = (await get(denver.id, 'business_hours')).business_hours;
  assert.equal(shown.custom_hour_type, 2);
  assert.deepEqual(shown.custom_hours, hours);
});

test('holidays are added with their ids, changed by id, and deleted one by one', async () => {
  const site = (await addSite()).body.id;
  const res = await add(site, 'holiday_hours', { holidays: [{ name: 'Founders Day', from: '2026-07-01T07:00:00Z', to: '2026-07-02T07:00:00Z' }, { name: 'Retreat', from: '2026-08-10T07:00:00Z', to: '2026-08-12T07:00:00Z' }] });
  assertContract('addASiteSetting', res);
  assert.equal(res.status, 201);
  const [founders, retreat] = res.body.holidays;
  assert.equal(typeof founders.holiday_id, 'string');
  assert.deepEqual((await get(site, 'holiday_hours')).holiday_hours.holidays, res.body.holidays);
  assert.equal((await patch(site, 'holiday_hours', { holiday_hours: { holidays: [{ holiday_id: retreat.holiday_id, name: 'Team retreat', from: '2026-08-10T07:00:00Z', to: '2026-08-11T07:00:00Z' }] } })).status, 204);
  const after = (await get(site, 'holiday_hours')).holiday_hours.holidays;
  assert.deepEqual(after[1], { holiday_id: retreat.holiday_id, name: 'Team retreat', from: '2026-08-10T07:00:00Z', to: '2026-08-11T07:00:00Z' });
  const gone = await remove(site, 'holiday_hours', { holiday_id: founders.holiday_id });
  assertContract('deleteASiteSetting', gone);
  assert.equal(gone.status, 204);
  assert.deepEqual((await get(site, 'holiday_hours')).holiday_hours.holidays.map((h: any) => h.holiday_id), [retreat.holiday_id]);
  assertUndocumentedError(await remove(site, 'holiday_hours', { holiday_id: founders.holiday_id }), 404, 404, `Holiday does not exist: ${founders.holiday_id}.`);
  assertUndocumentedError(await remove(site, 'holiday_hours', {}), 400, 300, 'Validation Failed. holiday_id is required.');
  assertUndocumentedError(await patch(site, 'holiday_hours', { holiday_hours: { holidays: [{ holiday_id: founders.holiday_id, name: 'X', from: '2026-07-01T07:00:00Z', to: '2026-07-02T07:00:00Z' }] } }), 404, 404, `Holiday does not exist: ${founders.holiday_id}.`);
});

test('a holiday needs a name and a start before its end, in the documented format; nothing is added', async () => {
  const { denver } = await demoSites();
  const cases: [unknown, string][] = [
    [{ from: '2026-07-01T07:00:00Z', to: '2026-07-02T07:00:00Z' }, 'name'],
    [{ name: 'X', from: '2026-07-01T09:00:00+02:00', to: '2026-07-02T07:00:00Z' }, 'from'],
    [{ name: 'X', from: '2026-07-02T07:00:00Z', to: '2026-07-01T07:00:00Z' }, 'to'],
    [{ name: 'X', from: '2026-07-02T07:00:00Z', to: '2026-07-02T07:00:00Z' }, 'to'],
  ];
  for (const [holiday, field] of cases) {
    assertUndocumentedError(await add(denver.id, 'holiday_hours', { holidays: [{ name: 'Fine', from: '2026-05-01T00:00:00Z', to: '2026-05-02T00:00:00Z' }, holiday] }), 400, 300, `Validation Failed. Invalid holiday ${field}.`);
  }
  assertUndocumentedError(await add(denver.id, 'holiday_hours', { holidays: [] }), 400, 300, 'Validation Failed. holidays is required.');
  // Not a date-time at all: the contract's validation refuses it first.
  const notDate = await add(denver.id, 'holiday_hours', { holidays: [{ name: 'X', from: '2026-07-01', to: '2026-07-02T07:00:00Z' }] });
  assert.deepEqual([notDate.status, notDate.body.code], [400, 300]);
  assert.deepEqual((await get(denver.id, 'holiday_hours')).holiday_hours.holidays, []);
});

test('device security: device types added once, deleted by type; only holidays and device security are added', async () => {
  const site = (await addSite()).body.id;
  for (const type of ['security', 'device_security']) {
    const res = await add(site, type, { device_type: 'Yealink' });
    assertContract('addASiteSetting', res);
    assert.equal(res.status, 201);
  }
  assert.equal((await add(site, 'security', { device_type: 'Poly' })).status, 201);
  assert.deepEqual(await get(site, 'security'), { security: { device_types: ['Yealink', 'Poly'] } });
  assertUndocumentedError(await add(site, 'security', {}), 400, 300, 'Validation Failed. device_type is required.');
  assert.equal((await remove(site, 'security', { device_type: 'Yealink' })).status, 204);
  assert.deepEqual(await get(site, 'security'), { security: { device_types: ['Poly'] } });
  assertUndocumentedError(await remove(site, 'security', { device_type: 'Yealink' }), 404, 404, 'Device type does not exist: Yealink.');
  assertUndocumentedError(await add(site, 'business_hours', {}), 400, 300, 'Validation Failed. Setting type business_hours cannot be added or deleted.');
  assertUndocumentedError(await remove(site, 'dial_by_name', {}), 400, 300, 'Validation Failed. Setting type dial_by_name cannot be added or deleted.');
  assertUndocumentedError(await patch(site, 'security', { device_type: 'Poly' }), 400, 300, 'Validation Failed. Setting type security is changed by adding and deleting device types.');
});

test('a site the account does not have, or a setting type the pages do not name, is refused', async () => {
  const { main } = await demoSites();
  const nowhere = await s.api('GET', PATH('nope', 'security'));
  assertDocumentedError('getAPhoneSiteSetting', nowhere, 'siteDoesNotExist');
  assertDocumentedError('addASiteSetting', await add('nope', 'security', { device_type: 'Poly' }), 'validationFailedSiteDoesNotExist');
  assertDocumentedError('updateTheSiteSetting', await patch('nope', 'dial_by_name', { dial_by_name: { status: true } }), 'validationFailedSiteDoesNotExist');
  assertDocumentedError('deleteASiteSetting', await remove('nope', 'security', { device_type: 'Poly' }), 'validationFailedSiteDoesNotExist');
  assertUndocumentedError(await s.api('GET', PATH(main.id, 'teleportation')), 400, 300, 'Validation Failed. Invalid setting type: teleportation.');
  const { token } = await otherAccount(s, `ss-acct-${++accounts}`);
  const notTheirs = await s.api('GET', PATH(main.id, 'security'), { token });
  assertDocumentedError('getAPhoneSiteSetting', notTheirs, 'siteDoesNotExist');
  assertDocumentedError('updateTheSiteSetting', await patch(main.id, 'dial_by_name', { dial_by_name: { status: false } }, token), 'validationFailedSiteDoesNotExist');
  assertDocumentedError('deleteASiteSetting', await remove(main.id, 'security', { device_type: 'Poly' }, token), 'validationFailedSiteDoesNotExist');
  assert.deepEqual(await get(main.id, 'security'), { security: { device_types: ['Yealink', 'Poly'] } });
});

test("site settings need multiple sites: an account with one site is refused until it switches them on", async () => {
  const { token } = await otherAccount(s, `ss-acct-${++accounts}`);
  const site = (await addSite(token)).body.id;
  assertUndocumentedError(await s.api('GET', PATH(site, 'security'), { token }), 400, 300, SINGLE_SITE);
  assertUndocumentedError(await patch(site, 'dial_by_name', { dial_by_name: { status: true } }, token), 400, 300, SINGLE_SITE);
  assert.equal((await s.api('PATCH', '/phone/settings', { token, body: { multiple_sites: { enabled: true } } })).status, 204);
  assert.equal((await patch(site, 'dial_by_name', { dial_by_name: { status: true } }, token)).status, 204);
  assert.equal((await get(site, 'dial_by_name', token)).dial_by_name.status, true);
  // The account has no billing account: the site shows none.
  assert.deepEqual(await get(site, 'billing_account', token), { billing_account: {} });
});

test("a deleted site's settings go with it", async () => {
  const site = (await addSite()).body.id;
  const { main } = await demoSites();
  assert.equal((await add(site, 'security', { device_type: 'Cisco' })).status, 201);
  assert.equal((await patch(site, 'dial_by_name', { dial_by_name: { status: true } })).status, 204);
  const deleted = await s.api('DELETE', `/phone/sites/${site}`, { query: { transfer_site_id: main.id } });
  assert.equal(deleted.status, 204, JSON.stringify(deleted.body));
  const left = await s.sandbox.db.selectFrom('site_security_devices').select('device_type').where('site_id', '=', site).execute();
  assert.deepEqual(left, []);
  assert.deepEqual(await s.sandbox.db.selectFrom('site_settings').select('setting_type').where('site_id', '=', site).execute(), []);
});

test('concurrent updates of one setting and concurrent adds of one device type all land once', async () => {
  const site = (await addSite()).body.id;
  const results = await Promise.all([
    patch(site, 'location_based_routing', { location_based_routing: { enable: true } }),
    patch(site, 'location_based_routing', { location_based_routing: { place_receive_pstn_calls: true } }),
    patch(site, 'location_based_routing', { location_based_routing: { enable_media_off_load_pstn_calls: true } }),
    add(site, 'security', { device_type: 'Yealink' }),
    add(site, 'security', { device_type: 'Yealink' }),
  ]);
  assert.deepEqual(results.map((r) => r.status), [204, 204, 204, 201, 201]);
  assert.deepEqual((await get(site, 'location_based_routing')).location_based_routing, { enable: true, place_receive_pstn_calls: true, enable_media_off_load_pstn_calls: true });
  assert.deepEqual(await get(site, 'security'), { security: { device_types: ['Yealink'] } });
});
