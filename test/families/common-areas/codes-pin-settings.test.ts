// A common area's activation codes, PIN code and settings (holiday hours, custom
// hours, desk phones).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { createArea, mainSite } from './fixtures.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

async function codes() {
  const res = await s.api('GET', '/phone/common_areas/activation_codes', { query: { page_size: 300 } });
  assertContract('listActivationCodes', res);
  return res.body.common_areas_activation_codes as { common_area_id: string; activation_code: string; activation_code_expiration: string; status: string; site?: { site_id: string; name: string } }[];
}

test('activation codes generated are listed with their expiration; a new code replaces the one before', async () => {
  const main = await mainSite(s);
  const a = await createArea(s, { display_name: 'Huddle Room' });
  const b = await createArea(s);
  assert.equal((await codes()).some((c) => c.common_area_id === a.id), false);
  const res = await s.api('POST', '/phone/common_areas/activation_code', { body: { common_area_ids: [a.id, b.id] } });
  assertContract('generateActivationCodesForCommonAreas', res);
  assert.equal(res.status, 201);
  const [first] = res.body.common_areas_activation_codes;
  assert.equal(res.body.common_areas_activation_codes.length, 2);
  assert.equal(first.common_area_id, a.id);
  assert.equal(first.display_name, 'Huddle Room');
  assert.equal(first.extension_number, a.extension_number);
  assert.match(first.activation_code, /^\d{4}-\d{4}-\d{4}-\d{4}$/);
  assert.match(first.activation_code_expiration, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);

  const listed = (await codes()).find((c) => c.common_area_id === a.id);
  assert.deepEqual(listed, {
    common_area_id: a.id, display_name: 'Huddle Room', extension_number: a.extension_number, activation_code: first.activation_code,
    activation_code_expiration: first.activation_code_expiration, status: 'not_used', site: { site_id: main.id, name: main.name },
  });
  const again = await s.api('POST', '/phone/common_areas/activation_code', { body: { common_area_ids: [a.id] } });
  assertContract('generateActivationCodesForCommonAreas', again);
  const renewed = again.body.common_areas_activation_codes[0].activation_code;
  assert.equal((await codes()).find((c) => c.common_area_id === a.id)?.activation_code, renewed);
});

test('up to 50 common areas at a time; an unknown one refuses the whole request and generates nothing', async () => {
  const a = await createArea(s);
  const fifty = Array.from({ length: 50 }, () => a.id);
  const ok = await s.api('POST', '/phone/common_areas/activation_code', { body: { common_area_ids: fifty } });
  assertContract('generateActivationCodesForCommonAreas', ok);
  assert.equal(ok.body.common_areas_activation_codes.length, 1);
  const tooMany = await s.api('POST', '/phone/common_areas/activation_code', { body: { common_area_ids: [...fifty, a.id] } });
  assertDocumentedError('generateActivationCodesForCommonAreas', tooMany, 'commonAreaSizeMustBeLess');

  const b = await createArea(s);
  const unknown = await s.api('POST', '/phone/common_areas/activation_code', { body: { common_area_ids: [b.id, 'no-such-area'] } });
  assertDocumentedError('generateActivationCodesForCommonAreas', unknown, 'commonAreaDoesNotExist');
  assert.equal(unknown.body.message, 'Common area does not exist: no-such-area.');
  assert.equal((await codes()).some((c) => c.common_area_id === b.id), false);
  assertUndocumentedError(await s.api('POST', '/phone/common_areas/activation_code', { body: { common_area_ids: [] } }), 400, 300, 'common_area_ids must name at least one common area.');
});

test('the activation code list pages by next_page_token', async () => {
  const a = await createArea(s);
  const b = await createArea(s);
  await s.api('POST', '/phone/common_areas/activation_code', { body: { common_area_ids: [a.id, b.id] } });
  const first = await s.api('GET', '/phone/common_areas/activation_codes', { query: { page_size: 1 } });
  assertContract('listActivationCodes', first);
  assert.equal(first.body.common_areas_activation_codes.length, 1);
  assert.ok(first.body.next_page_token);
  const second = await s.api('GET', '/phone/common_areas/activation_codes', { query: { page_size: 1, next_page_token: first.body.next_page_token } });
  assertContract('listActivationCodes', second);
  assert.notEqual(second.body.common_areas_activation_codes[0].common_area_id, first.body.common_areas_activation_codes[0].common_area_id);
  const bad = await s.api('GET', '/phone/common_areas/activation_codes', { query: { next_page_token: 'not-a-token' } });
  assertDocumentedError('listActivationCodes', bad, 'nextPageTokenIsInvalidOr');
});

test('a PIN code that keeps the rules is set; each rule broken answers its documented error', async () => {
  const main = await mainSite(s);
  const a = await createArea(s, { extension_number: 246 });
  const ok = await s.api('PATCH', `/phone/common_areas/${a.id}/pin_code`, { body: { pin_code: '582947' } });
  assertContract('updateCommonAreaPinCode', ok);
  assert.equal((await s.api('PATCH', `/phone/common_areas/${a.id}/pin_code`, { body: { pin_code: '5829475810' } })).status, 204);
  const refusals: [string, Parameters<typeof assertDocumentedError<'updateCommonAreaPinCode'>>[2]][] = [
    ['58a947', 'pinCodeCouldOnlyIncludeNumbers'],
    ['58294', 'invalidPinCodePinCodeMust400'],
    ['58294758101', 'invalidPinCodePinCodeMust400'],
    [`${main.site_code}246`, 'invalidPinCodeYourPinCode'],
    ['777777', 'invalidPinCodeThePinCode'],
    ['345678', 'pinCodeCannotBeAnAscending'],
    ['987654', 'pinCodeCannotBeAnAscending'],
  ];
  for (const [pin_code, error] of refusals) {
    const res = await s.api('PATCH', `/phone/common_areas/${a.id}/pin_code`, { body: { pin_code } });
    assertDocumentedError('updateCommonAreaPinCode', res, error);
  }
  const length = await s.api('PATCH', `/phone/common_areas/${a.id}/pin_code`, { body: { pin_code: '123' } });
  assert.equal(length.body.message, 'Invalid PIN code. PIN code must be 6 to 10 digits long.');
});

test('holiday hours added are shown by the settings, and changed by holiday id', async () => {
  const a = await createArea(s);
  const empty = await s.api('GET', `/phone/common_areas/${a.id}/settings`);
  assertContract('getCommonAreaSettings', empty);
  assert.deepEqual(empty.body.holiday_hours, []);
  assert.deepEqual(empty.body.desk_phones, []);
  const res = await s.api('POST', `/phone/common_areas/${a.id}/settings/holiday_hours`, {
    body: { holiday_hours: { holidays: [{ name: 'New Year', from: '2027-01-01T00:00:00Z', to: '2027-01-02T00:00:00Z' }, { name: 'Labor Day', from: '2027-09-06T00:00:00Z', to: '2027-09-07T00:00:00Z' }] } },
  });
  assertContract('addCommonAreaSetting', res);
  assert.equal(res.status, 201);
  const holidays = res.body.holiday_hours.holidays;
  assert.deepEqual(holidays.map((h: { name: string }) => h.name), ['New Year', 'Labor Day']);
  assert.ok(holidays[0].holiday_id);

  const upd = await s.api('PATCH', `/phone/common_areas/${a.id}/settings/holiday_hours`, { body: { holiday_hours: { holidays: [{ holiday_id: holidays[1].holiday_id, name: 'Labour Day' }] } } });
  assertContract('updateCommonAreaSetting', upd);
  const shown = await s.api('GET', `/phone/common_areas/${a.id}/settings`);
  assertContract('getCommonAreaSettings', shown);
  assert.deepEqual(shown.body.holiday_hours, [
    { holiday_id: holidays[0].holiday_id, name: 'New Year', from: '2027-01-01T00:00:00Z', to: '2027-01-02T00:00:00Z' },
    { holiday_id: holidays[1].holiday_id, name: 'Labour Day', from: '2027-09-06T00:00:00Z', to: '2027-09-07T00:00:00Z' },
  ]);
  assertUndocumentedError(
    await s.api('PATCH', `/phone/common_areas/${a.id}/settings/holiday_hours`, { body: { holiday_hours: { holidays: [{ holiday_id: 'nope', name: 'X' }] } } }),
    400, 404, 'Holiday does not exist: nope.',
  );
});

test('holiday hours: one to ten a request, each named, from before to; a refusal adds nothing', async () => {
  const a = await createArea(s);
  const day = (i: number) => ({ name: `Day ${i}`, from: `2027-03-${String(i + 1).padStart(2, '0')}T00:00:00Z`, to: `2027-03-${String(i + 1).padStart(2, '0')}T23:00:00Z` });
  const ten = Array.from({ length: 10 }, (_, i) => day(i));
  const bad = [
    { holidays: [] },
    { holidays: [...ten, day(10)] },
    { holidays: [{ name: '', from: '2027-01-01T00:00:00Z', to: '2027-01-02T00:00:00Z' }] },
    { holidays: [{ name: 'Backwards', from: '2027-01-02T00:00:00Z', to: '2027-01-01T00:00:00Z' }] },
    { holidays: [{ name: 'Bad date', from: '2027-13-01T00:00:00Z', to: '2027-12-02T00:00:00Z' }] },
    { holidays: [day(20), { name: 'Bad', from: 'tomorrow', to: '2027-12-02T00:00:00Z' }] },
  ];
  for (const holiday_hours of bad) {
    const res = await s.api('POST', `/phone/common_areas/${a.id}/settings/holiday_hours`, { body: { holiday_hours } });
    assertUndocumentedError(res, 400, 300, 'Validation failed.');
  }
  assert.deepEqual((await s.api('GET', `/phone/common_areas/${a.id}/settings`)).body.holiday_hours, []);
  const res = await s.api('POST', `/phone/common_areas/${a.id}/settings/holiday_hours`, { body: { holiday_hours: { holidays: ten } } });
  assertContract('addCommonAreaSetting', res);
  assert.equal(res.body.holiday_hours.holidays.length, 10);
});

test('custom hours are 24 hours, 7 days a week until changed, and change by weekday', async () => {
  const a = await createArea(s);
  const before = await s.api('GET', `/phone/common_areas/${a.id}/settings`);
  assert.equal(before.body.custom_hours_settings.custom_hour_type, 1);
  assert.equal(before.body.custom_hours_settings.custom_hours.length, 7);
  const res = await s.api('PATCH', `/phone/common_areas/${a.id}/settings/custom_hours`, {
    body: { custom_hours_settings: { custom_hour_type: 2, custom_hours: [{ weekday: 1, type: 0 }, { weekday: 2, type: 2, from: '08:00', to: '17:30' }] } },
  });
  assertContract('updateCommonAreaSetting', res);
  const shown = await s.api('GET', `/phone/common_areas/${a.id}/settings`);
  assertContract('getCommonAreaSettings', shown);
  assert.equal(shown.body.custom_hours_settings.custom_hour_type, 2);
  assert.deepEqual(shown.body.custom_hours_settings.custom_hours.slice(0, 3), [{ weekday: 1, type: 0 }, { weekday: 2, type: 2, from: '08:00', to: '17:30' }, { weekday: 3, type: 1 }]);
  const bad = await s.api('PATCH', `/phone/common_areas/${a.id}/settings/custom_hours`, { body: { custom_hours_settings: { custom_hours: [{ weekday: 3, type: 2, from: '18:00', to: '09:00' }] } } });
  assertUndocumentedError(bad, 400, 300, 'Validation failed.');
  assert.deepEqual((await s.api('GET', `/phone/common_areas/${a.id}/settings`)).body.custom_hours_settings, shown.body.custom_hours_settings);
});

test('desk phone settings name a device the sandbox does not have; an unknown setting type is refused', async () => {
  const a = await createArea(s);
  assertUndocumentedError(await s.api('POST', `/phone/common_areas/${a.id}/settings/desk_phone`, { body: { device_id: 'dev-1' } }), 400, 404, 'Device does not exist: dev-1.');
  assertUndocumentedError(
    await s.api('PATCH', `/phone/common_areas/${a.id}/settings/desk_phone`, { body: { desk_phones: [{ id: 'dev-1', hot_desking: { status: 'on' } }] } }),
    400, 404, 'Device does not exist: dev-1.',
  );
  const del = await s.api('DELETE', `/phone/common_areas/${a.id}/settings/desk_phone`, { query: { device_id: 'dev-1' } });
  assertUndocumentedError(del, 400, 404, 'Device does not exist: dev-1.');
  assertUndocumentedError(await s.api('POST', `/phone/common_areas/${a.id}/settings/coffee`, { body: {} }), 400, 300, 'Invalid setting type: coffee.');
  assertUndocumentedError(await s.api('PATCH', `/phone/common_areas/${a.id}/settings/coffee`, { body: {} }), 400, 300, 'Invalid setting type: coffee.');
  assertUndocumentedError(await s.api('DELETE', `/phone/common_areas/${a.id}/settings/holiday_hours`, { query: { device_id: 'x' } }), 400, 300, 'Invalid setting type: holiday_hours.');
});
