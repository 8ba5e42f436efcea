// The two lists' page tokens live 15 minutes. Its own file: it moves the sandbox clock.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError } from '../../support/contract.ts';
import { calls, mainSite } from './fixtures.ts';

let s: TestServer;
let api: ReturnType<typeof calls>;
before(async () => {
  s = await startServer();
  api = calls(s);
});
after(() => s.close());

test('a page token of each monitoring groups list expires after 15 minutes', async () => {
  const site = (await mainSite(s)).id;
  // A second group, so that a first page of one has a token; the demo group has two monitored members.
  assertContract('createAMonitoringGroup', await api.create({ name: 'Second', type: 1, site_id: site }));
  const [demo] = (await api.list()).body.monitoring_groups;
  const lists = [
    { op: 'getAListOfMonitoringGroupsOnAnAccount' as const, get: (q: Record<string, string | number>) => api.list(q) },
    { op: 'getMembersOfAMonitoringGroup' as const, get: (q: Record<string, string | number>) => api.members(demo.id, { member_type: 'monitored', ...q }) },
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
  assertDocumentedError('getAListOfMonitoringGroupsOnAnAccount', await lists[0].get({ page_size: 1, next_page_token: tokens[0] }), 'nextPageTokenIsInvalidOr');
  assertDocumentedError('getMembersOfAMonitoringGroup', await lists[1].get({ page_size: 1, next_page_token: tokens[1] }), 'nextPageTokenIsInvalidOr');
});
