// The three lists' page tokens live 15 minutes. Its own file: it moves the sandbox clock.
import { test, before, after } from 'node:test';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertUndocumentedError } from '../../support/contract.ts';
import { assertPageTokensExpire, type PagedList } from '../../support/pages.ts';
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
  const lists: PagedList[] = [
    { op: 'listAnAccountsInboundBlockRules', get: (q: Record<string, string | number>) => api.listAccountRules(q) },
    { op: 'listAnExtensionsInboundBlockRules', get: (q: Record<string, string | number>) => api.listExtensionRules(extension, q) },
    { op: 'listAnAccountsInboundBlockedStatistics', get: (q: Record<string, string | number>) => api.listStatistics(q) },
  ];
  await assertPageTokensExpire(s, lists, (_, res) => assertUndocumentedError(res, 400, 300, 'The next page token is invalid or expired.'));
});
