import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError, operation } from '../../support/contract.ts';
import { ADDRESS, SUB, addNumber, addUser, sites, tokenFor } from '../../support/org.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

let serial = 0;
const email = () => `batch-${++serial}-${Math.random().toString(36).slice(2, 6)}@org.test`;
const profile = (id: string, token?: string) => s.api('GET', `/phone/users/${id}`, { token });
const patchUser = (id: string, body: unknown, token?: string) => s.api('PATCH', `/phone/users/${id}`, { token, body });
const userCount = async () => (await s.api('GET', '/phone/users', { query: { page_size: 1 } })).body.total_records;
const listed = async (id: string, query: Record<string, string | number> = {}) =>
  (await s.api('GET', '/phone/users', { query: { page_size: 300, ...query } })).body.users.find((u: { id: string }) => u.id === id);

async function indiaSite(): Promise<string> {
  const created = await s.api('POST', '/phone/sites', {
    body: {
      name: `Pune ${++serial}`,
      auto_receptionist_name: 'Pune Desk',
      default_emergency_address: { ...ADDRESS, country: 'IN', state_code: 'MH', city: 'Pune', zip: '411001' },
      india_state_code: 'MH',
      india_city: 'Pune',
      india_entity_name: 'Demo India',
    },
  });
  assertContract('createAPhoneSite', created);
  return created.body.id;
}

test('PATCH changes the extension, site, emergency address and policy, and GET shows them', async () => {
  const [main, denver] = await sites(s);
  const user = await addUser(s, { siteId: main.id });
  const number = await addNumber(s, { siteId: main.id, assignee: user });
  const site = await s.api('GET', `/phone/sites/${denver.id}`);
  const res = await patchUser(user, {
    extension_number: '200555',
    site_id: denver.id,
    emergency_address_id: site.body.default_emergency_address.id,
    policy: { international_calling: true, sms: { enable: false } },
  });
  assertContract('updateAUsersProfile', res);
  const got = await profile(user);
  assertContract('getAUsersProfile', got);
  assert.equal(got.body.id, user);
  assert.equal(got.body.extension_number, 200555);
  assert.equal(got.body.site_id, denver.id);
  assert.equal(got.body.site_admin, false);
  const { is_default: _default, level: _level, status: _status, ...address } = site.body.default_emergency_address;
  assert.deepEqual(got.body.emergency_address, address);
  assert.equal(got.body.policy.international_calling, true);
  assert.equal(got.body.policy.sms.enable, false);
  // The user's numbers go with the user to the new site.
  assert.deepEqual(got.body.phone_numbers, [{ id: number.id, number: number.number }]);
  assert.equal((await s.api('GET', `/phone/numbers/${number.id}`)).body.site.id, denver.id);
  const list = await s.api('GET', '/phone/users', { query: { site_id: denver.id, page_size: 300 } });
  assertContract('listPhoneUsers', list);
  const row = list.body.users.find((u: { id: string }) => u.id === user);
  assert.deepEqual([row.extension_number, row.site, row.extension_id, row.phone_user_id], [200555, { id: denver.id, name: denver.name }, got.body.extension_id, got.body.phone_user_id]);
});

test("{userId} may be the user's email; an email of another account is not found", async () => {
  const [main] = await sites(s);
  const user = await addUser(s, { siteId: main.id });
  await tokenFor(s, 'org-email-other', true);
  const other = await addUser(s, { accountId: 'org-email-other' });
  const mine = (await profile(user)).body.email;
  const byEmail = await profile(mine.toUpperCase());
  assertContract('getAUsersProfile', byEmail);
  assert.equal(byEmail.body.id, user);
  assert.equal(byEmail.body.email, mine);
  const theirs = `${other}@org.test`;
  assertDocumentedError('getAUsersProfile', await profile(theirs), 'userDoesNotExist');
  assertDocumentedError('getAUsersProfile', await profile('nobody'), 'userDoesNotExist');
});

test('`me` names no user of a Server-to-Server app: Invalid user id', async () => {
  assertDocumentedError('getAUsersProfile', await profile('me'), 'invalidUserId');
  assertDocumentedError('updateAUsersProfile', await patchUser('me', { extension_number: '100123' }), 'invalidUserId');
  assertDocumentedError('assignCallingPlanToAUser', await s.api('POST', '/phone/users/me/calling_plans', { body: { calling_plans: [{ type: 100 }] } }), 'invalidUserId');
  assertDocumentedError('unassignUsersCallingPlan', await s.api('DELETE', '/phone/users/me/calling_plans/100'), 'invalidUserId');
});

test('PATCH refuses an extension another user holds, an unknown site, address or template, and an unknown user', async () => {
  const taken = await addUser(s, { extension: 30111 });
  const user = await addUser(s, { extension: 30112 });
  const dup = await patchUser(user, { extension_number: '30111' });
  assertUndocumentedError(dup, 409, 409, 'Extension number 30111 is already in use.');
  assert.equal((await profile(user)).body.extension_number, 30112);
  assert.equal((await profile(taken)).body.extension_number, 30111);
  assertUndocumentedError(await patchUser(user, { site_id: 'nope', extension_number: '30113' }), 404, 404, 'Site does not exist.');
  assertUndocumentedError(await patchUser(user, { extension_number: '30a13' }), 400, 300, 'Invalid extension number.');
  assertUndocumentedError(await patchUser(user, { emergency_address_id: 'nope' }), 400, 300, 'Emergency address does not exist.');
  assertUndocumentedError(await patchUser(user, { template_id: 'tpl-1', policy: { sms: { enable: false } } }), 404, 404, 'Template is invalid');
  const after = await profile(user);
  assert.deepEqual([after.body.extension_number, after.body.site_id, after.body.policy.sms.enable], [30112, undefined, true]);
  assertDocumentedError('updateAUsersProfile', await patchUser('nobody', { extension_number: '1' }), 'userDoesNotExist');
});

test("an extension is complete: the site's code and a short extension of the site's length", async () => {
  const [main, denver] = await sites(s);
  const user = await addUser(s, { siteId: main.id });
  const incomplete = 'Invalid extension number. On this site an extension is the site code (100) followed by a short extension of 3 digits.';
  assertUndocumentedError(await patchUser(user, { extension_number: '555' }), 400, 300, incomplete);
  assertUndocumentedError(await patchUser(user, { extension_number: '1005555' }), 400, 300, incomplete);
  assertUndocumentedError(await patchUser(user, { extension_number: '200555' }), 400, 300, incomplete);
  assertContract('updateAUsersProfile', await patchUser(user, { extension_number: '100555' }));
  // With a move, the number is judged on the site the user goes to.
  assertUndocumentedError(
    await patchUser(user, { site_id: denver.id, extension_number: '100556' }),
    400,
    300,
    'Invalid extension number. On this site an extension is the site code (200) followed by a short extension of 3 digits.',
  );
  assertContract('updateAUsersProfile', await patchUser(user, { site_id: denver.id, extension_number: '200556' }));
  assert.deepEqual([(await profile(user)).body.extension_number, (await profile(user)).body.site_id], [200556, denver.id]);
  // A site without a code: the short extension alone, of its length.
  const plain = await s.api('POST', '/phone/sites', { body: { name: 'No Code', auto_receptionist_name: 'Desk', short_extension: { length: 4 }, default_emergency_address: ADDRESS } });
  const other = await addUser(s, { siteId: plain.body.id });
  assertUndocumentedError(
    await patchUser(other, { extension_number: '555' }),
    400,
    300,
    'Invalid extension number. On this site an extension is the site code (none) followed by a short extension of 4 digits.',
  );
  assertContract('updateAUsersProfile', await patchUser(other, { extension_number: '5555' }));
  assert.equal((await profile(other)).body.extension_number, 5555);
});

test("a new user shows every documented policy setting, its site's until it changes one", async () => {
  const [, , london] = await sites(s);
  const user = await addUser(s, { siteId: london.id });
  const fresh = await profile(user);
  assertContract('getAUsersProfile', fresh);
  const documented = (operation('getAUsersProfile').responseSchemas['200'] as any).properties.policy.properties;
  const shown = Object.keys(fresh.body.policy).sort();
  // Settings with something to show: the access member lists have no value until members are shared.
  assert.deepEqual(shown, Object.keys(documented).filter((k) => !k.endsWith('_access_members')).sort());
  // Nothing changed at the site: the account's document (the demo account locked switching to the carrier).
  assert.deepEqual([fresh.body.policy.delegation, fresh.body.policy.voicemail_transcription.modified, fresh.body.policy.sms.enable], [true, false, true]);
  assert.deepEqual(fresh.body.policy.mobile_switch_to_carrier, { enable: false, locked: true, locked_by: 'account' });

  assertContract('updatePhoneSiteDetails', await s.api('PATCH', `/phone/sites/${london.id}`, { body: { policy: { sms: { enable: false, locked: true }, delegation: { enable: false }, voicemail_transcription: { enable: false } } } }));
  let got = (await profile(user)).body.policy;
  assert.deepEqual(got.sms, { enable: false, locked: true, locked_by: 'site', allow_copy: false, allow_paste: false, international_sms: false });
  assert.equal(got.delegation, false, "the site's { enable } is the user's boolean");
  assert.deepEqual(got.voicemail_transcription, { enable: false, locked: false, modified: false });

  assertContract('updateAUsersProfile', await patchUser(user, { policy: { voicemail_transcription: { enable: true }, delegation: true } }));
  got = (await profile(user)).body.policy;
  assert.deepEqual([got.voicemail_transcription, got.delegation], [{ enable: true, locked: false, modified: true }, true]);
  assertContract('updateAUsersProfile', await patchUser(user, { policy: { voicemail_transcription: { reset: true } } }));
  assert.deepEqual((await profile(user)).body.policy.voicemail_transcription, { enable: false, locked: false, modified: false });
  // What the site or the account locked is not the user's to change; nothing else of that PATCH happens.
  const before = (await profile(user)).body;
  assertUndocumentedError(await patchUser(user, { policy: { sms: { enable: true } }, extension_number: '300999' }), 400, 400, 'Policy locked: sms.');
  assertUndocumentedError(await patchUser(user, { policy: { mobile_switch_to_carrier: { enable: true } } }), 400, 400, 'Policy locked: mobile_switch_to_carrier.');
  assert.deepEqual((await profile(user)).body, before);
  // Another user of the site changed nothing and shows the site's.
  const neighbour = await addUser(s, { siteId: london.id });
  assert.equal((await profile(neighbour)).body.policy.delegation, false);
});

test('a PATCH keeps every documented policy key, e2e encryption and call park forwarding included', async () => {
  const [main] = await sites(s);
  const user = await addUser(s, { siteId: main.id });
  const target = await addUser(s, { siteId: main.id });
  const targetRow = await listed(target);
  const policy = {
    e2e_encryption: { enable: true },
    call_park: { enable: true, call_not_picked_up_action: 50, expiration_period: 5, forward_to_extension_id: targetRow.extension_id },
    ad_hoc_call_recording: { enable: true, recording_start_prompt: true, play_recording_beep_tone: { enable: true, play_beep_volume: 60, play_beep_time_interval: 15, play_beep_member: 'allMember' } },
    zoom_phone_on_desktop: { enable: true, allow_calling_clients: ['mac_os', 'linux'] },
    voicemail_access_members: [{ access_user_id: target, allow_delete: true }],
    emergency_calls_to_psap: true,
  };
  assertContract('updateAUsersProfile', await patchUser(user, { policy }));
  const got = await profile(user);
  assertContract('getAUsersProfile', got);
  const p = got.body.policy;
  assert.deepEqual(p.e2e_encryption, { enable: true, locked: false, modified: true });
  assert.deepEqual(p.call_park, {
    enable: true,
    call_not_picked_up_action: 50,
    expiration_period: 5,
    locked: false,
    forward_to: { display_name: targetRow.name, extension_id: targetRow.extension_id, extension_number: targetRow.extension_number, extension_type: 'user', id: target },
  });
  assert.deepEqual(p.ad_hoc_call_recording.play_recording_beep_tone, policy.ad_hoc_call_recording.play_recording_beep_tone);
  assert.deepEqual(p.zoom_phone_on_desktop.allow_calling_clients, ['mac_os', 'linux']);
  assert.deepEqual(p.voicemail_access_members, [{ access_user_id: target, allow_delete: true }]);
  assert.equal(p.emergency_calls_to_psap, true);

  const missing = await patchUser(user, { policy: { call_park: { forward_to_extension_id: 'no-such-extension' } } });
  // updateAUsersProfile documents no error for it: updatePhoneSiteDetails' 13808 for the same field.
  assertUndocumentedError(missing, 400, 13808, 'Extension does not exist: no-such-extension');
  assert.equal((await profile(user)).body.policy.call_park.forward_to.id, target);
  // e2e_encryption's reset goes back to the account's setting.
  assertContract('updateAUsersProfile', await patchUser(user, { policy: { e2e_encryption: { reset: true } } }));
  assert.deepEqual((await profile(user)).body.policy.e2e_encryption, { enable: false, locked: false, modified: false });
});

test('the recording prompts of both directions take one value without the consent OP flag (13800)', async () => {
  const user = await addUser(s);
  const recording = (inbound: Record<string, boolean>, outbound: Record<string, boolean>) =>
    patchUser(user, { policy: { auto_call_recording: { enable: true, inbound_audio_notification: inbound, outbound_audio_notification: outbound } } });
  assertDocumentedError('updateAUsersProfile', await recording({}, { recording_start_prompt: true }), 'youDoNotEnableOpFlag');
  assertDocumentedError('updateAUsersProfile', await recording({ recording_explicit_consent: true }, { recording_explicit_consent: false }), 'youDoNotEnableOpFlag13800');
  assert.equal((await profile(user)).body.policy.auto_call_recording.enable, false);
  assertContract('updateAUsersProfile', await recording({ recording_explicit_consent: true }, { recording_explicit_consent: true }));
  assertContract('updateAUsersProfile', await patchUser(user, { policy: { auto_call_recording: { recording_start_prompt: true } } }));
  const acr = (await profile(user)).body.policy.auto_call_recording;
  assert.deepEqual(
    [acr.recording_explicit_consent, acr.outbound_audio_notification.recording_explicit_consent, acr.inbound_audio_notification.recording_start_prompt, acr.outbound_audio_notification.recording_start_prompt],
    [true, true, true, true],
  );
});

test('the list shows and filters by department and cost center', async () => {
  const engineering = await s.api('GET', '/phone/users', { query: { department: 'Engineering', page_size: 300 } });
  assertContract('listPhoneUsers', engineering);
  // The demo seed: Grace, Katherine and Barbara in Engineering; all six in CC-100.
  assert.deepEqual(engineering.body.users.map((u: { email: string }) => u.email).sort(), ['barbara@demo.switchboard.test', 'grace@demo.switchboard.test', 'katherine@demo.switchboard.test']);
  assert.ok(engineering.body.users.every((u: { department: string; cost_center: string }) => u.department === 'Engineering' && u.cost_center === 'CC-100'));
  const center = await s.api('GET', '/phone/users', { query: { cost_center: 'CC-100', page_size: 300 } });
  assert.equal(center.body.total_records, 6);
  const ada = center.body.users.find((u: { email: string }) => u.email === 'ada@demo.switchboard.test');
  assert.deepEqual([ada.name, ada.department, ada.status, ada.activation_status, ada.extension_number], ['Ada Lovelace', 'Operations', 'activate', 'activated', 101]);
  assert.deepEqual(ada.calling_plans.map((p: { type: number; name: string }) => [p.type, p.name]), [[200, 'US/CA Unlimited Calling Plan']]);
  const adaProfile = await profile(ada.id);
  assert.deepEqual([adaProfile.body.department, adaProfile.body.cost_center, adaProfile.body.phone_user_id], ['Operations', 'CC-100', ada.phone_user_id]);
  assert.equal((await s.api('GET', '/phone/users', { query: { department: 'Nowhere' } })).body.total_records, 0);
});

test('users page with next_page_token; page_size 300 and not 301', async () => {
  const first = await s.api('GET', '/phone/users', { query: { page_size: 2 } });
  assertContract('listPhoneUsers', first);
  const second = await s.api('GET', '/phone/users', { query: { page_size: 2, next_page_token: first.body.next_page_token } });
  assert.equal(new Set([...first.body.users, ...second.body.users].map((u: { id: string }) => u.id)).size, 4);
  assertContract('listPhoneUsers', await s.api('GET', '/phone/users', { query: { page_size: 300 } }));
  const tooMany = await s.api('GET', '/phone/users', { query: { page_size: 301 } });
  assert.deepEqual([tooMany.status, tooMany.body.code, tooMany.body.errors?.[0]?.field], [400, 300, 'page_size']);
});

test('batch add enables users for phone with their site, extension, plan and numbers', async () => {
  const [main, denver] = await sites(s);
  const spare = await addNumber(s, { siteId: main.id });
  const a = email();
  const b = email();
  const res = await s.api('POST', '/phone/users/batch', {
    body: {
      users: [
        {
          email: a,
          first_name: 'Ann',
          last_name: 'Able',
          extension_number: '411',
          site_code: String(denver.site_code),
          calling_plans: ['US/CA Unlimited'],
          phone_numbers: [spare.number],
          outbound_caller_id: spare.number,
          select_outbound_caller_id: true,
          sms: true,
          desk_phones: [{ brand: 'Yealink', model: 'T54W', mac: '80-5e-c0-3d-eb-c4' }],
        },
        { email: b, extension_number: '412', site_name: main.name, calling_plans: [], activation_status: 'deactivate' },
      ],
    },
  });
  assertContract('batchAddUsers', res);
  assert.deepEqual(res.body.map((u: { email: string }) => u.email), [a, b]);

  const first = await profile(res.body[0].id);
  assertContract('getAUsersProfile', first);
  assert.equal(first.body.email, a);
  assert.equal(first.body.status, 'activate');
  assert.equal(first.body.site_id, denver.id);
  assert.equal(first.body.extension_number, 200411, 'the site code is put in front of the short extension');
  assert.deepEqual(first.body.calling_plans.map((p: { type: number }) => p.type), [200]);
  assert.deepEqual(first.body.phone_numbers, [{ id: spare.id, number: spare.number }]);
  assert.equal(first.body.policy.sms.enable, true);
  const second = await profile(b);
  assert.equal(second.body.status, 'deactivate');
  assert.equal(second.body.site_id, main.id);
  assert.equal(second.body.extension_number, 100412);

  const list = await s.api('GET', '/phone/users', { query: { keyword: 'ann able', page_size: 300 } });
  assertContract('listPhoneUsers', list);
  assert.deepEqual(list.body.users.map((u: { email: string; name: string }) => [u.email, u.name]), [[a, 'Ann Able']]);
  assert.equal((await listed(res.body[1].id)).activation_status, 'ready to activate');
  const number = await s.api('GET', `/phone/numbers/${spare.id}`);
  assert.equal(number.body.assignee.id, res.body[0].id);
  assert.equal(number.body.site.id, denver.id);
});

test('batch add takes 10 users and refuses 11', async () => {
  const [main] = await sites(s);
  const before = await userCount();
  const entry = (i: number) => ({ email: email(), extension_number: String(600 + i), site_name: main.name, calling_plans: [] as string[] });
  const eleven = await s.api('POST', '/phone/users/batch', { body: { users: Array.from({ length: 11 }, (_, i) => entry(i)) } });
  assertDocumentedError('batchAddUsers', eleven, 'userSizeMustBeLessThan');
  assert.equal(await userCount(), before);
  const ten = await s.api('POST', '/phone/users/batch', { body: { users: Array.from({ length: 10 }, (_, i) => entry(i)) } });
  assertContract('batchAddUsers', ten);
  assert.equal(ten.body.length, 10);
  assert.equal(await userCount(), before + 10);
});

test('batch add refuses duplicates, unknown sites, plans and templates, and adds nobody', async () => {
  const [main] = await sites(s);
  const before = await userCount();
  const entry = () => ({ email: email(), extension_number: String(700 + (++serial % 100)), site_name: main.name, calling_plans: [] as string[] });
  const batch = (users: unknown[]) => s.api('POST', '/phone/users/batch', { body: { users } });

  const one = entry();
  assertDocumentedError('batchAddUsers', await batch([one, { ...entry(), email: one.email }]), 'validationFailed');
  assertDocumentedError('batchAddUsers', await batch([{ ...entry(), email: 'ada@demo.switchboard.test' }]), 'validationFailed');
  assertDocumentedError('batchAddUsers', await batch([entry(), { ...entry(), extension_number: one.extension_number }, one]), 'validationFailed');
  assertDocumentedError('batchAddUsers', await batch([entry(), { ...entry(), site_name: 'Atlantis' }]), 'validationFailed');
  const { site_name: _none, ...siteless } = entry();
  assertDocumentedError('batchAddUsers', await batch([siteless]), 'validationFailed');
  assertDocumentedError('batchAddUsers', await batch([{ ...entry(), calling_plans: ['Moon Unlimited'] }]), 'validationFailed');
  assertDocumentedError('batchAddUsers', await batch([{ ...entry(), calling_plans: ['US/CA Unlimited', 'US/CA Unlimited'] }]), 'validationFailed');
  assertDocumentedError('batchAddUsers', await batch([{ ...entry(), template_name: 'nope' }]), 'templateIsInvalid');
  assertDocumentedError('batchAddUsers', await s.api('POST', '/phone/users/batch', { body: { users: [] } }), 'validationFailed');
  assert.equal(await userCount(), before);
});

test("batch add takes a short extension of the site's length, whole desk phones on one site, and a caller ID of the account", async () => {
  const [main, denver] = await sites(s);
  const before = await userCount();
  const batch = (users: unknown[]) => s.api('POST', '/phone/users/batch', { body: { users } });
  const entry = (extension: string, more: Record<string, unknown> = {}) => ({ email: email(), extension_number: extension, site_name: main.name, calling_plans: [] as string[], ...more });
  const phone = (mac: string) => ({ brand: 'Poly', model: 'VVX 450', mac });

  assertDocumentedError('batchAddUsers', await batch([entry('10')]), 'validationFailed');
  assertDocumentedError('batchAddUsers', await batch([entry('1000')]), 'validationFailed');
  assertDocumentedError('batchAddUsers', await batch([entry('100123')]), 'validationFailed');
  assertDocumentedError('batchAddUsers', await batch([entry('801', { desk_phones: [{ brand: 'Poly', mac: '00:04:f2:00:00:01' }] })]), 'validationFailed');
  const four = ['01', '02', '03', '04'].map((n) => phone(`00:04:f2:00:01:${n}`));
  assertDocumentedError('batchAddUsers', await batch([entry('802', { desk_phones: four })]), 'validationFailed');
  // One desk phone for two users on two sites.
  assertDocumentedError(
    'batchAddUsers',
    await batch([entry('803', { desk_phones: [phone('00:04:f2:00:02:01')] }), entry('804', { site_name: denver.name, desk_phones: [phone('00-04-F2-00-02-01')] })]),
    'validationFailed',
  );
  assertDocumentedError('batchAddUsers', await batch([entry('805', { outbound_caller_id: '+15550000000' })]), 'validationFailed');
  assert.equal(await userCount(), before);

  const shared = phone('00:04:f2:00:03:01');
  const ok = await batch([entry('806', { desk_phones: four.slice(0, 3) }), entry('807', { desk_phones: [shared] }), entry('808', { desk_phones: [shared], outbound_caller_id: '' })]);
  assertContract('batchAddUsers', ok);
  assert.equal(await userCount(), before + 3);
});

test('batch add refuses a number another assignee holds and leaves no user, plan or number behind', async () => {
  const [main] = await sites(s);
  const free = await addNumber(s, { siteId: main.id });
  const queued = await addNumber(s, { siteId: main.id });
  // Held by a call queue, not a user.
  await s.sandbox.db.updateTable('phone_numbers').set({ assignee_type: 'CallQueue', assignee_id: 'cq-sales' }).where('id', '=', queued.id).execute();
  const held = await addNumber(s, { assignee: await addUser(s) });
  const plans = async () => (await s.api('GET', '/phone/calling_plans')).body.calling_plans.find((p: { type: number }) => p.type === 200);
  const before = { users: await userCount(), plan: await plans() };
  const first = { email: email(), extension_number: '901', site_name: main.name, calling_plans: ['US/CA Unlimited'], phone_numbers: [free.number] };
  for (const taken of [queued, held]) {
    const res = await s.api('POST', '/phone/users/batch', { body: { users: [first, { email: email(), extension_number: '902', site_name: main.name, calling_plans: [], phone_numbers: [taken.number] }] } });
    assertDocumentedError('batchAddUsers', res, 'validationFailed');
  }
  const unknown = await s.api('POST', '/phone/users/batch', { body: { users: [first, { email: email(), extension_number: '903', site_name: main.name, calling_plans: [], phone_numbers: ['+15550001111'] }] } });
  assertDocumentedError('batchAddUsers', unknown, 'validationFailed');
  assert.equal(await userCount(), before.users);
  assert.deepEqual(await plans(), before.plan);
  assertDocumentedError('getAUsersProfile', await profile(first.email), 'userDoesNotExist');
  const number = await s.api('GET', `/phone/numbers/${free.id}`);
  assertContract('getAPhoneNumber', number);
  assert.equal(number.body.assignee, undefined);
});

test('batch update moves users (and their numbers) to a site and activates or deactivates them', async () => {
  const [main, , london] = await sites(s);
  const u1 = await addUser(s, { siteId: main.id });
  const u2 = await addUser(s, { siteId: main.id });
  const n1 = await addNumber(s, { siteId: main.id, assignee: u1 });
  const moved = await s.api('PUT', '/phone/users/batch', { body: { batch_type: 'move_site', user_ids: [u1, u2], site_id: london.id } });
  assertContract('updateMultipleUsersPropertiesInBatch', moved);
  for (const u of [u1, u2]) assert.equal((await profile(u)).body.site_id, london.id);
  const inLondon = await s.api('GET', '/phone/users', { query: { site_id: london.id, page_size: 300 } });
  assert.ok([u1, u2].every((u) => inLondon.body.users.some((x: { id: string }) => x.id === u)));
  assert.equal((await s.api('GET', `/phone/numbers/${n1.id}`)).body.site.id, london.id);

  const off = await s.api('PUT', '/phone/users/batch', { body: { batch_type: 'activate', activation_status: 'deactivate', user_ids: [u1] } });
  assertContract('updateMultipleUsersPropertiesInBatch', off);
  assert.equal((await profile(u1)).body.status, 'deactivate');
  assert.equal((await listed(u1)).activation_status, 'ready to activate');
  const inactive = await s.api('GET', '/phone/users', { query: { status: 'deactivate', page_size: 300 } });
  assert.ok(inactive.body.users.some((x: { id: string }) => x.id === u1));
  assert.ok(!inactive.body.users.some((x: { id: string }) => x.id === u2));
  const on = await s.api('PUT', '/phone/users/batch', { body: { batch_type: 'activate', activation_status: 'activate', user_ids: [u1] } });
  assertContract('updateMultipleUsersPropertiesInBatch', on);
  assert.equal((await profile(u1)).body.status, 'activate');
  assert.equal((await listed(u1)).activation_status, 'activated');
  const pending = await s.api('PUT', '/phone/users/batch', { body: { batch_type: 'assign_pending_user', user_ids: [u1, u2] } });
  assertContract('updateMultipleUsersPropertiesInBatch', pending);
});

test('batch update takes 10 users and refuses 11', async () => {
  const [, denver] = await sites(s);
  const users: string[] = [];
  for (let i = 0; i < 11; i++) users.push(await addUser(s));
  const eleven = await s.api('PUT', '/phone/users/batch', { body: { batch_type: 'move_site', user_ids: users, site_id: denver.id } });
  assertUndocumentedError(eleven, 400, 300, 'Validation Failed. You can update 10 users at a time.');
  assert.equal((await profile(users[0])).body.site_id, undefined);
  const ten = await s.api('PUT', '/phone/users/batch', { body: { batch_type: 'move_site', user_ids: users.slice(0, 10), site_id: denver.id } });
  assertContract('updateMultipleUsersPropertiesInBatch', ten);
  assert.deepEqual([(await profile(users[9])).body.site_id, (await profile(users[10])).body.site_id], [denver.id, undefined]);
});

test('batch update refuses an unsupported batch type and an unknown user or site, and moves nobody', async () => {
  const [main, denver] = await sites(s);
  const u = await addUser(s, { siteId: main.id });
  const type = await s.api('PUT', '/phone/users/batch', { body: { user_ids: [u], site_id: denver.id } });
  assertDocumentedError('updateMultipleUsersPropertiesInBatch', type, 'currentBatchTypeDoesNotSupport');
  const unsupported = await s.api('PUT', '/phone/users/batch', { body: { batch_type: 'rename', user_ids: [u], site_id: denver.id } });
  assertDocumentedError('updateMultipleUsersPropertiesInBatch', unsupported, 'currentBatchTypeDoesNotSupport');
  assert.equal(unsupported.body.message, 'Current batch type does not support, batch type:rename.');
  const unknown = await s.api('PUT', '/phone/users/batch', { body: { batch_type: 'move_site', user_ids: [u, 'nobody'], site_id: denver.id } });
  assertUndocumentedError(unknown, 404, 1001, 'User does not exist: nobody.');
  const site = await s.api('PUT', '/phone/users/batch', { body: { batch_type: 'move_site', user_ids: [u], site_id: 'nope' } });
  assertUndocumentedError(site, 404, 404, 'Site does not exist.');
  const noSite = await s.api('PUT', '/phone/users/batch', { body: { batch_type: 'move_site', user_ids: [u] } });
  assertUndocumentedError(noSite, 400, 300, 'Validation Failed. site_id is required when batch_type is move_site.');
  assert.equal((await profile(u)).body.site_id, main.id);
});

test('users on an India site cannot be given the Zoom One phone feature (12008), and nobody is', async () => {
  const pune = await indiaSite();
  const [main] = await sites(s);
  const here = await addUser(s, { siteId: main.id });
  const there = await addUser(s, { siteId: pune });
  await s.api('PUT', '/phone/users/batch', { body: { batch_type: 'activate', activation_status: 'deactivate', user_ids: [here, there] } });
  const res = await s.api('PUT', '/phone/users/batch', { body: { batch_type: 'assign_pending_user', user_ids: [here, there] } });
  assertDocumentedError('updateMultipleUsersPropertiesInBatch', res, 'zoomPhoneFeatureOfTheZoom');
  assert.deepEqual([(await profile(here)).body.status, (await profile(there)).body.status], ['deactivate', 'deactivate']);
  assertContract('updateMultipleUsersPropertiesInBatch', await s.api('PUT', '/phone/users/batch', { body: { batch_type: 'assign_pending_user', user_ids: [here] } }));
  assert.equal((await profile(here)).body.status, 'activate');
});

test("users of a sub account are its own; another account's user is not found", async () => {
  const token = await tokenFor(s, SUB);
  const subSite = (await sites(s, SUB))[0];
  const subUser = await addUser(s, { accountId: SUB, siteId: subSite.id });
  assertContract('getAUsersProfile', await profile(subUser, token));
  assertDocumentedError('getAUsersProfile', await profile(subUser), 'userDoesNotExist');
  assertDocumentedError('updateAUsersProfile', await patchUser(subUser, { extension_number: '1' }), 'userDoesNotExist');
  const [main] = await sites(s);
  const cross = await s.api('PUT', '/phone/users/batch', { token, body: { batch_type: 'move_site', user_ids: [subUser], site_id: main.id } });
  assertUndocumentedError(cross, 404, 404, 'Site does not exist.');
  const list = await s.api('GET', '/phone/users', { token });
  assertContract('listPhoneUsers', list);
  assert.deepEqual(list.body.users.map((u: { id: string }) => u.id), [subUser]);
});
