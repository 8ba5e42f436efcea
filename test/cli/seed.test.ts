// `switchboard seed --numbers N` run as a newcomer would: the real CLI on a
// fresh database, then the numbers read back from the store.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { freshDatabaseUrl } from '../support/server.ts';
import { Sandbox, DEMO_DEFAULTS } from '../../src/sandbox.ts';

const run = promisify(execFile);
const db = await freshDatabaseUrl();
after(() => db.cleanup());

async function seed(...args: string[]) {
  return run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'seed', ...args], { env: { ...process.env, DATABASE_URL: db.url } });
}

test('seed --numbers adds that many distinct numbers to the demo account, spread over its sites; a second run adds new ones', async () => {
  const first = await seed('--numbers', '250');
  assert.match(first.stdout, /Added 250 phone numbers to demo-account/);
  await seed('--numbers', '50');
  const sandbox = await Sandbox.open({ databaseUrl: db.url, rateLimits: false });
  try {
    const rows = await sandbox.db.selectFrom('phone_numbers').select(['number', 'site_id', 'assignee_id']).where('account_id', '=', DEMO_DEFAULTS.accountId).execute();
    const seeded = rows.filter((r) => r.number.startsWith('+12'));
    assert.equal(seeded.length, 300);
    assert.equal(new Set(seeded.map((r) => r.number)).size, 300);
    assert.ok(seeded.every((r) => r.assignee_id === null && r.site_id !== null));
    assert.equal(new Set(seeded.map((r) => r.site_id)).size, 3, 'spread over the three demo sites');
  } finally {
    await sandbox.close();
  }
});

test('seed refuses a missing count and an unknown account without writing', async () => {
  await assert.rejects(seed(), /--numbers N is required/);
  await assert.rejects(seed('--numbers', '5', '--account', 'nobody'), /No account nobody/);
});
