// Shared line groups themselves: each an extension of the account's one directory
// (kind 'sharedLineGroup'), on a site, listed, shown, changed and deleted; a
// deleted site's groups move to the transfer site.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { addNumber, addUser, createGroup, DEMO, directory, mainSite, otherAccount, siteRows } from './fixtures.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

const groupCount = async (token?: string) => {
  const res = await s.api('GET', '/phone/shared_line_groups', { token, query: { page_size: 1 } });
  assertContract('listSharedLineGroups', res);
  return res.body.total_records as number;
};

const SITE_ADDRESS = { address_line1: '1 Main St', city: 'Austin', state_code: 'TX', zip: '78701', country: 'US' };

test('a group created is listed and shown, its extension in the directory as a sharedLineGroup', async () => {
  const main = await mainSite(s);
  // No site_id: "required only if the multiple sites option has been enabled" — the main site.
  const res = await s.api('POST', '/phone/shared_line_groups', { body: { display_name: 'Reception', description: 'Front line' } });
  assertContract('createASharedLineGroup', res);
  assert.equal(res.status, 201);
  assert.equal(res.body.display_name, 'Reception');
  const id = res.body.id;

  const one = await s.api('GET', `/phone/shared_line_groups/${id}`);
  assertContract('getASharedLineGroup', one);
  // No extension given: the site's first free short extension, behind its site code.
  assert.match(String(one.body.extension_number), new RegExp(`^${main.site_code}\\d{3}$`));
  assert.deepEqual(one.body, {
    id, display_name: 'Reception', extension_id: one.body.extension_id, extension_number: one.body.extension_number, site: { id: main.id, name: main.name },
    status: 'active', phone_numbers: [], members: { users: [], common_areas: [] }, policy: { voicemail_access_members: [] }, allow_privacy: false,
  });

  const list = await s.api('GET', '/phone/shared_line_groups', { query: { page_size: 300 } });
  assertContract('listSharedLineGroups', list);
  const listed = list.body.shared_line_groups.find((g: { id: string }) => g.id === id);
  assert.deepEqual(listed, { id, display_name: 'Reception', extension_id: one.body.extension_id, extension_number: one.body.extension_number, site: { id: main.id, name: main.name }, status: 'active', phone_numbers: [] });

  const ext = (await directory(s, DEMO)).find((e) => e.id === one.body.extension_id);
  assert.deepEqual(ext, { id: one.body.extension_id, kind: 'sharedLineGroup', extension_number: one.body.extension_number, name: 'Reception', site_id: main.id, owner_id: id });
});

test("an extension number given is the site's short extension behind its site code, of the site's length", async () => {
  const main = await mainSite(s);
  const g = await createGroup(s, { extension_number: 321, site_id: main.id });
  assert.equal(g.extension_number, Number(`${main.site_code}321`));
  for (const short of [32, 3210]) {
    const before = await groupCount();
    const res = await s.api('POST', '/phone/shared_line_groups', { body: { display_name: 'Short', extension_number: short } });
    assertDocumentedError('createASharedLineGroup', res, 'invalidShortNumberLength');
    assert.equal(await groupCount(), before);
    const renumber = await s.api('PATCH', `/phone/shared_line_groups/${g.id}`, { body: { extension_number: short } });
    assertDocumentedError('updateASharedLineGroup', renumber, 'invalidShortNumberLength');
  }
  assert.equal((await s.api('GET', `/phone/shared_line_groups/${g.id}`)).body.extension_number, g.extension_number);
});

test("an extension number is the account's once, whatever holds it: user, queue and group cannot take each other's", async () => {
  const main = await mainSite(s);
  const user = await addUser(s, { extension: Number(`${main.site_code}654`) });
  const before = await groupCount();
  const taken = await s.api('POST', '/phone/shared_line_groups', { body: { display_name: 'Clash', extension_number: 654 } });
  assertDocumentedError('createASharedLineGroup', taken, 'extensionNumberIsAlreadyUsed');
  assert.equal(taken.body.message, `Extension number ${main.site_code}654 is already used.`);
  assert.equal(await groupCount(), before);

  const queue = await s.api('POST', '/phone/call_queues', { body: { name: 'Queue 656', site_id: main.id, extension_number: 656 } });
  assert.equal(queue.status, 201, JSON.stringify(queue.body));
  assertDocumentedError('createASharedLineGroup', await s.api('POST', '/phone/shared_line_groups', { body: { display_name: 'Clash Q', extension_number: 656 } }), 'extensionNumberIsAlreadyUsed');

  // A group holding …655: a user cannot take it, nor another group, created or renumbered.
  const g = await createGroup(s, { extension_number: 655 });
  const patch = await s.api('PATCH', `/phone/users/${user}`, { body: { extension_number: String(g.extension_number) } });
  assert.equal(patch.status, 409, JSON.stringify(patch.body));
  assertDocumentedError('createASharedLineGroup', await s.api('POST', '/phone/shared_line_groups', { body: { display_name: 'Clash 2', extension_number: 655 } }), 'extensionNumberIsAlreadyUsed');
  const other = await createGroup(s);
  const renumber = await s.api('PATCH', `/phone/shared_line_groups/${other.id}`, { body: { extension_number: 655 } });
  assertDocumentedError('updateASharedLineGroup', renumber, 'extensionNumberIsAlreadyUsed');
  assert.equal(renumber.body.message, `Extension number ${g.extension_number} is already used.`);
  assert.equal((await s.api('GET', `/phone/shared_line_groups/${other.id}`)).body.extension_number, other.extension_number);
});

test('concurrent creates on one extension number: one group gets it, the others are refused', async () => {
  const main = await mainSite(s);
  const results = await Promise.all(Array.from({ length: 6 }, (_, i) => s.api('POST', '/phone/shared_line_groups', { body: { display_name: `Race ${i}`, extension_number: 777 } })));
  assert.equal(results.filter((r) => r.status === 201).length, 1, JSON.stringify(results.map((r) => r.body)));
  for (const r of results.filter((r) => r.status !== 201)) assertDocumentedError('createASharedLineGroup', r, 'extensionNumberIsAlreadyUsed');
  assert.equal((await directory(s, DEMO)).filter((e) => e.extension_number === Number(`${main.site_code}777`)).length, 1);
});

test('a site the account does not have, or an empty name, is refused and creates nothing', async () => {
  const before = await groupCount();
  const res = await s.api('POST', '/phone/shared_line_groups', { body: { display_name: 'Nowhere', site_id: 'no-such-site' } });
  assertDocumentedError('createASharedLineGroup', res, 'error300');
  assert.equal(res.body.message, 'Site does not exist: no-such-site.');
  const blank = await s.api('POST', '/phone/shared_line_groups', { body: { display_name: '  ' } });
  assertDocumentedError('createASharedLineGroup', blank, 'error300');
  assert.equal(blank.body.message, 'display_name must not be empty.');
  const missing = await s.api('POST', '/phone/shared_line_groups', { body: { description: 'no name' } });
  assertDocumentedError('createASharedLineGroup', missing, 'error300');
  assert.equal(await groupCount(), before);
});

test('an unknown group is not found; another account neither sees nor changes the groups', async () => {
  const g = await createGroup(s);
  const missing = await s.api('GET', '/phone/shared_line_groups/no-such-group');
  assertDocumentedError('getASharedLineGroup', missing, 'sharedLineGroupDoesNotExist');
  assert.equal(missing.body.message, 'Shared line group does not exist: no-such-group.');
  const other = await otherAccount(s, 'slg-other-1');
  assert.equal(await groupCount(other.token), 0);
  assertDocumentedError('getASharedLineGroup', await s.api('GET', `/phone/shared_line_groups/${g.id}`, { token: other.token }), 'sharedLineGroupDoesNotExist');
  assertUndocumentedError(await s.api('PATCH', `/phone/shared_line_groups/${g.id}`, { token: other.token, body: { display_name: 'Taken' } }), 404, 404, `Shared line group does not exist: ${g.id}.`);
  assertDocumentedError('deleteASharedLineGroup', await s.api('DELETE', `/phone/shared_line_groups/${g.id}`, { token: other.token }), 'error300');
  assert.equal((await s.api('GET', `/phone/shared_line_groups/${g.id}`)).body.display_name, g.display_name);
});

test('an update changes what it names and keeps the rest; the directory shows the new name', async () => {
  const g = await createGroup(s, { display_name: 'Old Line' });
  const res = await s.api('PATCH', `/phone/shared_line_groups/${g.id}`, {
    body: {
      display_name: 'New Line', status: 'inactive', cost_center: 'CC-1', department: 'Front', timezone: 'Europe/Paris', audio_prompt_language: 'fr-FR',
      default_transcription_language: 'de-DE', recording_storage_location: 'DE', allow_privacy: true, extension_number: 432,
    },
  });
  assertContract('updateASharedLineGroup', res);
  const shown = await s.api('GET', `/phone/shared_line_groups/${g.id}`);
  const main = await mainSite(s);
  assert.deepEqual(
    { ...shown.body, extension_id: undefined },
    {
      id: g.id, display_name: 'New Line', extension_id: undefined, extension_number: Number(`${main.site_code}432`), site: { id: main.id, name: main.name }, status: 'inactive',
      phone_numbers: [], members: { users: [], common_areas: [] }, policy: { voicemail_access_members: [] }, cost_center: 'CC-1', department: 'Front',
      timezone: 'Europe/Paris', audio_prompt_language: 'fr-FR', default_transcription_language: 'de-DE', recording_storage_location: 'DE', allow_privacy: true,
    },
  );
  const ext = (await directory(s, DEMO)).find((e) => e.owner_id === g.id);
  assert.equal(ext?.name, 'New Line');
  assert.equal(ext?.extension_number, Number(`${main.site_code}432`));
  // The old number is free again.
  assert.equal((await createGroup(s, { extension_number: g.extension_number % 1000 })).extension_number, g.extension_number);
  // A second update of one field keeps the others.
  assertContract('updateASharedLineGroup', await s.api('PATCH', `/phone/shared_line_groups/${g.id}`, { body: { status: 'active' } }));
  const again = await s.api('GET', `/phone/shared_line_groups/${g.id}`);
  assert.equal(again.body.status, 'active');
  assert.equal(again.body.department, 'Front');
  assert.equal(again.body.allow_privacy, true);
});

test('an unknown timezone, an empty name or a bad enum is refused and changes nothing', async () => {
  const g = await createGroup(s, { display_name: 'Steady' });
  const tz = await s.api('PATCH', `/phone/shared_line_groups/${g.id}`, { body: { timezone: 'Mars/Olympus', display_name: 'Changed' } });
  assertDocumentedError('updateASharedLineGroup', tz, 'error300');
  assert.equal(tz.body.message, 'Timezone not found in the system: Mars/Olympus.');
  const blank = await s.api('PATCH', `/phone/shared_line_groups/${g.id}`, { body: { display_name: '' } });
  assertDocumentedError('updateASharedLineGroup', blank, 'error300');
  const status = await s.api('PATCH', `/phone/shared_line_groups/${g.id}`, { body: { status: 'paused' } });
  assertDocumentedError('updateASharedLineGroup', status, 'error300');
  const shown = await s.api('GET', `/phone/shared_line_groups/${g.id}`);
  assert.equal(shown.body.display_name, 'Steady');
  assert.equal(shown.body.status, 'active');
  assert.equal(shown.body.timezone, undefined);
});

test('the list pages by next_page_token and counts every group of the account', async () => {
  const total = await groupCount();
  for (let i = 0; i < 3; i++) await createGroup(s);
  const seen: string[] = [];
  let token: string | undefined;
  do {
    const res = await s.api('GET', '/phone/shared_line_groups', { query: { page_size: 2, ...(token ? { next_page_token: token } : {}) } });
    assertContract('listSharedLineGroups', res);
    assert.equal(res.body.total_records, total + 3);
    assert.ok(res.body.shared_line_groups.length <= 2);
    seen.push(...res.body.shared_line_groups.map((g: { id: string }) => g.id));
    token = res.body.next_page_token || undefined;
  } while (token);
  assert.equal(seen.length, total + 3);
  assert.equal(new Set(seen).size, seen.length);
});

test('deleting a group frees its extension number, releases its numbers and ends its memberships', async () => {
  const g = await createGroup(s, { extension_number: 987 });
  const n = await addNumber(s);
  const user = await addUser(s);
  assertContract('assignPhoneNumbersForSharedLineGroup', await s.api('POST', `/phone/shared_line_groups/${g.id}/phone_numbers`, { body: { phone_numbers: [{ number: n.number }] } }));
  assertContract('addMembersToASharedLineGroup', await s.api('POST', `/phone/shared_line_groups/${g.id}/members`, { body: { members: { users: [{ id: user }] } } }));
  const res = await s.api('DELETE', `/phone/shared_line_groups/${g.id}`);
  assertContract('deleteASharedLineGroup', res);
  assertDocumentedError('getASharedLineGroup', await s.api('GET', `/phone/shared_line_groups/${g.id}`), 'sharedLineGroupDoesNotExist');
  assert.equal((await directory(s, DEMO)).some((e) => e.owner_id === g.id), false);
  assert.equal((await s.api('GET', `/phone/numbers/${n.id}`)).body.assignee, undefined);
  const again = await s.api('DELETE', `/phone/shared_line_groups/${g.id}`);
  assertDocumentedError('deleteASharedLineGroup', again, 'error300');
  assert.equal(again.body.message, `Shared line group does not exist: ${g.id}.`);
  // The number, the extension and the member are free for another group.
  const next = await createGroup(s, { extension_number: 987 });
  assert.equal(next.extension_number, g.extension_number);
  assertContract('addMembersToASharedLineGroup', await s.api('POST', `/phone/shared_line_groups/${next.id}/members`, { body: { members: { users: [{ id: user }] } } }));
  assertContract('assignPhoneNumbersForSharedLineGroup', await s.api('POST', `/phone/shared_line_groups/${next.id}/phone_numbers`, { body: { phone_numbers: [{ id: n.id }] } }));
});

test('deleting a site moves its groups, their extensions, members and numbers to the transfer site', async () => {
  const main = await mainSite(s);
  const created = await s.api('POST', '/phone/sites', {
    body: { name: 'SLG Doomed Site', site_code: 8, short_extension: { length: 3 }, auto_receptionist_name: 'Doomed AR', default_emergency_address: SITE_ADDRESS },
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const siteId = created.body.id;
  const g = await createGroup(s, { site_id: siteId, extension_number: 101 });
  assert.equal(g.extension_number, 8101);
  const n = await addNumber(s, { siteId });
  const user = await addUser(s, { siteId });
  await s.api('POST', `/phone/shared_line_groups/${g.id}/phone_numbers`, { body: { phone_numbers: [{ id: n.id }] } });
  await s.api('POST', `/phone/shared_line_groups/${g.id}/members`, { body: { members: { users: [{ id: user }] } } });
  const del = await s.api('DELETE', `/phone/sites/${siteId}`, { query: { transfer_site_id: main.id } });
  assert.equal(del.status, 204, JSON.stringify(del.body));
  const shown = await s.api('GET', `/phone/shared_line_groups/${g.id}`);
  assert.deepEqual(shown.body.site, { id: main.id, name: main.name });
  assert.equal(shown.body.extension_number, 8101);
  assert.deepEqual(shown.body.members.users.map((u: { id: string }) => u.id), [user]);
  assert.deepEqual(shown.body.phone_numbers.map((p: { id: string }) => p.id), [n.id]);
  assert.equal((await directory(s, DEMO)).find((e) => e.owner_id === g.id)?.site_id, main.id);
  assert.equal((await s.api('GET', `/phone/numbers/${n.id}`)).body.site.id, main.id);
});

test('the demo account has a shared line group with two members of its site and a number', async () => {
  const list = await s.api('GET', '/phone/shared_line_groups', { query: { page_size: 300 } });
  const demo = list.body.shared_line_groups.find((g: { display_name: string }) => g.display_name === 'Front Desk');
  assert.ok(demo, JSON.stringify(list.body));
  assert.equal(demo.phone_numbers.length, 1);
  const shown = await s.api('GET', `/phone/shared_line_groups/${demo.id}`);
  assertContract('getASharedLineGroup', shown);
  assert.equal(shown.body.members.users.length, 2);
  assert.ok(shown.body.members.users.every((u: { name?: string }) => u.name));
  assert.equal(shown.body.primary_number, demo.phone_numbers[0].number);
  assert.equal(shown.body.site.id, (await siteRows(s))[0].id);
  const one = await s.api('GET', `/phone/numbers/${demo.phone_numbers[0].id}`);
  assert.equal(one.body.assignee.id, demo.id);
  assert.equal(one.body.assignee.name, 'Front Desk');
});
