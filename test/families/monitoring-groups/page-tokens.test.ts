// The two lists' page tokens live 15 minutes. Its own file: it moves the sandbox clock.
import { test, before, after } from 'node:test';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError } from '../../support/contract.ts';
import { assertPageTokensExpire, type PagedList } from '../../support/pages.ts';
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
  const lists: PagedList[] = [
    { op: 'getAListOfMonitoringGroupsOnAnAccount', get: (q) => api.list(q) },
    { op: 'getMembersOfAMonitoringGroup', get: (q) => api.members(demo.id, { member_type: 'monitored', ...q }) },
  ];
  // Both pages document the error under the same name.
  await assertPageTokensExpire(s, lists, (l, res) => assertDocumentedError(l.op as 'getMembersOfAMonitoringGroup', res, 'nextPageTokenIsInvalidOr'));
});
