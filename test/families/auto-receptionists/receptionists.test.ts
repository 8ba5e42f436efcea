// Auto receptionists through the HTTP API: each an extension of the account's one
// directory; a site's main receptionist made with the site, shown in its details,
// undeletable but with its site.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { addNumber, addUser, createReceptionist, createSite, DEMO, directory, otherAccount } from './fixtures.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

const get = (id: string, token?: string) => s.api('GET', `/phone/auto_receptionists/${id}`, { token });
const patch = (id: string, body: Record<string, unknown>, token?: string) => s.api('PATCH', `/phone/auto_receptionists/${id}`, { token, body });
const remove = (id: string, token?: string) => s.api('DELETE', `/phone/auto_receptionists/${id}`, { token });
const listAll = async (token?: string) => {
  const res = await s.api('GET', '/phone/auto_receptionists', { token, query: { page_size: 300 } });
  assertContract('listAutoReceptionists', res);
  return res.body;
};

test("the demo sites' main receptionists are listed and shown as their sites show them", async () => {
  const sites = (await s.api('GET', '/phone/sites', { query: { page_size: 300 } })).body.sites;
  const list = await listAll();
  for (const site of sites.slice(0, 3)) {
    const main = site.main_auto_receptionist;
    const listed = list.auto_receptionists.find((r: { id: string }) => r.id === main.id);
    assert.deepEqual(
      [listed.name, listed.extension_id, listed.extension_number, listed.site],
      [main.name, main.extension_id, main.extension_number, { id: site.id, name: site.name }],
    );
    const got = await get(main.id);
    assertContract('getAnAutoReceptionist', got);
    assert.equal(got.body.extension_number, main.extension_number);
  }
  assert.equal(list.total_records, list.auto_receptionists.length);
});

test('a receptionist added is listed and shown, its extension the first free one of its site, in the directory', async () => {
  const site = await createSite(s, { site_code: 51 });
  const r = await createReceptionist(s, { name: 'Front Desk', site_id: site.id });
  assert.equal(r.extension_number, 51100);
  const got = await get(r.id);
  assertContract('getAnAutoReceptionist', got);
  assert.deepEqual(
    [got.body.name, got.body.extension_number, got.body.site, got.body.phone_numbers, got.body.holiday_hours],
    ['Front Desk', 51100, { id: site.id, name: (await s.api('GET', `/phone/sites/${site.id}`)).body.name }, [], []],
  );
  const second = await createReceptionist(s, { site_id: site.id });
  assert.equal(second.extension_number, 51101);
  const entry = (await directory(s, DEMO)).find((e) => e.extension_number === 51100);
  assert.deepEqual(entry && [entry.kind, entry.owner_id, entry.name, entry.site_id, entry.id], ['autoReceptionist', r.id, 'Front Desk', site.id, got.body.extension_id]);
  // Without site_id ("required only if you have multiple sites enabled"): the account's main site.
  const onMain = await createReceptionist(s);
  const mainSite = (await s.api('GET', '/phone/sites', { query: { page_size: 300 } })).body.sites[0];
  assert.equal((await get(onMain.id)).body.site.id, mainSite.id);
});

test('concurrent adds on one site each get their own extension', async () => {
  const site = await createSite(s, { site_code: 58 });
  const made = await Promise.all([1, 2, 3].map(() => createReceptionist(s, { site_id: site.id })));
  assert.deepEqual(made.map((r) => r.extension_number).sort(), [58100, 58101, 58102]);
});

test('a site the account does not have is refused and creates nothing', async () => {
  const before = (await listAll()).total_records;
  const res = await s.api('POST', '/phone/auto_receptionists', { body: { name: 'Nowhere', site_id: 'no-such-site' } });
  assertDocumentedError('addAnAutoReceptionist', res, 'error300');
  assert.equal(res.body.message, 'Site does not exist: no-such-site.');
  assert.equal((await listAll()).total_records, before);
});

test('an update changes what it names and keeps the rest; the directory and the site show the new name', async () => {
  const site = await createSite(s, { site_code: 52 });
  const r = await createReceptionist(s, { name: 'Before', site_id: site.id });
  const res = await patch(r.id, {
    name: 'After', extension_number: 123, cost_center: 'CC-1', department: 'Ops', timezone: 'Pacific/Midway',
    audio_prompt_language: 'fr-CA', default_transcription_language: 'de-DE', recording_storage_location: 'DE',
  });
  assertContract('updateAnAutoReceptionist', res);
  const got = await get(r.id);
  assertContract('getAnAutoReceptionist', got);
  assert.deepEqual(
    [got.body.name, got.body.extension_number, got.body.cost_center, got.body.department, got.body.timezone, got.body.audio_prompt_language, got.body.default_transcription_language, got.body.recording_storage_location],
    ['After', 52123, 'CC-1', 'Ops', 'Pacific/Midway', 'fr-CA', 'de-DE', 'DE'],
  );
  assertContract('updateAnAutoReceptionist', await patch(r.id, { department: 'Sales' }));
  const again = (await get(r.id)).body;
  assert.deepEqual([again.name, again.extension_number, again.department, again.cost_center], ['After', 52123, 'Sales', 'CC-1']);
  const entry = (await directory(s, DEMO)).find((e) => e.owner_id === r.id);
  assert.deepEqual(entry && [entry.name, entry.extension_number], ['After', 52123]);
  // Its old number is free again.
  assert.equal((await createReceptionist(s, { site_id: site.id })).extension_number, 52100);

  // The main receptionist is updated alike, and its site shows it.
  assertContract('updateAnAutoReceptionist', await patch(site.main.id, { name: 'Renamed Main', extension_number: 5 * 100 + 55 }));
  const shown = (await s.api('GET', `/phone/sites/${site.id}`)).body.main_auto_receptionist;
  assert.deepEqual(shown, { id: site.main.id, extension_id: site.main.extension_id, extension_number: 52555, name: 'Renamed Main' });
});

test("extension numbers: the site's short length behind its code, or the full length without one; reserved and taken numbers are refused", async () => {
  const coded = await createSite(s, { site_code: 53 });
  const r = await createReceptionist(s, { site_id: coded.id });
  assertDocumentedError('updateAnAutoReceptionist', await patch(r.id, { extension_number: 1234 }), 'invalidShortNumberLength');
  const tooShort = await patch(r.id, { extension_number: 7 });
  assertDocumentedError('updateAnAutoReceptionist', tooShort, 'extensionNumberMustBeToDigits');
  assert.equal(tooShort.body.message, 'Extension Number must be 2 to 6 digits');
  assertDocumentedError('updateAnAutoReceptionist', await patch(r.id, { extension_number: 1234567 }), 'extensionNumberMustBeToDigits');
  const reserved = await patch(r.id, { extension_number: 911 });
  assertDocumentedError('updateAnAutoReceptionist', reserved, 'numberIsAReservedExtensionNumber');
  assert.equal(reserved.body.message, 'Number 911 is a reserved extension number.');

  // A user holds 53777: neither kind may take the other's number.
  await addUser(s, { extension: 53777 });
  const taken = await patch(r.id, { extension_number: 777 });
  assertDocumentedError('updateAnAutoReceptionist', taken, 'extensionNumberIsAlreadyUsed');
  assert.equal(taken.body.message, 'Extension number 53777 is already used.');
  // Another receptionist's number likewise.
  const other = await createReceptionist(s, { site_id: coded.id });
  assertDocumentedError('updateAnAutoReceptionist', await patch(r.id, { extension_number: other.extension_number - 53000 }), 'extensionNumberIsAlreadyUsed');
  assert.equal((await get(r.id)).body.extension_number, r.extension_number);

  const plain = await createSite(s);
  const p = await createReceptionist(s, { site_id: plain.id });
  assertDocumentedError('updateAnAutoReceptionist', await patch(p.id, { extension_number: 4321 }), 'invalidFullExtensionNumberLength');
  assertContract('updateAnAutoReceptionist', await patch(p.id, { extension_number: 654 }));
  assert.equal((await get(p.id)).body.extension_number, 654);
});

test('a bad timezone or language is refused in the words of the page, and changes nothing', async () => {
  const r = await createReceptionist(s, { name: 'Unchanged' });
  const tz = await patch(r.id, { name: 'Changed', timezone: 'Mars/Olympus' });
  assertDocumentedError('updateAnAutoReceptionist', tz, 'timeZoneIsInvalid');
  assert.equal(tz.body.message, 'Time zone is invalid:Mars/Olympus');
  assertDocumentedError('updateAnAutoReceptionist', await patch(r.id, { name: 'Changed', audio_prompt_language: 'xx-XX' }), 'audioPromptLanguageIsInvalid');
  assertDocumentedError('updateAnAutoReceptionist', await patch(r.id, { name: 'Changed', default_transcription_language: 'xx-XX' }), 'languageSettingIsInvalid');
  assert.equal((await get(r.id)).body.name, 'Unchanged');
  const missing = await patch('no-such-receptionist', { name: 'x' });
  assertDocumentedError('updateAnAutoReceptionist', missing, 'validationFailedAutoReceptionistDoesNotExist');
  assert.equal(missing.body.message, 'Validation Failed. AutoReceptionist does not exist, AutoReceptionistId: no-such-receptionist');
});

test("the main receptionist cannot be deleted; another is, its extension and numbers freed", async () => {
  const site = await createSite(s, { site_code: 54 });
  assertDocumentedError('deleteANonPrimaryAutoReceptionist', await remove(site.main.id), 'unableToDeleteMainAutoReceptionist');
  assertContract('getAnAutoReceptionist', await get(site.main.id));

  const r = await createReceptionist(s, { site_id: site.id });
  const n = await addNumber(s);
  assertContract('assignPhoneNumbersForAutoReceptionist', await s.api('POST', `/phone/auto_receptionists/${r.id}/phone_numbers`, { body: { phone_numbers: [{ id: n.id }] } }));
  assertContract('deleteANonPrimaryAutoReceptionist', await remove(r.id));
  assertDocumentedError('getAnAutoReceptionist', await get(r.id), 'validationFailed');
  const gone = await remove(r.id);
  assertDocumentedError('deleteANonPrimaryAutoReceptionist', gone, 'autoReceptionistDoesNotExist');
  assert.equal(gone.body.message, `AutoReceptionist does not exist: ${r.id}.`);
  assert.equal((await s.api('GET', `/phone/numbers/${n.id}`)).body.assignee, undefined);
  assert.ok(!(await directory(s, DEMO)).some((e) => e.owner_id === r.id));
  // Its number is free again.
  assert.equal((await createReceptionist(s, { site_id: site.id })).extension_number, r.extension_number);
});

test('deleting a site takes its main receptionist along, numbers released, and moves the others to the transfer site', async () => {
  const doomed = await createSite(s, { site_code: 55 });
  const target = await createSite(s, { site_code: 56 });
  const extra = await createReceptionist(s, { site_id: doomed.id });
  const n = await addNumber(s, { siteId: doomed.id });
  assertContract('assignPhoneNumbersForAutoReceptionist', await s.api('POST', `/phone/auto_receptionists/${doomed.main.id}/phone_numbers`, { body: { phone_numbers: [{ id: n.id }] } }));

  assertContract('deleteAPhoneSite', await s.api('DELETE', `/phone/sites/${doomed.id}`, { query: { transfer_site_id: target.id } }));
  assertDocumentedError('getAnAutoReceptionist', await get(doomed.main.id), 'validationFailed');
  assert.ok(!(await listAll()).auto_receptionists.some((r: { id: string }) => r.id === doomed.main.id));
  const number = await s.api('GET', `/phone/numbers/${n.id}`);
  assert.deepEqual([number.body.assignee, number.body.site?.id], [undefined, target.id]);
  const moved = (await get(extra.id)).body;
  assert.deepEqual([moved.site.id, moved.extension_number], [target.id, extra.extension_number]);
  const entries = await directory(s, DEMO);
  assert.ok(!entries.some((e) => e.owner_id === doomed.main.id));
  assert.equal(entries.find((e) => e.owner_id === extra.id)?.site_id, target.id);
  // The main receptionist's number is free again: a receptionist may take it.
  const plain = await createSite(s, { short_extension: { length: 5 } });
  const taker = await createReceptionist(s, { site_id: plain.id });
  assertContract('updateAnAutoReceptionist', await patch(taker.id, { extension_number: doomed.main.extension_number }));
  assert.equal((await get(taker.id)).body.extension_number, doomed.main.extension_number);
});

test('the list pages by next_page_token', async () => {
  const total = (await listAll()).total_records;
  const first = await s.api('GET', '/phone/auto_receptionists', { query: { page_size: 2 } });
  assertContract('listAutoReceptionists', first);
  assert.deepEqual([first.body.auto_receptionists.length, first.body.page_size, first.body.total_records], [2, 2, total]);
  const second = await s.api('GET', '/phone/auto_receptionists', { query: { page_size: 2, next_page_token: first.body.next_page_token } });
  assertContract('listAutoReceptionists', second);
  assert.ok(!second.body.auto_receptionists.some((r: { id: string }) => first.body.auto_receptionists.some((f: { id: string }) => f.id === r.id)));
  assert.equal((await s.api('GET', '/phone/auto_receptionists', { query: { page_size: 301 } })).status, 400);
});

test('another account neither sees nor changes the receptionists', async () => {
  const mine = await createReceptionist(s, { name: 'Mine' });
  const other = await otherAccount(s, 'ar-other');
  const theirs = await listAll(other.token);
  assert.deepEqual(theirs.auto_receptionists, []);
  assertDocumentedError('getAnAutoReceptionist', await get(mine.id, other.token), 'validationFailed');
  assertDocumentedError('updateAnAutoReceptionist', await patch(mine.id, { name: 'Stolen' }, other.token), 'validationFailedAutoReceptionistDoesNotExist');
  assertDocumentedError('deleteANonPrimaryAutoReceptionist', await remove(mine.id, other.token), 'autoReceptionistDoesNotExist');
  assert.equal((await get(mine.id)).body.name, 'Mine');
});

test('a site made from a source receptionist starts with its settings, policy and IVR', async () => {
  const source = await createSite(s, { site_code: 57 });
  const queue = (await s.api('POST', '/phone/call_queues', { body: { name: 'Copied Target', site_id: source.id } })).body;
  const queueExtension = (await s.api('GET', `/phone/call_queues/${queue.id}`)).body.extension_id;
  assertContract('updateAnAutoReceptionist', await patch(source.main.id, { timezone: 'Europe/Paris', audio_prompt_language: 'fr-FR', department: 'Front' }));
  await s.api('PATCH', `/phone/auto_receptionists/${source.main.id}/policies`, { body: { voicemail_transcription: { enable: true } } });
  await s.api('PATCH', `/phone/auto_receptionists/${source.main.id}/ivr`, { body: { key_action: { key: '4', action: 7, target: { extension_id: queueExtension } } } });

  const copy = await createSite(s, { site_code: 59, source_auto_receptionist_id: source.main.id });
  const got = (await get(copy.main.id)).body;
  assert.deepEqual([got.name, got.extension_number, got.timezone, got.audio_prompt_language, got.department], [copy.main.name, 59001, 'Europe/Paris', 'fr-FR', 'Front']);
  assert.equal((await s.api('GET', `/phone/auto_receptionists/${copy.main.id}/policies`)).body.voicemail_transcription.enable, true);
  const key4 = (await s.api('GET', `/phone/auto_receptionists/${copy.main.id}/ivr`)).body.key_actions.find((k: { key: string }) => k.key === '4');
  assert.deepEqual([key4.action, key4.target.id], [7, queue.id]);

  const before = (await s.api('GET', '/phone/sites', { query: { page_size: 300 } })).body.total_records;
  const missing = await s.api('POST', '/phone/sites', {
    body: { name: 'No Source', auto_receptionist_name: 'x', source_auto_receptionist_id: 'no-such-receptionist', default_emergency_address: { address_line1: '1 Main St', city: 'Austin', state_code: 'TX', zip: '78701', country: 'US' } },
  });
  assertUndocumentedError(missing, 400, 400, 'Auto Receptionist does not exist: no-such-receptionist.');
  assert.equal((await s.api('GET', '/phone/sites', { query: { page_size: 300 } })).body.total_records, before);
});
