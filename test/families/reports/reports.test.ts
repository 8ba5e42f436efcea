// The reports through the HTTP API: the call charges of calls placed through
// the simulator's control plane, priced by the sandbox's rate table, with their
// filters, windows and pages; and the operation logs report of the writes made
// through the API. Another account sees none of it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { otherAccount } from '../../support/fixtures.ts';
import { DEMO_DEFAULTS } from '../../../src/sandbox.ts';
import { externalParty, oneLegCall, recordCalls, userParty } from '../../support/calls.ts';
import type { CallLeg, SimulatedCall } from '../../../src/families/call-logs/public.ts';

let s: TestServer;
let now: number;
const calls: Record<string, any> = {};

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const monthsBefore = (ms: number, months: number) => {
  const d = new Date(ms - (ms % DAY));
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.getTime();
};

/** 17:00 UTC of the latest weekday at least four hours past: 9:00 in Los Angeles, in every demo user's business hours. */
function businessMorning(at: number): number {
  const d = new Date(at - 4 * 60 * MIN);
  let t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 17);
  while (t > at - 4 * 60 * MIN || [0, 6].includes(new Date(t).getUTCDay())) t -= DAY;
  return t;
}

async function place(name: string, body: Record<string, unknown>): Promise<any> {
  const res = await s.admin('POST', '/calls', body);
  assert.equal(res.status, 201, JSON.stringify(res.body));
  calls[name] = res.body;
  return res.body;
}

const charges = (query: Record<string, string | number> = {}, token?: string) => s.api('GET', '/phone/reports/call_charges', { query: { page_size: 300, ...query }, token });
const oplogs = (query: Record<string, string | number> = {}, token?: string) => s.api('GET', '/phone/reports/operationlogs', { query: { page_size: 300, ...query }, token });

before(async () => {
  s = await startServer();
  now = Date.parse((await s.admin('GET', '/clock')).body.now);
  const base = businessMorning(now);
  await place('internal', { from: '101', to: '102', at: iso(base), script: { talk_seconds: 60 } });
  await place('london', { from: '101', to: '+442071234567', at: iso(base + 10 * MIN), script: { talk_seconds: 400 } });
  await place('local', { from: '102', to: '+14155550199', at: iso(base + 20 * MIN), script: { talk_seconds: 90 } });
  await place('inbound', { from: '+14155550123', to: '102', at: iso(base + 30 * MIN), script: { talk_seconds: 30 } });
  await place('unanswered', { from: '101', to: '+14155550177', at: iso(base + 40 * MIN), script: { no_answer: true } });
  await place('old', { from: '101', to: '+14155550188', at: iso(now - 40 * DAY) });
});
after(() => s.close());

test('each call leaves a charge row: out to the public network by the rate of the country dialled, inside the account free', async () => {
  const res = await charges();
  assertContract('getCallChargesUsageReport', res);
  const rows = res.body.call_charges;
  assert.equal(res.body.total_records, 5, 'the five calls of the last 30 days');
  const london = rows.find((r: any) => r.callee_number === '+442071234567');
  // The call log of the party billed: Ada's log of the call, as getCallLogDetails shows it.
  const log = await s.api('GET', `/phone/call_logs/${london.call_log_id}`);
  assert.equal(log.status, 200, JSON.stringify(log.body));
  assert.equal(log.body.call_id, calls.london.call_id);
  const inboundLog = rows.find((r: any) => r.caller_number === '+14155550123').call_log_id;
  assert.equal((await s.api('GET', `/phone/call_logs/${inboundLog}`)).body.call_id, calls.inbound.call_id);
  delete london.call_log_id;
  // 400 seconds of talk are 7 started minutes at the sandbox's $0.03 a minute to the United Kingdom.
  assert.deepEqual(
    { ...london },
    {
      billing_number: '14085551000 Ext. 101',
      call_type: 'international',
      callee_billing_number: '+442071234567',
      callee_number: '+442071234567',
      caller_billing_number: '+14085551000',
      caller_number: '101',
      calling_party_name: 'Ada Lovelace',
      charge_mode: 'per_min',
      cost_center: 'CC-100',
      currency: 'USD',
      department: 'Operations',
      duration: 7,
      end_time: calls.london.end_time,
      rate: '0.0300',
      service_type: 'call',
      total_charge: '0.2100',
    },
  );
  const local = rows.find((r: any) => r.callee_number === '+14155550199');
  assert.deepEqual([local.call_type, local.duration, local.rate, local.total_charge, local.calling_party_name], ['local', 2, '0.0100', '0.0200', 'Grace Hopper']);
  const internal = rows.find((r: any) => r.callee_number === '102' && r.caller_number === '101');
  assert.deepEqual([internal.call_type, internal.duration, internal.rate, internal.total_charge], ['voip', 1, '0', '0']);
  const inbound = rows.find((r: any) => r.caller_number === '+14155550123');
  assert.deepEqual([inbound.call_type, inbound.total_charge], ['local', '0']);
  const unanswered = rows.find((r: any) => r.callee_number === '+14155550177');
  assert.deepEqual([unanswered.duration, unanswered.total_charge], [0, '0']);
  // Newest first.
  const times = rows.map((r: any) => r.end_time);
  assert.deepEqual([...times].sort().reverse(), times);
});

test('show_charges_only keeps the calls with a charge', async () => {
  const res = await charges({ show_charges_only: 'true' });
  assertContract('getCallChargesUsageReport', res);
  assert.deepEqual(res.body.call_charges.map((r: any) => r.callee_number).sort(), ['+14155550199', '+442071234567']);
  assert.equal(res.body.total_records, 2);
  assert.equal((await charges({ show_charges_only: 'false' })).body.total_records, 5);
});

test('billing_account_id: an unknown one is invalid; a known one narrows to the charges billed to it', async () => {
  assertDocumentedError('getCallChargesUsageReport', await charges({ billing_account_id: 'no-such-billing-account' }), 'billingAccountIdIsInvalid');
  const accounts = await s.api('GET', '/phone/billing_accounts');
  assert.equal(accounts.status, 200, JSON.stringify(accounts.body));
  const known = accounts.body.billing_accounts[0].id;
  const res = await charges({ billing_account_id: known });
  assertContract('getCallChargesUsageReport', res);
  // The sandbox bills every call to the account itself: no charge names a billing account yet.
  assert.deepEqual(res.body.call_charges, []);
});

test('windows: the past 30 days by default, a month at most, only the recent 13 months', async () => {
  const def = await charges();
  assert.equal(def.body.from, day(now - 30 * DAY));
  assert.equal(def.body.to, day(now));
  const oldDay = day(Date.parse(calls.old.start_time));
  const old = await charges({ from: oldDay, to: oldDay });
  assert.deepEqual(old.body.call_charges.map((r: any) => r.callee_number), ['+14155550188']);
  assert.deepEqual([old.body.from, old.body.to], [oldDay, oldDay]);
  // From 13 months before today the report is given; a day earlier it is not.
  const limit = monthsBefore(now, 13);
  assert.equal((await charges({ from: day(limit), to: day(limit + 20 * DAY) })).status, 200);
  assertDocumentedError('getCallChargesUsageReport', await charges({ from: day(limit - DAY), to: day(limit + 20 * DAY) }), 'invalidStartDateReportIsProvided');
  assertUndocumentedError(await charges({ from: '2026-01-01', to: '2026-02-02' }), 400, 300, 'Invalid to: the date range defined by from and to must not exceed one month.');
  assertUndocumentedError(await charges({ from: '2026-01-01' }), 400, 300, 'Invalid to: to is required when from is given.');
  assertUndocumentedError(await charges({ from: 'yesterday', to: '2026-01-01' }), 400, 300, /^Invalid from: use yyyy-mm-dd/);
});

test('pages: keyset pages of the report, total_records, and the documented error for a bad token', async () => {
  const seen: string[] = [];
  let token = '';
  do {
    const page = await charges({ page_size: 2, ...(token && { next_page_token: token }) });
    assertContract('getCallChargesUsageReport', page);
    assert.equal(page.body.total_records, 5);
    seen.push(...page.body.call_charges.map((r: any) => `${r.caller_number}>${r.callee_number}`));
    token = page.body.next_page_token;
  } while (token);
  assert.equal(seen.length, 5);
  assert.equal(new Set(seen).size, 5);
  assertDocumentedError('getCallChargesUsageReport', await charges({ next_page_token: 'not-a-token' }), 'nextPageTokenIsInvalidOr');
  const first = await charges({ page_size: 1 });
  assertDocumentedError('getCallChargesUsageReport', await charges({ page_size: 1, show_charges_only: 'true', next_page_token: first.body.next_page_token }), 'nextPageTokenIsInvalidOr');
});

test('every write through the API is in the operation logs report, with its category, action and operator; reads and refused writes leave none', async () => {
  const before = (await oplogs()).body.total_records as number;
  const created = await s.api('POST', '/phone/blocked_list', { body: { match_type: 'phoneNumber', block_type: 'inbound', phone_number: '4155550100', country: 'US' } });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const id = created.body.id;
  assert.equal((await s.api('PATCH', `/phone/blocked_list/${id}`, { body: { comment: 'spam' } })).status, 204);
  assert.equal((await s.api('GET', `/phone/blocked_list/${id}`)).status, 200);
  // Refused: the contract refuses the body.
  assert.equal((await s.api('POST', '/phone/blocked_list', { body: { match_type: 'nonsense' } })).status, 400);
  assert.equal((await s.api('DELETE', `/phone/blocked_list/${id}`)).status, 204);
  // Refused: it is gone.
  assert.ok((await s.api('DELETE', `/phone/blocked_list/${id}`)).status >= 400);

  const res = await oplogs();
  assertContract('getOperationLogsReport', res);
  assert.equal(res.body.total_records, before + 3, 'an add, an update and a delete; the reads and the refused writes none');
  const mine = res.body.operation_logs.slice(0, 3);
  assert.deepEqual(mine.map((l: any) => l.action), ['Delete', 'Update', 'Add']);
  for (const l of mine) {
    assert.equal(l.category_type, 'Blocked List');
    assert.equal(l.operator, DEMO_DEFAULTS.clientId);
    assert.ok(l.operation_detail.includes(`/phone/blocked_list`), l.operation_detail);
    assert.ok(Math.abs(Date.parse(l.time) - Date.parse((await s.admin('GET', '/clock')).body.now)) < 60_000);
  }
  assert.ok(mine[0].operation_detail.includes(id));
  assert.equal(res.body.from, day(Date.parse(mine[0].time) - DAY));
});

test('operation logs: category_type filters (all is every category), from/to, pages, and another account sees only its own', async () => {
  const other = await s.api('POST', '/phone/blocked_list', { body: { match_type: 'phoneNumber', block_type: 'outbound', phone_number: '4155550111', country: 'US' } });
  assert.equal(other.status, 201);
  const every = (await oplogs()).body;
  const categories = new Set(every.operation_logs.map((l: any) => l.category_type));
  assert.ok(categories.has('Blocked List'));
  const blocked = await oplogs({ category_type: 'Blocked List' });
  assertContract('getOperationLogsReport', blocked);
  assert.ok(blocked.body.operation_logs.length >= 4);
  assert.ok(blocked.body.operation_logs.every((l: any) => l.category_type === 'Blocked List'));
  assert.equal(blocked.body.total_records, every.operation_logs.filter((l: any) => l.category_type === 'Blocked List').length);
  assert.equal((await oplogs({ category_type: 'all' })).body.total_records, every.total_records);
  assert.deepEqual((await oplogs({ category_type: 'No Such Category' })).body.operation_logs, []);

  // Windows: a month before today holds none of today's writes; today holds them all.
  const monthAgo = day(now - 40 * DAY);
  assert.deepEqual((await oplogs({ from: monthAgo, to: monthAgo })).body.operation_logs, []);
  assert.equal((await oplogs({ from: day(now - DAY), to: day(now + DAY) })).body.total_records, every.total_records);
  assertUndocumentedError(await oplogs({ from: '2026-01-01', to: '2026-03-01' }), 400, 300, 'Invalid to: the date range defined by from and to must not exceed one month.');

  // Pages, newest first.
  const seen: string[] = [];
  let token = '';
  do {
    const page = await oplogs({ page_size: 1, ...(token && { next_page_token: token }) });
    assertContract('getOperationLogsReport', page);
    seen.push(page.body.operation_logs[0].time + page.body.operation_logs[0].operation_detail);
    token = page.body.next_page_token;
  } while (token);
  assert.equal(seen.length, every.total_records);

  const acct = await otherAccount(s, 'reports-other');
  assert.deepEqual((await oplogs({}, acct.token)).body.operation_logs, []);
  assert.deepEqual((await charges({}, acct.token)).body.call_charges, []);
  const own = await s.api('POST', '/phone/blocked_list', { body: { match_type: 'phoneNumber', block_type: 'inbound', phone_number: '4155550122', country: 'US' }, token: acct.token });
  assert.equal(own.status, 201, JSON.stringify(own.body));
  const theirs = await oplogs({}, acct.token);
  assert.equal(theirs.body.total_records, 1);
  assert.equal(theirs.body.operation_logs[0].action, 'Add');
  assert.match(theirs.body.operation_logs[0].operator, /\S/);
  assert.notEqual(theirs.body.operation_logs[0].operator, DEMO_DEFAULTS.clientId);
  assert.equal((await oplogs()).body.total_records, every.total_records, "the other account's write is not the demo account's");
});

test('a call into a toll-free number is billed by its country; a forward out to the public network is billed to the extension that forwarded it', async () => {
  const ada = await userParty(s, 'ada@demo.switchboard.test');
  const start = now - 2 * 60 * MIN;
  // 90 seconds into Ada's toll-free number: 2 started minutes at $0.0255.
  const tollFree = oneLegCall(externalParty('+13125550100'), { ...ada, phoneNumber: '+18005550100', numberType: 'zoom_toll_free_number', countryCode: '1', countryIso: 'US' }, { startAt: start, talkSeconds: 90 });
  tollFree.callee = tollFree.legs[0]!.callee;
  // Ada does not answer; her call handling forwards the call to a London number, which talks 150 seconds.
  const forwarded = oneLegCall(externalParty('+13125550101'), ada, { startAt: start + 10 * MIN, answered: false });
  const first = forwarded.legs[0]!;
  const out: CallLeg = {
    ...first, id: `${first.id}-fwd`, node: 1, event: 'forward', callee: externalParty('+442079460000', '+442079460000'), operator: ada,
    startAt: first.endAt, answerAt: first.endAt + 4000, endAt: first.endAt + 154_000, result: 'answered',
  };
  const withForward: SimulatedCall = { ...forwarded, legs: [first, out], endAt: out.endAt, answerAt: out.answerAt, result: 'answered', outcome: 'answered' };
  await recordCalls(s, [tollFree, withForward]);

  const rows = (await charges({ show_charges_only: 'true' })).body.call_charges;
  const tf = rows.find((r: any) => r.caller_number === '+13125550100');
  assert.deepEqual([tf.call_type, tf.duration, tf.rate, tf.total_charge, tf.callee_number, tf.callee_billing_number], ['tollfree', 2, '0.0255', '0.0510', '101', '+18005550100']);
  const fwd = rows.find((r: any) => r.callee_number === '+442079460000');
  assert.deepEqual([fwd.call_type, fwd.duration, fwd.rate, fwd.total_charge, fwd.caller_number, fwd.calling_party_name], ['international', 3, '0.0300', '0.0900', '101', 'Ada Lovelace']);
  // The call as placed, from outside to Ada's own number, is free.
  const placed = (await charges()).body.call_charges.find((r: any) => r.caller_number === '+13125550101');
  assert.deepEqual([placed.call_type, placed.total_charge], ['local', '0']);
});
