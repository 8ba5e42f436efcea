// Inbound block rules written at the same time: the database decides who of two
// writers of one number wins, the statistics count every extension's mark, and a
// rule added while its extension goes does not outlive it. On PostgreSQL the
// requests really run side by side; on SQLite one after another.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type ApiResponse, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError } from '../../support/contract.ts';
import { ADDRESS, addUser, sites } from '../../support/org.ts';
import { calls, demoExtensions } from './fixtures.ts';

let s: TestServer;
let api: ReturnType<typeof calls>;
before(async () => {
  s = await startServer();
  api = calls(s);
});
after(() => s.close());

const together = (count: number, request: (i: number) => Promise<ApiResponse>) => Promise.all(Array.from({ length: count }, (_, i) => request(i)));
const rule = (over: Record<string, unknown> = {}) => ({ match_type: 'phoneNumber', blocked_number: '2065550100', country: 'US', type: 'block_for_other_reasons', ...over });

test('of concurrent adds of one number to the account, one wins and the others are told it exists', async () => {
  const answers = await together(10, (i) => api.addAccountRule({ ...rule({ blocked_number: i % 2 ? '2065550100' : '+12065550100' }), status: 'active' }));
  const won = answers.filter((r) => r.status === 201);
  assert.equal(won.length, 1, JSON.stringify(answers.map((r) => r.body)));
  for (const r of won) assertContract('addAnAccountsInboundBlockRule', r);
  for (const r of answers.filter((x) => x.status !== 201)) assertDocumentedError('addAnAccountsInboundBlockRule', r, 'blockedPhoneNumberAlreadyExists');
  const rules = (await api.listAccountRules({ keyword: '2065550100' })).body.account_blocked_rules;
  assert.equal(rules.length, 1);
});

test('extensions marking one number at once are each counted', async () => {
  const { users, receptionists } = await demoExtensions(s);
  const extensions = [...users, ...receptionists];
  const answers = await together(extensions.length, (i) => api.addExtensionRule(extensions[i], rule({ blocked_number: '3125550100', type: i % 3 ? 'block_for_other_reasons' : 'block_as_threat' })));
  for (const r of answers) assertContract('addAnExtensionsInboundBlockRule', r);
  const stats = (await api.listStatistics({ keyword: '3125550100' })).body.blocked_statistic;
  const threats = extensions.filter((_, i) => i % 3 === 0).length;
  assert.deepEqual(stats.map((x: any) => [x.block_count, x.threat_count]), [[extensions.length - threats, threats]]);
  // And unmarking at once takes every count away.
  const ids = answers.map((r) => r.body.id);
  const gone = await together(extensions.length, (i) => api.deleteExtensionRule(extensions[i], ids[i]));
  for (const r of gone) assertContract('deleteAnExtensionsInboundBlockRule', r);
  assert.deepEqual((await api.listStatistics({ keyword: '3125550100' })).body.blocked_statistic, []);
});

test("rules added while their site is deleted do not outlive the auto receptionist's extension", async () => {
  const main = (await sites(s)).find((x) => x.main_site)!;
  for (let round = 0; round < 3; round++) {
    const created = await s.api('POST', '/phone/sites', { body: { name: `Race Annex ${round}`, auto_receptionist_name: 'Race Desk', default_emergency_address: ADDRESS } });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const extensionId = (await s.api('GET', `/phone/sites/${created.body.id}`)).body.main_auto_receptionist.extension_id;
    const user = await addUser(s);
    const userExtension = (await s.sandbox.db.selectFrom('phone_users').select('extension_id').where('id', '=', user).executeTakeFirstOrThrow()).extension_id;
    const adds = together(8, (i) => api.addExtensionRule(i % 4 === 3 ? userExtension : extensionId, rule({ blocked_number: `41555501${round}${i}` })));
    const deleted = s.api('DELETE', `/phone/sites/${created.body.id}`, { query: { transfer_site_id: main.id } });
    const [answers, del] = await Promise.all([adds, deleted]);
    assert.equal(del.status, 204, JSON.stringify(del.body));
    for (const [i, r] of answers.entries()) {
      if (r.status === 201) assertContract('addAnExtensionsInboundBlockRule', r);
      else assertDocumentedError('addAnExtensionsInboundBlockRule', r, 'extensionDoesNotExist');
      if (i % 4 === 3) assert.equal(r.status, 201);
    }
    const left = await s.sandbox.db.selectFrom('inbound_block_extension_rules').select('id').where('extension_id', '=', extensionId).execute();
    assert.deepEqual(left, []);
    // The statistics count only the rules that stayed: the user's.
    const counted = (await api.listStatistics({ keyword: `41555501${round}`, page_size: 300 })).body.blocked_statistic;
    assert.deepEqual(counted.map((x: any) => x.blocked_number).sort(), [`41555501${round}3`, `41555501${round}7`]);
  }
});

test('blocking one statistic for all from several requests at once makes one account rule', async () => {
  const { users } = await demoExtensions(s);
  await api.addExtensionRule(users[1], rule({ blocked_number: '6175550100' }));
  const stat = (await api.listStatistics({ keyword: '6175550100' })).body.blocked_statistic[0];
  const answers = await together(6, () => api.blockForAll(stat.id));
  for (const r of answers) assertContract('markAPhoneNumberAsBlockedForAllExtensions', r);
  const rules = (await api.listAccountRules({ keyword: '6175550100' })).body.account_blocked_rules;
  assert.deepEqual(rules.map((r: any) => [r.blocked_number, r.status]), [['6175550100', 'active']]);
});
