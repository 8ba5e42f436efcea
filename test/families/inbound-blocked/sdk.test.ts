// The Inbound Blocked List through Zoom's own JavaScript SDK (@zoom/rivet, pinned):
// its method names, bodies, and DELETEs with a JSON content type and no body.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { PhoneS2SAuthClient } from '@zoom/rivet/phone';
import { startServer, type TestServer } from '../../support/server.ts';
import { phoneEndpoints } from '../../support/sdk.ts';
import { demoExtensions } from './fixtures.ts';

let s: TestServer;
let phone: PhoneS2SAuthClient['endpoints'];
before(async () => {
  s = await startServer();
  phone = await phoneEndpoints(s);
});
after(() => s.close());

test("through Zoom's SDK: an extension blocks a number, the account blocks it for all, and both are deleted", async () => {
  const blocked = phone.inboundBlockedList;
  const [extensionId] = (await demoExtensions(s)).users;
  const added = await blocked.addExtensionsInboundBlockRule({
    path: { extensionId },
    body: { match_type: 'phoneNumber', blocked_number: '2065550142', type: 'block_for_other_reasons', country: 'US' },
  });
  assert.equal(added.statusCode, 201);
  const rules = await blocked.listExtensionsInboundBlockRules({ path: { extensionId }, query: { match_type: 'phoneNumber' } });
  assert.ok(rules.data!.extension_blocked_rules!.some((r) => r.id === added.data!.id));

  const stats = await blocked.listAccountsInboundBlockedStatistics({ query: { keyword: '2065550142' } });
  const [stat] = stats.data!.blocked_statistic!;
  assert.equal(stat.block_count, 1);
  assert.equal((await blocked.markPhoneNumberAsBlockedForAllExtensions({ body: { blocked_statistic_id: stat.id! } })).statusCode, 204);
  const account = await blocked.listAccountsInboundBlockRules({ query: { keyword: '2065550142', status: 'active' } });
  const [rule] = account.data!.account_blocked_rules!;
  assert.equal(rule.phone_number, '+12065550142');

  const updated = await blocked.updateAccountsInboundBlockRule({
    path: { blockedRuleId: rule.id! },
    body: { match_type: 'phoneNumber', blocked_number: '2065550142', type: 'block_for_other_reasons', status: 'inactive', comment: 'via SDK' },
  });
  assert.equal(updated.statusCode, 204);
  // axios sends each DELETE with Content-Type: application/json and no body.
  assert.equal((await blocked.deleteAccountsInboundBlockRule({ query: { blocked_rule_id: rule.id! } })).statusCode, 204);
  assert.equal((await blocked.deleteAccountsInboundBlockedStatistics({ query: { blocked_statistic_id: stat.id! } })).statusCode, 204);
  assert.equal((await blocked.deleteExtensionsInboundBlockRule({ path: { extensionId }, query: { blocked_rule_id: added.data!.id! } })).statusCode, 204);
  const account2 = await blocked.addAccountsInboundBlockRule({ body: { match_type: 'SMS-shortCodes', blocked_number: '40404', type: 'block_for_other_reasons', status: 'active' } });
  assert.equal(account2.statusCode, 201);
  assert.deepEqual((await blocked.listAccountsInboundBlockRules({ query: { keyword: '2065550142' } })).data!.account_blocked_rules, []);
});
