// The account's alert settings through the HTTP API: alerts added on call queues,
// users, sites, devices and the account, listed, shown, changed and deleted; the
// rules each module has, the conditions each rule takes, the targets it watches;
// and the alerts simulated calls to a watched call queue fire.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { otherAccount } from '../../support/fixtures.ts';
import { ADDRESS, addUser } from '../../support/org.ts';
import { phoneEndpoints } from '../../support/sdk.ts';
import { DEMO_DEFAULTS } from '../../../src/sandbox.ts';
import { firedAlerts } from '../../../src/families/alerts/public.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

const DEMO = DEMO_DEFAULTS.accountId;
const PATH = '/phone/alert_settings';
/** Tuesday 24 November 2026, 10:00 in Los Angeles (the Sales queue's time zone). */
const TUESDAY_10_LA = Date.parse('2026-11-24T18:00:00Z');
const OUTSIDE = '+14155550123';

const add = (body: unknown, token?: string) => s.api('POST', PATH, { body, token });
const get = (id: string, token?: string) => s.api('GET', `${PATH}/${id}`, { token });
const update = (id: string, body: unknown, token?: string) => s.api('PATCH', `${PATH}/${id}`, { body, token });
const remove = (id: string, token?: string) => s.api('DELETE', `${PATH}/${id}`, { token });

/** Every alert of the account (filtered), as the list shows them. */
async function all(query: Record<string, string | number> = {}, token?: string): Promise<any[]> {
  const res = await s.api('GET', PATH, { query: { page_size: 300, ...query }, token });
  assertContract('listAlertSettingsWithPagingQuery', res);
  return res.body.alert_settings;
}

async function details(id: string, token?: string): Promise<any> {
  const res = await get(id, token);
  assertContract('getAlertSettingDetails', res);
  return res.body;
}

async function added(body: Record<string, unknown>, token?: string): Promise<string> {
  const res = await add(body, token);
  assertContract('addAnAlertSetting', res);
  return res.body.alert_setting_id;
}

let queues = 0;
/** A new call queue on the demo's main site: its id and extension id. */
async function newQueue(name = `Alert queue ${++queues}`): Promise<{ id: string; extensionId: string; number: number }> {
  const main = (await s.api('GET', '/phone/sites', { query: { page_size: 100 } })).body.sites[0];
  const res = await s.api('POST', '/phone/call_queues', { body: { name, site_id: main.id } });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  const q = await s.api('GET', `/phone/call_queues/${res.body.id}`);
  return { id: res.body.id, extensionId: q.body.extension_id, number: q.body.extension_number };
}

async function demoQueues(): Promise<any[]> {
  return (await s.api('GET', '/phone/call_queues', { query: { page_size: 100 } })).body.call_queues;
}

async function demoUsers(): Promise<any[]> {
  return (await s.api('GET', '/phone/users', { query: { page_size: 100 } })).body.users;
}

async function demoSites(): Promise<any[]> {
  return (await s.api('GET', '/phone/sites', { query: { page_size: 100 } })).body.sites;
}

/** An alert on one queue: Inbound Abandoned Calls, warning 20%, critical 40%. */
const queueAlert = (extensionId: string, extra: Record<string, unknown> = {}): Record<string, any> => ({
  alert_setting_name: 'Abandoned calls',
  module: 1,
  rule: 2,
  rule_conditions: [
    { rule_condition_type: 2, rule_condition_value: '20' },
    { rule_condition_type: 3, rule_condition_value: '40' },
  ],
  target_type: 3,
  target_ids: [extensionId],
  time_frame_type: 'all_day',
  time_frame_from: '00:00:00',
  time_frame_to: '00:00:00',
  ...extra,
});

test('the demo account lists its two seeded alert settings, each shown with its target', async () => {
  const list = await s.api('GET', PATH);
  assertContract('listAlertSettingsWithPagingQuery', list);
  assert.equal(list.body.page_size, 30);
  assert.equal(list.body.next_page_token, '');
  const [sales, emergency] = list.body.alert_settings;
  assert.deepEqual(
    list.body.alert_settings.map((a: any) => [a.alert_setting_name, a.module, a.rule, a.targets]),
    [
      ['Sales wait time', 1, 4, [{ target_name: 'Sales' }]],
      ['Emergency calls at the main site', 5, 14, [{ target_name: 'Main Site' }]],
    ],
  );
  const queue = (await demoQueues()).find((q) => q.name === 'Sales');
  assert.deepEqual((await details(sales.alert_setting_id)).targets, [
    { target_id: queue.extension_id, target_name: 'Sales', target_type: 3, target_extension_number: queue.extension_number, site: queue.site },
  ]);
  const e = await details(emergency.alert_setting_id);
  assert.equal(e.chat_channels, undefined, 'Emergency Services Management has no chat channels');
  assert.deepEqual(e.rule_conditions, [{ rule_condition_type: 5, rule_condition_value: 'Critical' }]);
  assert.deepEqual(e.targets, [{ target_id: queue.site.id, target_name: 'Main Site', target_type: 4 }]);
});

test('an alert on a call queue is added, listed and shown as given', async () => {
  const q = await newQueue('Billing alerts');
  const body = queueAlert(q.extensionId, {
    alert_setting_name: ' Billing abandoned ',
    time_frame_type: 'specific_time',
    time_frame_from: '08:30:00',
    time_frame_to: '18:00:00',
    frequency: 30,
    email_recipients: ['test@example.com'],
    chat_channels: [{ chat_channel_name: 'Billing', token: 'eyJhbGciOiJIUzUxMiIsInYiOiIy', end_point: 'https://www.testexample.com' }],
    status: 0,
  });
  const res = await add(body);
  assertContract('addAnAlertSetting', res);
  assert.equal(res.status, 201);
  const id = res.body.alert_setting_id;
  assert.deepEqual(res.body, { alert_setting_id: id, alert_setting_name: 'Billing abandoned' });
  const main = (await demoSites())[0];
  assert.deepEqual(await details(id), {
    alert_setting_id: id,
    alert_setting_name: 'Billing abandoned',
    module: 1,
    rule: 2,
    rule_conditions: body.rule_conditions,
    targets: [{ target_id: q.extensionId, target_name: 'Billing alerts', target_type: 3, target_extension_number: q.number, site: { id: main.id, name: main.name } }],
    time_frame_type: 'specific_time',
    time_frame_from: '08:30:00',
    time_frame_to: '18:00:00',
    frequency: 30,
    email_recipients: ['test@example.com'],
    chat_channels: body.chat_channels,
    status: 0,
  });
  const listed = (await all({ module: 1, rule: 2, status: 0 })).find((a) => a.alert_setting_id === id);
  assert.deepEqual(listed.targets, [{ target_name: 'Billing alerts' }]);
  // Status left out: active; frequency left out: not shown
  const other = await added(queueAlert((await newQueue()).extensionId));
  const shown = await details(other);
  assert.equal(shown.status, 1);
  assert.equal(shown.frequency, undefined);
  assert.deepEqual(shown.email_recipients, []);
});

test("Zoom's SDK adds, lists, shows, updates and deletes an alert", async () => {
  const alerts = (await phoneEndpoints(s)).alerts;
  const q = await newQueue('SDK queue');
  const created = await alerts.addAlertSetting({
    body: {
      alert_setting_name: 'SDK waiting calls',
      module: 1,
      rule: 6,
      rule_conditions: [{ rule_condition_type: 2, rule_condition_value: '3' }],
      target_type: 3,
      target_ids: [q.extensionId],
      time_frame_type: 'all_day',
      time_frame_from: '00:00:00',
      time_frame_to: '00:00:00',
    },
  });
  assert.equal(created.statusCode, 201);
  const alertSettingId = created.data!.alert_setting_id!;
  const listed = await alerts.listAlertSettingsWithPagingQuery({ query: { module: 1, rule: 6 } });
  assert.deepEqual(listed.data!.alert_settings!.map((a) => a.alert_setting_id), [alertSettingId]);
  assert.equal((await alerts.updateAlertSetting({ path: { alertSettingId }, body: { status: 0 } })).statusCode, 204);
  assert.equal((await alerts.getAlertSettingDetails({ path: { alertSettingId } })).data!.status, 0);
  assert.equal((await alerts.deleteAlertSetting({ path: { alertSettingId } })).statusCode, 204);
  assertDocumentedError('getAlertSettingDetails', await get(alertSettingId), 'alertSettingDoesNotExistAlertSettingId');
});

test('a rule the module does not have, or a target type the rule does not watch, is refused and adds nothing', async () => {
  const before = await all();
  const q = (await demoQueues())[0];
  const module9 = await add(queueAlert(q.extension_id, { module: 9 }));
  assertDocumentedError('addAnAlertSetting', module9, 'valueOfAlertFieldIsInvalid');
  assert.equal(module9.body.message, 'The value of alert field:module is invalid.');
  const mismatch = await add(queueAlert(q.extension_id, { module: 3 }));
  assertDocumentedError('addAnAlertSetting', mismatch, 'moduleDoesNotSupportThisRule');
  assert.equal(mismatch.body.message, 'The module:3 does not support this rule:2.');
  const site = await add(queueAlert(q.extension_id, { target_type: 4 }));
  assertDocumentedError('addAnAlertSetting', site, 'ruleDoesNotSupportThisTarget');
  assert.equal(site.body.message, 'The rule:2 does not support this target type:4.');
  // the list refuses the same mismatch
  assertDocumentedError('listAlertSettingsWithPagingQuery', await s.api('GET', PATH, { query: { module: 2, rule: 1 } }), 'moduleDoesNotSupportThisRule');
  // a condition type or target type outside the documented values: the schema refuses it
  assertUndocumentedError(await add(queueAlert(q.extension_id, { target_type: 6 })), 400, 300, 'Validation Failed.');
  assertUndocumentedError(await add({ ...queueAlert(q.extension_id), rule_conditions: undefined }), 400, 300, 'Validation Failed.');
  const blank = await add(queueAlert(q.extension_id, { alert_setting_name: '  ' }));
  assertDocumentedError('addAnAlertSetting', blank, 'validationFailed');
  assert.deepEqual(await all(), before);
});

test('conditions are checked against the rule: types, duplicates, missing ones, values and their limits', async () => {
  const q = await newQueue();
  const cond = (rule: number, conditions: [number, string][]) =>
    add(queueAlert(q.extensionId, { rule, rule_conditions: conditions.map(([t, v]) => ({ rule_condition_type: t, rule_condition_value: v })) }));
  const unsupported = await cond(2, [[1, '30'], [2, '20']]);
  assertDocumentedError('addAnAlertSetting', unsupported, 'ruleCanNotSupportTheRule');
  assert.equal(unsupported.body.message, 'The rule:2 can not support the rule condition type:1.');
  assertDocumentedError('addAnAlertSetting', await cond(2, [[2, '20'], [2, '30']]), 'thereAreDuplicatedRuleConditionTypes');
  const missing = await cond(1, [[2, '80']]);
  assertDocumentedError('addAnAlertSetting', missing, 'ruleIsMissingTheRuleCondition');
  assert.equal(missing.body.message, 'The rule:1 is missing the rule condition type:1.');
  assert.equal((await cond(2, [])).body.message, 'The rule:2 is missing the rule condition type:2.');
  const same = await cond(2, [[2, '30'], [3, '30']]);
  assertDocumentedError('addAnAlertSetting', same, 'ruleConditionValueCanNotBe');
  const bad = await cond(2, [[2, '101']]);
  assertDocumentedError('addAnAlertSetting', bad, 'valueOfTheRuleConditionType');
  assert.equal(bad.body.message, 'The value of the rule condition type:2 is invalid.');
  // each rule's values, at and past their limits
  const refused: [number, [number, string][]][] = [
    [2, [[3, '0']]],
    [2, [[2, 'ten']]],
    [1, [[1, '45'], [2, '80']]],
    [4, [[2, '35']]],
    [4, [[3, '1801']]],
    [6, [[2, '101']]],
  ];
  for (const [rule, conditions] of refused) assertDocumentedError('addAnAlertSetting', await cond(rule, conditions), 'valueOfTheRuleConditionType');
  const fine: [number, [number, string][]][] = [
    [2, [[2, '1'], [3, '100']]],
    [1, [[1, '300'], [2, '80'], [3, '60']]],
    [4, [[2, '10'], [3, '1800']]],
    [6, [[3, '100']]],
  ];
  for (const [rule, conditions] of fine) {
    const id = await added(queueAlert(q.extensionId, { rule, rule_conditions: conditions.map(([t, v]) => ({ rule_condition_type: t, rule_condition_value: v })) }));
    assert.deepEqual((await details(id)).rule_conditions.map((c: any) => [c.rule_condition_type, c.rule_condition_value]), conditions);
  }
  // QoS Alert on users: a score from 0 to 5
  const ada = (await demoUsers()).find((u) => u.extension_number === 101);
  const qos = (value: string) =>
    add({ ...queueAlert(ada.extension_id), module: 4, rule: 13, target_type: 1, rule_conditions: [{ rule_condition_type: 2, rule_condition_value: value }] });
  assertDocumentedError('addAnAlertSetting', await qos('5.1'), 'valueOfTheRuleConditionType');
  assertContract('addAnAlertSetting', await qos('3.5'));
  // Severity for the emergency alert, Alert minutes for devices
  const site = (await demoSites())[1];
  const emergency = (value: string) => add({ ...queueAlert(site.id), module: 5, rule: 14, target_type: 4, rule_conditions: [{ rule_condition_type: 5, rule_condition_value: value }] });
  assertDocumentedError('addAnAlertSetting', await emergency('Severe'), 'valueOfTheRuleConditionType');
  assertContract('addAnAlertSetting', await emergency('Warning'));
});

test('a time frame is on the hour or half past; all day is shown from midnight to midnight', async () => {
  const q = await newQueue();
  const frame = (from: string, to: string) => add(queueAlert(q.extensionId, { time_frame_type: 'specific_time', time_frame_from: from, time_frame_to: to }));
  const quarter = await frame('08:15:00', '18:00:00');
  assertDocumentedError('addAnAlertSetting', quarter, 'valueOfAlertFieldIsInvalid');
  assert.equal(quarter.body.message, 'The value of alert field:time_frame_from is invalid.');
  assert.equal((await frame('08:00:00', '8pm')).body.message, 'The value of alert field:time_frame_to is invalid.');
  assert.equal((await frame('09:00:00', '09:00:00')).body.message, 'The value of alert field:time_frame_to is invalid.');
  // overnight frames are fine
  const night = await added(queueAlert(q.extensionId, { time_frame_type: 'specific_time', time_frame_from: '22:30:00', time_frame_to: '06:00:00' }));
  assert.deepEqual(((d) => [d.time_frame_from, d.time_frame_to])(await details(night)), ['22:30:00', '06:00:00']);
  const allDay = await added(queueAlert(q.extensionId, { rule: 3, time_frame_type: 'all_day', time_frame_from: '09:00:00', time_frame_to: '17:00:00' }));
  assert.deepEqual(((d) => [d.time_frame_type, d.time_frame_from, d.time_frame_to])(await details(allDay)), ['all_day', '00:00:00', '00:00:00']);
});

test('recipients: up to 10 email addresses and 3 chat channels; none for emergency alerts', async () => {
  const q = await newQueue();
  const emails = (n: number) => Array.from({ length: n }, (_, i) => `r${i}@example.com`);
  const chats = (n: number) => Array.from({ length: n }, (_, i) => ({ chat_channel_name: `c${i}`, end_point: `https://chat.example.com/${i}`, token: `t${i}` }));
  assertDocumentedError('addAnAlertSetting', await add(queueAlert(q.extensionId, { email_recipients: emails(11) })), 'numberOfEmailRecipientsIsInvalid');
  assertDocumentedError('addAnAlertSetting', await add(queueAlert(q.extensionId, { chat_channels: chats(4) })), 'numberOfChatChannelsIsInvalid');
  const notEmail = await add(queueAlert(q.extensionId, { email_recipients: ['ops@example.com', 'not an address'] }));
  assertDocumentedError('addAnAlertSetting', notEmail, 'valueOfAlertFieldIsInvalid');
  assert.equal(notEmail.body.message, 'The value of alert field:email_recipients is invalid.');
  assert.equal((await add(queueAlert(q.extensionId, { chat_channels: [{ chat_channel_name: 'x', end_point: 'not a url' }] }))).body.message, 'The value of alert field:chat_channels is invalid.');
  const id = await added(queueAlert(q.extensionId, { email_recipients: emails(10), chat_channels: chats(3) }));
  const d = await details(id);
  assert.equal(d.email_recipients.length, 10);
  assert.deepEqual(d.chat_channels, chats(3));
  const site = (await demoSites())[2];
  const emergency = { ...queueAlert(site.id), module: 5, rule: 14, target_type: 4, rule_conditions: [{ rule_condition_type: 5, rule_condition_value: 'Critical' }] };
  assertDocumentedError('addAnAlertSetting', await add({ ...emergency, chat_channels: chats(1) }), 'invalidParameters');
  assertDocumentedError('addAnAlertSetting', await add({ ...emergency, frequency: 5 }), 'invalidParameters');
  assert.equal((await all({ module: 5 })).filter((a) => a.targets[0]?.target_name === site.name).length, 0);
});

test("targets must be the account's own, of the kind the rule watches, in the number it takes", async () => {
  const [q1, q2] = [await newQueue(), await newQueue()];
  const users = await demoUsers();
  assertDocumentedError('addAnAlertSetting', await add(queueAlert(q1.extensionId, { target_ids: [] })), 'numberOfTargetIsInvalid');
  assertDocumentedError('addAnAlertSetting', await add(queueAlert(q1.extensionId, { target_ids: [q1.extensionId, q2.extensionId] })), 'numberOfTargetIsInvalid');
  const unknown = await add(queueAlert('no-such-queue'));
  assertDocumentedError('addAnAlertSetting', unknown, 'targetIdIsInvalid');
  assert.equal(unknown.body.message, 'The target id:no-such-queue is invalid.');
  // a user's extension is no call queue; the queue's own id is not its extension id
  assertDocumentedError('addAnAlertSetting', await add(queueAlert(users[0].extension_id)), 'targetIdIsInvalid');
  assertDocumentedError('addAnAlertSetting', await add(queueAlert(q1.id)), 'targetIdIsInvalid');
  // QoS Alert: one to five users
  const qos = (ids: string[]) => add({ ...queueAlert(''), module: 4, rule: 13, target_type: 1, target_ids: ids, rule_conditions: [{ rule_condition_type: 3, rule_condition_value: '2' }] });
  assertDocumentedError('addAnAlertSetting', await qos(users.slice(0, 6).map((u) => u.extension_id)), 'numberOfTargetIsInvalid');
  assertDocumentedError('addAnAlertSetting', await qos([q1.extensionId]), 'targetIdIsInvalid');
  // Devices go online: devices of the account
  const devices = (await s.api('GET', '/phone/devices', { query: { type: 'assigned', page_size: 100 } })).body.devices;
  const online = (ids: string[]) => add({ ...queueAlert(''), module: 3, rule: 11, target_type: 5, target_ids: ids, rule_conditions: [{ rule_condition_type: 4, rule_condition_value: '10' }] });
  assertDocumentedError('addAnAlertSetting', await online(['no-such-device']), 'targetIdIsInvalid');
  const res = await online([devices[0].id]);
  assertContract('addAnAlertSetting', res);
  const [target] = (await details(res.body.alert_setting_id)).targets;
  assert.equal(target.target_id, devices[0].id);
  assert.equal(target.target_name, devices[0].display_name);
  assert.deepEqual(
    target.assignees.map((a: any) => [a.extension_id, a.extension_number, a.extension_type, a.name]),
    devices[0].assignees.map((a: any) => [a.extension_id, a.extension_number, a.extension_type, a.name]),
  );
  // Device offline rate: one site
  const rate = await add({ ...queueAlert((await demoSites())[0].id), module: 3, rule: 12, target_type: 4, rule_conditions: [{ rule_condition_type: 2, rule_condition_value: '50' }] });
  assertContract('addAnAlertSetting', rate);
});

test('one alert of a rule on a target; an account alert can only be set up once', async () => {
  const q = await newQueue();
  const first = await added(queueAlert(q.extensionId));
  const again = await add(queueAlert(q.extensionId, { alert_setting_name: 'Again' }));
  assertDocumentedError('addAnAlertSetting', again, 'alertRuleOnThisTargetAlready');
  // another rule on the same queue is fine
  await added(queueAlert(q.extensionId, { rule: 3 }));
  const routeGroups = { alert_setting_name: 'Route groups', module: 2, rule: 9, rule_conditions: [{ rule_condition_type: 5, rule_condition_value: 'Warning' }], target_type: 2, time_frame_type: 'all_day', time_frame_from: '00:00:00', time_frame_to: '00:00:00' };
  const id = await added(routeGroups);
  const shown = await details(id);
  assert.deepEqual(shown.targets, [{ target_id: DEMO, target_name: 'Switchboard Demo', target_type: 2 }]);
  assertDocumentedError('addAnAlertSetting', await add(routeGroups), 'thisAlertCanOnlyBeSet');
  assert.deepEqual((await all({ rule: 2 })).filter((a) => a.targets[0]?.target_name === q.id || a.alert_setting_id === first).length, 1);
});

test('concurrent adds of one rule on one target: one wins, the others are refused', async () => {
  const q = await newQueue();
  const results = await Promise.all(Array.from({ length: 5 }, (_, i) => add(queueAlert(q.extensionId, { rule: 5, alert_setting_name: `Race ${i}` }))));
  assert.deepEqual(results.map((r) => r.status).sort(), [201, 400, 400, 400, 400]);
  for (const r of results.filter((x) => x.status === 400)) assertDocumentedError('addAnAlertSetting', r, 'alertRuleOnThisTargetAlready');
  assert.equal((await all({ rule: 5 })).filter((a) => a.targets[0]?.target_name === (q as any).name || a.alert_setting_name.startsWith('Race')).length, 1);
});

test('alerts of rules 7 and 8 together cannot exceed 30', async () => {
  const { token } = await otherAccount(s, 'alerts-limit');
  const site = await s.api('POST', '/phone/sites', { token, body: { name: 'Limit HQ', auto_receptionist_name: 'Limit AR', default_emergency_address: ADDRESS } });
  assert.equal(site.status, 201, JSON.stringify(site.body));
  const queueIds: string[] = [];
  for (let i = 0; i < 31; i++) {
    const res = await s.api('POST', '/phone/call_queues', { token, body: { name: `Q${i}`, site_id: site.body.id } });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    queueIds.push((await s.api('GET', `/phone/call_queues/${res.body.id}`, { token })).body.extension_id);
  }
  const availability = (i: number, rule: number) =>
    add(queueAlert(queueIds[i]!, { rule, alert_setting_name: `Availability ${i}`, rule_conditions: [{ rule_condition_type: 2, rule_condition_value: '50' }] }), token);
  for (let i = 0; i < 30; i++) assertContract('addAnAlertSetting', await availability(i, i % 2 ? 7 : 8));
  const over = await availability(30, 7);
  assertDocumentedError('addAnAlertSetting', over, 'numberOfAlertsForThisModule');
  assert.equal(over.body.message, 'The number of alerts for this module:1 has reached the limit, and it is not allowed to create alerts of this rule:7.');
  // other rules are not counted
  assertContract('addAnAlertSetting', await add(queueAlert(queueIds[30]!), token));
  // a deleted one frees its place
  const [one] = await all({ rule: 8 }, token);
  assertContract('deleteAnAlertSetting', await remove(one.alert_setting_id, token));
  assertContract('addAnAlertSetting', await availability(30, 7));
});

test('an update changes what it names and keeps the rest', async () => {
  const q = await newQueue();
  const id = await added(queueAlert(q.extensionId, { frequency: 10, email_recipients: ['a@example.com'] }));
  const before = await details(id);
  const res = await update(id, {
    alert_setting_name: 'Renamed',
    rule_conditions: [{ rule_condition_type: 3, rule_condition_value: '55' }],
    time_frame_type: 'specific_time',
    time_frame_from: '09:00:00',
    time_frame_to: '17:30:00',
    status: 0,
  });
  assertContract('updateAnAlertSetting', res);
  assert.equal(res.status, 204);
  assert.deepEqual(await details(id), {
    ...before,
    alert_setting_name: 'Renamed',
    rule_conditions: [{ rule_condition_type: 3, rule_condition_value: '55' }],
    time_frame_type: 'specific_time',
    time_frame_from: '09:00:00',
    time_frame_to: '17:30:00',
    status: 0,
  });
  assertContract('updateAnAlertSetting', await update(id, { frequency: 60, email_recipients: [], chat_channels: [{ end_point: 'https://chat.example.com/x' }], time_frame_type: 'all_day' }));
  const after = await details(id);
  assert.deepEqual([after.frequency, after.email_recipients, after.chat_channels, after.time_frame_from, after.time_frame_to], [60, [], [{ end_point: 'https://chat.example.com/x' }], '00:00:00', '00:00:00']);
  assertContract('updateAnAlertSetting', await update(id, {}));
  assert.deepEqual(await details(id), after);
});

test('an update refused for its input changes nothing', async () => {
  const q = await newQueue();
  const id = await added(queueAlert(q.extensionId));
  const before = await details(id);
  assertDocumentedError('updateAnAlertSetting', await update(id, { alert_setting_name: ' ', status: 0 }), 'validationFailed');
  assertDocumentedError('updateAnAlertSetting', await update(id, { email_recipients: Array.from({ length: 11 }, (_, i) => `x${i}@example.com`), status: 0 }), 'numberOfEmailRecipientsIsInvalid');
  assertDocumentedError('updateAnAlertSetting', await update(id, { chat_channels: Array.from({ length: 4 }, () => ({ end_point: 'https://chat.example.com' })) }), 'numberOfChatChannelsIsInvalid');
  // what the add page answers with its own codes, the update page's "Invalid parameters."
  for (const body of [
    { rule_conditions: [{ rule_condition_type: 5, rule_condition_value: 'Warning' }] },
    { rule_conditions: [{ rule_condition_type: 2, rule_condition_value: '150' }] },
    { time_frame_type: 'specific_time', time_frame_from: '10:10:00', time_frame_to: '11:00:00' },
    { time_frame_type: 'specific_time' },
    { email_recipients: ['nobody'] },
    // a call queue alert's target is not changed by an update
    { target_ids: [(await newQueue()).extensionId] },
  ]) {
    assertDocumentedError('updateAnAlertSetting', await update(id, { ...body, status: 0 }), 'invalidParameters');
  }
  assertUndocumentedError(await update(id, { status: 2 }), 400, 300, 'Validation Failed.');
  assert.deepEqual(await details(id), before);
});

test('the targets of device and QoS alerts can be changed by an update, within their number', async () => {
  // six users of their own, so that no other test's QoS alert watches them
  const ids: string[] = [];
  for (let i = 0; i < 6; i++) ids.push(await addUser(s));
  const users = (await demoUsers()).filter((u) => ids.includes(u.id));
  assert.equal(users.length, 6);
  const qos = { ...queueAlert(''), alert_setting_name: 'Call quality', module: 4, rule: 13, target_type: 1, target_ids: [users[0].extension_id], rule_conditions: [{ rule_condition_type: 2, rule_condition_value: '3' }] };
  const id = await added(qos);
  assertContract('updateAnAlertSetting', await update(id, { target_ids: [users[1].extension_id, users[2].extension_id] }));
  assert.deepEqual((await details(id)).targets.map((t: any) => [t.target_id, t.target_name, t.target_extension_number]), [
    [users[1].extension_id, users[1].name, users[1].extension_number],
    [users[2].extension_id, users[2].name, users[2].extension_number],
  ]);
  const before = await details(id);
  assertDocumentedError('updateAnAlertSetting', await update(id, { target_ids: users.map((u) => u.extension_id) }), 'numberOfTargetIsInvalid');
  assertDocumentedError('updateAnAlertSetting', await update(id, { target_ids: [] }), 'numberOfTargetIsInvalid');
  const bad = await update(id, { target_ids: [users[3].extension_id, 'nobody'] });
  assertDocumentedError('updateAnAlertSetting', bad, 'targetIdIsInvalid');
  assert.equal(bad.body.message, 'The target id:nobody is invalid.');
  // a user another QoS alert watches
  const other = await added({ ...qos, target_ids: [users[4].extension_id] });
  assertUndocumentedError(await update(id, { target_ids: [users[4].extension_id] }), 400, 13004, 'Alert rule on this target already exists.');
  assert.deepEqual(await details(id), before);
  assert.equal((await details(other)).targets.length, 1);
});

test('a deleted alert is gone; deleting it again answers the documented error', async () => {
  const q = await newQueue();
  const id = await added(queueAlert(q.extensionId));
  const res = await remove(id);
  assertContract('deleteAnAlertSetting', res);
  assert.equal(res.status, 204);
  const gone = await get(id);
  assertDocumentedError('getAlertSettingDetails', gone, 'alertSettingDoesNotExistAlertSettingId');
  assert.equal(gone.body.message, `The alert setting does not exist, alertSettingId:${id}.`);
  assert.equal((await all()).some((a) => a.alert_setting_id === id), false);
  assertDocumentedError('deleteAnAlertSetting', await remove(id), 'alertSettingDoesNotExistAlertSettingId');
  assertDocumentedError('updateAnAlertSetting', await update(id, { status: 0 }), 'alertSettingDoesNotExistAlertSettingId');
  // the rule on the queue is free again
  await added(queueAlert(q.extensionId));
});

test("another account neither sees nor changes the account's alerts", async () => {
  const demo = await all();
  const stranger = await otherAccount(s, 'alerts-stranger');
  assert.deepEqual(await all({}, stranger.token), []);
  const id = demo[0].alert_setting_id;
  assertDocumentedError('getAlertSettingDetails', await get(id, stranger.token), 'alertSettingDoesNotExistAlertSettingId');
  assertDocumentedError('updateAnAlertSetting', await update(id, { alert_setting_name: 'Stolen' }, stranger.token), 'alertSettingDoesNotExistAlertSettingId');
  assertDocumentedError('deleteAnAlertSetting', await remove(id, stranger.token), 'alertSettingDoesNotExistAlertSettingId');
  // the demo's queue is no target of the stranger's
  const queue = (await demoQueues())[0];
  assertDocumentedError('addAnAlertSetting', await add(queueAlert(queue.extension_id), stranger.token), 'targetIdIsInvalid');
  assert.deepEqual(await all(), demo);
});

test('the list pages by next_page_token and filters by module, rule and status', async () => {
  const { token } = await otherAccount(s, 'alerts-pages');
  const account = (module: number, rule: number, value: string, status: number) => ({
    alert_setting_name: `Account ${rule}`, module, rule, target_type: 2, status,
    rule_conditions: [{ rule_condition_type: rule === 9 ? 5 : 4, rule_condition_value: value }],
    time_frame_type: 'all_day', time_frame_from: '00:00:00', time_frame_to: '00:00:00',
  });
  const a = await added(account(2, 9, 'Critical', 1), token);
  const b = await added(account(3, 10, '15', 0), token);
  const first = await s.api('GET', PATH, { token, query: { page_size: 1 } });
  assertContract('listAlertSettingsWithPagingQuery', first);
  assert.deepEqual([first.body.page_size, first.body.alert_settings.map((x: any) => x.alert_setting_id)], [1, [a]]);
  assert.notEqual(first.body.next_page_token, '');
  const second = await s.api('GET', PATH, { token, query: { page_size: 1, next_page_token: first.body.next_page_token } });
  assertContract('listAlertSettingsWithPagingQuery', second);
  assert.deepEqual(second.body.alert_settings.map((x: any) => x.alert_setting_id), [b]);
  assert.equal(second.body.next_page_token, '');
  assert.deepEqual((await all({ module: 3 }, token)).map((x) => x.alert_setting_id), [b]);
  assert.deepEqual((await all({ rule: 9 }, token)).map((x) => x.alert_setting_id), [a]);
  assert.deepEqual((await all({ status: 0 }, token)).map((x) => x.alert_setting_id), [b]);
  assert.deepEqual((await all({ module: 2, rule: 9, status: 0 }, token)).map((x) => x.alert_setting_id), []);
  assertUndocumentedError(await s.api('GET', PATH, { token, query: { page_size: 301 } }), 400, 300, 'Validation Failed.');
  // a token bound to other filters is refused
  assertUndocumentedError(await s.api('GET', PATH, { token, query: { page_size: 1, status: 0, next_page_token: first.body.next_page_token } }), 400, 300, 'The next page token is invalid or expired.');
});

test('a call queue deleted or a site deleted takes the alerts that watched it', async () => {
  const q = await newQueue();
  const id = await added(queueAlert(q.extensionId));
  assert.equal((await s.api('DELETE', `/phone/call_queues/${q.id}`)).status, 204);
  assertDocumentedError('getAlertSettingDetails', await get(id), 'alertSettingDoesNotExistAlertSettingId');
  const main = (await demoSites())[0];
  const site = await s.api('POST', '/phone/sites', { body: { name: 'Alert branch', auto_receptionist_name: 'Alert branch AR', default_emergency_address: ADDRESS } });
  assert.equal(site.status, 201, JSON.stringify(site.body));
  const emergency = await added({ ...queueAlert(site.body.id), module: 5, rule: 14, target_type: 4, rule_conditions: [{ rule_condition_type: 5, rule_condition_value: 'Critical' }] });
  const deleted = await s.api('DELETE', `/phone/sites/${site.body.id}`, { query: { transfer_site_id: main.id } });
  assert.equal(deleted.status, 204, JSON.stringify(deleted.body));
  assertDocumentedError('getAlertSettingDetails', await get(emergency), 'alertSettingDoesNotExistAlertSettingId');
});

/** Places a call through the simulator at sandbox time `at` (epoch ms). */
async function call(to: string, at: number, script: Record<string, unknown> = {}): Promise<any> {
  const res = await s.admin('POST', '/calls', { from: OUTSIDE, to, at: new Date(at).toISOString(), script });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body;
}

test('calls that wait too long in a watched queue fire its alert, once a level per frequency, in its time frame', async () => {
  const seeded = (await all({ rule: 4 })).find((a) => a.alert_setting_name === 'Sales wait time');
  const sales = (await demoQueues()).find((q) => q.name === 'Sales');
  const fired = () => firedAlerts(s.sandbox.db, DEMO, seeded.alert_setting_id);
  // Warning 60 s, Critical 120 s on the average wait of the last 15 minutes, 08:00-18:00 in the queue's time zone.
  await call(String(sales.extension_number), TUESDAY_10_LA, { ring_seconds: 5 });
  assert.deepEqual(await fired(), []);
  const slow = await call(String(sales.extension_number), TUESDAY_10_LA + 60_000, { ring_seconds: 150 });
  const [warning] = await fired();
  assert.deepEqual([warning.level, warning.conditionValue, warning.callId, warning.targetId], ['Warning', '60', slow.call_id, sales.extension_id]);
  assert.ok(warning.measured >= 60 && warning.measured < 120, String(warning.measured));
  // the same level again within 15 minutes is not fired again
  await call(String(sales.extension_number), TUESDAY_10_LA + 120_000, { ring_seconds: 150 });
  assert.equal((await fired()).length, 1);
  // half an hour on, one call waiting long is the whole window: Critical
  const critical = await call(String(sales.extension_number), TUESDAY_10_LA + 30 * 60_000, { ring_seconds: 300 });
  const after = await fired();
  assert.deepEqual(after.map((f) => f.level), ['Warning', 'Critical']);
  assert.equal(after[1]!.callId, critical.call_id);
  assert.ok(after[1]!.measured >= 120);
  // outside the time frame (18:30 in Los Angeles) nothing fires
  const late = Date.parse('2026-11-25T02:30:00Z');
  await call(String(sales.extension_number), late, { ring_seconds: 300 });
  await call(String(sales.extension_number), late + 60_000, { ring_seconds: 300 });
  assert.equal((await fired()).length, 2);
});

test('abandoned calls fire an abandoned-calls alert while it is active; an inactive alert fires nothing', async () => {
  const support = (await demoQueues()).find((q) => q.name === 'Support');
  const id = await added(queueAlert(support.extension_id, { status: 0 }));
  const start = TUESDAY_10_LA + 2 * 3_600_000;
  await call(String(support.extension_number), start, { ring_seconds: 60, hang_up_after_seconds: 10 });
  assert.deepEqual(await firedAlerts(s.sandbox.db, DEMO, id), []);
  assertContract('updateAnAlertSetting', await update(id, { status: 1 }));
  const answered = await call(String(support.extension_number), start + 60_000, { ring_seconds: 5 });
  assert.equal(answered.outcome, 'answered');
  assert.deepEqual(await firedAlerts(s.sandbox.db, DEMO, id), []);
  const abandoned = await call(String(support.extension_number), start + 120_000, { ring_seconds: 60, hang_up_after_seconds: 10 });
  assert.equal(abandoned.outcome, 'abandoned');
  // of the two calls of the last 5 minutes one was abandoned: 50%, past the critical 40%
  const [f] = await firedAlerts(s.sandbox.db, DEMO, id);
  assert.deepEqual([f!.level, f!.measured, f!.conditionValue, f!.callId], ['Critical', 50, '40', abandoned.call_id]);
  // deleting the alert deletes what it fired
  assertContract('deleteAnAlertSetting', await remove(id));
  assert.deepEqual(await firedAlerts(s.sandbox.db, DEMO, id), []);
});

test('calls waiting in a watched queue at the same time fire a waiting-calls alert', async () => {
  const sales = (await demoQueues()).find((q) => q.name === 'Sales');
  const id = await added(queueAlert(sales.extension_id, { rule: 6, rule_conditions: [{ rule_condition_type: 3, rule_condition_value: '2' }] }));
  const start = TUESDAY_10_LA + 4 * 3_600_000;
  await call(String(sales.extension_number), start, { ring_seconds: 60 });
  assert.deepEqual(await firedAlerts(s.sandbox.db, DEMO, id), []);
  // the second caller arrives while the first still waits
  const second = await call(String(sales.extension_number), start + 10_000, { ring_seconds: 60 });
  const [f] = await firedAlerts(s.sandbox.db, DEMO, id);
  assert.deepEqual([f!.rule, f!.level, f!.measured, f!.callId], [6, 'Critical', 2, second.call_id]);
  // a caller who arrives once both were answered waits alone
  await call(String(sales.extension_number), start + 20 * 60_000, { ring_seconds: 60 });
  assert.equal((await firedAlerts(s.sandbox.db, DEMO, id)).length, 1);
});

test("calls a queue sends to its voicemail fire a forwarded-to-voicemail alert", async () => {
  const q = await newQueue('Voicemail queue');
  const id = await added(queueAlert(q.extensionId, { rule: 5, rule_conditions: [{ rule_condition_type: 2, rule_condition_value: '50' }] }));
  const res = await call(String(q.number), TUESDAY_10_LA + 6 * 3_600_000, { voicemail_seconds: 15 });
  assert.equal(res.outcome, 'voicemail', JSON.stringify(res.path));
  const [f] = await firedAlerts(s.sandbox.db, DEMO, id);
  assert.deepEqual([f!.rule, f!.level, f!.measured, f!.callId], [5, 'Warning', 100, res.call_id]);
});

test('a user taken out of Zoom Phone leaves the QoS alerts that watched it; an alert left with no target goes', async () => {
  const [u1, u2] = [await addUser(s), await addUser(s)];
  const users = (await demoUsers()).filter((u) => u.id === u1 || u.id === u2);
  const id = await added({ ...queueAlert(''), module: 4, rule: 13, target_type: 1, target_ids: users.map((u) => u.extension_id), rule_conditions: [{ rule_condition_type: 2, rule_condition_value: '3' }] });
  assert.equal((await s.admin('DELETE', `/accounts/${DEMO}/users/${u1}`)).status, 204);
  assert.deepEqual((await details(id)).targets.map((t: any) => t.target_id), users.filter((u) => u.id === u2).map((u) => u.extension_id));
  assert.equal((await s.admin('DELETE', `/accounts/${DEMO}/users/${u2}`)).status, 204);
  assertDocumentedError('getAlertSettingDetails', await get(id), 'alertSettingDoesNotExistAlertSettingId');
});

test('calls answered after the threshold bring the service level down and fire a service-level alert', async () => {
  const support = (await demoQueues()).find((q) => q.name === 'Support');
  const id = await added(
    queueAlert(support.extension_id, {
      rule: 1,
      rule_conditions: [
        { rule_condition_type: 1, rule_condition_value: '15' },
        { rule_condition_type: 2, rule_condition_value: '80' },
        { rule_condition_type: 3, rule_condition_value: '50' },
      ],
    }),
  );
  const start = TUESDAY_10_LA + 8 * 3_600_000;
  // answered within 15 seconds: 100%, no alert
  await call(String(support.extension_number), start, { ring_seconds: 5 });
  assert.deepEqual(await firedAlerts(s.sandbox.db, DEMO, id), []);
  // one of two answered within 15 seconds: 50%, at the critical level
  const slow = await call(String(support.extension_number), start + 60_000, { ring_seconds: 30 });
  const [f] = await firedAlerts(s.sandbox.db, DEMO, id);
  assert.deepEqual([f!.rule, f!.level, f!.measured, f!.conditionValue, f!.callId], [1, 'Critical', 50, '50', slow.call_id]);
});

test('a device deleted is no longer shown among the targets of a device alert', async () => {
  const site = (await demoSites())[0];
  const made = await Promise.all(
    ['0a1b2cfe0001', '0a1b2cfe0002'].map((mac, i) =>
      s.api('POST', '/phone/devices', { body: { display_name: `Alert phone ${i}`, mac_address: mac, type: 'Yealink', model: 'T54W', site_id: site.id } }),
    ),
  );
  for (const m of made) assert.equal(m.status, 201, JSON.stringify(m.body));
  const ids = made.map((m) => m.body.id as string);
  const id = await added({ ...queueAlert(''), alert_setting_name: 'Phones offline', module: 3, rule: 10, target_type: 5, target_ids: ids, rule_conditions: [{ rule_condition_type: 4, rule_condition_value: '5' }] });
  assert.deepEqual((await details(id)).targets.map((t: any) => [t.target_id, t.target_name, t.assignees, t.site]), [
    [ids[0], 'Alert phone 0', [], { id: site.id, name: site.name }],
    [ids[1], 'Alert phone 1', [], { id: site.id, name: site.name }],
  ]);
  assert.equal((await s.api('DELETE', `/phone/devices/${ids[0]}`)).status, 204);
  assert.deepEqual((await details(id)).targets.map((t: any) => t.target_id), [ids[1]]);
  // the list no longer names it either
  assert.deepEqual((await all({ rule: 10 })).find((a) => a.alert_setting_id === id).targets, [{ target_name: 'Alert phone 1' }]);
});
