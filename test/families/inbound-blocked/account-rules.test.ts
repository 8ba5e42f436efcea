// The account's inbound block rules through the HTTP API: added, listed with
// their filters, changed and deleted; the number each blocks read with its country.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { calls, otherMaster, rowsOf } from './fixtures.ts';

let s: TestServer;
let api: ReturnType<typeof calls>;
before(async () => {
  s = await startServer();
  api = calls(s);
});
after(() => s.close());

const rule = (over: Record<string, unknown> = {}) => ({ match_type: 'phoneNumber', blocked_number: '2065550100', country: 'US', type: 'block_for_other_reasons', status: 'active', ...over });

async function added(body: Record<string, unknown>): Promise<string> {
  const res = await api.addAccountRule(body);
  assertContract('addAnAccountsInboundBlockRule', res);
  return res.body.id;
}

async function listed(query: Record<string, string | number> = {}) {
  const res = await api.listAccountRules({ page_size: 300, ...query });
  assertContract('listAnAccountsInboundBlockRules', res);
  return res.body.account_blocked_rules as any[];
}

test("the demo account lists its account rule", async () => {
  const res = await api.listAccountRules();
  assertContract('listAnAccountsInboundBlockRules', res);
  assert.equal(res.body.page_size, 30);
  assert.equal(res.body.next_page_token, '');
  const [demo] = res.body.account_blocked_rules;
  assert.deepEqual(demo, {
    id: demo.id, match_type: 'phoneNumber', phone_number: '+12025550143', type: 'block_for_other_reasons', status: 'active',
    comment: 'Repeated robocalls to the main line', blocked_number: '2025550143', country: 'US',
  });
});

test('an account rule is added and listed: a number in E164, a prefix with its country code, an SMS short code as given', async () => {
  const number = await added(rule({ blocked_number: '(206) 555-0101', comment: 'Spam caller' }));
  const prefix = await added(rule({ match_type: 'prefix', blocked_number: '020', country: 'gb', type: 'block_as_threat', status: 'inactive' }));
  const short = await added({ match_type: 'SMS-shortCodes', blocked_number: '55555', type: 'block_for_other_reasons', status: 'active' });
  const rows = await listed();
  const byId = new Map(rows.map((r) => [r.id, r]));
  assert.deepEqual(byId.get(number), {
    id: number, match_type: 'phoneNumber', phone_number: '+12065550101', type: 'block_for_other_reasons', status: 'active', comment: 'Spam caller',
    blocked_number: '2065550101', country: 'US',
  });
  // The trunk prefix 0 is not part of the number: London's 020 is +4420.
  assert.deepEqual(byId.get(prefix), {
    id: prefix, match_type: 'prefix', phone_number: '+4420', type: 'block_as_threat', status: 'inactive', blocked_number: '20', country: 'GB',
  });
  assert.deepEqual(byId.get(short), { id: short, match_type: 'SMS-shortCodes', phone_number: '55555', type: 'block_for_other_reasons', status: 'active', blocked_number: '55555' });
  // A number given with its own country code is the same number.
  const plus = await added(rule({ blocked_number: '+1 206 555 0102' }));
  assert.equal(byId.size + 1, (await listed()).length);
  assert.equal((await listed()).find((r) => r.id === plus).blocked_number, '2065550102');
});

test('the list filters by match type, type, status and keyword (number, phone_number or comment, in any case)', async () => {
  await added(rule({ blocked_number: '3125550199', comment: 'Chicago FRAUD ring', type: 'block_as_threat', status: 'inactive' }));
  await added(rule({ match_type: 'prefix', blocked_number: '312', comment: 'Chicago prefix', status: 'active' }));
  const all = await listed();
  const check = async (query: Record<string, string>, keep: (r: any) => boolean) => assert.deepEqual((await listed(query)).map((r) => r.id), all.filter(keep).map((r) => r.id));
  await check({ match_type: 'prefix' }, (r) => r.match_type === 'prefix');
  await check({ type: 'block_as_threat' }, (r) => r.type === 'block_as_threat');
  await check({ status: 'inactive' }, (r) => r.status === 'inactive');
  await check({ keyword: 'fraud' }, (r) => /fraud/i.test(r.comment ?? ''));
  await check({ keyword: '+1312' }, (r) => r.phone_number.startsWith('+1312'));
  await check({ keyword: '312' }, (r) => r.blocked_number.includes('312') || r.phone_number.includes('312') || (r.comment ?? '').includes('312'));
  await check({ keyword: 'chicago', match_type: 'phoneNumber', status: 'inactive' }, (r) => /chicago/i.test(r.comment ?? '') && r.match_type === 'phoneNumber' && r.status === 'inactive');
  assert.deepEqual(await listed({ keyword: '%' }), []);
  const bad = await api.listAccountRules({ status: 'paused' });
  assertUndocumentedError(bad, 400, 300, 'Validation Failed.');
});

test('a number the account blocks already is refused (13601), however it is written, and nothing changes', async () => {
  await added(rule({ blocked_number: '7185550123' }));
  const before = await rowsOf(s, 'inbound_block_account_rules');
  for (const blocked_number of ['7185550123', '+17185550123', '1 (718) 555-0123']) {
    const res = await api.addAccountRule(rule({ blocked_number, type: 'block_as_threat', status: 'inactive' }));
    assertDocumentedError('addAnAccountsInboundBlockRule', res, 'blockedPhoneNumberAlreadyExists');
    assert.equal(res.body.message, `Blocked phone number already exists:${blocked_number}.`);
  }
  assert.deepEqual(await rowsOf(s, 'inbound_block_account_rules'), before);
  // The same digits as a prefix, or for another country, are another rule.
  await added(rule({ match_type: 'prefix', blocked_number: '7185550123' }));
  await added(rule({ blocked_number: '7185550123', country: 'GB' }));
});

test("a phone number or prefix needs a country the abbreviation list has ('Invalid country.')", async () => {
  const before = await rowsOf(s, 'inbound_block_account_rules');
  for (const body of [
    rule({ country: undefined, blocked_number: '2065550140' }),
    rule({ country: 'ZZ', blocked_number: '2065550141' }),
    rule({ country: 'USA', blocked_number: '2065550142' }),
    rule({ match_type: 'prefix', country: '', blocked_number: '206' }),
    { match_type: 'SMS-shortCodes', blocked_number: '24273', country: 'XX', type: 'block_for_other_reasons', status: 'active' },
  ]) {
    assertDocumentedError('addAnAccountsInboundBlockRule', await api.addAccountRule(body), 'invalidCountry');
  }
  assert.deepEqual(await rowsOf(s, 'inbound_block_account_rules'), before);
  // A short code needs none.
  await added({ match_type: 'SMS-shortCodes', blocked_number: '24273', type: 'block_for_other_reasons', status: 'active' });
});

test("a number of another country than the rule's is refused (13604)", async () => {
  const before = await rowsOf(s, 'inbound_block_account_rules');
  const cases: [string, string][] = [
    ['+442071234567', 'US'], // another country code
    ['4165550123', 'US'], // Toronto's area code
    ['2065550123', 'CA'], // Seattle's
    ['8765550123', 'US'], // Jamaica's
  ];
  for (const [blocked_number, country] of cases) {
    const res = await api.addAccountRule(rule({ blocked_number, country }));
    assertDocumentedError('addAnAccountsInboundBlockRule', res, 'blockedNumberDoesNotMatchThe');
    assert.equal(res.body.message, `Blocked number:${blocked_number} does not match the country:${country}.`);
  }
  const prefix = await api.addAccountRule(rule({ match_type: 'prefix', blocked_number: '416', country: 'US' }));
  assertDocumentedError('addAnAccountsInboundBlockRule', prefix, 'blockedNumberDoesNotMatchThe');
  assert.deepEqual(await rowsOf(s, 'inbound_block_account_rules'), before);
  // Toll-free numbers belong to every country of the plan; Jamaica's own numbers to Jamaica.
  await added(rule({ blocked_number: '8005550123', country: 'CA' }));
  await added(rule({ blocked_number: '8765550123', country: 'JM' }));
  await added(rule({ blocked_number: '+33 1 23 45 67 89', country: 'FR' }));
});

test('a number, prefix or short code that cannot be one is refused (7015); the limits hold at their edge', async () => {
  const before = await rowsOf(s, 'inbound_block_account_rules');
  const invalid = [
    rule({ blocked_number: 'call-me' }),
    rule({ blocked_number: '' }),
    rule({ blocked_number: '555012' }), // too short for the plan
    rule({ blocked_number: '20655501234' }), // eleven digits, not a trunk 1
    rule({ blocked_number: '1065550123' }), // no area code starts with 1
    rule({ blocked_number: '+999123456' }), // no such country code
    rule({ match_type: 'prefix', blocked_number: '0', country: 'GB' }), // only the trunk prefix
    rule({ match_type: 'prefix', blocked_number: '1', country: 'US' }),
    rule({ blocked_number: '123', country: 'GB' }), // shorter than any national number
    rule({ blocked_number: '20123456789012', country: 'GB' }), // 44 + 14 digits: past E.164's 15
    { match_type: 'SMS-shortCodes', blocked_number: '12', type: 'block_for_other_reasons', status: 'active' },
    { match_type: 'SMS-shortCodes', blocked_number: '123456789', type: 'block_for_other_reasons', status: 'active' },
    { match_type: 'SMS-shortCodes', blocked_number: '+12345', type: 'block_for_other_reasons', status: 'active' },
  ];
  for (const body of invalid) {
    const res = await api.addAccountRule(body);
    assertDocumentedError('addAnAccountsInboundBlockRule', res, 'phoneNumberIsInvalid');
    assert.equal(res.body.message, `The phone number ${body.blocked_number} is invalid.`);
  }
  assert.deepEqual(await rowsOf(s, 'inbound_block_account_rules'), before);
  // At the edges: 44 + 13 digits is 15, three and eight digit short codes, a ten-digit prefix, a trunk 1 before ten digits.
  await added(rule({ blocked_number: '2012345678901', country: 'GB' }));
  await added({ match_type: 'SMS-shortCodes', blocked_number: '123', type: 'block_for_other_reasons', status: 'active' });
  await added({ match_type: 'SMS-shortCodes', blocked_number: '12345678', type: 'block_for_other_reasons', status: 'active' });
  await added(rule({ match_type: 'prefix', blocked_number: '2065550111' }));
  const trunk = await added(rule({ blocked_number: '12065550112' }));
  assert.equal((await listed()).find((r) => r.id === trunk).phone_number, '+12065550112');
  // Italy keeps its leading 0.
  const rome = await added(rule({ blocked_number: '06 1234 5678', country: 'IT' }));
  assert.equal((await listed()).find((r) => r.id === rome).phone_number, '+390612345678');
});

test('the fields the page marks required are required', async () => {
  const before = await rowsOf(s, 'inbound_block_account_rules');
  for (const field of ['blocked_number', 'match_type', 'status', 'type']) {
    const body: Record<string, unknown> = rule({ blocked_number: '2065550150' });
    delete body[field];
    const res = await api.addAccountRule(body);
    assertUndocumentedError(res, 400, 300, 'Validation Failed.');
    assert.equal(res.body.errors[0].field, field);
  }
  assertUndocumentedError(await api.addAccountRule(rule({ type: 'block_forever' })), 400, 300, 'Validation Failed.');
  assert.deepEqual(await rowsOf(s, 'inbound_block_account_rules'), before);
});

test("an update changes the rule's number, type, status and comment; what it leaves out stays", async () => {
  const id = await added(rule({ blocked_number: '5035550100', comment: 'Portland', status: 'inactive' }));
  const res = await api.updateAccountRule(id, { match_type: 'prefix', blocked_number: '503', type: 'block_as_threat' });
  assertContract('updateAnAccountsInboundBlockRule', res);
  let shown = (await listed()).find((r) => r.id === id);
  // The country it had stands; status and comment too.
  assert.deepEqual(shown, { id, match_type: 'prefix', phone_number: '+1503', type: 'block_as_threat', status: 'inactive', comment: 'Portland', blocked_number: '503', country: 'US' });
  assertContract(
    'updateAnAccountsInboundBlockRule',
    await api.updateAccountRule(id, { match_type: 'phoneNumber', blocked_number: '0612345678', country: 'NL', type: 'block_for_other_reasons', status: 'active', comment: '' }),
  );
  shown = (await listed()).find((r) => r.id === id);
  assert.deepEqual(shown, { id, match_type: 'phoneNumber', phone_number: '+31612345678', type: 'block_for_other_reasons', status: 'active', comment: '', blocked_number: '612345678', country: 'NL' });
  // The same target again is no conflict with itself.
  assertContract('updateAnAccountsInboundBlockRule', await api.updateAccountRule(id, { match_type: 'phoneNumber', blocked_number: '+31612345678', type: 'block_for_other_reasons' }));
});

test('an update is refused for a number another rule blocks (13601), a bad number or country, or an unknown rule, and changes nothing', async () => {
  const id = await added(rule({ blocked_number: '6175550100' }));
  await added(rule({ blocked_number: '6175550101' }));
  const before = await rowsOf(s, 'inbound_block_account_rules');
  const update = (body: Record<string, unknown>) => api.updateAccountRule(id, { match_type: 'phoneNumber', type: 'block_for_other_reasons', ...body });
  const taken = await update({ blocked_number: '617-555-0101' });
  assertDocumentedError('updateAnAccountsInboundBlockRule', taken, 'blockedPhoneNumberAlreadyExists');
  assert.equal(taken.body.message, 'Blocked phone number already exists:617-555-0101.');
  assertDocumentedError('updateAnAccountsInboundBlockRule', await update({ blocked_number: '6175550102', country: 'QQ' }), 'invalidCountry');
  assertDocumentedError('updateAnAccountsInboundBlockRule', await update({ blocked_number: '61755501' }), 'phoneNumberIsInvalid');
  assertDocumentedError('updateAnAccountsInboundBlockRule', await update({ blocked_number: '+496175550102' }), 'blockedNumberDoesNotMatchThe');
  const missing = await api.updateAccountRule('no-such-rule', rule());
  assertDocumentedError('updateAnAccountsInboundBlockRule', missing, 'blockedRuleDoesNotExist');
  assert.equal(missing.body.message, 'Blocked rule does not exist: no-such-rule.');
  const noType = await update({ type: undefined, blocked_number: '6175550102' });
  assertUndocumentedError(noType, 400, 300, 'Validation Failed.');
  assert.deepEqual(await rowsOf(s, 'inbound_block_account_rules'), before);
});

test('a deleted rule is gone; an unknown one is 404', async () => {
  const id = await added(rule({ blocked_number: '3055550100' }));
  const res = await api.deleteAccountRule(id);
  assertContract('deleteAnAccountsInboundBlockRule', res);
  assert.equal((await listed()).some((r) => r.id === id), false);
  const again = await api.deleteAccountRule(id);
  assertDocumentedError('deleteAnAccountsInboundBlockRule', again, 'blockedRuleDoesNotExist');
  assert.equal(again.body.message, `Blocked rule does not exist: ${id}.`);
  // The number can be blocked again.
  await added(rule({ blocked_number: '3055550100' }));
  const noId = await s.api('DELETE', '/phone/inbound_blocked/rules');
  assertUndocumentedError(noId, 400, 300, 'Validation Failed.');
});

test("another account neither sees the account's rules nor changes them, and blocks the same number on its own", async () => {
  const id = await added(rule({ blocked_number: '7025550100' }));
  const token = await otherMaster(s, 'ib-other-rules');
  const theirs = await api.listAccountRules({}, token);
  assertContract('listAnAccountsInboundBlockRules', theirs);
  assert.deepEqual(theirs.body.account_blocked_rules, []);
  const before = await rowsOf(s, 'inbound_block_account_rules');
  assertDocumentedError('updateAnAccountsInboundBlockRule', await api.updateAccountRule(id, rule({ blocked_number: '7025550199' }), token), 'blockedRuleDoesNotExist');
  assertDocumentedError('deleteAnAccountsInboundBlockRule', await api.deleteAccountRule(id, token), 'blockedRuleDoesNotExist');
  assert.deepEqual(await rowsOf(s, 'inbound_block_account_rules'), before);
  const own = await api.addAccountRule(rule({ blocked_number: '7025550100' }), token);
  assertContract('addAnAccountsInboundBlockRule', own);
  assert.deepEqual((await api.listAccountRules({}, token)).body.account_blocked_rules.map((r: any) => r.id), [own.body.id]);
});

test('the list shows 30 a page unless asked, at most 300, and pages by next_page_token', async () => {
  const token = await otherMaster(s, 'ib-paging');
  for (let i = 0; i < 31; i++) {
    assertContract('addAnAccountsInboundBlockRule', await api.addAccountRule(rule({ blocked_number: `20655502${String(i).padStart(2, '0')}` }), token));
  }
  const first = await api.listAccountRules({}, token);
  assertContract('listAnAccountsInboundBlockRules', first);
  assert.equal(first.body.account_blocked_rules.length, 30);
  assert.notEqual(first.body.next_page_token, '');
  const second = await api.listAccountRules({ next_page_token: first.body.next_page_token }, token);
  assertContract('listAnAccountsInboundBlockRules', second);
  assert.deepEqual(second.body.account_blocked_rules.map((r: any) => r.blocked_number), ['2065550230']);
  assert.equal(second.body.next_page_token, '');
  const max = await api.listAccountRules({ page_size: 300 }, token);
  assertContract('listAnAccountsInboundBlockRules', max);
  assert.equal(max.body.account_blocked_rules.length, 31);
  const tooMany = await api.listAccountRules({ page_size: 301 }, token);
  assertUndocumentedError(tooMany, 400, 300, 'Validation Failed.');
  assert.equal(tooMany.body.errors[0].field, 'page_size');
  // A token is bound to the query that made it.
  const foreign = await api.listAccountRules({ status: 'active', next_page_token: first.body.next_page_token }, token);
  assertUndocumentedError(foreign, 400, 300, 'The next page token is invalid or expired.');
});
