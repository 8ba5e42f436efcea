// Common areas themselves: each an extension of the account's one directory (kind
// 'commonArea'), on a site, added, listed, shown, changed and deleted; a deleted
// site's common areas move to the transfer site; another account sees none of them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { addNumber, createArea, DEMO, directory, listed, mainSite, otherAccount, siteRows } from './fixtures.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

const areaCount = async (token?: string) => (await listed(s, token)).length;
const SITE_ADDRESS = { address_line1: '1 Main St', city: 'Austin', state_code: 'TX', zip: '78701', country: 'US' };

test('a common area added is listed and shown, its extension in the directory as a commonArea', async () => {
  const main = await mainSite(s);
  // No site_id: the account's main site.
  const res = await s.api('POST', '/phone/common_areas', { body: { display_name: 'Lobby West', timezone: 'America/Chicago', country_iso_code: 'US' } });
  assertContract('addACommonArea', res);
  assert.equal(res.status, 201);
  assert.deepEqual(Object.keys(res.body).sort(), ['display_name', 'id']);
  assert.equal(res.body.display_name, 'Lobby West');
  const id = res.body.id;

  const one = await s.api('GET', `/phone/common_areas/${id}`);
  assertContract('getCommonAreaDetails', one);
  // No extension given: the site's first free short extension, behind its site code.
  assert.match(String(one.body.extension_number), new RegExp(`^${main.site_code}\\d{3}$`));
  assert.equal(one.body.display_name, 'Lobby West');
  assert.deepEqual(one.body.site, { id: main.id, name: main.name });
  assert.deepEqual(one.body.country, { code: 'US', country_code: '1', name: 'United States' });
  assert.deepEqual(one.body.phone_numbers, []);
  assert.deepEqual(one.body.calling_plans, []);
  assert.equal(typeof one.body.policy, 'object');

  const item = (await listed(s)).find((a) => a.id === id);
  assert.deepEqual(item, {
    id, display_name: 'Lobby West', extension_number: one.body.extension_number, site: { id: main.id, name: main.name }, status: 'offline',
    calling_plans: [], phone_numbers: [], desk_phones: [],
  });

  const ext = (await directory(s, DEMO)).find((e) => e.owner_id === id);
  assert.deepEqual(ext && { ...ext, id: undefined }, { id: undefined, kind: 'commonArea', extension_number: one.body.extension_number, name: 'Lobby West', site_id: main.id, owner_id: id });
  // "The common area ID or common area extension ID": found by either.
  const byExtension = await s.api('GET', `/phone/common_areas/${ext!.id}`);
  assertContract('getCommonAreaDetails', byExtension);
  assert.equal(byExtension.body.id, id);
});

test("an extension number given is the site's short extension behind its site code; another length or a taken one adds nothing", async () => {
  const main = await mainSite(s);
  const a = await createArea(s, { extension_number: 321, site_id: main.id });
  assert.equal(a.extension_number, Number(`${main.site_code}321`));
  for (const [extension_number, field] of [[32, 'extension_number'], [3210, 'extension_number'], [321, 'extension_number']] as const) {
    const before = await areaCount();
    const res = await s.api('POST', '/phone/common_areas', { body: { display_name: 'Clash', extension_number } });
    assertDocumentedError('addACommonArea', res, 'validationFailed');
    assert.equal(res.body.errors[0].field, field);
    assert.equal(await areaCount(), before);
  }
  // A user's, queue's or group's number is the directory's too.
  const queue = await s.api('POST', '/phone/call_queues', { body: { name: 'CA Queue 322', site_id: main.id, extension_number: 322 } });
  assert.equal(queue.status, 201, JSON.stringify(queue.body));
  assertDocumentedError('addACommonArea', await s.api('POST', '/phone/common_areas', { body: { display_name: 'Clash Q', extension_number: 322 } }), 'validationFailed');
});

test('addACommonArea refuses a short name, an unknown timezone, country, site or template, and adds nothing', async () => {
  const before = await areaCount();
  const refusals: [Record<string, unknown>, Parameters<typeof assertDocumentedError<'addACommonArea'>>[2]][] = [
    [{ display_name: 'ab' }, 'validationFailed'],
    [{ display_name: '  ab  ' }, 'validationFailed'],
    [{ display_name: 'Front', timezone: 'Mars/Olympus' }, 'timezoneNotFoundInTheSystem'],
    [{ display_name: 'Front', country_iso_code: 'ZZ' }, 'thisCountryIsNotSupportedBy'],
    [{ display_name: 'Front', site_id: 'no-such-site' }, 'siteDoesNotExist'],
    [{ display_name: 'Front', template_id: 'no-such-template' }, 'templateTypeErrorOrTheTemplate'],
  ];
  for (const [body, error] of refusals) {
    const res = await s.api('POST', '/phone/common_areas', { body });
    assertDocumentedError('addACommonArea', res, error);
  }
  const site = await s.api('POST', '/phone/common_areas', { body: { display_name: 'Front', site_id: 'no-such-site' } });
  assert.equal(site.body.message, 'Site does not exist: no-such-site.');
  // Exactly three characters is enough.
  await createArea(s, { display_name: 'abc' });
  assert.equal(await areaCount(), before + 1);
  const missing = await s.api('POST', '/phone/common_areas', { body: {} });
  assert.equal(missing.status, 400);
  assert.equal(missing.body.code, 300);
});

test('an update changes what it names and keeps the rest', async () => {
  const [main, denver] = await siteRows(s);
  const a = await createArea(s, { display_name: 'Kitchen', timezone: 'America/Los_Angeles' });
  const n = await addNumber(s);
  assertContract('assignPhoneNumbersToACommonArea', await s.api('POST', `/phone/common_areas/${a.id}/phone_numbers`, { body: { phone_numbers: [{ id: n.id }] } }));
  const res = await s.api('PATCH', `/phone/common_areas/${a.id}`, {
    body: {
      display_name: 'Kitchen 2F', department: 'Facilities', cost_center: 'CC-12', area_code: '408', outbound_caller_id: n.number,
      default_transcription_language: 'fr-CA', policy: { international_calling: { enable: true }, delegation: true, hide_phone_call_history_in_ios: { enable: true } },
    },
  });
  assertContract('updateCommonArea', res);
  const shown = await s.api('GET', `/phone/common_areas/${a.id}`);
  assertContract('getCommonAreaDetails', shown);
  assert.equal(shown.body.display_name, 'Kitchen 2F');
  assert.equal(shown.body.department, 'Facilities');
  assert.equal(shown.body.cost_center, 'CC-12');
  assert.equal(shown.body.area_code, '408');
  assert.equal(shown.body.default_transcription_language, 'fr-CA');
  assert.equal(shown.body.extension_number, a.extension_number);
  assert.deepEqual(shown.body.outbound_caller_ids, [{ number: n.number, name: 'Kitchen 2F', is_default: true }]);
  assert.equal(shown.body.policy.international_calling.enable, true);
  assert.equal(shown.body.policy.international_calling.modified, true);
  assert.equal(shown.body.policy.delegation.enable, true);
  assert.equal(shown.body.policy.hide_zoom_phone_calls_in_ios.enable, true);
  // The directory (and so every view of its numbers) names it anew.
  assert.equal((await directory(s, DEMO)).find((e) => e.owner_id === a.id)?.name, 'Kitchen 2F');
  const phone = await s.api('GET', `/phone/numbers/${n.id}`);
  assertContract('getAPhoneNumber', phone);
  assert.deepEqual(phone.body.assignee, { id: a.id, name: 'Kitchen 2F', extension_number: a.extension_number, type: 'commonArea' });

  // reset: the setting shows its site's value again.
  await s.api('PATCH', `/phone/common_areas/${a.id}`, { body: { policy: { international_calling: { reset: true } } } });
  const reset = await s.api('GET', `/phone/common_areas/${a.id}`);
  assert.equal(reset.body.policy.international_calling.modified, false);

  // Moved to another site: shown there, and the directory follows.
  assert.equal((await s.api('PATCH', `/phone/common_areas/${a.id}`, { body: { site_id: denver.id } })).status, 204);
  assert.deepEqual((await s.api('GET', `/phone/common_areas/${a.id}`)).body.site, { id: denver.id, name: denver.name });
  assert.equal((await directory(s, DEMO)).find((e) => e.owner_id === a.id)?.site_id, denver.id);
  const moved = await s.api('GET', `/phone/numbers/${n.id}`);
  assert.equal(moved.body.site.id, denver.id);
  assert.notEqual(main.id, denver.id);

  // An empty body changes nothing.
  assert.equal((await s.api('PATCH', `/phone/common_areas/${a.id}`, { body: {} })).status, 204);
  assert.equal((await s.api('GET', `/phone/common_areas/${a.id}`)).body.display_name, 'Kitchen 2F');
});

test('an update to an extension number another extension holds answers the conflict and changes nothing', async () => {
  const main = await mainSite(s);
  const a = await createArea(s, { extension_number: 401 });
  const b = await createArea(s, { extension_number: 402 });
  const res = await s.api('PATCH', `/phone/common_areas/${b.id}`, { body: { extension_number: 401, display_name: 'Renamed' } });
  assertDocumentedError('updateCommonArea', res, 'conflictOccurredWithTheTargetExtension');
  const shown = await s.api('GET', `/phone/common_areas/${b.id}`);
  assert.equal(shown.body.extension_number, Number(`${main.site_code}402`));
  assert.notEqual(shown.body.display_name, 'Renamed');
  // A free one renumbers it; the old number is free again.
  assert.equal((await s.api('PATCH', `/phone/common_areas/${b.id}`, { body: { extension_number: 403 } })).status, 204);
  assert.equal((await s.api('GET', `/phone/common_areas/${b.id}`)).body.extension_number, Number(`${main.site_code}403`));
  assert.equal((await createArea(s, { extension_number: 402 })).extension_number, Number(`${main.site_code}402`));
  assert.ok(a.id);
});

test('an update refused for its input changes nothing', async () => {
  const a = await createArea(s, { display_name: 'Gym' });
  const bad = [
    { display_name: 'ab' },
    { timezone: 'Nowhere/Land' },
    { country_iso_code: 'ZZ' },
    { site_id: 'no-such-site' },
    { emergency_address_id: 'no-such-address' },
    { outbound_caller_id: '+14085551000' },
    { extension_number: 12 },
    { policy: { call_park: { enable: true, forward_to_extension_id: 'no-such-extension' } } },
  ];
  for (const body of bad) {
    const res = await s.api('PATCH', `/phone/common_areas/${a.id}`, { body: { ...body, department: 'Changed' } });
    assertUndocumentedError(res, 400, 300, 'Validation failed.');
    assert.equal(res.body.errors.length, 1, JSON.stringify(res.body));
  }
  const shown = await s.api('GET', `/phone/common_areas/${a.id}`);
  assert.equal(shown.body.display_name, 'Gym');
  assert.equal(shown.body.department, undefined);
});

test('a common area the account does not have answers the documented error on every operation', async () => {
  const id = 'no-such-area';
  assertDocumentedError('getCommonAreaDetails', await s.api('GET', `/phone/common_areas/${id}`), 'commonAreaDoesNotExist');
  assertDocumentedError('updateCommonArea', await s.api('PATCH', `/phone/common_areas/${id}`, { body: { display_name: 'Nope' } }), 'commonAreaDoesNotExist');
  assertDocumentedError('deleteACommonArea', await s.api('DELETE', `/phone/common_areas/${id}`), 'commonAreaDoesNotExist');
  assertDocumentedError(
    'assignCallingPlansToACommonArea',
    await s.api('POST', `/phone/common_areas/${id}/calling_plans`, { body: { calling_plans: [{ type: 100 }] } }),
    'commonAreaDoesNotExist',
  );
  assertDocumentedError('unassignACallingPlanFromTheCommonArea', await s.api('DELETE', `/phone/common_areas/${id}/calling_plans/100`), 'commonAreaDoesNotExist');
  assertDocumentedError(
    'assignPhoneNumbersToACommonArea',
    await s.api('POST', `/phone/common_areas/${id}/phone_numbers`, { body: { phone_numbers: [{ number: '+14085551000' }] } }),
    'commonAreaDoesNotExist',
  );
  assertDocumentedError('unassignPhoneNumbersFromCommonArea', await s.api('DELETE', `/phone/common_areas/${id}/phone_numbers/x`), 'commonAreaDoesNotExist');
  assertUndocumentedError(await s.api('PATCH', `/phone/common_areas/${id}/pin_code`, { body: { pin_code: '582947' } }), 404, 404, `Common area does not exist: ${id}.`);
  assertDocumentedError('getCommonAreaSettings', await s.api('GET', `/phone/common_areas/${id}/settings`), 'commonAreaDoesNotExist');
  assertDocumentedError(
    'addCommonAreaSetting',
    await s.api('POST', `/phone/common_areas/${id}/settings/holiday_hours`, { body: { holiday_hours: { holidays: [{ name: 'X', from: '2027-01-01T00:00:00Z', to: '2027-01-02T00:00:00Z' }] } } }),
    'commonAreaDoesNotExist',
  );
  assertDocumentedError('updateCommonAreaSetting', await s.api('PATCH', `/phone/common_areas/${id}/settings/custom_hours`, { body: { custom_hours_settings: { custom_hour_type: 1 } } }), 'commonAreaDoesNotExist');
  assertDocumentedError('deleteCommonAreaSetting', await s.api('DELETE', `/phone/common_areas/${id}/settings/desk_phone`, { query: { device_id: 'd' } }), 'commonAreaDoesNotExist');
  const deleted = await s.api('DELETE', `/phone/common_areas/${id}`);
  assert.equal(deleted.body.message, `Common area does not exist: ${id}.`);
});

test("another account neither sees nor changes the account's common areas", async () => {
  const other = await otherAccount(s, 'ca-other-account');
  const a = await createArea(s, { display_name: 'Private Lobby' });
  assert.equal((await listed(s, other.token)).some((x) => x.id === a.id), false);
  assertDocumentedError('getCommonAreaDetails', await s.api('GET', `/phone/common_areas/${a.id}`, { token: other.token }), 'commonAreaDoesNotExist');
  assertDocumentedError('updateCommonArea', await s.api('PATCH', `/phone/common_areas/${a.id}`, { token: other.token, body: { display_name: 'Stolen' } }), 'commonAreaDoesNotExist');
  assertDocumentedError('deleteACommonArea', await s.api('DELETE', `/phone/common_areas/${a.id}`, { token: other.token }), 'commonAreaDoesNotExist');
  assertDocumentedError(
    'generateActivationCodesForCommonAreas',
    await s.api('POST', '/phone/common_areas/activation_code', { token: other.token, body: { common_area_ids: [a.id] } }),
    'commonAreaDoesNotExist',
  );
  // The other account's own extension numbers are its own: the same number is free there.
  const mine = await s.api('GET', `/phone/common_areas/${a.id}`);
  assert.equal(mine.body.display_name, 'Private Lobby');
  const theirs = await s.api('POST', '/phone/common_areas', { token: other.token, body: { display_name: 'Their Lobby', extension_number: mine.body.extension_number } });
  assert.equal(theirs.status, 201, JSON.stringify(theirs.body));
  assert.equal((await listed(s)).some((x) => x.id === theirs.body.id), false);
});

test('concurrent adds of one extension number: one wins, the others are refused, never a 500', async () => {
  const main = await mainSite(s);
  const before = await areaCount();
  const answers = await Promise.all([1, 2, 3, 4].map((i) => s.api('POST', '/phone/common_areas', { body: { display_name: `Racer ${i}`, extension_number: 777 } })));
  assert.deepEqual(answers.map((r) => r.status).sort(), [201, 400, 400, 400], JSON.stringify(answers.map((r) => r.body)));
  for (const r of answers.filter((r) => r.status === 400)) assertDocumentedError('addACommonArea', r, 'validationFailed');
  assert.equal(await areaCount(), before + 1);
  const holders = (await directory(s, DEMO)).filter((e) => e.extension_number === Number(`${main.site_code}777`));
  assert.equal(holders.length, 1);
});

test('the list pages by next_page_token, 300 a page at most', async () => {
  await createArea(s);
  await createArea(s);
  const all = await listed(s);
  const first = await s.api('GET', '/phone/common_areas', { query: { page_size: 1 } });
  assertContract('listCommonAreas', first);
  assert.equal(first.body.page_size, 1);
  assert.equal(first.body.common_areas.length, 1);
  assert.ok(first.body.next_page_token);
  const second = await s.api('GET', '/phone/common_areas', { query: { page_size: 1, next_page_token: first.body.next_page_token } });
  assertContract('listCommonAreas', second);
  assert.notEqual(second.body.common_areas[0].id, first.body.common_areas[0].id);
  assert.deepEqual([first.body.common_areas[0].id, second.body.common_areas[0].id], all.slice(0, 2).map((a) => a.id));
  assert.equal((await s.api('GET', '/phone/common_areas', { query: { page_size: 300 } })).status, 200);
  const past = await s.api('GET', '/phone/common_areas', { query: { page_size: 301 } });
  assert.equal(past.status, 400);
  assert.equal(past.body.code, 300);
});

test("deleting a site moves its common areas, their extensions and numbers to the transfer site", async () => {
  const main = await mainSite(s);
  const created = await s.api('POST', '/phone/sites', {
    body: { name: 'CA Doomed Site', site_code: 9, short_extension: { length: 3 }, auto_receptionist_name: 'Doomed CA AR', default_emergency_address: SITE_ADDRESS },
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const siteId = created.body.id;
  const a = await createArea(s, { site_id: siteId, extension_number: 101 });
  assert.equal(a.extension_number, 9101);
  const n = await addNumber(s, { siteId });
  await s.api('POST', `/phone/common_areas/${a.id}/phone_numbers`, { body: { phone_numbers: [{ id: n.id }] } });
  const del = await s.api('DELETE', `/phone/sites/${siteId}`, { query: { transfer_site_id: main.id } });
  assert.equal(del.status, 204, JSON.stringify(del.body));
  const shown = await s.api('GET', `/phone/common_areas/${a.id}`);
  assertContract('getCommonAreaDetails', shown);
  assert.deepEqual(shown.body.site, { id: main.id, name: main.name });
  assert.equal(shown.body.extension_number, 9101);
  assert.deepEqual(shown.body.phone_numbers.map((p: { id: string }) => p.id), [n.id]);
});

test('the demo account has common areas on its sites, one with a number and a calling plan', async () => {
  const areas = await listed(s);
  const demo = ['Main Lobby', 'Denver Break Room', 'London Reception'].map((name) => areas.find((a) => a.display_name === name));
  assert.ok(demo.every(Boolean), JSON.stringify(areas.map((a) => a.display_name)));
  const sites = await siteRows(s);
  assert.deepEqual(demo.map((a) => a!.site?.id), sites.slice(0, 3).map((x) => x.id));
  const lobby = demo[0]!;
  assert.equal(lobby.phone_numbers.length, 1);
  assert.deepEqual(lobby.calling_plans.map((p) => p.type), [100]);
  const phone = await s.api('GET', `/phone/numbers/${lobby.phone_numbers[0].id}`);
  assert.equal(phone.body.assignee.type, 'commonArea');
  assert.equal(phone.body.assignee.name, 'Main Lobby');
});
