// Twenty clients give one extension number to twenty users at the same time:
// exactly one gets it, the others get the conflict, and one user shows it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../support/server.ts';
import { addUser, tally, together } from './support.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

test('20 parallel PATCHes setting one extension on 20 users: one 204, nineteen conflicts', async () => {
  const users: string[] = [];
  for (let i = 0; i < 20; i++) users.push(await addUser(s));
  const EXT = 74321;
  const answers = await together(users.length, (i) => s.api('PATCH', `/phone/users/${users[i]}`, { body: { extension_number: String(EXT) } }));
  // updateAUsersProfile documents no error for a taken extension: the answer is the one a plain conflict gets.
  assert.deepEqual(tally(answers), { 204: 1, 409: 19 }, JSON.stringify(answers.filter((a) => a.status !== 204).map((a) => a.body).slice(0, 3)));
  for (const a of answers.filter((x) => x.status === 409)) assert.equal(a.body.code, 409);

  const list = await s.api('GET', '/phone/users', { query: { page_size: 300 } });
  const holders = list.body.users.filter((u: { extension_number?: number }) => u.extension_number === EXT);
  assert.equal(holders.length, 1, `${holders.length} users show extension ${EXT}`);
  const winner = users[answers.findIndex((a) => a.status === 204)];
  assert.equal(holders[0].id, winner);
});
