// An extension's inbound block rules through the HTTP API: a user's or an auto
// receptionist's extension of the account's directory, added, listed, deleted,
// and gone with the extension when its site is deleted.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { ADDRESS, sites } from '../../support/org.ts';
import { calls, demoExtensions, otherMaster, rowsOf } from './fixtures.ts';

let s: TestServer;
let api: ReturnType<typeof calls>;
let users: string[];
let receptionists: string[];
before(async () => {
  s = await startServer();
  api = calls(s);
  ({ users, receptionists } = await demoExtensions(s));
});
after(() => s.close());

const rule = (over: Record<string, unknown> = {}) => ({ match_type: 'phoneNumber', blocked_number: '2065550100', country: 'US', type: 'block_for_other_reasons', ...over });

async function added(extensionId: string, body: Record<string, unknown>): Promise<string> {
  const res = await api.addExtensionRule(extensionId, body);
  assertContract('addAnExtensionsInboundBlockRule', res);
  return res.body.id;
}

async function listed(extensionId: string, query: Record<string, string | number> = {}) {
  const res = await api.listExtensionRules(extensionId, { page_size: 300, ...query });
  assertContract('listAnExtensionsInboundBlockRules', res);
  return res.body.extension_blocked_rules as any[];
}

test("the first demo user's extension lists its rule", async () => {
  const res = await api.listExtensionRules(users[0]);
  assertContract('listAnExtensionsInboundBlockRules', res);
  assert.equal(res.body.page_size, 30);
  assert.equal(res.body.next_page_token, '');
  const [seeded] = res.body.extension_blocked_rules;
  assert.deepEqual(seeded, { id: seeded.id, match_type: 'phoneNumber', phone_number: '+14155550172', type: 'block_as_threat', blocked_number: '4155550172', country: 'US' });
  // Another user's extension has none.
  assert.deepEqual(await listed(users[1]), []);
});

test("a user's and an auto receptionist's extension each take rules of their own", async () => {
  const user = await added(users[1], rule({ blocked_number: '+1 (206) 555-0101' }));
  const prefix = await added(users[1], rule({ match_type: 'prefix', blocked_number: '0161', country: 'GB' }));
  const short = await added(users[1], { match_type: 'SMS-shortCodes', blocked_number: '88888', country: 'US', type: 'block_for_other_reasons' });
  assert.deepEqual(await listed(users[1]), [
    { id: user, match_type: 'phoneNumber', phone_number: '+12065550101', type: 'block_for_other_reasons', blocked_number: '2065550101', country: 'US' },
    { id: prefix, match_type: 'prefix', phone_number: '+44161', type: 'block_for_other_reasons', blocked_number: '161', country: 'GB' },
    { id: short, match_type: 'SMS-shortCodes', phone_number: '88888', type: 'block_for_other_reasons', blocked_number: '88888', country: 'US' },
  ]);
  const front = await added(receptionists[0], rule({ blocked_number: '2065550101', type: 'block_as_threat' }));
  assert.deepEqual((await listed(receptionists[0])).map((r) => [r.id, r.type]), [[front, 'block_as_threat']]);
  // Rules of one extension are not another's, and the account's rules are apart from both.
  assert.equal((await listed(users[2])).length, 0);
  const account = await api.listAccountRules();
  assert.equal(account.body.account_blocked_rules.some((r: any) => r.id === user || r.id === front), false);
});

test('the list filters by match type, type and keyword', async () => {
  const ext = users[3];
  await added(ext, rule({ blocked_number: '3125550100', type: 'block_as_threat' }));
  await added(ext, rule({ match_type: 'prefix', blocked_number: '312' }));
  await added(ext, { match_type: 'SMS-shortCodes', blocked_number: '31231', type: 'block_for_other_reasons' });
  const all = await listed(ext);
  const check = async (query: Record<string, string>, keep: (r: any) => boolean) => assert.deepEqual((await listed(ext, query)).map((r) => r.id), all.filter(keep).map((r) => r.id));
  await check({ match_type: 'prefix' }, (r) => r.match_type === 'prefix');
  await check({ type: 'block_as_threat' }, (r) => r.type === 'block_as_threat');
  await check({ keyword: '+1312' }, (r) => r.phone_number.startsWith('+1312'));
  await check({ keyword: '31231' }, (r) => r.blocked_number === '31231');
  await check({ keyword: '312', type: 'block_for_other_reasons' }, (r) => r.type === 'block_for_other_reasons');
  assertUndocumentedError(await api.listExtensionRules(ext, { match_type: 'wildcard' }), 400, 300, 'Validation Failed.');
});

test("an extension that is not one of the account's is 404 for every operation, and nothing changes", async () => {
  const before = await rowsOf(s, 'inbound_block_extension_rules');
  const token = await otherMaster(s, 'ib-other-ext');
  for (const [extensionId, as] of [['no-such-extension', undefined], [users[0], token]] as const) {
    const list = await api.listExtensionRules(extensionId, {}, as);
    assertDocumentedError('listAnExtensionsInboundBlockRules', list, 'extensionDoesNotExist');
    assert.equal(list.body.message, `Extension does not exist: ${extensionId}.`);
    assertDocumentedError('addAnExtensionsInboundBlockRule', await api.addExtensionRule(extensionId, rule({ blocked_number: '2065550190' }), as), 'extensionDoesNotExist');
    const seeded = (await listed(users[0]))[0].id;
    assertDocumentedError('deleteAnExtensionsInboundBlockRule', await api.deleteExtensionRule(extensionId, seeded, as), 'extensionDoesNotExist');
  }
  // An unknown extension answers 404 before its body is looked at.
  assertDocumentedError('addAnExtensionsInboundBlockRule', await api.addExtensionRule('no-such-extension', rule({ blocked_number: 'nonsense' })), 'extensionDoesNotExist');
  assert.deepEqual(await rowsOf(s, 'inbound_block_extension_rules'), before);
});

test('a prefix or SMS short code is not blocked as a threat at the extension level (13606)', async () => {
  const before = await rowsOf(s, 'inbound_block_extension_rules');
  for (const body of [
    rule({ match_type: 'prefix', blocked_number: '206', type: 'block_as_threat' }),
    { match_type: 'SMS-shortCodes', blocked_number: '77777', type: 'block_as_threat' },
  ]) {
    const res = await api.addExtensionRule(users[4], body);
    assertDocumentedError('addAnExtensionsInboundBlockRule', res, 'matchTypeDoesNotSupportThe');
    assert.equal(res.body.message, `The match type:${body.match_type} does not support the type:block_as_threat in extension level.`);
  }
  assert.deepEqual(await rowsOf(s, 'inbound_block_extension_rules'), before);
  await added(users[4], rule({ match_type: 'prefix', blocked_number: '206', type: 'block_for_other_reasons' }));
  await added(users[4], rule({ blocked_number: '2065550177', type: 'block_as_threat' }));
});

test('the number is read as the account rules read it: 13601, 13604, 7015 and an invalid country, changing nothing', async () => {
  const ext = users[5];
  await added(ext, rule({ blocked_number: '6465550100' }));
  const before = await rowsOf(s, 'inbound_block_extension_rules');
  const stats = await rowsOf(s, 'inbound_block_statistics');
  const twice = await api.addExtensionRule(ext, rule({ blocked_number: '+16465550100', type: 'block_as_threat' }));
  assertDocumentedError('addAnExtensionsInboundBlockRule', twice, 'blockedPhoneNumberAlreadyExists');
  assert.equal(twice.body.message, 'Blocked phone number already exists:+16465550100.');
  const elsewhere = await api.addExtensionRule(ext, rule({ blocked_number: '6045550100' }));
  assertDocumentedError('addAnExtensionsInboundBlockRule', elsewhere, 'blockedNumberDoesNotMatchThe');
  assert.equal(elsewhere.body.message, 'Blocked number:6045550100 does not match the country:US.');
  assertDocumentedError('addAnExtensionsInboundBlockRule', await api.addExtensionRule(ext, rule({ blocked_number: '646555' })), 'phoneNumberIsInvalid');
  assertDocumentedError('addAnExtensionsInboundBlockRule', await api.addExtensionRule(ext, rule({ country: 'Narnia' })), 'invalidCountry');
  const missing = await api.addExtensionRule(ext, { match_type: 'phoneNumber', blocked_number: '6465550101' });
  assertUndocumentedError(missing, 400, 300, 'Validation Failed.');
  assert.equal(missing.body.errors[0].field, 'type');
  assert.deepEqual(await rowsOf(s, 'inbound_block_extension_rules'), before);
  assert.deepEqual(await rowsOf(s, 'inbound_block_statistics'), stats);
  // The same number in another extension is that extension's own rule.
  await added(users[0], rule({ blocked_number: '6465550100' }));
});

test("a deleted rule is gone from its extension; an unknown rule, or another extension's, is 404", async () => {
  const ext = users[2];
  const id = await added(ext, rule({ blocked_number: '9175550100' }));
  const keep = await added(ext, rule({ blocked_number: '9175550101' }));
  const elsewhere = await api.deleteExtensionRule(users[3], id);
  assertDocumentedError('deleteAnExtensionsInboundBlockRule', elsewhere, 'blockedRuleDoesNotExist');
  assert.equal(elsewhere.body.message, `Blocked rule does not exist: ${id}.`);
  const res = await api.deleteExtensionRule(ext, id);
  assertContract('deleteAnExtensionsInboundBlockRule', res);
  assert.deepEqual((await listed(ext)).map((r) => r.id), [keep]);
  assertDocumentedError('deleteAnExtensionsInboundBlockRule', await api.deleteExtensionRule(ext, id), 'blockedRuleDoesNotExist');
  // An account rule's id is no extension rule.
  const accountRule = (await api.listAccountRules()).body.account_blocked_rules[0].id;
  assertDocumentedError('deleteAnExtensionsInboundBlockRule', await api.deleteExtensionRule(ext, accountRule), 'blockedRuleDoesNotExist');
  assertUndocumentedError(await s.api('DELETE', `/phone/extension/${ext}/inbound_blocked/rules`), 400, 300, 'Validation Failed.');
  // Blocked again after its delete.
  await added(ext, rule({ blocked_number: '9175550100' }));
});

test("a site's deletion takes its auto receptionist's extension, and the extension's rules go with it", async () => {
  const created = await s.api('POST', '/phone/sites', { body: { name: 'Inbound Blocked Annex', auto_receptionist_name: 'Annex Desk', default_emergency_address: ADDRESS } });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const details = await s.api('GET', `/phone/sites/${created.body.id}`);
  const extensionId = details.body.main_auto_receptionist.extension_id;
  await added(extensionId, rule({ blocked_number: '5125550100' }));
  await added(extensionId, rule({ blocked_number: '5125550101', type: 'block_as_threat' }));
  // A user blocks one of the same numbers: its rule and the statistic's count of it stay.
  await added(users[1], rule({ blocked_number: '5125550100' }));
  const main = (await sites(s)).find((x) => x.main_site)!;
  const res = await s.api('DELETE', `/phone/sites/${created.body.id}`, { query: { transfer_site_id: main.id } });
  assert.equal(res.status, 204, JSON.stringify(res.body));
  assertDocumentedError('listAnExtensionsInboundBlockRules', await api.listExtensionRules(extensionId), 'extensionDoesNotExist');
  const left = await s.sandbox.db.selectFrom('inbound_block_extension_rules').select('id').where('extension_id', '=', extensionId).execute();
  assert.deepEqual(left, []);
  const stats = (await api.listStatistics({ keyword: '512555010', page_size: 300 })).body.blocked_statistic;
  assert.deepEqual(stats.map((x: any) => [x.blocked_number, x.block_count, x.threat_count]), [['5125550100', 1, 0]]);
});

test('the list shows 30 a page unless asked, at most 300, and pages by next_page_token', async () => {
  const ext = receptionists[1];
  for (let i = 0; i < 31; i++) await added(ext, rule({ blocked_number: `30355501${String(i).padStart(2, '0')}` }));
  const first = await api.listExtensionRules(ext);
  assertContract('listAnExtensionsInboundBlockRules', first);
  assert.equal(first.body.extension_blocked_rules.length, 30);
  assert.notEqual(first.body.next_page_token, '');
  const second = await api.listExtensionRules(ext, { next_page_token: first.body.next_page_token });
  assertContract('listAnExtensionsInboundBlockRules', second);
  assert.deepEqual(second.body.extension_blocked_rules.map((r: any) => r.blocked_number), ['3035550130']);
  assert.equal(second.body.next_page_token, '');
  assert.equal((await listed(ext, { page_size: 300 })).length, 31);
  const tooMany = await api.listExtensionRules(ext, { page_size: 301 });
  assertUndocumentedError(tooMany, 400, 300, 'Validation Failed.');
  // A token of one extension's list is not another's.
  const foreign = await api.listExtensionRules(receptionists[0], { next_page_token: first.body.next_page_token });
  assertUndocumentedError(foreign, 400, 300, 'The next page token is invalid or expired.');
});
