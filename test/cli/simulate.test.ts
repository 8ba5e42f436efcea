// `switchboard simulate KIND JSON` run as a newcomer would: the real CLI on a
// fresh database, its answer printed, the call then found in the records.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { freshDatabaseUrl } from '../support/server.ts';
import { Sandbox, DEMO_DEFAULTS } from '../../src/sandbox.ts';

const run = promisify(execFile);
const db = await freshDatabaseUrl();
after(() => db.cleanup());

const simulate = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'simulate', ...args], { env: { ...process.env, DATABASE_URL: db.url } });

test('simulate calls places a call through the demo routing and prints its path; the call is in the records', async () => {
  const { stdout } = await simulate('calls', JSON.stringify({ from: '+14155550123', to: '102', at: '2026-11-24T18:00:00Z', script: { no_answer: true, voicemail_seconds: 12 } }));
  const call = JSON.parse(stdout);
  assert.equal(call.outcome, 'voicemail');
  assert.deepEqual(call.path.map((l: any) => l.result), ['no_answer', 'voicemail']);
  const sandbox = await Sandbox.open({ databaseUrl: db.url, rateLimits: false });
  try {
    const row = await sandbox.db.selectFrom('call_histories').select(['call_id', 'call_result']).where('account_id', '=', DEMO_DEFAULTS.accountId).where('call_id', '=', call.call_id).executeTakeFirst();
    assert.deepEqual(row, { call_id: call.call_id, call_result: 'voicemail' });
  } finally {
    await sandbox.close();
  }
});

test('simulate refuses an unknown kind, a body its schema refuses, and a call the routing cannot place', async () => {
  await assert.rejects(simulate('parcels', '{}'), /KIND must be one of calls, traffic, sms, faxes/);
  await assert.rejects(simulate('calls', '{"from":"+14155550123"}'), /must have required property 'to'/);
  await assert.rejects(simulate('calls', 'not json'), /must be JSON/);
  await assert.rejects(simulate('calls', '{"from":"+14155550123","to":"999"}'), /No extension 999/);
});
