// Setting templates through the HTTP API: added, listed (by site), shown and changed
// (settings merged, every documented check of the update page), and applied to a user.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { otherAccount } from '../../support/fixtures.ts';
import { ADDRESS, sites } from '../../support/org.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

const PATH = '/phone/setting_templates';

async function added(body: Record<string, unknown>, token?: string): Promise<string> {
  const res = await s.api('POST', PATH, { body, token });
  assertContract('addASettingTemplate', res);
  return res.body.id;
}
async function details(id: string) {
  const res = await s.api('GET', `${PATH}/${id}`);
  assertContract('getSettingTemplateDetails', res);
  return res.body;
}
const update = (id: string, body: unknown) => s.api('PATCH', `${PATH}/${id}`, { body });

test("the demo lists its seeded templates, with the list page's own spelling of a type", async () => {
  const res = await s.api('GET', PATH);
  assertContract('listSettingTemplates', res);
  assert.deepEqual(res.body.templates.map((t: any) => [t.name, t.type]), [['Sales desk', 'user'], ['Lobby phone', 'commonArea']]);
  assert.equal(res.body.total_records, 2);
  const sales = await details(res.body.templates[0].id);
  assert.equal(sales.policy.auto_call_recording.recording_calls, 'both');
  assert.equal(sales.profile.area_code, '415');
});

test("a template added is listed under its site and shown; an auto receptionist template shows each page's spelling", async () => {
  const [main, second] = await sites(s);
  const id = await added({ name: '  Support desk ', type: 'user', description: 'Tier 1', site_id: second!.id });
  assert.deepEqual(await details(id), { id, name: 'Support desk', description: 'Tier 1', type: 'user' });
  const bySite = await s.api('GET', PATH, { query: { site_id: second!.id } });
  assertContract('listSettingTemplates', bySite);
  assert.deepEqual(bySite.body.templates.map((t: any) => t.id), [id]);
  const onMain = await s.api('GET', PATH, { query: { site_id: main!.id } });
  assert.ok(!onMain.body.templates.some((t: any) => t.id === id));
  const ar = await added({ name: 'Receptionists', type: 'autReceptionist', site_id: main!.id });
  assert.equal((await details(ar)).type, 'autoReceptionist');
  const listed = (await s.api('GET', PATH, { query: { page_size: 300 } })).body.templates.find((t: any) => t.id === ar);
  assert.equal(listed.type, 'autReceptionist');
});

test("the add refuses an unknown type, a blank name, an unknown site, and a missing site where there are several; nothing is added", async () => {
  const before = (await s.api('GET', PATH, { query: { page_size: 300 } })).body.total_records;
  const [main] = await sites(s);
  assertDocumentedError('addASettingTemplate', await s.api('POST', PATH, { body: { name: 'X', type: 'robot', site_id: main!.id } }), 'validationFailedYouProvidedAnIncorrect');
  assertUndocumentedError(await s.api('POST', PATH, { body: { name: '   ', type: 'user', site_id: main!.id } }), 400, 300, 'name must not be empty.');
  assertUndocumentedError(await s.api('POST', PATH, { body: { name: 'X', type: 'user', site_id: 'nosite' } }), 400, 300, 'Site does not exist: nosite.');
  assertUndocumentedError(await s.api('POST', PATH, { body: { name: 'X', type: 'user' } }), 400, 300, 'site_id is required when multiple sites are enabled.');
  assert.equal((await s.api('GET', PATH, { query: { page_size: 300 } })).body.total_records, before);
});

test("an account of one site needs no site_id, and cannot filter its list by one", async () => {
  const other = await otherAccount(s, 'st-one-site');
  const site = await s.api('POST', '/phone/sites', { token: other.token, body: { name: 'Only', auto_receptionist_name: 'Only AR', default_emergency_address: ADDRESS } });
  assert.equal(site.status, 201, JSON.stringify(site.body));
  const id = await added({ name: 'Basic', type: 'user' }, other.token);
  const res = await s.api('GET', PATH, { token: other.token });
  assert.deepEqual(res.body.templates.map((t: any) => t.id), [id]);
  assertDocumentedError('listSettingTemplates', await s.api('GET', PATH, { token: other.token, query: { site_id: site.body.id } }), 'multipleSitesOptionHasBeenDisabled');
  // Neither account sees the other's templates.
  assertUndocumentedError(await s.api('GET', `${PATH}/${id}`), 404, 404, `Setting template does not exist: ${id}.`);
  const demo = (await s.api('GET', PATH)).body.templates[0].id;
  assertUndocumentedError(await s.api('PATCH', `${PATH}/${demo}`, { token: other.token, body: { name: 'Mine' } }), 404, 404, `Setting template does not exist: ${demo}.`);
});

test("an update merges the settings given into the template's, and keeps the rest", async () => {
  const [main] = await sites(s);
  const id = await added({ name: 'Merge', type: 'user', site_id: main!.id });
  const first = await update(id, { policy: { voicemail: { enable: true } }, profile: { country: 'GB', area_code: '20' } });
  assertContract('updateASettingTemplate', first);
  assert.equal((await update(id, { name: 'Merged', policy: { voicemail: { allow_transcription: true }, sms: { enable: false } }, user_settings: { desk_phone: { pin_code: '482916' } } })).status, 204);
  assert.deepEqual(await details(id), {
    id,
    name: 'Merged',
    type: 'user',
    policy: { voicemail: { enable: true, allow_transcription: true }, sms: { enable: false } },
    profile: { country: 'GB', area_code: '20' },
    user_settings: { desk_phone: { pin_code: '482916' } },
  });
  assertUndocumentedError(await update('nothere', { name: 'x' }), 404, 404, 'Setting template does not exist: nothere.');
});

test("an update refuses each value the page names, in its words, and changes nothing", async () => {
  const [main] = await sites(s);
  const id = await added({ name: 'Checks', type: 'user', site_id: main!.id });
  assertDocumentedError('updateASettingTemplate', await update(id, { profile: { country: 'XX' } }), 'countryCodeYouEnteredIsInvalid');
  assertDocumentedError('updateASettingTemplate', await update(id, { profile: { area_code: '1234567' } }), 'areaCodeYouEnteredIsInvalid');
  assertDocumentedError('updateASettingTemplate', await update(id, { user_settings: { audio_prompt_language: 'xx-XX' } }), 'valueYouEnteredForTheAudio');
  assertDocumentedError('updateASettingTemplate', await update(id, { user_settings: { desk_phone: { pin_code: '12a456' } } }), 'pinCodeCouldOnlyIncludeNumbers');
  assertDocumentedError('updateASettingTemplate', await update(id, { user_settings: { desk_phone: { pin_code: '48291' } } }), 'invalidPinCodePinCodeMust300');
  assertDocumentedError('updateASettingTemplate', await update(id, { user_settings: { desk_phone: { pin_code: '77777777' } } }), 'invalidPinCodeThePinCode');
  assertDocumentedError('updateASettingTemplate', await update(id, { user_settings: { desk_phone: { pin_code: '3456789' } } }), 'pinCodeCannotBeAnAscending');
  assertDocumentedError('updateASettingTemplate', await update(id, { user_settings: { call_handling: { business_hours: { ring_type: 'random' } } } }), 'youProvidedAnInvalidValueFor');
  assertDocumentedError('updateASettingTemplate', await update(id, { user_settings: { call_handling: { business_hours: { type: 3 } } } }), 'youProvidedAnInvalidValueFor300');
  assertDocumentedError('updateASettingTemplate', await update(id, { user_settings: { call_handling: { business_hours: { business_hour_action: 7 } } } }), 'youProvidedAnInvalidValueFor300_2');
  assertDocumentedError('updateASettingTemplate', await update(id, { user_settings: { call_handling: { close_hours: { close_hour_action: 7 } } } }), 'youProvidedAnInvalidValueFor300_3');
  assertDocumentedError('updateASettingTemplate', await update(id, { user_settings: { call_handling: { close_hours: { connect_to_operator: { enable: true, type: 'callQueue', id: 'noext' } } } } }), 'connectToOperatorTypeError');
  assertDocumentedError('updateASettingTemplate', await update(id, { policy: { auto_call_recording: { inbound_audio_notification: { recording_start_prompt: true }, outbound_audio_notification: { recording_start_prompt: false } } } }), 'youDoNotEnableOpFlag');
  assertUndocumentedError(await update(id, { name: ' ' }), 400, 300, 'name must not be empty.');
  assert.deepEqual(await details(id), { id, name: 'Checks', type: 'user' });
});

test("an operator of the template's call handling is an extension of the account of the type given", async () => {
  const [main] = await sites(s);
  const id = await added({ name: 'Operator', type: 'user', site_id: main!.id });
  const users = (await s.api('GET', '/phone/users')).body.users;
  const ada = users.find((u: any) => u.extension_number === 101);
  assertDocumentedError('updateASettingTemplate', await update(id, { user_settings: { call_handling: { business_hours: { connect_to_operator: { enable: true, type: 'callQueue', id: ada.extension_id } } } } }), 'connectToOperatorTypeError');
  const ok = await update(id, { user_settings: { call_handling: { business_hours: { connect_to_operator: { enable: true, type: 'user', id: ada.extension_id } } } } });
  assert.equal(ok.status, 204, JSON.stringify(ok.body));
  assert.equal((await details(id)).user_settings.call_handling.business_hours.connect_to_operator.id, ada.extension_id);
});

test("concurrent updates of different settings of one template all survive", async () => {
  const [main] = await sites(s);
  const id = await added({ name: 'Race', type: 'user', site_id: main!.id });
  const answers = await Promise.all([
    update(id, { policy: { sms: { enable: true } } }),
    update(id, { policy: { voicemail: { enable: false } } }),
    update(id, { profile: { country: 'CA' } }),
  ]);
  assert.deepEqual(answers.map((r) => r.status), [204, 204, 204]);
  const t = await details(id);
  assert.deepEqual([t.policy.sms.enable, t.policy.voicemail.enable, t.profile.country], [true, false, 'CA']);
});

test("a user template applied to a user (updateAUsersProfile's template_id) shows in the user's policy, over the policy sent with it", async () => {
  const [main] = await sites(s);
  const id = await added({ name: 'Recorded', type: 'user', site_id: main!.id });
  assert.equal((await update(id, { policy: { voicemail: { enable: true, allow_transcription: true }, ad_hoc_call_recording: { enable: true, recording_transcription: true } } })).status, 204);
  const users = (await s.api('GET', '/phone/users')).body.users;
  const grace = users.find((u: any) => u.extension_number === 102);
  const applied = await s.api('PATCH', `/phone/users/${grace.id}`, { body: { template_id: id, policy: { voicemail: { enable: false } } } });
  assert.equal(applied.status, 204, JSON.stringify(applied.body));
  const profile = await s.api('GET', `/phone/users/${grace.id}`);
  assert.equal(profile.body.policy.voicemail.enable, true, "the template's value, not the request's");
  assert.equal(profile.body.policy.voicemail.allow_transcription, true);
  assert.equal(profile.body.policy.ad_hoc_call_recording.recording_transcription, true);
  // A template of another type, or one the account lacks, is refused and changes nothing.
  const lobby = (await s.api('GET', PATH)).body.templates.find((t: any) => t.type === 'commonArea').id;
  const wrongType = await s.api('PATCH', `/phone/users/${grace.id}`, { body: { template_id: lobby } });
  assert.equal(wrongType.status, 404);
  assert.equal((await s.api('PATCH', `/phone/users/${grace.id}`, { body: { template_id: 'nothere' } })).status, 404);
});

test("the list pages by next_page_token, with the total", async () => {
  const other = await otherAccount(s, 'st-pages');
  const site = await s.api('POST', '/phone/sites', { token: other.token, body: { name: 'Only', auto_receptionist_name: 'Only AR', default_emergency_address: ADDRESS } });
  assert.equal(site.status, 201);
  const ids = [await added({ name: 'A', type: 'user' }, other.token), await added({ name: 'B', type: 'group' }, other.token), await added({ name: 'C', type: 'zr' }, other.token)];
  const first = await s.api('GET', PATH, { token: other.token, query: { page_size: 2 } });
  assertContract('listSettingTemplates', first);
  assert.equal(first.body.total_records, 3);
  assert.equal(first.body.page_size, 2);
  const second = await s.api('GET', PATH, { token: other.token, query: { page_size: 2, next_page_token: first.body.next_page_token } });
  assert.deepEqual([...first.body.templates, ...second.body.templates].map((t: any) => t.id), ids);
  assert.ok(!second.body.next_page_token);
});
