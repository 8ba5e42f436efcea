import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError, operation } from '../../support/contract.ts';
import { ADDRESS, SUB, addNumber, addUser, sites, tokenFor } from '../../support/org.ts';
import { assertPageTokensExpire } from '../../support/pages.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

async function createSite(body: Record<string, unknown> = {}, token?: string) {
  return s.api('POST', '/phone/sites', { token, body: { name: `Site ${Math.random().toString(36).slice(2, 7)}`, auto_receptionist_name: 'Front Desk', default_emergency_address: ADDRESS, ...body } });
}
const details = (id: string) => s.api('GET', `/phone/sites/${id}`);
const patch = (id: string, body: unknown) => s.api('PATCH', `/phone/sites/${id}`, { body });
const INDIA = { ...ADDRESS, country: 'IN', state_code: 'MH', city: 'Mumbai', zip: '400001' };

/** The documented settings of a site's policy, as getPhoneSiteDetails' schema lists them. */
const policySchema = () => (operation('getPhoneSiteDetails').responseSchemas['200'] as any).properties.policy.properties as Record<string, any>;

test('a created site is listed, with its auto receptionist and default emergency address', async () => {
  const created = await createSite({ name: 'Austin Office', auto_receptionist_name: 'Austin Reception', site_code: 40, short_extension: { length: 4 } });
  assertContract('createAPhoneSite', created);
  assert.equal(created.body.name, 'Austin Office');

  const got = await details(created.body.id);
  assertContract('getPhoneSiteDetails', got);
  assert.equal(got.body.id, created.body.id);
  assert.equal(got.body.name, 'Austin Office');
  assert.equal(got.body.site_code, 40);
  assert.equal(got.body.short_extension.length, 4);
  assert.equal(got.body.main_auto_receptionist.name, 'Austin Reception');
  assert.equal(got.body.main_auto_receptionist.extension_number, 400001, 'the receptionist extension sits inside the site code');
  assert.ok(got.body.main_auto_receptionist.id && got.body.main_auto_receptionist.extension_id);
  assert.deepEqual(got.body.country, { code: 'US', name: 'United States' });
  const address = got.body.default_emergency_address;
  assert.deepEqual(
    [address.address_line1, address.city, address.state_code, address.zip, address.country, address.is_default, address.level, address.status],
    ['55 Almaden Blvd', 'San Jose', 'CA', '95113', 'US', true, 0, 1],
  );
  assert.ok(address.id);

  const list = await s.api('GET', '/phone/sites', { query: { page_size: 300 } });
  assertContract('listPhoneSites', list);
  const listed = list.body.sites.find((x: { id: string }) => x.id === created.body.id);
  assert.deepEqual(listed, {
    id: created.body.id,
    name: 'Austin Office',
    site_code: 40,
    country: { code: 'US', name: 'United States' },
    main_auto_receptionist: got.body.main_auto_receptionist,
  });
  assert.equal(list.body.total_records, list.body.sites.length);
  assert.equal(list.body.page_size, 300);
});

test('sites page with next_page_token and total_records; page_size 300 and not 301', async () => {
  const first = await s.api('GET', '/phone/sites', { query: { page_size: 2 } });
  assertContract('listPhoneSites', first);
  assert.equal(first.body.sites.length, 2);
  assert.ok(first.body.next_page_token);
  const second = await s.api('GET', '/phone/sites', { query: { page_size: 2, next_page_token: first.body.next_page_token } });
  assertContract('listPhoneSites', second);
  const ids = new Set([...first.body.sites, ...second.body.sites].map((x: { id: string }) => x.id));
  assert.equal(ids.size, first.body.sites.length + second.body.sites.length);
  assert.equal(second.body.total_records, first.body.total_records);

  assertContract('listPhoneSites', await s.api('GET', '/phone/sites', { query: { page_size: 300 } }));
  const tooMany = await s.api('GET', '/phone/sites', { query: { page_size: 301 } });
  assert.deepEqual([tooMany.status, tooMany.body.code, tooMany.body.errors?.[0]?.field], [400, 300, 'page_size']);
});

test('a sites page token expires after 15 minutes of the sandbox clock', async () => {
  // Each call asks for a current access token: the sandbox clock moves under this test.
  const get = async (query: Record<string, string | number>) => s.api('GET', '/phone/sites', { token: await s.token(), query });
  // listPhoneSites documents no error for a page token: the platform's choice (src/kit/list.ts).
  await assertPageTokensExpire(s, [{ op: 'listPhoneSites', get }], (_, res) => assertUndocumentedError(res, 400, 300, 'The next page token is invalid or expired.'));
});

test('site code plus short extension longer than 6 digits is refused and creates nothing', async () => {
  const before = (await sites(s)).length;
  const res = await createSite({ site_code: 1234, short_extension: { length: 3 } });
  assertDocumentedError('createAPhoneSite', res, 'invalidSiteCodeLength');
  assert.equal((await sites(s)).length, before);
  // Exactly 6 digits is allowed.
  const six = await createSite({ site_code: 123, short_extension: { length: 3 } });
  assertContract('createAPhoneSite', six);
  assert.equal((await details(six.body.id)).body.main_auto_receptionist.extension_number, 123001);
});

test('a short extension is two to five digits, three by default', async () => {
  for (const length of [2, 5]) {
    const ok = await createSite({ short_extension: { length } });
    assertContract('createAPhoneSite', ok);
    assert.equal((await details(ok.body.id)).body.short_extension.length, length);
  }
  const plain = await createSite();
  assert.equal((await details(plain.body.id)).body.short_extension.length, 3);
  for (const length of [1, 6]) {
    // createAPhoneSite documents no error for it; the words and code are updatePhoneSiteDetails' own for the same rule.
    assertUndocumentedError(await createSite({ short_extension: { length } }), 400, 300, 'Invalid short extension number length.');
  }
});

test('an unknown country and a blank address line are the documented errors', async () => {
  const country = await createSite({ default_emergency_address: { ...ADDRESS, country: 'XX' } });
  assertDocumentedError('createAPhoneSite', country, 'countryInformationIsInvalid');
  const blank = await createSite({ default_emergency_address: { ...ADDRESS, address_line1: ' ' } });
  assertDocumentedError('createAPhoneSite', blank, 'thisAddressCouldNotBeValidated');
});

test('an India site needs state, city, a valid calling area and an entity name', async () => {
  const res = await createSite({ default_emergency_address: INDIA });
  assertDocumentedError('createAPhoneSite', res, 'forIndiaSitesStateAndCity');
  const area = await createSite({ default_emergency_address: INDIA, india_state_code: 'MH', india_city: 'Mumbai', india_sdca_npa: '22A', india_entity_name: 'Demo India' });
  assertDocumentedError('createAPhoneSite', area, 'shortDistanceCallingAreaIsInvalid');
  const noEntity = await createSite({ default_emergency_address: INDIA, india_state_code: 'MH', india_city: 'Mumbai' });
  assertDocumentedError('createAPhoneSite', noEntity, 'indiaEntityNameIsRequired');
  const ok = await createSite({ default_emergency_address: INDIA, india_state_code: 'MH', india_city: 'Mumbai', india_sdca_npa: '22', india_entity_name: 'Demo India' });
  assertContract('createAPhoneSite', ok);
  const got = await details(ok.body.id);
  assert.deepEqual(got.body.country, { code: 'IN', name: 'India' });
  assert.deepEqual([got.body.india_state_code, got.body.india_city, got.body.india_sdca_npa, got.body.india_entity_name], ['MH', 'Mumbai', '22', 'Demo India']);
});

test('the India fields apply to India sites only', async () => {
  const us = await createSite({ india_state_code: 'MH', india_city: 'Mumbai', india_sdca_npa: '22', india_entity_name: 'Not India' });
  assertContract('createAPhoneSite', us);
  const got = await details(us.body.id);
  assertContract('getPhoneSiteDetails', got);
  assert.deepEqual([got.body.india_state_code, got.body.india_city, got.body.india_sdca_npa, got.body.india_entity_name], [undefined, undefined, undefined, undefined]);
});

test('an unknown site id is the documented not-found of each operation', async () => {
  assertDocumentedError('getPhoneSiteDetails', await details('nope'), 'siteDoesNotExist');
  assertDocumentedError('updatePhoneSiteDetails', await patch('nope', { name: 'x' }), 'validationFailedSiteDoesNotExist');
  const [main] = await sites(s);
  assertDocumentedError('deleteAPhoneSite', await s.api('DELETE', '/phone/sites/nope', { query: { transfer_site_id: main.id } }), 'siteDoesNotExist');
});

test('an update changes name, code, caller id name and short extension ranges, and is read back', async () => {
  const created = await createSite({ site_code: 51 });
  const id = created.body.id;
  const res = await patch(id, {
    name: 'Renamed Site',
    site_code: 52,
    caller_id_name: 'Renamed',
    sip_zone: { id: 'zone-1' },
    short_extension: { length: 3, ranges: [{ range_from: '100', range_to: '199' }] },
    policy: { sms: { enable: true } },
  });
  assertContract('updatePhoneSiteDetails', res);
  const got = await details(id);
  assertContract('getPhoneSiteDetails', got);
  assert.equal(got.body.name, 'Renamed Site');
  assert.equal(got.body.site_code, 52);
  assert.equal(got.body.caller_id_name, 'Renamed');
  assert.equal(got.body.sip_zone.id, 'zone-1');
  // The contract's site details show short_extension.length only, so the ranges are kept but not shown.
  assert.equal(got.body.short_extension.length, 3);
  assert.equal(got.body.policy.sms.enable, true);
  const list = await s.api('GET', '/phone/sites', { query: { page_size: 300 } });
  const listed = list.body.sites.find((x: { id: string }) => x.id === id);
  assert.deepEqual([listed.name, listed.site_code], ['Renamed Site', 52]);
});

test('the caller ID name is up to 15 characters and "" resets it', async () => {
  const id = (await createSite()).body.id;
  assertContract('updatePhoneSiteDetails', await patch(id, { caller_id_name: 'x'.repeat(15) }));
  assert.equal((await details(id)).body.caller_id_name, 'x'.repeat(15));
  const long = await patch(id, { caller_id_name: 'y'.repeat(16) });
  assert.deepEqual([long.status, long.body.code, long.body.errors?.[0]?.field], [400, 300, 'caller_id_name']);
  assert.equal((await details(id)).body.caller_id_name, 'x'.repeat(15));
  assertContract('updatePhoneSiteDetails', await patch(id, { caller_id_name: '' }));
  assert.equal((await details(id)).body.caller_id_name, undefined);
});

test('update refuses bad lengths, ranges and a country change, and changes nothing', async () => {
  const created = await createSite({ site_code: 61 });
  const id = created.body.id;
  const ranges = (...r: [string, string][]) => ({ short_extension: { length: 3, ranges: r.map(([range_from, range_to]) => ({ range_from, range_to })) } });
  const refused = (body: unknown) => patch(id, body);
  assertDocumentedError('updatePhoneSiteDetails', await refused({ short_extension: { length: 6 } }), 'invalidShortExtensionNumberLength');
  assertDocumentedError('updatePhoneSiteDetails', await refused({ short_extension: { length: 1 } }), 'invalidShortExtensionNumberLength');
  assertDocumentedError('updatePhoneSiteDetails', await refused({ site_code: 12345 }), 'invalidSiteCodeLength');
  assertDocumentedError('updatePhoneSiteDetails', await refused(ranges(['10', '199'])), 'alignTheRangeWithTheNumber');
  assertDocumentedError('updatePhoneSiteDetails', await refused(ranges(['300', '200'])), 'rangeFromValueMustBeSmaller');
  assertDocumentedError('updatePhoneSiteDetails', await refused(ranges(['200', '200'])), 'rangeFromValueMustBeSmaller');
  assertDocumentedError('updatePhoneSiteDetails', await refused(ranges(['100', '200'], ['150', '250'])), 'eachSetOfRangesCannotHave');
  assertDocumentedError('updatePhoneSiteDetails', await refused(ranges(['', '200'])), 'rangeFromOrRangeToCan');
  assertDocumentedError('updatePhoneSiteDetails', await refused(ranges(['1a0', '200'])), 'rangeFromOrRangeToMust');
  assertDocumentedError('updatePhoneSiteDetails', await refused(ranges(['-10', '200'])), 'rangeFromOrRangeToMust');
  assertDocumentedError('updatePhoneSiteDetails', await refused({ default_emergency_address: { ...ADDRESS, country: 'GB' } }), 'changeCountryIsNotAllowed');
  assertDocumentedError('updatePhoneSiteDetails', await refused({ name: 'Should not stick', default_emergency_address: { ...ADDRESS, zip: '' } }), 'thisAddressCouldNotBeValidated');
  const got = await details(id);
  assert.equal(got.body.site_code, 61);
  assert.equal(got.body.name, created.body.name);
  assert.equal(got.body.short_extension.length, 3);
  // Two to five digits, and the code with the short extension at most six.
  assertContract('updatePhoneSiteDetails', await patch(id, { short_extension: { length: 4 } }));
  assertDocumentedError('updatePhoneSiteDetails', await patch(id, { site_code: 612 }), 'invalidSiteCodeLength');
  assertContract('updatePhoneSiteDetails', await patch(id, { site_code: 62, short_extension: { length: 4, ranges: [{ range_from: '0100', range_to: '0199' }] } }));
  assert.deepEqual([(await details(id)).body.site_code, (await details(id)).body.short_extension.length], [62, 4]);
});

test('an emergency address update is kept, in the country of the site', async () => {
  const id = (await createSite()).body.id;
  const before = (await details(id)).body.default_emergency_address;
  const moved = { address_line1: '1 Market St', address_line2: 'Floor 2', city: 'San Francisco', state_code: 'CA', zip: '94105', country: 'us' };
  assertContract('updatePhoneSiteDetails', await patch(id, { default_emergency_address: moved }));
  const after = (await details(id)).body.default_emergency_address;
  assert.deepEqual(after, { ...moved, country: 'US', id: before.id, is_default: true, level: 0, status: 1 });
});

test("a new site shows every documented policy setting: the account's value and lock where the account document has it, off otherwise", async () => {
  const id = (await createSite()).body.id;
  const got = await details(id);
  assertContract('getPhoneSiteDetails', got);
  const account = (await s.api('GET', '/phone/account_settings')).body;
  const documented = policySchema();
  assert.deepEqual(Object.keys(got.body.policy).sort(), Object.keys(documented).sort());
  for (const [key, setting] of Object.entries<any>(got.body.policy)) {
    if (documented[key].type === 'boolean') {
      assert.equal(setting, false, key);
      continue;
    }
    if (documented[key].properties.modified) assert.equal(setting.modified, false, `${key}.modified`);
    const above = account[key];
    if (documented[key].properties.locked) assert.equal(setting.locked, above?.locked ?? false, `${key}.locked`);
    if (documented[key].properties.locked_by) assert.equal(setting.locked_by, above?.locked_by ?? 'invalid', `${key}.locked_by`);
    if (above && 'enable' in above) assert.equal(setting.enable, above.enable, `${key}.enable`);
  }
  // The demo account's document: voicemail on as a new account has it, switching to the carrier off and locked.
  assert.deepEqual(got.body.policy.voicemail, { allow_delete: true, allow_download: true, allow_videomail: false, enable: true, locked: false, locked_by: 'invalid', modified: false });
  assert.deepEqual(got.body.policy.mobile_switch_to_carrier, { enable: false, locked: true, locked_by: 'account', modified: false });
  assert.deepEqual(got.body.policy.international_calling, { enable: true, locked: false, locked_by: 'invalid', modified: false });
  // A setting the account document does not have shows off.
  assert.deepEqual(got.body.policy.force_off_net, { enable: false, allow_extension_only_users_call_users_outside_site: false });
  // The account's retention items, but the fax one the site's list has no type for.
  assert.deepEqual(got.body.policy.auto_delete_data_after_retention_duration.items.map((i: any) => i.type), ['callLog', 'onDemandRecording', 'automaticRecording', 'voicemail', 'videomail', 'sms']);
});

test('a policy PATCH keeps every key it sends, marks it modified, and reset returns it to the account setting', async () => {
  const id = (await createSite()).body.id;
  const user = await addUser(s, { siteId: id });
  const [userExtension] = (await s.api('GET', '/phone/users', { query: { site_id: id } })).body.users;
  const res = await patch(id, {
    policy: {
      sms: { enable: true, locked: true, international_sms: true, international_sms_countries: ['US', 'CA'] },
      block_external_calls: { enable: true, block_business_hours: true, block_call_action: 9, e2e_encryption: { enable: true, locked: true } },
      call_park: { enable: true, call_not_picked_up_action: 50, expiration_period: 10, sequence: 1, forward_to_extension_id: userExtension.extension_id },
      zoom_phone_on_mobile: { enable: true, allow_calling_clients: ['ios', 'android'] },
    },
  });
  assertContract('updatePhoneSiteDetails', res);
  const got = await details(id);
  assertContract('getPhoneSiteDetails', got);
  const p = got.body.policy;
  assert.deepEqual(p.sms, { enable: true, locked: true, locked_by: 'site', modified: true, international_sms: true, international_sms_countries: ['US', 'CA'], allow_copy: false, allow_paste: false });
  assert.equal(p.block_external_calls.block_call_action, 9);
  assert.equal(p.block_external_calls.block_business_hours, true);
  assert.deepEqual([p.block_external_calls.e2e_encryption.enable, p.block_external_calls.e2e_encryption.locked], [true, true]);
  assert.deepEqual(p.call_park, {
    enable: true,
    call_not_picked_up_action: 50,
    expiration_period: 10,
    sequence: 1,
    locked: false,
    locked_by: 'invalid',
    modified: true,
    forward_to: { display_name: userExtension.name, extension_id: userExtension.extension_id, extension_number: userExtension.extension_number, extension_type: 'user', id: user },
  });
  assert.deepEqual(p.zoom_phone_on_mobile.allow_calling_clients, ['ios', 'android']);
  assert.equal(p.voicemail.modified, false, 'a setting not sent stays the account one');

  // Only provided fields change; reset drops the site's change of that setting.
  assertContract('updatePhoneSiteDetails', await patch(id, { policy: { sms: { allow_copy: true }, zoom_phone_on_mobile: { reset: true, enable: true } } }));
  const after = (await details(id)).body.policy;
  assert.deepEqual([after.sms.enable, after.sms.allow_copy, after.sms.international_sms_countries], [true, true, ['US', 'CA']]);
  assert.deepEqual(after.zoom_phone_on_mobile, { enable: true, allow_calling_sms_mms: true, locked: false, locked_by: 'invalid', modified: false });
});

test('the recording prompts of both directions take one value without the consent OP flag (13800)', async () => {
  const id = (await createSite()).body.id;
  const recording = (inbound: Record<string, boolean>, outbound: Record<string, boolean>) =>
    patch(id, { policy: { auto_call_recording: { enable: true, inbound_audio_notification: inbound, outbound_audio_notification: outbound } } });
  assertDocumentedError('updatePhoneSiteDetails', await recording({ recording_start_prompt: true }, {}), 'youDoNotEnableOpFlag');
  assertDocumentedError('updatePhoneSiteDetails', await recording({ recording_start_prompt: true }, { recording_start_prompt: false }), 'youDoNotEnableOpFlag');
  assertDocumentedError('updatePhoneSiteDetails', await recording({ recording_explicit_consent: false }, { recording_explicit_consent: true }), 'youDoNotEnableOpFlag13800_2');
  assert.equal((await details(id)).body.policy.auto_call_recording.enable, false, 'a refused PATCH changes nothing');

  assertContract('updatePhoneSiteDetails', await recording({ recording_start_prompt: true }, { recording_start_prompt: true }));
  let acr = (await details(id)).body.policy.auto_call_recording;
  assert.deepEqual([acr.recording_start_prompt, acr.inbound_audio_notification.recording_start_prompt, acr.outbound_audio_notification.recording_start_prompt], [true, true, true]);
  // The deprecated field updates both directions.
  assertContract('updatePhoneSiteDetails', await patch(id, { policy: { auto_call_recording: { recording_explicit_consent: true } } }));
  acr = (await details(id)).body.policy.auto_call_recording;
  assert.deepEqual([acr.recording_explicit_consent, acr.inbound_audio_notification.recording_explicit_consent, acr.outbound_audio_notification.recording_explicit_consent], [true, true, true]);
});

test('the firmware update schedule takes a listed time zone, hours of a day and an end date (13804-13806)', async () => {
  const id = (await createSite()).body.id;
  const firmware = (schedule: Record<string, unknown>) => patch(id, { policy: { schedule_firmware_update: schedule } });
  const zone = await firmware({ time_zone: 'Mars/Olympus_Mons' });
  assertDocumentedError('updatePhoneSiteDetails', zone, 'timeZoneIsInvalid');
  assert.equal(zone.body.message, 'Time zone is invalid: Mars/Olympus_Mons.');
  assertDocumentedError('updatePhoneSiteDetails', await firmware({ time_period_start: 15, time_period_end: 24 }), 'invalidTimePeriod');
  assertDocumentedError('updatePhoneSiteDetails', await firmware({ time_period_start: 16, time_period_end: 15 }), 'invalidTimePeriod');
  assertDocumentedError('updatePhoneSiteDetails', await firmware({ time_period_start: -1 }), 'invalidTimePeriod');
  assertDocumentedError('updatePhoneSiteDetails', await firmware({ end_setting: { never_end: false } }), 'invalidEndDate');
  assertDocumentedError('updatePhoneSiteDetails', await firmware({ end_setting: { never_end: false, end_date: '2030-02-30' } }), 'invalidEndDate');
  assertDocumentedError('updatePhoneSiteDetails', await firmware({ end_setting: { never_end: false, end_date: '01/31/2030' } }), 'invalidEndDate');
  assert.equal((await details(id)).body.policy.schedule_firmware_update.modified, false);

  const schedule = { enable: true, repeat_type: 'weekly', time_zone: 'America/Los_Angeles', time_period_start: 0, time_period_end: 23, end_setting: { never_end: false, end_date: '2030-01-31' } };
  assertContract('updatePhoneSiteDetails', await firmware(schedule));
  const got = (await details(id)).body.policy.schedule_firmware_update;
  assert.deepEqual(
    [got.enable, got.repeat_type, got.time_zone, got.time_period_start, got.time_period_end, got.end_setting],
    [true, 'weekly', 'America/Los_Angeles', 0, 23, { never_end: false, end_date: '2030-01-31' }],
  );
  // A later PATCH of the end alone is judged with the hours kept.
  assertContract('updatePhoneSiteDetails', await firmware({ end_setting: { never_end: true } }));
  assertDocumentedError('updatePhoneSiteDetails', await firmware({ time_period_start: 23 }), 'invalidTimePeriod');
});

test('parked calls are forwarded to an extension of the account (13808)', async () => {
  const id = (await createSite()).body.id;
  const [main] = await sites(s);
  const receptionist = (await details(main.id)).body.main_auto_receptionist;
  const missing = await patch(id, { policy: { call_park: { call_not_picked_up_action: 50, forward_to_extension_id: 'no-such-extension' } } });
  assertDocumentedError('updatePhoneSiteDetails', missing, 'extensionDoesNotExist');
  assert.equal(missing.body.message, 'Extension does not exist: no-such-extension');
  const token = await tokenFor(s, SUB);
  const subSite = (await s.api('GET', '/phone/sites', { token })).body.sites[0].id;
  assertDocumentedError('updatePhoneSiteDetails', await s.api('PATCH', `/phone/sites/${subSite}`, { token, body: { policy: { call_park: { forward_to_extension_id: receptionist.extension_id } } } }), 'extensionDoesNotExist');

  assertContract('updatePhoneSiteDetails', await patch(id, { policy: { call_park: { call_not_picked_up_action: 50, forward_to_extension_id: receptionist.extension_id } } }));
  assert.deepEqual((await details(id)).body.policy.call_park.forward_to, {
    display_name: receptionist.name,
    extension_id: receptionist.extension_id,
    extension_number: receptionist.extension_number,
    extension_type: 'autoReceptionist',
    id: receptionist.id,
  });
});

test('the feedback survey and data retention settings keep their documented ranges', async () => {
  const id = (await createSite()).body.id;
  const survey = (value: Record<string, unknown>) => patch(id, { policy: { display_call_feedback_survey: value } });
  assertContract('updatePhoneSiteDetails', await survey({ enable: true, feedback_type: 2, feedback_duration: { enable: true, min: 0, max: 60 }, feedback_mos: { enable: true, min: 1.0, max: 3.0 } }));
  assertUndocumentedError(await survey({ feedback_duration: { max: 61 } }), 400, 300, 'The call duration of the feedback survey must be from 0 to 60 seconds.');
  assertUndocumentedError(await survey({ feedback_mos: { min: 0.9 } }), 400, 300, 'The MOS score of the feedback survey must be from 1.0 to 3.0, with one decimal.');
  assertUndocumentedError(await survey({ feedback_mos: { max: 2.55 } }), 400, 300, 'The MOS score of the feedback survey must be from 1.0 to 3.0, with one decimal.');
  const other = (await createSite()).body.id;
  assertUndocumentedError(
    await patch(other, { policy: { display_call_feedback_survey: { feedback_type: 2 } } }),
    400,
    300,
    'A feedback survey shown when call quality issues are detected needs feedback_mos or feedback_duration.',
  );
  const got = (await details(id)).body.policy.display_call_feedback_survey;
  assert.deepEqual([got.feedback_type, got.feedback_duration, got.feedback_mos], [2, { enable: true, min: 0, max: 60 }, { enable: true, min: 1, max: 3 }]);

  const retention = (items: unknown[]) => patch(id, { policy: { auto_delete_data_after_retention_duration: { enable: true, delete_type: 1, items } } });
  assertContract('updatePhoneSiteDetails', await retention([
    { type: 'callLog', duration: 10, time_unit: 'year' },
    { type: 'sms', duration: 18, time_unit: 'month' },
    { type: 'voicemail', duration: 60, time_unit: 'day' },
    { type: 'videomail', duration: -1, time_unit: 'day' },
  ]));
  for (const [duration, unit] of [[11, 'year'], [19, 'month'], [61, 'day'], [0, 'day']] as const) {
    assertUndocumentedError(await retention([{ type: 'callLog', duration, time_unit: unit }]), 400, 300, `Invalid retention duration ${duration} for time unit ${unit}.`);
  }
  assert.equal((await details(id)).body.policy.auto_delete_data_after_retention_duration.items.length, 4);
});

test('deleting a site moves its users and numbers to the transfer site, and frees its receptionist extension', async () => {
  const doomed = (await createSite()).body.id;
  const target = (await createSite()).body.id;
  const receptionist = (await details(doomed)).body.main_auto_receptionist;
  const user = await addUser(s, { siteId: doomed });
  const assigned = await addNumber(s, { siteId: doomed, assignee: user });
  const spare = await addNumber(s, { siteId: doomed });

  const res = await s.api('DELETE', `/phone/sites/${doomed}`, { query: { transfer_site_id: target } });
  assertContract('deleteAPhoneSite', res);

  assertDocumentedError('getPhoneSiteDetails', await details(doomed), 'siteDoesNotExist');
  const profile = await s.api('GET', `/phone/users/${user}`);
  assert.equal(profile.body.site_id, target);
  assert.deepEqual(profile.body.phone_numbers, [{ id: assigned.id, number: assigned.number }]);
  const inSite = await s.api('GET', '/phone/users', { query: { site_id: target } });
  assert.deepEqual(inSite.body.users.map((u: { id: string }) => u.id), [user]);
  for (const n of [assigned, spare]) {
    const number = await s.api('GET', `/phone/numbers/${n.id}`);
    assertContract('getAPhoneNumber', number);
    assert.equal(number.body.site.id, target);
  }
  const list = await s.api('GET', '/phone/sites', { query: { page_size: 300 } });
  assert.ok(!list.body.sites.some((x: { id: string }) => x.id === doomed));
  // Its receptionist's extension is free again: a user on a site without a code may take it.
  const taker = await addUser(s);
  assertContract('updateAUsersProfile', await s.api('PATCH', `/phone/users/${taker}`, { body: { extension_number: String(receptionist.extension_number) } }));
});

test('delete refuses the same site, the main site and an unknown transfer site, and moves nothing', async () => {
  const [main] = await sites(s);
  const site = (await createSite()).body.id;
  const user = await addUser(s, { siteId: site });
  const same = await s.api('DELETE', `/phone/sites/${site}`, { query: { transfer_site_id: site } });
  assertDocumentedError('deleteAPhoneSite', same, 'unableToTransferToTheSame');
  const unknown = await s.api('DELETE', `/phone/sites/${site}`, { query: { transfer_site_id: 'nope' } });
  assertDocumentedError('deleteAPhoneSite', unknown, 'siteDoesNotExist');
  const mainRes = await s.api('DELETE', `/phone/sites/${main.id}`, { query: { transfer_site_id: site } });
  assertUndocumentedError(mainRes, 400, 400, 'The main site cannot be deleted.');
  assertContract('getPhoneSiteDetails', await details(main.id));
  assertContract('getPhoneSiteDetails', await details(site));
  assert.equal((await s.api('GET', `/phone/users/${user}`)).body.site_id, site);
  const missing = await s.api('DELETE', `/phone/sites/${site}`);
  assert.deepEqual([missing.status, missing.body.code, missing.body.errors?.[0]?.field], [400, 300, 'transfer_site_id']);
});

test("a sub account has its own sites; another account's site is unknown", async () => {
  const token = await tokenFor(s, SUB);
  const subList = await s.api('GET', '/phone/sites', { token });
  assertContract('listPhoneSites', subList);
  const subSites = await sites(s, SUB);
  assert.deepEqual(subList.body.sites.map((x: { id: string }) => x.id), subSites.map((x) => x.id));
  const created = await createSite({ name: 'Sub Branch', auto_receptionist_name: 'Sub AR' }, token);
  assertContract('createAPhoneSite', created);
  assertDocumentedError('getPhoneSiteDetails', await details(created.body.id), 'siteDoesNotExist');
  assertDocumentedError('updatePhoneSiteDetails', await patch(created.body.id, { name: 'Not yours' }), 'validationFailedSiteDoesNotExist');
  const [main] = await sites(s);
  assertDocumentedError('deleteAPhoneSite', await s.api('DELETE', `/phone/sites/${created.body.id}`, { query: { transfer_site_id: main.id } }), 'siteDoesNotExist');
  const fromSub = await s.api('DELETE', `/phone/sites/${created.body.id}`, { token, query: { transfer_site_id: main.id } });
  assertDocumentedError('deleteAPhoneSite', fromSub, 'siteDoesNotExist');
});

test('the first site of a new account becomes its main site', async () => {
  const token = await tokenFor(s, 'org-fresh', true);
  const created = await createSite({ name: 'Only', auto_receptionist_name: 'AR' }, token);
  assertContract('createAPhoneSite', created);
  const second = await createSite({ name: 'Second', auto_receptionist_name: 'AR2' }, token);
  const res = await s.api('DELETE', `/phone/sites/${created.body.id}`, { token, query: { transfer_site_id: second.body.id } });
  assertUndocumentedError(res, 400, 400, 'The main site cannot be deleted.');
  assertContract('deleteAPhoneSite', await s.api('DELETE', `/phone/sites/${second.body.id}`, { token, query: { transfer_site_id: created.body.id } }));
});
