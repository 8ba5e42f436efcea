// State written before a restart is there after it, including after kill -9
// in the middle of a write load; nothing is half-written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freshDatabaseUrl } from '../support/server.ts';
import { spawnServer } from '../support/process.ts';

const ADMIN = 'restart-admin-key';

test('kill -9 under write load loses no acknowledged write', async () => {
  const db = await freshDatabaseUrl();
  const env = { DATABASE_URL: db.url, SWITCHBOARD_ADMIN_KEY: ADMIN };
  try {
    let server = await spawnServer(env);
    const acknowledged: string[] = [];
    let stop = false;
    const writer = async (w: number) => {
      for (let i = 0; !stop && i < 2000; i++) {
        try {
          const res = await fetch(`${server.base}/_sandbox/accounts`, {
            method: 'POST',
            headers: { 'x-admin-key': ADMIN, 'content-type': 'application/json' },
            body: JSON.stringify({ name: `load ${w}-${i}`, id: `load-${w}-${i}` }),
          });
          if (res.status === 201) acknowledged.push(`load-${w}-${i}`);
        } catch {
          return; // the server is gone
        }
      }
    };
    const writers = [0, 1, 2, 3].map(writer);
    // Kill in mid-load whatever the machine's speed: once enough writes are in, or at a deadline.
    const deadline = Date.now() + 10_000;
    await new Promise((r) => setTimeout(r, 500));
    while (acknowledged.length < 100 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await server.stop('SIGKILL');
    stop = true;
    await Promise.all(writers);
    assert.ok(acknowledged.length > 20, `only ${acknowledged.length} writes acknowledged before the kill`);

    server = await spawnServer(env);
    try {
      const res = await fetch(`${server.base}/_sandbox/accounts`, { headers: { 'x-admin-key': ADMIN } });
      const ids = new Set((await res.json()).accounts.map((a: { id: string }) => a.id));
      const lost = acknowledged.filter((id) => !ids.has(id));
      assert.deepEqual(lost, []);
      // Every stored load account is whole: created rows carry all their columns.
      const accounts = (await (await fetch(`${server.base}/_sandbox/accounts`, { headers: { 'x-admin-key': ADMIN } })).json()).accounts;
      for (const a of accounts) assert.ok(a.name && a.plan && a.created_at, `account ${a.id} is whole`);
    } finally {
      await server.stop();
    }
  } finally {
    await db.cleanup();
  }
});
