// The queue list's and the member list's page tokens live 15 minutes. Its own file: it moves the sandbox clock.
import { test, before, after } from 'node:test';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertUndocumentedError } from '../../support/contract.ts';
import { assertPageTokensExpire, type PagedList } from '../../support/pages.ts';
import { addUser, createQueue } from './fixtures.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

test('a page token of the queue list and of the member list expires after 15 minutes', async () => {
  const q = await createQueue(s);
  await s.api('POST', `/phone/call_queues/${q.id}/members`, { body: { members: { users: [{ id: await addUser(s) }, { id: await addUser(s) }] } } });
  const page = (path: string) => (query: Record<string, string | number>) => s.api('GET', path, { query });
  const lists: PagedList[] = [
    { op: 'listCallQueues', get: page('/phone/call_queues') },
    { op: 'listCallQueueMembers', get: page(`/phone/call_queues/${q.id}/members`) },
  ];
  await assertPageTokensExpire(s, lists, (_, res) => assertUndocumentedError(res, 400, 300, 'The next page token is invalid or expired.'));
});
