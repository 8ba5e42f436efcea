// The user-settings family through the HTTP API: a user's profile settings, its
// delegation and the shared line appearances it makes, intercom and shared access
// lists; what leaves them when an extension leaves the directory.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { releaseExtensions } from '../../../src/families/extensions/public.ts';
import { calls, DEMO, directoryEntry, newUser, type TestUser } from './fixtures.ts';

let s: TestServer;
let api: ReturnType<typeof calls>;
before(async () => {
  s = await startServer();
  api = calls(s);
});
after(() => s.close());

type Appearance = { executive: { name: string; extension_number: number }; assistants: { id: string; extension_number: number }[]; privileges: string[] };
const appearanceOf = async (executive: TestUser): Promise<Appearance | undefined> => {
  const all: Appearance[] = (await api.appearances({ page_size: 300 })).body.shared_line_appearances;
  return all.find((a) => a.executive.extension_number === executive.extensionNumber);
};
const assistantIds = async (user: TestUser) => ((await api.get(user.id)).body.delegation?.assistants ?? []).map((a: { id: string }) => a.id);
const release = (user: TestUser) => s.sandbox.db.transaction().execute((trx) => releaseExtensions(trx, DEMO, user.id, 'user'));

test('the demo lists one shared line appearance: one demo user places and answers calls for another', async () => {
  const res = await api.appearances();
  assertContract('listSharedLineAppearances', res);
  assert.equal(res.body.total_records, 1);
  assert.equal(res.body.shared_line_appearances.length, 1);
  assert.deepEqual(res.body.shared_line_appearances[0].privileges, ['place_calls', 'answer_calls']);
  assert.equal(res.body.shared_line_appearances[0].assistants.length, 1);
});

test("a user's settings show its extension, status, site country and documented defaults", async () => {
  const u = await newUser(s);
  const res = await api.get(u.id);
  assertContract('getAUsersProfileSettings', res);
  assert.equal(res.body.extension_number, u.extensionNumber);
  assert.equal(res.body.audio_prompt_language, 'en-US');
  assert.equal(res.body.default_transcription_language, 'en-US');
  assert.deepEqual(res.body.intercom, { audio_intercoms: [] });
  assert.equal(res.body.delegation, undefined);
  const byEmail = await api.get(u.email.toUpperCase());
  assert.deepEqual(byEmail.body, res.body);
});

test('settings of a user that does not exist, or of `me`, are refused', async () => {
  assertDocumentedError('getAUsersProfileSettings', await api.get('nobody-here'), 'userDoesNotExist');
  assertDocumentedError('getAUsersProfileSettings', await api.get('me'), 'invalidUserId');
  assertDocumentedError('updateAUsersProfileSettings', await api.patch('me', {}), 'invalidUserId');
  assertDocumentedError('addAUsersSharedAccessSetting', await api.add('me', 'delegation', {}), 'invalidUserId');
  assertDocumentedError('updateAUsersSharedAccessSetting', await api.update('me', 'delegation', {}), 'invalidUserId');
  const me = await api.remove('me', 'delegation');
  assertDocumentedError('deleteAUsersSharedAccessSetting', me, 'userDoesNotExist');
  assertDocumentedError('updateAUsersProfileSettings', await api.patch('nobody-here', { area_code: '650' }), 'userDoesNotExist');
  assertDocumentedError('addAUsersSharedAccessSetting', await api.add('nobody-here', 'delegation', {}), 'userDoesNotExist');
  assertDocumentedError('updateAUsersSharedAccessSetting', await api.update('nobody-here', 'delegation', {}), 'userDoesNotExist');
  const gone = await api.remove('nobody-here', 'delegation');
  assertDocumentedError('deleteAUsersSharedAccessSetting', gone, 'userDoesNotExist');
});

test('profile settings written by PATCH are shown by GET', async () => {
  const u = await newUser(s);
  const res = await api.patch(u.id, { area_code: '650', audio_prompt_language: 'fr-FR', default_transcription_language: 'de-DE', music_on_hold_id: '0' });
  assert.equal(res.status, 204, JSON.stringify(res.body));
  assertContract('updateAUsersProfileSettings', res);
  const got = await api.get(u.id);
  assertContract('getAUsersProfileSettings', got);
  assert.equal(got.body.area_code, '650');
  assert.equal(got.body.audio_prompt_language, 'fr-FR');
  assert.equal(got.body.default_transcription_language, 'de-DE');
  assert.equal(got.body.music_on_hold_id, '0');
});

test('an outbound caller id the user does not have is refused', async () => {
  const u = await newUser(s);
  assertDocumentedError('updateAUsersProfileSettings', await api.patch(u.id, { outbound_caller_id: '+16505550100' }), 'invalidOutboundCallerId');
});

test('adding a delegation assistant shows it in the settings and as a shared line appearance', async () => {
  const [exec, asst] = [await newUser(s), await newUser(s)];
  const res = await api.add(exec.id, 'delegation', { delegation_assistant_extension_id: asst.extensionId });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  assertContract('addAUsersSharedAccessSetting', res);
  assert.deepEqual(res.body.delegation.assistants.map((a: { id: string }) => a.id), [asst.id]);
  const got = await api.get(exec.email);
  assertContract('getAUsersProfileSettings', got);
  assert.deepEqual(got.body.delegation, {
    assistants: [{ display_name: asst.name, extension_id: asst.extensionId, extension_number: asst.extensionNumber, extension_type: 'user', id: asst.id }],
    privacy: false,
    privileges: [1, 2],
    locked: false,
  });
  const appearance = await appearanceOf(exec);
  assert.deepEqual(appearance, {
    executive: { name: exec.name, extension_number: exec.extensionNumber, extension_type: 'user' },
    assistants: [{ id: asst.id, name: asst.name, extension_number: asst.extensionNumber, extension_type: 'user' }],
    privileges: ['place_calls', 'answer_calls'],
  });
  // The assistant sees the executive's line in its incoming call handling.
  const seen = await api.get(asst.id);
  assert.deepEqual(seen.body.shared_lines_call_setting.shared_line_appearances.executives, [
    { user_id: exec.id, display_name: exec.name, receive_calls: true, allow_opt_out: false },
  ]);
});

test('a delegation assistant must be given, exist, and be a user or a common area', async () => {
  const exec = await newUser(s);
  assertDocumentedError('addAUsersSharedAccessSetting', await api.add(exec.id, 'delegation', {}), 'delegationAssistantIsRequired');
  assertDocumentedError('addAUsersSharedAccessSetting', await api.add(exec.id, 'delegation', { delegation_assistant_extension_id: 'no-such-ext' }), 'userDelegationAssistantDoesNotExist');
  const queue = await directoryEntry(s, 'callQueue');
  assertDocumentedError('addAUsersSharedAccessSetting', await api.add(exec.id, 'delegation', { delegation_assistant_extension_id: queue }), 'delegationAssistantIsNotAUser');
  assertUndocumentedError(await api.add(exec.id, 'delegation', { delegation_assistant_extension_id: exec.extensionId }), 400, 300, 'A user cannot be their own delegation assistant.');
  assertDocumentedError('addAUsersSharedAccessSetting', await api.add(exec.id, 'desk_phone', {}), 'invalidUserSubSettingType');
  assert.equal(await appearanceOf(exec), undefined);
});

test('a common area of the directory may assist; privileges run 1..8, 0 and 9 are refused', async () => {
  const exec = await newUser(s);
  const room = await directoryEntry(s, 'commonArea');
  const res = await api.add(exec.id, 'delegation', { delegation_assistant_extension_id: room });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  assert.equal(res.body.delegation.assistants[0].extension_type, 'commonArea');
  assert.equal((await api.update(exec.id, 'delegation', { delegation: { privileges: [1, 8] } })).status, 204);
  for (const bad of [0, 9]) {
    const refused = await api.update(exec.id, 'delegation', { delegation: { privileges: [1, bad] } });
    assert.equal(refused.status, 400, JSON.stringify(refused.body));
    assert.equal(refused.body.code, 300);
  }
  assert.deepEqual((await appearanceOf(exec))?.privileges, ['place_calls', 'reply_to_sms']);
});

test('concurrent adds of the same assistant leave it once', async () => {
  const [exec, asst] = [await newUser(s), await newUser(s)];
  const body = { delegation_assistant_extension_id: asst.extensionId };
  const answers = await Promise.all([api.add(exec.id, 'delegation', body), api.add(exec.id, 'delegation', body), api.add(exec.id, 'delegation', body)]);
  assert.equal(answers.filter((r) => r.status === 201).length, 1, JSON.stringify(answers.map((r) => [r.status, r.body])));
  for (const r of answers.filter((x) => x.status !== 201)) assertUndocumentedError(r, 400, 300, `Delegation assistant already exists: ${asst.extensionId}.`);
  assert.deepEqual(await assistantIds(exec), [asst.id]);
});

test("updating the delegation's privileges, privacy and lock shows in the settings and the appearance", async () => {
  const [exec, asst] = [await newUser(s), await newUser(s)];
  await api.add(exec.id, 'delegation', { delegation_assistant_extension_id: asst.extensionId });
  const res = await api.update(exec.id, 'delegation', { delegation: { privileges: [1, 3, 5, 8], privacy: true, locked: true } });
  assert.equal(res.status, 204, JSON.stringify(res.body));
  assertContract('updateAUsersSharedAccessSetting', res);
  const got = await api.get(exec.id);
  assertContract('getAUsersProfileSettings', got);
  assert.deepEqual(got.body.delegation.privileges, [1, 3, 5]);
  assert.equal(got.body.delegation.privacy, true);
  assert.equal(got.body.delegation.locked, true);
  assert.deepEqual((await appearanceOf(exec))?.privileges, ['place_calls', 'pickup_hold_calls', 'reply_to_sms']);
});

test('delegation updates: privileges must be a non-empty list without repeats; a delegation must exist; the setting type must be known', async () => {
  const [exec, asst, lone] = [await newUser(s), await newUser(s), await newUser(s)];
  await api.add(exec.id, 'delegation', { delegation_assistant_extension_id: asst.extensionId });
  assertDocumentedError('updateAUsersSharedAccessSetting', await api.update(exec.id, 'delegation', { delegation: { privileges: [] } }), 'delegationPrivilegesError');
  assertDocumentedError('updateAUsersSharedAccessSetting', await api.update(exec.id, 'delegation', { delegation: { privileges: [1, 1] } }), 'delegationPrivilegesError');
  assertDocumentedError('updateAUsersSharedAccessSetting', await api.update(lone.id, 'delegation', { delegation: { privileges: [1] } }), 'delegationAssistantsDoNotExist');
  assertDocumentedError('updateAUsersSharedAccessSetting', await api.update(exec.id, 'nonsense', {}), 'invalidUserSettingType');
  assert.deepEqual((await api.get(exec.id)).body.delegation.privileges, [1, 2]);
});

test("an assistant opts out of receiving the executive's calls only with the opt in/out privilege", async () => {
  const [exec, asst] = [await newUser(s), await newUser(s)];
  await api.add(exec.id, 'delegation', { delegation_assistant_extension_id: asst.extensionId });
  const optOut = { shared_lines_call_setting: { shared_line_appearances: { executives: [{ user_id: exec.id, receive_calls: false }] } } };
  assertDocumentedError('updateAUsersProfileSettings', await api.patch(asst.id, optOut), 'userCannotDisableReceivingIncomingCalls');
  await api.update(exec.id, 'delegation', { delegation: { privileges: [1, 2, 5] } });
  assert.equal((await api.patch(asst.id, optOut)).status, 204);
  assert.deepEqual((await api.get(asst.id)).body.shared_lines_call_setting.shared_line_appearances.executives, [
    { user_id: exec.id, display_name: exec.name, receive_calls: false, allow_opt_out: true },
  ]);
  const stranger = await newUser(s);
  assertUndocumentedError(await api.patch(stranger.id, optOut), 400, 300, `User ${stranger.id} is not an assistant of executive ${exec.id}.`);
});

test('removing an assistant removes its appearance; the delegation goes with its last assistant', async () => {
  const [exec, a, b] = [await newUser(s), await newUser(s), await newUser(s)];
  await api.add(exec.id, 'delegation', { delegation_assistant_extension_id: a.extensionId });
  await api.add(exec.id, 'delegation', { delegation_assistant_extension_id: b.extensionId });
  const removed = await api.remove(exec.id, 'delegation', { assistant_extension_id: a.extensionId });
  assert.equal(removed.status, 204);
  assertContract('deleteAUsersSharedAccessSetting', removed);
  assert.deepEqual(await assistantIds(exec), [b.id]);
  assert.equal((await api.remove(exec.id, 'delegation')).status, 204);
  assert.equal((await api.get(exec.id)).body.delegation, undefined);
  assert.equal(await appearanceOf(exec), undefined);
  const unknownType = await api.remove(exec.id, 'desk_phone');
  assertDocumentedError('deleteAUsersSharedAccessSetting', unknownType, 'invalidUserSubSettingType');
});

test("an assistant whose extension leaves the directory leaves the delegation; an executive's settings go with its extension", async () => {
  const [exec, a, b] = [await newUser(s), await newUser(s), await newUser(s)];
  await api.add(exec.id, 'delegation', { delegation_assistant_extension_id: a.extensionId });
  await api.add(exec.id, 'delegation', { delegation_assistant_extension_id: b.extensionId });
  await api.add(b.id, 'voice_mail', { voicemail_access_members: [{ access_user_id: a.id }] });
  await release(a);
  assert.deepEqual(await assistantIds(exec), [b.id]);
  assert.deepEqual((await api.get(b.id)).body.voice_mail, []);
  await release(exec);
  assert.equal(await appearanceOf(exec), undefined);
});

test('voicemail access members are added, changed by shared_id and removed', async () => {
  const [owner, m1, m2] = [await newUser(s), await newUser(s), await newUser(s)];
  const res = await api.add(owner.id, 'voice_mail', { voicemail_access_members: [{ access_user_id: m1.id, allow_download: true }, { access_user_id: m2.email }] });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  assertContract('addAUsersSharedAccessSetting', res);
  const [first, second] = res.body.voicemail_access_members;
  assert.deepEqual([first.access_user_id, first.allow_download, second.access_user_id], [m1.id, true, m2.id]);
  assert.equal((await api.update(owner.id, 'voice_mail', { voicemail_access_members: [{ shared_id: second.shared_id, allow_delete: true }] })).status, 204);
  const got = await api.get(owner.id);
  assert.deepEqual(got.body.voice_mail, [
    { access_user_id: m1.id, access_user_type: 'user', delete: false, download: true, shared_id: first.shared_id },
    { access_user_id: m2.id, access_user_type: 'user', delete: true, download: false, shared_id: second.shared_id },
  ]);
  assert.equal((await api.remove(owner.id, 'voice_mail', { shared_id: first.shared_id })).status, 204);
  assert.deepEqual((await api.get(owner.id)).body.voice_mail.map((v: { shared_id: string }) => v.shared_id), [second.shared_id]);
});

test('a voicemail member shared twice is refused and a refused list adds none of its members', async () => {
  const [owner, m1, m2] = [await newUser(s), await newUser(s), await newUser(s)];
  await api.add(owner.id, 'voice_mail', { voicemail_access_members: [{ access_user_id: m1.id }] });
  const res = await api.add(owner.id, 'voice_mail', { voicemail_access_members: [{ access_user_id: m2.id }, { access_user_id: m1.id }] });
  assertDocumentedError('addAUsersSharedAccessSetting', res, 'voicemailHasAlreadyBeenSharedTo');
  assert.deepEqual((await api.get(owner.id)).body.voice_mail.map((v: { access_user_id: string }) => v.access_user_id), [m1.id]);
  const unknown = await api.add(owner.id, 'voice_mail', { voicemail_access_members: [{ access_user_id: m2.id }, { access_user_id: 'ghost' }] });
  assertUndocumentedError(unknown, 400, 300, 'Access user does not exist: ghost.');
  assert.deepEqual((await api.get(owner.id)).body.voice_mail.map((v: { access_user_id: string }) => v.access_user_id), [m1.id]);
});

test('an access member is changed and removed by a shared_id the user holds', async () => {
  const [owner, m] = [await newUser(s), await newUser(s)];
  await api.add(owner.id, 'voice_mail', { voicemail_access_members: [{ access_user_id: m.id }] });
  assertUndocumentedError(await api.update(owner.id, 'voice_mail', { voicemail_access_members: [{ allow_delete: true }] }), 400, 300, 'shared_id is required.');
  assertUndocumentedError(await api.update(owner.id, 'voice_mail', { voicemail_access_members: [{ shared_id: 'nope', allow_delete: true }] }), 404, 300, 'Shared access setting does not exist: nope.');
  assertUndocumentedError(await api.remove(owner.id, 'voice_mail'), 400, 300, 'One of assistant_extension_id, intercom_extension_id or shared_id is required.');
  assertUndocumentedError(await api.remove(owner.id, 'voice_mail', { shared_id: 'nope' }), 404, 300, 'Shared access setting does not exist: nope.');
  assert.deepEqual((await api.get(owner.id)).body.voice_mail.map((v: { access_user_id: string; delete: boolean }) => [v.access_user_id, v.delete]), [[m.id, false]]);
});

test('call recording access members are kept per list', async () => {
  const [owner, m] = [await newUser(s), await newUser(s)];
  const auto = await api.add(owner.id, 'auto_call_recording', { auto_call_recording_access_members: [{ access_user_id: m.id, allow_delete: true }] });
  assertContract('addAUsersSharedAccessSetting', auto);
  const adHoc = await api.add(owner.id, 'ad_hoc_call_recording', { ad_hoc_call_recording_access_members: [{ access_user_id: m.id }] });
  assertContract('addAUsersSharedAccessSetting', adHoc);
  const got = (await api.get(owner.id)).body;
  assert.deepEqual(got.auto_call_recording_access_members, [{ access_user_id: m.id, allow_delete: true, allow_download: false, shared_id: auto.body.auto_call_recording_access_members[0].shared_id }]);
  assert.deepEqual(got.ad_hoc_call_recording_access_members, [{ access_user_id: m.id, allow_delete: false, allow_download: false, shared_id: adHoc.body.ad_hoc_call_recording_access_members[0].shared_id }]);
  assertUndocumentedError(await api.add(owner.id, 'auto_call_recording', { auto_call_recording_access_members: [{ access_user_id: m.id }] }), 400, 300, 'Call recording has already been shared to the user.');
});

test('intercom invitations are added by PATCH and removed by DELETE', async () => {
  const [u, other] = [await newUser(s), await newUser(s)];
  assert.equal((await api.update(u.id, 'intercom', { intercom: { extension_id: other.extensionId } })).status, 204);
  const got = await api.get(u.id);
  assertContract('getAUsersProfileSettings', got);
  assert.deepEqual(got.body.intercom.audio_intercoms, [
    { extension_id: other.extensionId, extension_number: String(other.extensionNumber), extension_type: 'user', display_name: other.name, status: 'active' },
  ]);
  assertUndocumentedError(await api.update(u.id, 'intercom', { intercom: { extension_id: 'nope' } }), 400, 300, 'Intercom extension does not exist: nope.');
  assert.equal((await api.remove(u.id, 'intercom', { intercom_extension_id: other.extensionId })).status, 204);
  assert.deepEqual((await api.get(u.id)).body.intercom.audio_intercoms, []);
});

test('shared line appearances page by next_page_token', async () => {
  for (let i = 0; i < 2; i++) {
    const [exec, asst] = [await newUser(s), await newUser(s)];
    await api.add(exec.id, 'delegation', { delegation_assistant_extension_id: asst.extensionId });
  }
  const first = await api.appearances({ page_size: 1 });
  assertContract('listSharedLineAppearances', first);
  assert.equal(first.body.shared_line_appearances.length, 1);
  assert.ok(first.body.next_page_token);
  const second = await api.appearances({ page_size: 1, next_page_token: first.body.next_page_token });
  assert.equal(second.body.shared_line_appearances.length, 1);
  assert.notDeepEqual(second.body.shared_line_appearances[0], first.body.shared_line_appearances[0]);
});
