// The statistics of what the account's extensions block, through the HTTP API:
// counted by the extension rules' writes, listed, deleted, and blocked for all
// extensions as an account rule.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { calls, demoExtensions, otherMaster, rowsOf } from './fixtures.ts';

let s: TestServer;
let api: ReturnType<typeof calls>;
let ext: string[];
before(async () => {
  s = await startServer();
  api = calls(s);
  const { users, receptionists } = await demoExtensions(s);
  ext = [...users, ...receptionists];
});
after(() => s.close());

const rule = (over: Record<string, unknown> = {}) => ({ match_type: 'phoneNumber', blocked_number: '2065550100', country: 'US', type: 'block_for_other_reasons', ...over });

async function mark(extensionId: string, body: Record<string, unknown>): Promise<string> {
  const res = await api.addExtensionRule(extensionId, body);
  assertContract('addAnExtensionsInboundBlockRule', res);
  return res.body.id;
}

async function stats(query: Record<string, string | number> = {}) {
  const res = await api.listStatistics({ page_size: 300, ...query });
  assertContract('listAnAccountsInboundBlockedStatistics', res);
  return res.body.blocked_statistic as any[];
}

const statOf = async (blocked_number: string) => (await stats()).find((x) => x.blocked_number === blocked_number);
const accountRuleOf = async (blocked_number: string) =>
  (await api.listAccountRules({ page_size: 300 })).body.account_blocked_rules.filter((r: any) => r.blocked_number === blocked_number);

test('the demo statistics count the threat the first demo user marked', async () => {
  const res = await api.listStatistics();
  assertContract('listAnAccountsInboundBlockedStatistics', res);
  assert.equal(res.body.page_size, 30);
  assert.equal(res.body.next_page_token, '');
  const [seeded] = res.body.blocked_statistic;
  assert.deepEqual(seeded, {
    id: seeded.id, match_type: 'phoneNumber', phone_number: '+14155550172', type: 'block_as_threat', block_count: 0, threat_count: 1, blocked_number: '4155550172', country: 'US',
  });
});

test('block_count and threat_count count the extensions that mark the number each way; the last unmark removes the statistic', async () => {
  const a = await mark(ext[1], rule({ blocked_number: '7735550100' }));
  let stat = await statOf('7735550100');
  assert.deepEqual([stat.block_count, stat.threat_count, stat.type], [1, 0, 'block_for_other_reasons']);
  await mark(ext[2], rule({ blocked_number: '+1 773 555 0100' }));
  const c = await mark(ext[3], rule({ blocked_number: '7735550100', type: 'block_as_threat' }));
  stat = await statOf('7735550100');
  assert.deepEqual([stat.block_count, stat.threat_count, stat.type, stat.phone_number], [2, 1, 'block_as_threat', '+17735550100']);
  const id = stat.id;
  assertContract('deleteAnExtensionsInboundBlockRule', await api.deleteExtensionRule(ext[3], c));
  stat = await statOf('7735550100');
  assert.deepEqual([stat.id, stat.block_count, stat.threat_count, stat.type], [id, 2, 0, 'block_for_other_reasons']);
  assertContract('deleteAnExtensionsInboundBlockRule', await api.deleteExtensionRule(ext[1], a));
  const last = (await api.listExtensionRules(ext[2])).body.extension_blocked_rules.find((r: any) => r.blocked_number === '7735550100').id;
  assertContract('deleteAnExtensionsInboundBlockRule', await api.deleteExtensionRule(ext[2], last));
  assert.equal(await statOf('7735550100'), undefined);
  // Prefixes and short codes are counted as their own targets.
  await mark(ext[1], rule({ match_type: 'prefix', blocked_number: '773' }));
  await mark(ext[2], { match_type: 'SMS-shortCodes', blocked_number: '77300', type: 'block_for_other_reasons' });
  assert.deepEqual(
    (await stats({ keyword: '773' })).map((x) => [x.match_type, x.blocked_number, x.block_count]),
    [['prefix', '773', 1], ['SMS-shortCodes', '77300', 1]],
  );
  // The account's own rules are not counted.
  assertContract('addAnAccountsInboundBlockRule', await api.addAccountRule({ ...rule({ blocked_number: '7735550199' }), status: 'active' }));
  assert.equal(await statOf('7735550199'), undefined);
});

test('the list filters by match type, type and keyword', async () => {
  await mark(ext[4], rule({ blocked_number: '8185550100', type: 'block_as_threat' }));
  await mark(ext[4], rule({ match_type: 'prefix', blocked_number: '818' }));
  const all = await stats();
  const check = async (query: Record<string, string>, keep: (r: any) => boolean) => assert.deepEqual((await stats(query)).map((r) => r.id), all.filter(keep).map((r) => r.id));
  await check({ match_type: 'prefix' }, (r) => r.match_type === 'prefix');
  await check({ type: 'block_as_threat' }, (r) => r.type === 'block_as_threat');
  await check({ type: 'block_for_other_reasons' }, (r) => r.type === 'block_for_other_reasons');
  await check({ keyword: '+1818' }, (r) => r.phone_number.startsWith('+1818'));
  // The page gives type no values: one it does not document matches nothing.
  assert.deepEqual(await stats({ type: 'spam' }), []);
});

test('blocking a statistic for all extensions adds an active account rule with its number and type, once', async () => {
  await mark(ext[1], rule({ blocked_number: '2135550100' }));
  await mark(ext[2], rule({ blocked_number: '2135550100', type: 'block_as_threat' }));
  const stat = await statOf('2135550100');
  assert.deepEqual(await accountRuleOf('2135550100'), []);
  const res = await api.blockForAll(stat.id);
  assertContract('markAPhoneNumberAsBlockedForAllExtensions', res);
  const [promoted] = await accountRuleOf('2135550100');
  assert.deepEqual(promoted, { id: promoted.id, match_type: 'phoneNumber', phone_number: '+12135550100', type: 'block_as_threat', status: 'active', blocked_number: '2135550100', country: 'US' });
  // Again: still the one rule. The statistic stays, counting its extensions.
  assertContract('markAPhoneNumberAsBlockedForAllExtensions', await api.blockForAll(stat.id));
  assert.deepEqual((await accountRuleOf('2135550100')).map((r: any) => r.id), [promoted.id]);
  assert.deepEqual((await statOf('2135550100')).id, stat.id);
});

test('blocking for all makes an inactive account rule of the number active, keeping its type and comment', async () => {
  const added = await api.addAccountRule({ ...rule({ match_type: 'prefix', blocked_number: '213' }), status: 'inactive', comment: 'LA prefix' });
  assertContract('addAnAccountsInboundBlockRule', added);
  await mark(ext[3], rule({ match_type: 'prefix', blocked_number: '213' }));
  const stat = (await stats({ match_type: 'prefix', keyword: '213' }))[0];
  assertContract('markAPhoneNumberAsBlockedForAllExtensions', await api.blockForAll(stat.id));
  const rules = (await api.listAccountRules({ match_type: 'prefix', keyword: '213' })).body.account_blocked_rules;
  assert.deepEqual(rules, [
    { id: added.body.id, match_type: 'prefix', phone_number: '+1213', type: 'block_for_other_reasons', status: 'active', comment: 'LA prefix', blocked_number: '213', country: 'US' },
  ]);
});

test("a deleted statistic is gone, the extensions' rules stay, and the next mark counts them all again", async () => {
  await mark(ext[1], rule({ blocked_number: '4045550100' }));
  await mark(ext[2], rule({ blocked_number: '4045550100' }));
  const stat = await statOf('4045550100');
  const res = await api.deleteStatistic(stat.id);
  assertContract('deleteAnAccountsInboundBlockedStatistics', res);
  assert.equal(await statOf('4045550100'), undefined);
  assert.ok((await api.listExtensionRules(ext[1])).body.extension_blocked_rules.some((r: any) => r.blocked_number === '4045550100'));
  const again = await api.deleteStatistic(stat.id);
  assertDocumentedError('deleteAnAccountsInboundBlockedStatistics', again, 'blockedStatisticDoesNotExist');
  assert.equal(again.body.message, `Blocked statistic does not exist: ${stat.id}.`);
  const gone = await api.blockForAll(stat.id);
  assertDocumentedError('markAPhoneNumberAsBlockedForAllExtensions', gone, 'blockedStatisticDoesNotExist');
  assert.equal(gone.body.message, `Blocked statistic does not exist: ${stat.id}.`);
  await mark(ext[3], rule({ blocked_number: '4045550100', type: 'block_as_threat' }));
  const fresh = await statOf('4045550100');
  assert.notEqual(fresh.id, stat.id);
  assert.deepEqual([fresh.block_count, fresh.threat_count], [2, 1]);
});

test('required ids are required, and an unknown statistic changes nothing', async () => {
  const before = await rowsOf(s, 'inbound_block_account_rules');
  assertUndocumentedError(await s.api('PATCH', '/phone/inbound_blocked/extension_rules/statistics/blocked_for_all', { body: {} }), 400, 300, 'Validation Failed.');
  assertUndocumentedError(await s.api('DELETE', '/phone/inbound_blocked/extension_rules/statistics'), 400, 300, 'Validation Failed.');
  assertDocumentedError('markAPhoneNumberAsBlockedForAllExtensions', await api.blockForAll('no-such-statistic'), 'blockedStatisticDoesNotExist');
  assert.deepEqual(await rowsOf(s, 'inbound_block_account_rules'), before);
});

test("another account neither sees the account's statistics nor deletes or promotes them", async () => {
  const token = await otherMaster(s, 'ib-other-stats');
  const theirs = await api.listStatistics({}, token);
  assertContract('listAnAccountsInboundBlockedStatistics', theirs);
  assert.deepEqual(theirs.body.blocked_statistic, []);
  const [stat] = await stats();
  const before = await rowsOf(s, 'inbound_block_statistics');
  assertDocumentedError('deleteAnAccountsInboundBlockedStatistics', await api.deleteStatistic(stat.id, token), 'blockedStatisticDoesNotExist');
  assertDocumentedError('markAPhoneNumberAsBlockedForAllExtensions', await api.blockForAll(stat.id, token), 'blockedStatisticDoesNotExist');
  assert.deepEqual(await rowsOf(s, 'inbound_block_statistics'), before);
  assert.deepEqual((await api.listAccountRules({}, token)).body.account_blocked_rules, []);
});

test('the list shows 30 a page unless asked, at most 300, and pages by next_page_token', async () => {
  for (let i = 0; i < 31; i++) await mark(ext[5], rule({ blocked_number: `50355502${String(i).padStart(2, '0')}` }));
  const query = { keyword: '+150355502' };
  const first = await api.listStatistics(query);
  assertContract('listAnAccountsInboundBlockedStatistics', first);
  assert.equal(first.body.blocked_statistic.length, 30);
  assert.notEqual(first.body.next_page_token, '');
  const second = await api.listStatistics({ ...query, next_page_token: first.body.next_page_token });
  assertContract('listAnAccountsInboundBlockedStatistics', second);
  assert.deepEqual(second.body.blocked_statistic.map((r: any) => r.blocked_number), ['5035550230']);
  assert.equal(second.body.next_page_token, '');
  assert.equal((await stats({ ...query, page_size: 300 })).length, 31);
  assertUndocumentedError(await api.listStatistics({ page_size: 301 }), 400, 300, 'Validation Failed.');
});
