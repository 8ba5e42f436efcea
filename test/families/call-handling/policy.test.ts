// A user's call handling holds to the user's policy as its site or it changed it
// (through PATCH /phone/users/{userId} and /phone/sites/{siteId}): forwarding to
// external numbers, overflow and its restriction, voicemail. Each documented
// refusal, that it changes nothing, and the case the policy allows; a setting
// nobody changed refuses nothing (the pages give it no default).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError } from '../../support/contract.ts';
import { ADDRESS, addUser, DEMO, sites } from '../../support/org.ts';
import { OPEN, policyOf, setPolicy } from './policy.ts';

let s: TestServer;
let siteId: string;
let receptionist: string;

before(async () => {
  s = await startServer();
  siteId = (await sites(s))[0]!.id;
  const rows = await s.sandbox.db.selectFrom('extensions').select(['id', 'kind']).where('account_id', '=', DEMO).orderBy('seq').execute();
  receptionist = rows.find((r) => r.kind === 'autoReceptionist')!.id;
});
after(() => s.close());

const path = (ext: string, type: string) => `/phone/extension/${ext}/call_handling/settings/${type}`;
const add = (ext: string, type: string, body: unknown) => s.api('POST', path(ext, type), { body });
const patch = (ext: string, type: string, settings: Record<string, unknown>) => s.api('PATCH', path(ext, type), { body: { sub_setting_type: 'call_handling', settings } });

/** A new user of the demo account with the policy given (over everything allowed): its id and extension. */
async function user(policy: Record<string, unknown> = {}): Promise<{ id: string; ext: string }> {
  const id = await addUser(s, { siteId });
  await setPolicy(s, id, { ...OPEN, ...policy });
  const got = await s.api('GET', `/phone/users/${id}`);
  assert.equal(got.status, 200, JSON.stringify(got.body));
  return { id, ext: got.body.extension_id };
}

async function settings(ext: string) {
  const res = await s.api('GET', `/phone/extension/${ext}/call_handling/settings`);
  assertContract('getCallHandlingSettings', res);
  return res.body;
}
const closed = async (ext: string) => (await settings(ext)).closed_hours.find((i: any) => i.sub_setting_type === 'call_handling').settings;

async function allowed(ext: string, type: string, settings: Record<string, unknown>): Promise<void> {
  const res = await patch(ext, type, settings);
  assert.equal(res.status, 204, JSON.stringify(res.body));
  assertContract('updateACallHandlingSetting', res);
}

const queueExtension = async (): Promise<string> => {
  const res = await s.api('POST', '/phone/call_queues', { body: { name: `Policy queue ${Math.random().toString(36).slice(2, 8)}`, site_id: siteId } });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return (await s.api('GET', `/phone/call_queues/${res.body.id}`)).body.extension_id;
};

test('a user whose policy does not allow forwarding to external numbers cannot add one; once allowed it can', async () => {
  const u = await user({ forwarding_to_external_numbers: false });
  assert.equal((await policyOf(s, u.id)).forwarding_to_external_numbers, false);
  for (const period of ['business_hours', 'closed_hours']) {
    const res = await add(u.ext, period, { sub_setting_type: 'call_forwarding', settings: { phone_number: '+16505550171' } });
    assertDocumentedError('addACallHandlingSetting', res, 'requestFailedBecauseTheCallForwarding');
  }
  const none = await settings(u.ext);
  assert.deepEqual(none.business_hours.find((i: any) => i.sub_setting_type === 'call_forwarding').settings.call_forwarding_settings, []);

  await setPolicy(s, u.id, { forwarding_to_external_numbers: true });
  const res = await add(u.ext, 'business_hours', { sub_setting_type: 'call_forwarding', settings: { phone_number: '+16505550171' } });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  assertContract('addACallHandlingSetting', res);
  const got = await settings(u.ext);
  assert.deepEqual(got.business_hours.find((i: any) => i.sub_setting_type === 'call_forwarding').settings.call_forwarding_settings.map((f: any) => f.id), [res.body.call_forwarding_id]);
  // Holidays are no forwarding: a holiday is added whatever the policy.
  await setPolicy(s, u.id, { forwarding_to_external_numbers: false });
  const holiday = await add(u.ext, 'holiday_hours', { sub_setting_type: 'holiday', settings: { name: 'Policy day', from: '2027-01-01T00:00:00Z', to: '2027-01-02T00:00:00Z' } });
  assert.equal(holiday.status, 201, JSON.stringify(holiday.body));
});

test("a user whose overflow policy is disabled forwards its calls nowhere but keeps voicemail; enabled, it forwards", async () => {
  const target = await user();
  const u = await user({ call_overflow: { enable: false } });
  assert.equal((await policyOf(s, u.id)).call_overflow.enable, false);
  const before = await closed(u.ext);
  const refusals = [
    { call_not_answer_action: 2, forward_to_extension_id: target.ext },
    { call_not_answer_action: 10, phone_number: '+16505550172' },
    { busy_on_another_call_action: 2, busy_forward_to_extension_id: target.ext },
    { busy_on_another_call_action: 10, busy_phone_number: '+16505550172' },
  ];
  for (const settings of refusals) assertDocumentedError('updateACallHandlingSetting', await patch(u.ext, 'closed_hours', settings), 'failedToOverflowToExtensionSince');
  assertDocumentedError('updateACallHandlingSetting', await patch(u.ext, 'business_hours', { call_not_answer_action: 7, forward_to_extension_id: await queueExtension() }), 'failedToOverflowToExtensionSince');
  assert.deepEqual(await closed(u.ext), before);
  await allowed(u.ext, 'closed_hours', { call_not_answer_action: 1, busy_on_another_call_action: 22 });

  await setPolicy(s, u.id, { call_overflow: { enable: true, call_overflow_type: 4 } });
  await allowed(u.ext, 'closed_hours', { call_not_answer_action: 2, forward_to_extension_id: target.ext, busy_on_another_call_action: 10, busy_phone_number: '+16505550172' });
  const after = await closed(u.ext);
  assert.equal(after.routing.forward_to.extension_id, target.ext);
  assert.deepEqual(after.busy_routing.forward_to, { phone_number: '+16505550172' });
});

test('a low overflow restriction refuses external numbers only', async () => {
  const target = await user();
  const u = await user({ call_overflow: { enable: true, call_overflow_type: 1 } });
  assert.equal((await policyOf(s, u.id)).call_overflow.call_overflow_type, 1);
  const before = await closed(u.ext);
  assertDocumentedError('updateACallHandlingSetting', await patch(u.ext, 'closed_hours', { call_not_answer_action: 10, phone_number: '+16505550173' }), 'failedToOverflowToExternalNumber');
  assertDocumentedError('updateACallHandlingSetting', await patch(u.ext, 'closed_hours', { busy_on_another_call_action: 10, busy_phone_number: '+16505550173' }), 'failedToOverflowToExternalNumber');
  assert.deepEqual(await closed(u.ext), before);
  await allowed(u.ext, 'closed_hours', { call_not_answer_action: 2, forward_to_extension_id: target.ext });
  assert.equal((await closed(u.ext)).routing.forward_to.extension_id, target.ext);
});

test('a medium overflow restriction refuses external numbers and external contacts', async () => {
  const target = await user();
  const u = await user({ call_overflow: { enable: true, call_overflow_type: 2 } });
  const before = await closed(u.ext);
  assertDocumentedError('updateACallHandlingSetting', await patch(u.ext, 'closed_hours', { call_not_answer_action: 9, forward_to_extension_id: 'someExternalContact' }), 'failedToOverflowToExternalContact');
  assertDocumentedError('updateACallHandlingSetting', await patch(u.ext, 'closed_hours', { call_not_answer_action: 10, phone_number: '+16505550174' }), 'failedToOverflowToExternalNumber');
  assert.deepEqual(await closed(u.ext), before);
  await allowed(u.ext, 'closed_hours', { call_not_answer_action: 2, forward_to_extension_id: target.ext });
  assert.equal((await closed(u.ext)).routing.forward_to.extension_id, target.ext);
});

test('a high overflow restriction lets a user forward only to extensions that record their inbound calls', async () => {
  const unrecorded = await user();
  const outbound = await user({ auto_call_recording: { enable: true, recording_calls: 'outbound' } });
  const inbound = await user({ auto_call_recording: { enable: true, recording_calls: 'inbound' } });
  const both = await user({ auto_call_recording: { enable: true, recording_calls: 'both' } });
  assert.equal((await policyOf(s, inbound.id)).auto_call_recording.recording_calls, 'inbound');
  const u = await user({ call_overflow: { enable: true, call_overflow_type: 3 } });
  const before = await closed(u.ext);
  const refused = async (settings: Record<string, unknown>, error: 'failedToOverflowToInternalExtension' | 'failedToOverflowToExternalNumber' | 'failedToOverflowToExternalContact') =>
    assertDocumentedError('updateACallHandlingSetting', await patch(u.ext, 'closed_hours', settings), error);
  await refused({ call_not_answer_action: 2, forward_to_extension_id: unrecorded.ext }, 'failedToOverflowToInternalExtension');
  await refused({ call_not_answer_action: 2, forward_to_extension_id: outbound.ext }, 'failedToOverflowToInternalExtension');
  await refused({ busy_on_another_call_action: 2, busy_forward_to_extension_id: unrecorded.ext }, 'failedToOverflowToInternalExtension');
  await refused({ call_not_answer_action: 7, forward_to_extension_id: await queueExtension() }, 'failedToOverflowToInternalExtension');
  await refused({ call_not_answer_action: 10, phone_number: '+16505550175' }, 'failedToOverflowToExternalNumber');
  await refused({ call_not_answer_action: 9, forward_to_extension_id: 'someExternalContact' }, 'failedToOverflowToExternalContact');
  assert.deepEqual(await closed(u.ext), before);

  await allowed(u.ext, 'closed_hours', { call_not_answer_action: 2, forward_to_extension_id: inbound.ext, busy_on_another_call_action: 2, busy_forward_to_extension_id: both.ext });
  const after = await closed(u.ext);
  assert.equal(after.routing.forward_to.extension_id, inbound.ext);
  assert.equal(after.busy_routing.forward_to.extension_id, both.ext);
});

test("a user whose voicemail policy is disabled cannot send calls to voicemail; enabled, it can", async () => {
  const u = await user({ voicemail: { enable: false } });
  assert.equal((await policyOf(s, u.id)).voicemail.enable, false);
  await allowed(u.ext, 'closed_hours', { call_not_answer_action: 11 });
  const before = await closed(u.ext);
  for (const settings of [{ call_not_answer_action: 1 }, { busy_on_another_call_action: 1 }, { voicemail_greeting_id: 'g1' }]) {
    assertDocumentedError('updateACallHandlingSetting', await patch(u.ext, 'closed_hours', settings), 'extensionsVoicemailPolicyIsDisabled');
  }
  assert.deepEqual(await closed(u.ext), before);

  await setPolicy(s, u.id, { voicemail: { enable: true } });
  await allowed(u.ext, 'closed_hours', { call_not_answer_action: 1, voicemail_greeting_id: 'g1' });
  assert.equal((await closed(u.ext)).routing.action, 1);
});

test('the other extension kinds have no user policy: an auto receptionist forwards to a number and to voicemail', async () => {
  await allowed(receptionist, 'closed_hours', { call_not_answer_action: 10, phone_number: '+16505550176' });
  assert.deepEqual((await closed(receptionist)).routing.forward_to, { phone_number: '+16505550176' });
  await allowed(receptionist, 'closed_hours', { call_not_answer_action: 1 });
});

test('a setting nobody changed refuses nothing; one the site turns off holds its users until a user turns it on', async () => {
  const fresh = await addUser(s, { siteId });
  const ext = (await s.api('GET', `/phone/users/${fresh}`)).body.extension_id as string;
  await allowed(ext, 'closed_hours', { call_not_answer_action: 10, phone_number: '+16505550191' });
  await allowed(ext, 'closed_hours', { call_not_answer_action: 1 });
  const forwarded = await add(ext, 'closed_hours', { sub_setting_type: 'call_forwarding', settings: { phone_number: '+16505550192' } });
  assertContract('addACallHandlingSetting', forwarded);

  const site = await s.api('POST', '/phone/sites', { body: { name: 'Voicemail-less', auto_receptionist_name: 'Quiet Desk', default_emergency_address: ADDRESS } });
  assertContract('createAPhoneSite', site);
  const onSite = await addUser(s, { siteId: site.body.id });
  const siteExt = (await s.api('GET', `/phone/users/${onSite}`)).body.extension_id as string;
  assert.equal((await s.api('PATCH', `/phone/sites/${site.body.id}`, { body: { policy: { voicemail: { enable: false } } } })).status, 204);
  assertDocumentedError('updateACallHandlingSetting', await patch(siteExt, 'closed_hours', { call_not_answer_action: 1 }), 'extensionsVoicemailPolicyIsDisabled');
  await setPolicy(s, onSite, { voicemail: { enable: true } });
  await allowed(siteExt, 'closed_hours', { call_not_answer_action: 1 });
});
