// The Emergency Call Alert (module 5, rule 14) and simulated emergency calls: an
// emergency call placed through POST /_sandbox/calls by an extension of a site an
// active alert watches, in its time frame (the site's time zone), is recorded as a
// fired alert at the alert's Severity (alerts' public firedAlerts); a call from
// another site, a call the caller's policy refused, or an inactive alert fires nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract } from '../../support/contract.ts';
import { DEMO_DEFAULTS } from '../../../src/sandbox.ts';
import { firedAlerts } from '../../../src/families/alerts/public.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

const DEMO = DEMO_DEFAULTS.accountId;
const PATH = '/phone/alert_settings';
/** Tuesday 24 November 2026, 10:00 in Los Angeles, 11:00 in Denver. */
const AT = '2026-11-24T18:00:00Z';
/** The same Tuesday, 21:00 in Denver. */
const EVENING = '2026-11-25T04:00:00Z';

async function place(from: string, to: string, at = AT): Promise<any> {
  const res = await s.admin('POST', '/calls', { from, to, at });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body;
}

async function sites(): Promise<any[]> {
  return (await s.api('GET', '/phone/sites', { query: { page_size: 100 } })).body.sites;
}

async function seededAlert(): Promise<any> {
  const res = await s.api('GET', PATH, { query: { page_size: 300, module: 5 } });
  assertContract('listAlertSettingsWithPagingQuery', res);
  return res.body.alert_settings.find((a: any) => a.alert_setting_name === 'Emergency calls at the main site');
}

test('an emergency call placed from the main site fires the demo emergency call alert, at its Severity', async () => {
  const alert = await seededAlert();
  assert.ok(alert, 'the demo watches emergency calls at its main site');
  const main = (await sites()).find((x) => x.name === 'Main Site');
  const before = await firedAlerts(s.sandbox.db, DEMO, alert.alert_setting_id);
  const call = await place('101', '911');
  assert.equal(call.outcome, 'answered');
  const fired = (await firedAlerts(s.sandbox.db, DEMO, alert.alert_setting_id)).slice(before.length);
  assert.deepEqual(fired, [
    { alertSettingId: alert.alert_setting_id, rule: 14, targetId: main.id, level: 'Critical', measured: 1, conditionValue: 'Critical', callId: call.call_id, at: Date.parse(AT) },
  ]);
  // A common area of the site too, every emergency call (the rule has no frequency).
  const lobby = await place('100190', '112');
  const again = await place('102', '933');
  const next = (await firedAlerts(s.sandbox.db, DEMO, alert.alert_setting_id)).slice(before.length + 1);
  assert.deepEqual(next.map((f) => f.callId), [lobby.call_id, again.call_id]);
});

test('an emergency call from another site, a refused one, or an ordinary call out fires nothing; an inactive alert neither', async () => {
  const alert = await seededAlert();
  const fired = () => firedAlerts(s.sandbox.db, DEMO, alert.alert_setting_id);
  const count = (await fired()).length;
  await place('104', '911'); // Denver Office
  await place('101', '+14155550123');
  const ada = (await s.api('GET', '/phone/users', { query: { page_size: 100 } })).body.users.find((u: any) => u.extension_number === 101);
  const policy = (p: object) => s.api('PATCH', `/phone/users/${ada.id}/policies/allow_emergency_calls`, { body: { allow_emergency_calls: p } });
  assert.equal((await policy({ enable: false })).status, 204);
  try {
    assert.equal((await place('101', '911')).outcome, 'blocked');
  } finally {
    assert.equal((await policy({ reset: true })).status, 204);
  }
  assert.equal((await fired()).length, count);
  assert.equal((await s.api('PATCH', `${PATH}/${alert.alert_setting_id}`, { body: { status: 0 } })).status, 204);
  try {
    await place('101', '911');
    assert.equal((await fired()).length, count, 'an inactive alert fires nothing');
  } finally {
    assert.equal((await s.api('PATCH', `${PATH}/${alert.alert_setting_id}`, { body: { status: 1 } })).status, 204);
  }
  await place('101', '911');
  assert.equal((await fired()).length, count + 1);
});

test("an emergency call alert fires in its time frame only, read in the site's time zone", async () => {
  const denver = (await sites()).find((x) => x.name === 'Denver Office');
  const res = await s.api('POST', PATH, {
    body: {
      alert_setting_name: 'Denver emergency calls in office hours',
      module: 5,
      rule: 14,
      rule_conditions: [{ rule_condition_type: 5, rule_condition_value: 'Warning' }],
      target_type: 4,
      target_ids: [denver.id],
      time_frame_type: 'specific_time',
      time_frame_from: '08:00:00',
      time_frame_to: '18:00:00',
    },
  });
  assertContract('addAnAlertSetting', res);
  const id = res.body.alert_setting_id;
  const inHours = await place('105', '911', AT);
  await place('105', '911', EVENING);
  const fired = await firedAlerts(s.sandbox.db, DEMO, id);
  assert.deepEqual(fired.map((f) => [f.callId, f.level, f.targetId]), [[inHours.call_id, 'Warning', denver.id]]);
});
