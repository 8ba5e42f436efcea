// A site is deleted while twenty users move into it: afterwards nobody and no
// number is left on the deleted site, and every request got a documented answer.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../support/server.ts';
import { addNumber } from '../support/fixtures.ts';
import { addUser, createSite, tally } from './support.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

// Where the delete falls among the twenty moves: before them all, in the middle, a little after them.
const ROUNDS = [
  { name: 'the delete is sent first', movesBefore: 0, pauseMs: 0 },
  { name: 'the delete is sent among the moves', movesBefore: 10, pauseMs: 0 },
  { name: 'the delete is sent just after the moves', movesBefore: 20, pauseMs: 5 },
];

for (const round of ROUNDS) {
  test(`users moving into a site while it is deleted end on the transfer site (${round.name})`, async (t) => {
    const doomed = await createSite(s, `Doomed ${round.movesBefore}`);
    const target = await createSite(s, `Target ${round.movesBefore}`);
    const users: string[] = [];
    for (let i = 0; i < 20; i++) {
      const user = await addUser(s);
      await addNumber(s, { assigneeId: user, prefix: '+1415777' });
      users.push(user);
    }
    const move = (u: string) => s.api('PATCH', `/phone/users/${u}`, { body: { site_id: doomed } });
    const early = users.slice(0, round.movesBefore).map(move);
    if (round.pauseMs) await new Promise((r) => setTimeout(r, round.pauseMs));
    const deletion = s.api('DELETE', `/phone/sites/${doomed}`, { query: { transfer_site_id: target } });
    const late = users.slice(round.movesBefore).map(move);
    const answers = await Promise.all([...early, ...late]);
    const deleted = await deletion;

    assert.equal(deleted.status, 204, JSON.stringify(deleted.body));
    const counts = tally(answers);
    // Which side of the race the moves fell on varies from run to run; both must hold.
    t.diagnostic(`moves answered ${JSON.stringify(counts)}`);
    assert.deepEqual(Object.keys(counts).filter((k) => k !== '204' && k !== '404'), [], JSON.stringify(counts));
    // A move that lost the race says the site does not exist, as a move to any unknown site does.
    for (const a of answers.filter((x) => x.status === 404)) assert.match(a.body.message, /Site does not exist/);

    const onDoomed = await s.api('GET', '/phone/users', { query: { site_id: doomed, page_size: 300 } });
    assert.equal(onDoomed.body.total_records, 0, `${onDoomed.body.total_records} users are on the deleted site`);
    const numbersOnDoomed = await s.api('GET', '/phone/numbers', { query: { site_id: doomed, page_size: 300 } });
    assert.equal(numbersOnDoomed.status, 200, JSON.stringify(numbersOnDoomed.body));
    assert.equal(numbersOnDoomed.body.total_records, 0, `${numbersOnDoomed.body.total_records} numbers are on the deleted site`);
    // Whoever moved before the delete was moved again by it.
    const onTarget = await s.api('GET', '/phone/users', { query: { site_id: target, page_size: 300 } });
    assert.equal(onTarget.body.total_records, counts['204'] ?? 0);
  });
}
