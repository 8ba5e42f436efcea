// An extension's call handling through the HTTP API: the defaults each kind starts
// with, business hours, closed hours and holidays with their routing and forwarding
// numbers, the documented refusals, and what happens when an extension leaves the
// directory.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { DEMO, sites, tokenFor } from '../../support/org.ts';

let s: TestServer;
let users: string[];
let receptionist: string;
let siteId: string;

before(async () => {
  s = await startServer();
  const rows = await s.sandbox.db.selectFrom('extensions').select(['id', 'kind', 'owner_id']).where('account_id', '=', DEMO).orderBy('seq').execute();
  users = rows.filter((r) => r.kind === 'user').map((r) => r.id);
  receptionist = rows.find((r) => r.kind === 'autoReceptionist')!.id;
  siteId = (await sites(s))[0]!.id;
});
after(() => s.close());

const path = (ext: string, type = '') => `/phone/extension/${ext}/call_handling/settings${type ? `/${type}` : ''}`;
const add = (ext: string, type: string, body: unknown, token?: string) => s.api('POST', path(ext, type), { body, token });
const patch = (ext: string, type: string, body: unknown, token?: string) => s.api('PATCH', path(ext, type), { body, token });
const remove = (ext: string, type: string, query: Record<string, string>, token?: string) => s.api('DELETE', path(ext, type), { query, token });

async function settings(ext: string) {
  const res = await s.api('GET', path(ext));
  assertContract('getCallHandlingSettings', res);
  return res.body;
}
const sub = (list: any[], type: string) => list.find((i) => i.sub_setting_type === type)?.settings;

async function queue(): Promise<{ id: string; extension: string }> {
  const res = await s.api('POST', '/phone/call_queues', { body: { name: `CH queue ${Math.random().toString(36).slice(2, 8)}`, site_id: siteId } });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  const got = await s.api('GET', `/phone/call_queues/${res.body.id}`);
  return { id: res.body.id, extension: got.body.extension_id };
}

async function added(ext: string, type: string, body: unknown): Promise<any> {
  const res = await add(ext, type, body);
  assertContract('addACallHandlingSetting', res);
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body;
}

async function patched(ext: string, type: string, body: unknown): Promise<void> {
  const res = await patch(ext, type, body);
  assert.equal(res.status, 204, JSON.stringify(res.body));
  assertContract('updateACallHandlingSetting', res);
}

test("the seeded user's business hours are Monday to Friday 09:00–17:00; another user has the defaults", async () => {
  const seeded = await settings(users[0]!);
  assert.deepEqual(sub(seeded.business_hours, 'custom_hours'), {
    type: 2,
    custom_hours_settings: [
      { weekday: 1, type: 0 },
      ...[2, 3, 4, 5, 6].map((weekday) => ({ weekday, type: 2, from: '09:00', to: '17:00' })),
      { weekday: 7, type: 0 },
    ],
  });
  const fresh = await settings(users[1]!);
  assert.deepEqual(fresh.business_hours.map((i: any) => i.sub_setting_type), ['custom_hours', 'call_handling', 'call_forwarding']);
  assert.equal(sub(fresh.business_hours, 'custom_hours').type, 1);
  assert.deepEqual(sub(fresh.business_hours, 'call_handling'), {
    ring_mode: 'simultaneous', max_wait_time: 30,
    routing: { action: 1, connect_to_operator: false, allow_callers_check_voicemail: false },
    busy_routing: { action: 21 },
  });
  assert.deepEqual(sub(fresh.business_hours, 'call_forwarding'), { call_forwarding_settings: [], require_press_1_before_connecting: false });
  assert.deepEqual(fresh.closed_hours.map((i: any) => i.sub_setting_type), ['call_handling', 'call_forwarding']);
  assert.deepEqual(fresh.holiday_hours, []);
});

test("a queue's and an auto receptionist's settings have their own sub-settings", async () => {
  const q = await queue();
  const got = await settings(q.extension);
  assert.deepEqual(got.business_hours.map((i: any) => i.sub_setting_type), ['custom_hours', 'call_handling']);
  assert.equal(sub(got.business_hours, 'custom_hours').allow_members_to_reset, false);
  const handling = sub(got.business_hours, 'call_handling');
  assert.deepEqual([handling.max_wait_time, handling.max_call_in_queue, handling.wrap_up_time, handling.call_distribution], [120, 60, 30, { ring_mode: 'simultaneous' }]);
  assert.equal(handling.busy_routing, undefined);
  const ar = await settings(receptionist);
  assert.deepEqual(ar.closed_hours.map((i: any) => i.sub_setting_type), ['call_handling']);
  // Neither forwards to external numbers.
  assertDocumentedError('addACallHandlingSetting', await add(q.extension, 'business_hours', { sub_setting_type: 'call_forwarding', settings: { phone_number: '+16505550100' } }), 'thisOperationIsNotSupported');
});

test("an unknown extension, or another account's, answers the documented 404 everywhere", async () => {
  assertDocumentedError('getCallHandlingSettings', await s.api('GET', path('nope')), 'extensionDoesNotExist');
  assert.equal((await s.api('GET', path('nope'))).body.message, 'Extension does not exist: nope');
  assertDocumentedError('addACallHandlingSetting', await add('nope', 'holiday_hours', { sub_setting_type: 'holiday', settings: { name: 'x', from: '2026-12-25T00:00:00Z', to: '2026-12-26T00:00:00Z' } }), 'extensionDoesNotExist');
  assertUndocumentedError(await patch('nope', 'business_hours', { sub_setting_type: 'custom_hours', settings: { type: 1 } }), 404, 404, 'Extension does not exist: nope');
  assertUndocumentedError(await remove('nope', 'business_hours', { call_forwarding_id: 'x' }), 404, 404, 'Extension does not exist: nope');
  const token = await tokenFor(s, 'call-handling-other', true);
  assertDocumentedError('getCallHandlingSettings', await s.api('GET', path(users[1]!), { token }), 'extensionDoesNotExist');
  assertUndocumentedError(await patch(users[1]!, 'closed_hours', { sub_setting_type: 'call_handling', settings: { call_not_answer_action: 11 } }, token), 404, 404, `Extension does not exist: ${users[1]}`);
});

test('custom hours change by weekday; a bad from/to answers the documented error and changes nothing', async () => {
  const ext = users[2]!;
  await patched(ext, 'business_hours', { sub_setting_type: 'custom_hours', settings: { type: 2, custom_hours_settings: [{ weekday: 2, type: 2, from: '08:30', to: '12:00' }, { weekday: 1, type: 0 }] } });
  const hours = sub((await settings(ext)).business_hours, 'custom_hours');
  assert.equal(hours.type, 2);
  assert.deepEqual(hours.custom_hours_settings.slice(0, 3), [{ weekday: 1, type: 0 }, { weekday: 2, type: 2, from: '08:30', to: '12:00' }, { weekday: 3, type: 1 }]);
  const before = await settings(ext);
  for (const day of [{ from: '12:00', to: '08:00' }, { from: '12:00', to: '12:00' }, { from: '25:00', to: '26:00' }, {}]) {
    const res = await patch(ext, 'business_hours', { sub_setting_type: 'custom_hours', settings: { custom_hours_settings: [{ weekday: 4, type: 2, ...day }] } });
    assertDocumentedError('updateACallHandlingSetting', res, 'invalidCustomerHoursFromToTime');
    assert.equal(res.body.message, 'Invalid customer hours from/to time for weekday: 4.');
  }
  // 00:00 to 23:59 is the longest day there is.
  await patched(ext, 'business_hours', { sub_setting_type: 'custom_hours', settings: { custom_hours_settings: [{ weekday: 5, type: 2, from: '00:00', to: '23:59' }] } });
  assert.deepEqual(sub((await settings(ext)).business_hours, 'custom_hours').custom_hours_settings[4], { weekday: 5, type: 2, from: '00:00', to: '23:59' });
  assert.deepEqual(sub((await settings(ext)).business_hours, 'custom_hours').custom_hours_settings[3], sub(before.business_hours, 'custom_hours').custom_hours_settings[3]);
  // Custom hours are the business hours': closed hours have none, and only a queue lets members reset them.
  assertUndocumentedError(await patch(ext, 'closed_hours', { sub_setting_type: 'custom_hours', settings: { type: 1 } }), 400, 400, 'This operation is not supported.');
  assertUndocumentedError(await patch(ext, 'business_hours', { sub_setting_type: 'custom_hours', settings: { allow_members_to_reset: true } }), 400, 400, 'This operation is not supported.');
});

test('routing to another extension names it as the directory does; a missing or wrong target is refused', async () => {
  const ext = users[3]!;
  const q = await queue();
  await patched(ext, 'business_hours', { sub_setting_type: 'call_handling', settings: { call_not_answer_action: 7, forward_to_extension_id: q.extension, ring_mode: 'sequential', max_wait_time: 20 } });
  const handling = sub((await settings(ext)).business_hours, 'call_handling');
  assert.equal(handling.routing.action, 7);
  assert.equal(handling.routing.forward_to.extension_id, q.extension);
  assert.equal(handling.routing.forward_to.extension_type, 'callQueue');
  assert.equal(handling.routing.forward_to.id, q.id);
  assert.deepEqual([handling.ring_mode, handling.max_wait_time], ['sequential', 20]);
  const before = await settings(ext);
  assertUndocumentedError(await patch(ext, 'closed_hours', { sub_setting_type: 'call_handling', settings: { call_not_answer_action: 2, forward_to_extension_id: 'nope' } }), 404, 404, 'Extension does not exist: nope');
  assertUndocumentedError(await patch(ext, 'closed_hours', { sub_setting_type: 'call_handling', settings: { call_not_answer_action: 2, forward_to_extension_id: q.extension } }), 400, 300, `Validation Failed. Extension ${q.extension} cannot take action 2.`);
  assertUndocumentedError(await patch(ext, 'closed_hours', { sub_setting_type: 'call_handling', settings: { call_not_answer_action: 2, forward_to_extension_id: ext } }), 400, 300, `Validation Failed. Extension ${ext} cannot take action 2.`);
  assertUndocumentedError(await patch(ext, 'closed_hours', { sub_setting_type: 'call_handling', settings: { call_not_answer_action: 6 } }), 400, 300, 'Validation Failed. forward_to_extension_id is required.');
  assertUndocumentedError(await patch(ext, 'closed_hours', { sub_setting_type: 'call_handling', settings: { call_not_answer_action: 10, phone_number: '555' } }), 400, 300, 'Validation Failed. 555 is not a phone number in E.164 format.');
  assertUndocumentedError(await patch(ext, 'closed_hours', { sub_setting_type: 'call_handling', settings: { call_not_answer_action: 14 } }), 400, 400, 'This operation is not supported.');
  assert.deepEqual(await settings(ext), before);
  // To an external number, with its description.
  await patched(ext, 'closed_hours', { sub_setting_type: 'call_handling', settings: { call_not_answer_action: 10, phone_number: '+16505550123', description: 'Mobile' } });
  assert.deepEqual(sub((await settings(ext)).closed_hours, 'call_handling').routing, { action: 10, forward_to: { phone_number: '+16505550123', description: 'Mobile' }, require_press_1_before_connecting: false });
  // Busy on another call: to the auto receptionist.
  await patched(ext, 'closed_hours', { sub_setting_type: 'call_handling', settings: { busy_on_another_call_action: 6, busy_forward_to_extension_id: receptionist } });
  assert.equal(sub((await settings(ext)).closed_hours, 'call_handling').busy_routing.forward_to.extension_id, receptionist);
});

test('the documented refusals of a call handling update', async () => {
  const ext = users[4]!;
  assertDocumentedError('updateACallHandlingSetting', await patch(ext, 'business_hours', { sub_setting_type: 'call_handling', settings: { ring_mode: 'sequential' } }), 'userBusinessHoursRingModeAnd');
  assertDocumentedError('updateACallHandlingSetting', await patch(ext, 'business_hours', { sub_setting_type: 'call_handling', settings: { max_wait_time: 20 } }), 'userBusinessHoursRingModeAnd');
  assertDocumentedError('updateACallHandlingSetting', await patch(ext, 'business_hours', { sub_setting_type: 'call_handling', settings: { operator_extension_id: ext, connect_to_operator: true } }), 'youCannotAssignYourselfAsThe');
  // The leaving instruction needs a voicemail leg, and an operator or voicemail check.
  assertDocumentedError('updateACallHandlingSetting', await patch(ext, 'closed_hours', { sub_setting_type: 'call_handling', settings: { voicemail_leaving_instruction_id: 'p1' } }), 'sinceAllowCallersToReachAn');
  assertDocumentedError('updateACallHandlingSetting', await patch(ext, 'closed_hours', { sub_setting_type: 'call_handling', settings: { call_not_answer_action: 11, busy_on_another_call_action: 22, voicemail_leaving_instruction_id: 'p1', connect_to_operator: true } }), 'forwardingOfBusyOnAnotherCall');
  assertUndocumentedError(await patch(ext, 'closed_hours', { sub_setting_type: 'call_handling', settings: { max_wait_time: 120 } }), 400, 300, 'Validation Failed. max_wait_time of closed_hours can be up to 60 seconds.');
  assert.deepEqual(sub((await settings(ext)).closed_hours, 'call_handling'), sub((await settings(users[1]!)).closed_hours, 'call_handling'));
  // With the operator, the instruction is taken.
  await patched(ext, 'closed_hours', { sub_setting_type: 'call_handling', settings: { connect_to_operator: true, operator_extension_id: users[1], voicemail_leaving_instruction_id: 'p1', voicemail_greeting_id: 'g1' } });
  const routing = sub((await settings(ext)).closed_hours, 'call_handling').routing;
  assert.equal(routing.operator.extension_id, users[1]);
  assert.deepEqual([routing.connect_to_operator, routing.voicemail_leaving_instruction, routing.voicemail_greeting], [true, { id: 'p1' }, { id: 'g1' }]);
  assertUndocumentedError(await patch(ext, 'weekend_hours', { sub_setting_type: 'call_handling', settings: { call_not_answer_action: 11 } }), 400, 400, 'This operation is not supported.');
});

test('forwarding numbers are added, updated and deleted per period', async () => {
  const ext = users[5] ?? users[1]!;
  const { call_forwarding_id: id } = await added(ext, 'business_hours', { sub_setting_type: 'call_forwarding', settings: { phone_number: '+16505550111', description: 'Home' } });
  const closed = (await added(ext, 'closed_hours', { sub_setting_type: 'call_forwarding', settings: { phone_number: '+16505550112' } })).call_forwarding_id;
  assert.deepEqual(sub((await settings(ext)).business_hours, 'call_forwarding').call_forwarding_settings, [{ id, phone_number: '+16505550111', description: 'Home', enable: true }]);
  await patched(ext, 'business_hours', { sub_setting_type: 'call_forwarding', settings: { require_press_1_before_connecting: true, call_forwarding_settings: [{ id, enable: false, phone_number: '+16505550119' }] } });
  assert.deepEqual(sub((await settings(ext)).business_hours, 'call_forwarding'), { call_forwarding_settings: [{ id, phone_number: '+16505550119', description: 'Home', enable: false }], require_press_1_before_connecting: true });
  // A forwarding of the closed hours is not the business hours'.
  const res = await patch(ext, 'business_hours', { sub_setting_type: 'call_forwarding', settings: { call_forwarding_settings: [{ id: closed, enable: false }] } });
  assertDocumentedError('updateACallHandlingSetting', res, 'callForwardingDoesNotExist');
  assert.equal(res.body.message, `Call forwarding does not exist: ${closed}.`);
  assertDocumentedError('deleteACallHandlingSetting', await remove(ext, 'business_hours', { call_forwarding_id: closed }), 'callForwardingDoesNotExist');
  assertUndocumentedError(await add(ext, 'business_hours', { sub_setting_type: 'call_forwarding', settings: { phone_number: 'home' } }), 400, 300, 'Validation Failed. home is not a phone number in E.164 format.');
  const del = await remove(ext, 'closed_hours', { call_forwarding_id: closed });
  assert.equal(del.status, 204);
  assertContract('deleteACallHandlingSetting', del);
  assert.deepEqual(sub((await settings(ext)).closed_hours, 'call_forwarding').call_forwarding_settings, []);
  assertUndocumentedError(await remove(ext, 'closed_hours', {}), 400, 300, 'Validation Failed. call_forwarding_id or holiday_id is required.');
});

test('holidays are added with their own routing and numbers, updated, and deleted with them', async () => {
  const ext = users[1]!;
  const { holiday_id: holiday } = await added(ext, 'holiday_hours', { sub_setting_type: 'holiday', settings: { name: 'New Year', from: '2027-01-01T00:00:00Z', to: '2027-01-02T00:00:00Z' } });
  assert.equal((await settings(ext)).holiday_hours[0].holiday_id, holiday, 'the 201 names the holiday the settings show');
  const number = (await added(ext, 'holiday_hours', { sub_setting_type: 'call_forwarding', settings: { holiday_id: holiday, phone_number: '+16505550131' } })).call_forwarding_id;
  await patched(ext, 'holiday_hours', { sub_setting_type: 'call_handling', settings: { holiday_id: holiday, call_not_answer_action: 11 } });
  await patched(ext, 'holiday_hours', { sub_setting_type: 'holiday', settings: { holiday_id: holiday, name: 'New Year’s Day', to: '2027-01-01T23:59:59Z' } });
  const [shown] = (await settings(ext)).holiday_hours;
  assert.equal(shown.holiday_id, holiday);
  assert.deepEqual(sub(shown.details, 'holiday'), { name: 'New Year’s Day', from: '2027-01-01T00:00:00Z', to: '2027-01-01T23:59:59Z' });
  assert.deepEqual(sub(shown.details, 'call_handling').routing, { action: 11 });
  assert.deepEqual(sub(shown.details, 'call_forwarding').call_forwarding_settings, [{ id: number, phone_number: '+16505550131', enable: true }]);
  // The business hours did not change.
  assert.equal(sub((await settings(ext)).business_hours, 'call_handling').routing.action, 1);

  assertDocumentedError('updateACallHandlingSetting', await patch(ext, 'holiday_hours', { sub_setting_type: 'holiday', settings: { holiday_id: holiday, from: '2027-01-03T00:00:00Z' } }), 'invalidHolidayFromToTime');
  assertUndocumentedError(await add(ext, 'holiday_hours', { sub_setting_type: 'holiday', settings: { name: 'Backwards', from: '2027-01-03T00:00:00Z', to: '2027-01-02T00:00:00Z' } }), 400, 400, 'Invalid holiday from/to time.');
  assertUndocumentedError(await add(ext, 'holiday_hours', { sub_setting_type: 'holiday', settings: { from: '2027-01-03T00:00:00Z', to: '2027-01-04T00:00:00Z' } }), 400, 300, 'Validation Failed. name is required.');
  assertDocumentedError('addACallHandlingSetting', await add(ext, 'holiday_hours', { sub_setting_type: 'call_forwarding', settings: { holiday_id: 'nope', phone_number: '+16505550132' } }), 'holidayDoesNotExist');
  assertDocumentedError('addACallHandlingSetting', await add(ext, 'business_hours', { sub_setting_type: 'holiday', settings: { name: 'x', from: '2027-01-03T00:00:00Z', to: '2027-01-04T00:00:00Z' } }), 'thisOperationIsNotSupported');
  assertUndocumentedError(await patch(ext, 'holiday_hours', { sub_setting_type: 'holiday', settings: { holiday_id: 'nope', name: 'x' } }), 404, 404, 'Holiday does not exist.');
  assert.equal((await settings(ext)).holiday_hours.length, 1);

  assert.equal((await remove(ext, 'holiday_hours', { holiday_id: holiday })).status, 204);
  assert.deepEqual((await settings(ext)).holiday_hours, []);
  assertDocumentedError('deleteACallHandlingSetting', await remove(ext, 'holiday_hours', { holiday_id: holiday }), 'holidayDoesNotExist');
  // Its number went with it.
  assertDocumentedError('deleteACallHandlingSetting', await remove(ext, 'holiday_hours', { call_forwarding_id: number }), 'callForwardingDoesNotExist');
});

test("when an extension leaves the directory its call handling goes, and settings forwarding to it fall back to voicemail", async () => {
  const q = await queue();
  const ext = users[2]!;
  await patched(q.extension, 'closed_hours', { sub_setting_type: 'call_handling', settings: { call_not_answer_action: 2, forward_to_extension_id: ext } });
  await patched(ext, 'closed_hours', { sub_setting_type: 'call_handling', settings: { call_not_answer_action: 7, forward_to_extension_id: q.extension, busy_on_another_call_action: 7, busy_forward_to_extension_id: q.extension } });
  await patched(ext, 'business_hours', { sub_setting_type: 'call_handling', settings: { connect_to_operator: true, operator_extension_id: q.extension } });
  assert.equal((await s.api('DELETE', `/phone/call_queues/${q.id}`)).status, 204);
  assertDocumentedError('getCallHandlingSettings', await s.api('GET', path(q.extension)), 'extensionDoesNotExist');
  const after = await settings(ext);
  assert.deepEqual(sub(after.closed_hours, 'call_handling').routing, { action: 1, connect_to_operator: false, allow_callers_check_voicemail: false });
  assert.deepEqual(sub(after.closed_hours, 'call_handling').busy_routing, { action: 1, connect_to_operator: false, allow_callers_check_voicemail: false });
  const business = sub(after.business_hours, 'call_handling').routing;
  assert.deepEqual([business.operator, business.connect_to_operator], [undefined, false]);
});

test("an auto receptionist takes the actions its page allows it, not a user's", async () => {
  await patched(receptionist, 'closed_hours', { sub_setting_type: 'call_handling', settings: { call_not_answer_action: 14 } });
  assert.deepEqual(sub((await settings(receptionist)).closed_hours, 'call_handling').routing, { action: 14 });
  assertUndocumentedError(await patch(receptionist, 'closed_hours', { sub_setting_type: 'call_handling', settings: { call_not_answer_action: 11 } }), 400, 400, 'This operation is not supported.');
  assertUndocumentedError(await patch(receptionist, 'closed_hours', { sub_setting_type: 'call_handling', settings: { busy_on_another_call_action: 22 } }), 400, 400, 'This operation is not supported.');
  // Its unanswered calls may go to a user's voicemail.
  await patched(receptionist, 'business_hours', { sub_setting_type: 'call_handling', settings: { call_not_answer_action: 1, forward_to_extension_id: users[1] } });
  assert.equal(sub((await settings(receptionist)).business_hours, 'call_handling').routing.forward_to.extension_id, users[1]);
});

test('an update of several forwarding numbers whose later one is unknown changes none', async () => {
  const ext = users[3]!;
  const a = (await added(ext, 'business_hours', { sub_setting_type: 'call_forwarding', settings: { phone_number: '+16505550141' } })).call_forwarding_id;
  const before = await settings(ext);
  const res = await patch(ext, 'business_hours', { sub_setting_type: 'call_forwarding', settings: { require_press_1_before_connecting: true, call_forwarding_settings: [{ id: a, enable: false }, { id: 'nope', enable: false }] } });
  assertDocumentedError('updateACallHandlingSetting', res, 'callForwardingDoesNotExist');
  assert.deepEqual(await settings(ext), before);
});

test('concurrent changes of one extension all land, none a 500', async () => {
  const ext = users[4]!;
  const results = await Promise.all([
    patch(ext, 'closed_hours', { sub_setting_type: 'call_handling', settings: { call_not_answer_action: 11 } }),
    patch(ext, 'business_hours', { sub_setting_type: 'custom_hours', settings: { type: 2 } }),
    patch(ext, 'business_hours', { sub_setting_type: 'call_handling', settings: { ring_mode: 'sequential', max_wait_time: 45 } }),
    add(ext, 'closed_hours', { sub_setting_type: 'call_forwarding', settings: { phone_number: '+16505550151' } }),
    add(ext, 'closed_hours', { sub_setting_type: 'call_forwarding', settings: { phone_number: '+16505550152' } }),
  ]);
  assert.deepEqual(results.map((r) => r.status), [204, 204, 204, 201, 201]);
  const got = await settings(ext);
  assert.equal(sub(got.closed_hours, 'call_handling').routing.action, 11);
  assert.equal(sub(got.business_hours, 'custom_hours').type, 2);
  assert.equal(sub(got.business_hours, 'call_handling').max_wait_time, 45);
  assert.equal(sub(got.closed_hours, 'call_forwarding').call_forwarding_settings.length, 2);
});

test('a setting pointed at an extension while it leaves the directory is refused or falls back, never left dangling', async () => {
  for (let round = 0; round < 3; round++) {
    const q = await queue();
    const [set, gone] = await Promise.all([
      patch(users[5] ?? users[1]!, 'closed_hours', { sub_setting_type: 'call_handling', settings: { call_not_answer_action: 7, forward_to_extension_id: q.extension } }),
      s.api('DELETE', `/phone/call_queues/${q.id}`),
    ]);
    assert.equal(gone.status, 204);
    assert.ok(set.status === 204 || set.status === 404, JSON.stringify(set.body));
    const routing = sub((await settings(users[5] ?? users[1]!)).closed_hours, 'call_handling').routing;
    assert.equal(routing.forward_to, undefined);
    assert.equal(routing.action, 1);
  }
});

test("a queue's distribution is its business hours' own; a user cannot take it", async () => {
  const q = await queue();
  await patched(q.extension, 'business_hours', { sub_setting_type: 'call_handling', settings: { call_distribution: { ring_mode: 'rotating', ring_duration: 15 }, max_call_in_queue: 10, wrap_up_time: 60, greeting_prompt_id: 'hello' } });
  const handling = sub((await settings(q.extension)).business_hours, 'call_handling');
  assert.deepEqual([handling.call_distribution, handling.max_call_in_queue, handling.wrap_up_time, handling.greeting_prompt], [{ ring_mode: 'rotating', ring_duration: 15 }, 10, 60, { id: 'hello' }]);
  // Up to 60 calls in a queue.
  assertUndocumentedError(await patch(q.extension, 'business_hours', { sub_setting_type: 'call_handling', settings: { max_call_in_queue: 61 } }), 400, 300, /^Validation Failed/);
  await patched(q.extension, 'business_hours', { sub_setting_type: 'call_handling', settings: { max_call_in_queue: 60 } });
  assertUndocumentedError(await patch(q.extension, 'closed_hours', { sub_setting_type: 'call_handling', settings: { wrap_up_time: 60 } }), 400, 400, 'This operation is not supported.');
  assertUndocumentedError(await patch(users[1]!, 'business_hours', { sub_setting_type: 'call_handling', settings: { call_distribution: { ring_mode: 'rotating' } } }), 400, 400, 'This operation is not supported.');
});
