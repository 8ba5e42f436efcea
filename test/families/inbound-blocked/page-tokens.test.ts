// The three lists' page tokens live 15 minutes. Its own file: it moves the sandbox clock.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertUndocumentedError } from '../../support/contract.ts';
import { calls, demoExtensions } from './fixtures.ts';

let s: TestServer;
let api: ReturnType<typeof calls>;
before(async () => {
  s = await startServer();
  api = calls(s);
});
after(() => s.close());

test('a page token of each inbound blocked list expires after 15 minutes', async () => {
  const [extension] = (await demoExtensions(s)).users;
  // A second row in each list, so that a first page of one has a token.
  assertContract('addAnAccountsInboundBlockRule', await api.addAccountRule({ match_type: 'prefix', blocked_number: '900', country: 'US', type: 'block_for_other_reasons', status: 'active' }));
  assertContract('addAnExtensionsInboundBlockRule', await api.addExtensionRule(extension, { match_type: 'prefix', blocked_number: '900', country: 'US', type: 'block_for_other_reasons' }));
  const lists = [
    { op: 'listAnAccountsInboundBlockRules', get: (q: Record<string, string | number>) => api.listAccountRules(q) },
    { op: 'listAnExtensionsInboundBlockRules', get: (q: Record<string, string | number>) => api.listExtensionRules(extension, q) },
    { op: 'listAnAccountsInboundBlockedStatistics', get: (q: Record<string, string | number>) => api.listStatistics(q) },
  ];
  const tokens: string[] = [];
  for (const l of lists) {
    const first = await l.get({ page_size: 1 });
    assertContract(l.op, first);
    assert.notEqual(first.body.next_page_token, '', l.op);
    tokens.push(first.body.next_page_token);
  }
  assert.equal((await s.admin('POST', '/clock', { advance_seconds: 14 * 60 })).status, 200);
  for (const [i, l] of lists.entries()) assertContract(l.op, await l.get({ page_size: 1, next_page_token: tokens[i] }));
  assert.equal((await s.admin('POST', '/clock', { advance_seconds: 2 * 60 })).status, 200);
  for (const [i, l] of lists.entries()) {
    assertUndocumentedError(await l.get({ page_size: 1, next_page_token: tokens[i] }), 400, 300, 'The next page token is invalid or expired.');
  }
});
