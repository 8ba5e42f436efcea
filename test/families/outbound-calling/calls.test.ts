// Simulated calls out under the outbound calling policy: a call to a country the
// account blocks is refused at once, and the caller's call log says it was blocked;
// an exception rule lets one number through; a user's and a common area's own rules
// hold for their calls only.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract } from '../../support/contract.ts';
import { ManualClock } from '../../../src/clock.ts';

const NOW = Date.UTC(2026, 10, 25, 8, 0, 0);
/** Tuesday 24 November 2026, 10:00 in Los Angeles. */
const TUESDAY_10_LA = '2026-11-24T18:00:00Z';
const DAY = { from: '2026-11-24', to: '2026-11-25' };
/** A Havana number (Cuba is blocked at the demo account), the Lagos partner office (excepted) and another Lagos number. */
const HAVANA = '+5378612345';
const LAGOS_PARTNER = '+23412705500';
const LAGOS_OTHER = '+23412705501';

let s: TestServer;
const users = new Map<string, { id: string; extension_id: string }>();

before(async () => {
  s = await startServer({ clock: new ManualClock(NOW) });
  const list = await s.api('GET', '/phone/users', { query: { page_size: 100 } });
  for (const u of list.body.users) users.set(String(u.extension_number), u);
});
after(() => s.close());

async function place(body: Record<string, unknown>): Promise<any> {
  const res = await s.admin('POST', '/calls', { at: TUESDAY_10_LA, ...body });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body;
}

const path = (call: any) => call.path.map((l: any) => `${l.event} ${l.callee.extension_number ?? l.callee.phone_number} ${l.result}`);

test('a call from a user to a country blocked at account level is refused, and its call log says the number is restricted', async () => {
  const call = await place({ from: '101', to: HAVANA });
  assert.equal(call.direction, 'outbound');
  assert.equal(call.outcome, 'blocked');
  assert.equal(call.result, 'system_blocked');
  assert.deepEqual(path(call), [`outgoing ${HAVANA} system_blocked`]);
  const user = users.get('101')!;
  const logs = await s.api('GET', `/phone/users/${user.id}/call_logs`, { query: { ...DAY, page_size: 300 } });
  assertContract('getUsersCallLogs', logs);
  const log = logs.body.call_logs.find((l: any) => l.call_id === call.call_id);
  assert.ok(log, 'the call is in the user call logs');
  assert.equal(log.result, 'Restricted Number', 'the old edition names why: not the Blocked List but the outbound calling rules');
  assert.equal(log.direction, 'outbound');
  assert.equal(log.callee_number, HAVANA);
  const hist = await s.api('GET', `/phone/users/${user.id}/call_history`, { query: { ...DAY, page_size: 300 } });
  assertContract('getUsersCallHistory', hist);
  const entry = hist.body.call_logs.find((l: any) => l.call_id === call.call_id);
  assert.equal(entry.result, 'system_blocked');
});

test('an exception rule of the account lets the partner number of a blocked country through', async () => {
  assert.equal((await place({ from: '101', to: LAGOS_PARTNER })).outcome, 'answered');
  assert.equal((await place({ from: '101', to: LAGOS_OTHER })).outcome, 'blocked');
  // the rule set inactive, the partner is blocked too
  const list = await s.api('GET', '/phone/outbound_calling/exception_rules', { query: { country: 'NG' } });
  const rule = list.body.exception_rules[0];
  const off = await s.api('PATCH', `/phone/outbound_calling/exception_rules/${rule.id}`, {
    body: { exception_rule: { country: 'NG', match_type: rule.match_type, prefix_number: rule.prefix_number, status: 'inactive' } },
  });
  assert.equal(off.status, 204);
  assert.equal((await place({ from: '101', to: LAGOS_PARTNER })).outcome, 'blocked');
});

test("a user's own rules and exception rules hold for its calls, not another user's", async () => {
  const ada = users.get('101')!;
  const other = users.get('102')!;
  assert.ok(other, 'the demo has extension 102');
  assert.equal((await s.api('PATCH', `/phone/users/${ada.id}/outbound_calling/countries_regions`, { body: { country_regions: [{ iso_code: 'FR', rule: 2 }] } })).status, 204);
  const except = await s.api('POST', `/phone/users/${ada.id}/outbound_calling/exception_rules`, {
    body: { exception_rule: { country: 'FR', match_type: 'prefix', prefix_number: '1', status: 'active', comment: 'Paris' } },
  });
  assert.equal(except.status, 201);
  assert.equal((await place({ from: '101', to: '+33445678901' })).outcome, 'blocked');
  assert.equal((await place({ from: '101', to: '+33145678901' })).outcome, 'answered');
  assert.equal((await place({ from: '102', to: '+33445678901' })).outcome, 'answered');
  // a user's exception that blocks one US number
  await s.api('POST', `/phone/users/${other.id}/outbound_calling/exception_rules`, {
    body: { exception_rule: { country: 'US', match_type: 'phoneNumber', prefix_number: '2065550188', status: 'active' } },
  });
  assert.equal((await place({ from: '102', to: '+12065550188' })).outcome, 'blocked');
  assert.equal((await place({ from: '101', to: '+12065550188' })).outcome, 'answered');
});

test("a common area's own block holds for calls from its phone", async () => {
  const made = await s.api('POST', '/phone/common_areas', { body: { display_name: 'Outbound Kitchen', extension_number: 777 } });
  assert.equal(made.status, 201, JSON.stringify(made.body));
  assert.equal((await s.api('PATCH', `/phone/common_areas/${made.body.id}/outbound_calling/countries_regions`, { body: { country_regions: [{ iso_code: 'DE', rule: 2 }] } })).status, 204);
  // its extension number as dialled: the site's code before the short one
  const dialled = String((await s.api('GET', `/phone/common_areas/${made.body.id}`)).body.extension_number);
  assert.equal((await place({ from: dialled, to: '+4930123456' })).outcome, 'blocked');
  assert.equal((await place({ from: '101', to: '+4930123456' })).outcome, 'answered');
});

test('a call forwarded out to a blocked country by a user call handling is refused there', async () => {
  const user = users.get('104')!;
  const set = await s.api('PATCH', `/phone/extension/${user.extension_id}/call_handling/settings/business_hours`, {
    body: { sub_setting_type: 'call_handling', settings: { call_not_answer_action: 10, phone_number: HAVANA, description: 'Havana desk' } },
  });
  assert.equal(set.status, 204, JSON.stringify(set.body));
  const call = await place({ from: '+14155550123', to: '104', script: { no_answer: true } });
  assert.equal(call.outcome, 'blocked');
  assert.equal(path(call).at(-1), `forward ${HAVANA} system_blocked`);
  // forwarded to a number of a country the account allows, the outside phone rings
  await s.api('PATCH', `/phone/extension/${user.extension_id}/call_handling/settings/business_hours`, {
    body: { sub_setting_type: 'call_handling', settings: { call_not_answer_action: 10, phone_number: '+442071234567' } },
  });
  const allowed = await place({ from: '+14155550123', to: '104', script: { no_answer: true } });
  assert.equal(allowed.outcome, 'missed');
  assert.equal(path(allowed).at(-1), 'forward +442071234567 no_answer');
});
