// `switchboard webhooks …` as a newcomer would run it: a subscription made from the
// command line (its endpoint validated by the CLI), a call simulated by another
// CLI process, its events delivered by a server over the same database, and the
// delivery log and redelivery read back from the command line.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { freshDatabaseUrl, startServer } from '../support/server.ts';
import { startReceiver } from '../support/webhooks.ts';

const run = promisify(execFile);
const db = await freshDatabaseUrl();
after(() => db.cleanup());

const cli = async (...args: string[]) => (await run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { env: { ...process.env, DATABASE_URL: db.url } })).stdout;
const SECRET = 'cli-webhook-secret';
const EVENTS = ['phone.callee_ringing', 'phone.callee_answered', 'phone.callee_ended'];

test('webhooks create, list, deliveries, redeliver and delete from the CLI; a server delivers what another process wrote', async () => {
  const receiver = await startReceiver({ secret: SECRET });
  try {
    const sub = JSON.parse(await cli('webhooks', 'create', JSON.stringify({ endpoint_url: receiver.url, events: EVENTS, secret_token: SECRET })));
    assert.equal(sub.status, 'active');
    assert.equal(receiver.received[0]!.event, 'endpoint.url_validation');
    assert.deepEqual(JSON.parse(await cli('webhooks', 'list')).subscriptions.map((x: any) => x.id), [sub.id]);

    // Written to the outbox by the CLI process, in the call's transaction; nothing is sent yet.
    const call = JSON.parse(await cli('simulate', 'calls', JSON.stringify({ from: '+14155550123', to: '101', at: '2026-11-24T18:00:00Z' })));
    assert.equal(receiver.events().length, 0);
    const s = await startServer({ databaseUrl: db.url });
    try {
      const got = await receiver.waitFor(EVENTS.length);
      assert.deepEqual(got.map((e) => e.event), EVENTS);
      assert.ok(got.every((e) => e.signed && e.body.payload.object.call_id === call.call_id));
      await s.sandbox.dispatcher.idle();
      const log = JSON.parse(await cli('webhooks', 'deliveries', sub.id, '{"status":"delivered"}'));
      assert.deepEqual(log.deliveries.map((d: any) => d.event), EVENTS);
      const again = JSON.parse(await cli('webhooks', 'redeliver', sub.id, JSON.stringify({ event_id: log.deliveries[2].event_id })));
      assert.equal(again.deliveries.length, 1);
      // The server polls the outbox: the redelivery another process queued reaches the endpoint.
      const after = await receiver.waitFor(EVENTS.length + 1);
      assert.equal(after[EVENTS.length]!.raw, log.deliveries[2].body);
    } finally {
      await s.close().catch(() => {});
    }
    assert.equal((await cli('webhooks', 'delete', sub.id)).trim(), 'Done.');
    assert.deepEqual(JSON.parse(await cli('webhooks', 'list')).subscriptions, []);
    await assert.rejects(cli('webhooks', 'show', sub.id), /Event subscription does not exist/);
    await assert.rejects(cli('webhooks', 'create', '{"endpoint_url":"http://127.0.0.1:9/","events":["phone.nope"]}'), /must be equal to one of the allowed values/);
    await assert.rejects(cli('webhooks', 'fly'), /VERB must be one of list, create/);
  } finally {
    await receiver.close();
  }
});
