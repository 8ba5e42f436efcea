// An IVR key pointed at a call queue while the queue is deleted: whichever comes
// first, the key never names a queue that is gone — the key's write holds the
// queue's extension, so the delete waits and its release then clears the key.
// The interleaving that needs the hold (a new key row written between the
// release's check and its commit) is narrow: these rounds rarely produce it; what
// they always show is that the hold and the delete finish, neither a 500 nor a
// deadlock, and the invariant after each.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../support/server.ts';
import { createQueue, createSite } from '../families/auto-receptionists/fixtures.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

test('a key set to a queue being deleted at that moment is refused or cleared, never left pointing at it', async () => {
  const site = await createSite(s);
  for (let round = 0; round < 6; round++) {
    const queue = await createQueue(s, site.id);
    const [set, removed] = await Promise.all([
      s.api('PATCH', `/phone/auto_receptionists/${site.main.id}/ivr`, { body: { key_action: { key: '1', action: 7, target: { extension_id: queue.extension_id } } } }),
      s.api('DELETE', `/phone/call_queues/${queue.id}`),
    ]);
    assert.equal(removed.status, 204, JSON.stringify(removed.body));
    assert.ok([204, 400].includes(set.status), JSON.stringify(set.body));
    const ivr = await s.api('GET', `/phone/auto_receptionists/${site.main.id}/ivr`);
    const key = ivr.body.key_actions.find((k: { key: string }) => k.key === '1');
    assert.notEqual(key.target?.extension_id, queue.extension_id, `round ${round}: the key still names the deleted queue`);
    assert.equal(key.action, -1, `round ${round}`);
  }
});
