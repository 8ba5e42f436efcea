// The queue list's and the member list's page tokens live 15 minutes. Its own file: it moves the sandbox clock.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertUndocumentedError } from '../../support/contract.ts';
import { addUser, createQueue } from './fixtures.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

test('a page token of the queue list and of the member list expires after 15 minutes', async () => {
  const q = await createQueue(s);
  await s.api('POST', `/phone/call_queues/${q.id}/members`, { body: { members: { users: [{ id: await addUser(s) }, { id: await addUser(s) }] } } });
  const lists = [
    { op: 'listCallQueues', path: '/phone/call_queues' },
    { op: 'listCallQueueMembers', path: `/phone/call_queues/${q.id}/members` },
  ];
  const tokens: string[] = [];
  for (const l of lists) {
    const first = await s.api('GET', l.path, { query: { page_size: 1 } });
    assertContract(l.op, first);
    assert.notEqual(first.body.next_page_token, '', l.op);
    tokens.push(first.body.next_page_token);
  }
  assert.equal((await s.admin('POST', '/clock', { advance_seconds: 14 * 60 })).status, 200);
  for (const [i, l] of lists.entries()) assertContract(l.op, await s.api('GET', l.path, { query: { page_size: 1, next_page_token: tokens[i] } }));
  assert.equal((await s.admin('POST', '/clock', { advance_seconds: 2 * 60 })).status, 200);
  for (const [i, l] of lists.entries()) {
    assertUndocumentedError(await s.api('GET', l.path, { query: { page_size: 1, next_page_token: tokens[i] } }), 400, 300, 'The next page token is invalid or expired.');
  }
});
