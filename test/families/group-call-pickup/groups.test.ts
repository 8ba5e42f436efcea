// Call pickup groups through the HTTP API: listed, added, read, updated and
// deleted; the documented bounds of their fields; their extension number; their
// site (and where they go when it is deleted); and another account's view.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { ADDRESS } from '../../support/org.ts';
import { calls, demo, otherMaster, state } from './fixtures.ts';

let s: TestServer;
let api: ReturnType<typeof calls>;
let d: Awaited<ReturnType<typeof demo>>;
before(async () => {
  s = await startServer();
  api = calls(s);
  d = await demo(s);
});
after(() => s.close());

async function added(body: Record<string, unknown>): Promise<string> {
  const res = await api.add({ site_id: d.main.id, ...body });
  assertContract('addAGroupCallPickupObject', res);
  return res.body.id;
}

async function details(id: string) {
  const res = await api.get(id);
  assertContract('getCallPickupGroupById', res);
  return res.body;
}

test('the demo group lists with its site, extension and two members', async () => {
  const res = await api.list();
  assertContract('listGroupCallPickupObjects', res);
  assert.equal(res.body.page_size, 30);
  assert.equal(res.body.total_records, 1);
  assert.equal(res.body.next_page_token, '');
  const [group] = res.body.group_call_pickup;
  assert.deepEqual(group, {
    id: group.id,
    display_name: 'Front Desk Pickup',
    extension_id: group.extension_id,
    extension_number: 190,
    member_count: 2,
    description: 'Reception staff pick up each other’s ringing calls',
    delay: 5,
    cost_center: 'CC-100',
    department: 'Operations',
    site: { id: d.main.id, name: d.main.name },
    directed_call_pickup: true,
  });
  assert.deepEqual(await details(group.id), { ...group, play_incoming_calls_sound: { enable: true, ring_tone: 'ringtone_2', duration: 0 } });
});

test('a group is added with the documented defaults, and shows in the list and by id', async () => {
  const res = await api.add({ display_name: '  Warehouse  ', site_id: d.sites[1].id });
  assertContract('addAGroupCallPickupObject', res);
  assert.deepEqual(res.body, { id: res.body.id, display_name: 'Warehouse' });
  const shown = await details(res.body.id);
  assert.deepEqual(shown, {
    id: res.body.id,
    display_name: 'Warehouse',
    extension_id: shown.extension_id,
    member_count: 0,
    delay: 0,
    site: { id: d.sites[1].id, name: d.sites[1].name },
    directed_call_pickup: false,
    play_incoming_calls_sound: { enable: false },
  });
  assert.ok(shown.extension_id && shown.extension_id !== res.body.id);
  const listed = (await api.list({ page_size: 300 })).body.group_call_pickup;
  const { play_incoming_calls_sound: _sound, ...summary } = shown;
  assert.deepEqual(listed.find((g: any) => g.id === res.body.id), summary);

  // Every field given is kept.
  const full = await added({
    display_name: 'Billing Team',
    description: 'Billing desk',
    extension_number: 555,
    delay: 15,
    directed_call_pickup: true,
    play_incoming_calls_sound: { enable: true, ring_tone: 'ringtone_3', duration: 5 },
    member_extension_ids: [d.users[0].id, d.users[1].id],
  });
  const fullShown = await details(full);
  assert.equal(fullShown.extension_number, 555);
  assert.equal(fullShown.delay, 15);
  assert.equal(fullShown.description, 'Billing desk');
  assert.equal(fullShown.directed_call_pickup, true);
  assert.equal(fullShown.member_count, 2);
  assert.deepEqual(fullShown.play_incoming_calls_sound, { enable: true, ring_tone: 'ringtone_3', duration: 5 });
  const members = await api.members(full);
  assert.deepEqual(members.body.group_call_pickup_member.map((m: any) => m.extension_id), [d.users[0].id, d.users[1].id]);
});

test('the display name must be 3 to 200 characters and the description 255 at most', async () => {
  const before = await state(s);
  for (const display_name of ['ab', '   ab   ', 'x'.repeat(201)]) {
    const res = await api.add({ display_name, site_id: d.main.id });
    assertDocumentedError('addAGroupCallPickupObject', res, 'error300');
    assert.equal(res.body.message, 'Display name must be in the range of 3 to 200.');
  }
  const long = await api.add({ display_name: 'Long description', site_id: d.main.id, description: 'd'.repeat(256) });
  assertDocumentedError('addAGroupCallPickupObject', long, 'error300');
  assert.equal(long.body.message, 'Description is too long.');
  assert.deepEqual(await state(s), before);

  const three = await added({ display_name: 'abc' });
  const twoHundred = await added({ display_name: 'y'.repeat(200), description: 'd'.repeat(255) });
  assert.equal((await details(twoHundred)).description.length, 255);
  const kept = await state(s);
  assertDocumentedError('updateTheGroupCallPickupInformation', await api.update(three, { display_name: 'ab' }), 'displayNameMustBeInThe');
  assertDocumentedError('updateTheGroupCallPickupInformation', await api.update(three, { display_name: 'z'.repeat(201) }), 'displayNameMustBeInThe');
  assertDocumentedError('updateTheGroupCallPickupInformation', await api.update(three, { description: 'd'.repeat(256) }), 'descriptionIsTooLong');
  // A refused field refuses the whole update.
  assertDocumentedError('updateTheGroupCallPickupInformation', await api.update(three, { delay: 10, description: 'd'.repeat(256) }), 'descriptionIsTooLong');
  assert.deepEqual(await state(s), kept);
  const ok = await api.update(three, { display_name: 'z'.repeat(200), description: 'd'.repeat(255) });
  assertContract('updateTheGroupCallPickupInformation', ok);
  assert.equal((await details(three)).display_name, 'z'.repeat(200));
});

test("the extension number is a short extension of the group's site, once among the account's groups", async () => {
  const before = await state(s);
  // The demo sites' short extensions have three digits.
  for (const extension_number of [1000, 0, -5]) {
    const res = await api.add({ display_name: 'Too long', site_id: d.main.id, extension_number });
    assertDocumentedError('addAGroupCallPickupObject', res, 'error300');
    assert.match(res.body.message, /^Extension number error\. /);
  }
  const taken = await api.add({ display_name: 'Same number', site_id: d.sites[2].id, extension_number: 190 });
  assertDocumentedError('addAGroupCallPickupObject', taken, 'error300');
  assert.equal(taken.body.message, 'Extension number error. The extension number 190 is already used by another call pickup group.');
  assert.deepEqual(await state(s), before);

  const first = await added({ display_name: 'Short one', extension_number: 1 });
  const second = await added({ display_name: 'Short two', extension_number: 999 });
  assert.equal((await details(first)).extension_number, 1);
  const kept = await state(s);
  for (const extension_number of [999, 190, 1000, 0]) {
    assertDocumentedError('updateTheGroupCallPickupInformation', await api.update(first, { extension_number }), 'extensionNumberError');
  }
  assertDocumentedError('updateTheGroupCallPickupInformation', await api.update(first, { extension_number: 'abc' }), 'extensionNumberError');
  assert.deepEqual(await state(s), kept);
  // Its own number again, or one let go by another group, is taken.
  assertContract('updateTheGroupCallPickupInformation', await api.update(first, { extension_number: 1 }));
  assertContract('updateTheGroupCallPickupInformation', await api.update(second, { extension_number: 998 }));
  assertContract('updateTheGroupCallPickupInformation', await api.update(first, { extension_number: 999 }));
  assert.equal((await details(first)).extension_number, 999);
});

test('delay and duration outside their values answer the words of the update page', async () => {
  const id = await added({ display_name: 'Delays' });
  const before = await state(s);
  assertDocumentedError('updateTheGroupCallPickupInformation', await api.update(id, { delay: 7 }), 'delayMustBeInTheRange');
  assertDocumentedError('updateTheGroupCallPickupInformation', await api.update(id, { delay: 20 }), 'delayMustBeInTheRange');
  assertDocumentedError('updateTheGroupCallPickupInformation', await api.update(id, { play_incoming_calls_sound: { enable: true, duration: 2 } }), 'durationMustBeInTheRange');
  assertDocumentedError('updateTheGroupCallPickupInformation', await api.update(id, { play_incoming_calls_sound: { ring_tone: 'ringtone_9' } }), 'validationFailed');
  assertDocumentedError('updateTheGroupCallPickupInformation', await api.update(id, { directed_call_pickup: 'yes' }), 'validationFailed');
  // On create the page documents 300 alone: the validation failure is it.
  const res = await api.add({ display_name: 'Bad delay', site_id: d.main.id, delay: 7 });
  assertDocumentedError('addAGroupCallPickupObject', res, 'error300');
  assert.equal(res.body.message, 'Validation Failed.');
  assertDocumentedError('addAGroupCallPickupObject', await api.add({ site_id: d.main.id }), 'error300');
  assertDocumentedError('addAGroupCallPickupObject', await api.add({ display_name: 'No site' }), 'error300');
  assert.deepEqual(await state(s), before);
});

test('an update changes only what it names, and the details show it', async () => {
  const id = await added({ display_name: 'Support', description: 'First line', delay: 5, play_incoming_calls_sound: { enable: true, ring_tone: 'ringtone_2', duration: 3 } });
  const res = await api.update(id, { cost_center: 'CC-200', department: 'Support' });
  assertContract('updateTheGroupCallPickupInformation', res);
  let shown = await details(id);
  assert.deepEqual(
    [shown.display_name, shown.description, shown.delay, shown.cost_center, shown.department, shown.play_incoming_calls_sound],
    ['Support', 'First line', 5, 'CC-200', 'Support', { enable: true, ring_tone: 'ringtone_2', duration: 3 }],
  );
  // Sound off: its ring tone and duration are 'not available when enable=false', and come back when it is on again.
  assertContract('updateTheGroupCallPickupInformation', await api.update(id, { play_incoming_calls_sound: { enable: false, ring_tone: 'ringtone_2', duration: 3 } }));
  assert.deepEqual((await details(id)).play_incoming_calls_sound, { enable: false });
  assertContract('updateTheGroupCallPickupInformation', await api.update(id, { play_incoming_calls_sound: { enable: true, ring_tone: 'ringtone_2', duration: 3 } }));
  assert.deepEqual((await details(id)).play_incoming_calls_sound, { enable: true, ring_tone: 'ringtone_2', duration: 3 });
  assertContract('updateTheGroupCallPickupInformation', await api.update(id, { display_name: 'Support Desk', delay: 0, directed_call_pickup: true, description: '' }));
  shown = await details(id);
  assert.deepEqual([shown.display_name, shown.delay, shown.directed_call_pickup, shown.description], ['Support Desk', 0, true, '']);
  // An empty update changes nothing.
  const before = await state(s);
  assertContract('updateTheGroupCallPickupInformation', await api.update(id, {}));
  const after = await state(s);
  assert.deepEqual(
    after.groups.map(({ updated_at: _u, ...g }) => g),
    before.groups.map(({ updated_at: _u, ...g }) => g),
  );
});

test("the site must be one of the account's", async () => {
  const before = await state(s);
  const res = await api.add({ display_name: 'Nowhere', site_id: 'no-such-site' });
  assertDocumentedError('addAGroupCallPickupObject', res, 'error300');
  assert.equal(res.body.message, 'Site does not exist: no-such-site.');
  const other = await otherMaster(s, 'gcp-site-other');
  const otherSite = await s.api('POST', '/phone/sites', { token: other, body: { name: 'Other HQ', auto_receptionist_name: 'Other Desk', default_emergency_address: ADDRESS } });
  assert.equal(otherSite.status, 201, JSON.stringify(otherSite.body));
  assertDocumentedError('addAGroupCallPickupObject', await api.add({ display_name: 'Foreign', site_id: otherSite.body.id }), 'error300');
  assert.deepEqual(await state(s), before);
});

test('a deleted group is gone with its members', async () => {
  const id = await added({ display_name: 'Short lived', extension_number: 321, member_extension_ids: [d.users[0].id] });
  const res = await api.remove(id);
  assertContract('deleteGroupCallPickupObjects', res);
  assertUndocumentedError(await api.get(id), 400, 404, 'Group call pickup does not exist.');
  assertUndocumentedError(await api.members(id), 400, 404, 'Group call pickup does not exist.');
  assertDocumentedError('deleteGroupCallPickupObjects', await api.remove(id), 'groupCallPickupDoesNotExist');
  assertDocumentedError('updateTheGroupCallPickupInformation', await api.update(id, { delay: 5 }), 'groupCallPickupDoesNotExist');
  assertDocumentedError('addMembersToACallPickupGroup', await api.addMembers(id, { member_extension_ids: [d.users[1].id] }), 'groupCallPickupDoesNotExist');
  assertDocumentedError('removeMembersFromCallPickupGroup', await api.removeMember(id, d.users[0].id), 'groupCallPickupDoesNotExist');
  const { groups, members } = await state(s);
  assert.equal(groups.some((g) => g.id === id), false);
  assert.equal(members.some((m) => m.group_id === id), false);
  // Its number is free again.
  await added({ display_name: 'Reuses 321', extension_number: 321 });
});

test("another account neither sees nor changes the account's groups", async () => {
  const token = await otherMaster(s, 'gcp-other');
  const demoGroup = (await api.list()).body.group_call_pickup[0];
  const before = await state(s);
  const list = await api.list({}, token);
  assertContract('listGroupCallPickupObjects', list);
  assert.deepEqual(list.body.group_call_pickup, []);
  assert.equal(list.body.total_records, 0);
  assertUndocumentedError(await api.get(demoGroup.id, token), 400, 404, 'Group call pickup does not exist.');
  assertUndocumentedError(await api.members(demoGroup.id, {}, token), 400, 404, 'Group call pickup does not exist.');
  assertDocumentedError('updateTheGroupCallPickupInformation', await api.update(demoGroup.id, { display_name: 'Taken over' }, token), 'groupCallPickupDoesNotExist');
  assertDocumentedError('deleteGroupCallPickupObjects', await api.remove(demoGroup.id, token), 'groupCallPickupDoesNotExist');
  assertDocumentedError('addMembersToACallPickupGroup', await api.addMembers(demoGroup.id, { member_extension_ids: [d.users[2].id] }, token), 'groupCallPickupDoesNotExist');
  const member = (await api.members(demoGroup.id)).body.group_call_pickup_member[0];
  assertDocumentedError('removeMembersFromCallPickupGroup', await api.removeMember(demoGroup.id, member.extension_id, token), 'groupCallPickupDoesNotExist');
  // Nor can it take the demo's number for granted: its groups number on their own.
  const otherSite = await s.api('POST', '/phone/sites', { token, body: { name: 'Other Main', auto_receptionist_name: 'Desk', default_emergency_address: ADDRESS } });
  const own = await api.add({ display_name: 'Their group', site_id: otherSite.body.id, extension_number: 190 }, token);
  assertContract('addAGroupCallPickupObject', own);
  assert.deepEqual(await state(s), before);
  assert.deepEqual((await api.list()).body.group_call_pickup.map((g: any) => g.id).includes(own.body.id), false);
});

test('the list filters by site, shows 30 a page unless asked, at most 300, and pages by next_page_token', async () => {
  const site = await s.api('POST', '/phone/sites', { body: { name: 'Pickup Annex', auto_receptionist_name: 'Annex Desk', default_emergency_address: ADDRESS } });
  assert.equal(site.status, 201, JSON.stringify(site.body));
  const ids: string[] = [];
  for (let i = 0; i < 31; i++) ids.push(await added({ display_name: `Annex group ${i}`, site_id: site.body.id }));
  const first = await api.list({ site_id: site.body.id });
  assertContract('listGroupCallPickupObjects', first);
  assert.equal(first.body.group_call_pickup.length, 30);
  assert.equal(first.body.total_records, 31);
  assert.ok(first.body.group_call_pickup.every((g: any) => g.site.id === site.body.id && g.site.name === 'Pickup Annex'));
  assert.notEqual(first.body.next_page_token, '');
  const second = await api.list({ site_id: site.body.id, next_page_token: first.body.next_page_token });
  assertContract('listGroupCallPickupObjects', second);
  assert.deepEqual([...first.body.group_call_pickup, ...second.body.group_call_pickup].map((g: any) => g.id), ids);
  assert.equal(second.body.next_page_token, '');
  const all = await api.list({ page_size: 300 });
  assert.equal(all.body.group_call_pickup.length, all.body.total_records);
  assert.ok(all.body.total_records > 31);
  assertUndocumentedError(await api.list({ page_size: 301 }), 400, 300, 'Validation Failed.');
  // A token of one site's list is not another's.
  assertUndocumentedError(await api.list({ site_id: d.main.id, next_page_token: first.body.next_page_token }), 400, 300, 'The next page token is invalid or expired.');
  assert.deepEqual((await api.list({ site_id: 'no-such-site' })).body.group_call_pickup, []);
});

test("a deleted site's groups move to the transfer site", async () => {
  const site = await s.api('POST', '/phone/sites', { body: { name: 'Closing Office', auto_receptionist_name: 'Closing Desk', default_emergency_address: ADDRESS } });
  assert.equal(site.status, 201, JSON.stringify(site.body));
  const id = await added({ display_name: 'Closing group', site_id: site.body.id, extension_number: 777, member_extension_ids: [d.users[2].id] });
  const res = await s.api('DELETE', `/phone/sites/${site.body.id}`, { query: { transfer_site_id: d.sites[1].id } });
  assert.equal(res.status, 204, JSON.stringify(res.body));
  const shown = await details(id);
  assert.deepEqual([shown.site, shown.extension_number, shown.member_count], [{ id: d.sites[1].id, name: d.sites[1].name }, 777, 1]);
  assert.equal((await api.list({ site_id: site.body.id })).body.total_records, 0);
});
