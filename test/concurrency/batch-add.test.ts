// Twenty clients add a user with the same unique thing at the same time: one
// succeeds, the others get the documented error, never a 500.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../support/server.ts';
import { assertDocumentedError } from '../support/contract.ts';
import { tally, together } from './support.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

const entry = (email: string, extension: string) => ({ email, extension_number: extension, site_name: 'Main Site', calling_plans: [] as string[] });

test('20 parallel batch adds of one extension: one user is added, the rest are refused', async () => {
  const answers = await together(20, (i) => s.api('POST', '/phone/users/batch', { body: { users: [entry(`same-ext-${i}@race.test`, '777')] } }));
  assert.deepEqual(tally(answers), { 201: 1, 400: 19 }, JSON.stringify(answers.filter((a) => a.status >= 500).map((a) => a.body).slice(0, 2)));
  for (const a of answers.filter((x) => x.status === 400)) assertDocumentedError('batchAddUsers', a, 300);
  const list = await s.api('GET', '/phone/users', { query: { page_size: 300 } });
  // Main Site's code is 100: the short extension 777 is stored as 100777.
  assert.equal(list.body.users.filter((u: { extension_number?: number }) => u.extension_number === 100777).length, 1);
});

test('20 parallel batch adds of one email: one user is added, the rest are refused', async () => {
  const answers = await together(20, (i) => s.api('POST', '/phone/users/batch', { body: { users: [entry('same-email@race.test', String(800 + i))] } }));
  assert.deepEqual(tally(answers), { 201: 1, 400: 19 }, JSON.stringify(answers.filter((a) => a.status >= 500).map((a) => a.body).slice(0, 2)));
  for (const a of answers.filter((x) => x.status === 400)) assertDocumentedError('batchAddUsers', a, 300);
  const list = await s.api('GET', '/phone/users', { query: { keyword: 'same-email@race.test', page_size: 300 } });
  assert.equal(list.body.total_records, 1);
});
