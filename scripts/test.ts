// Runs every test file under test/ with Node's own test runner, several files
// at a time: each file has a database of its own (see freshDatabaseUrl in
// test/support/server.ts), so files do not see each other's state.
// Node 20's --test does not expand globs, so the file list is built here.
//   npm test                      every file
//   npm test -- test/http oauth   files whose path contains any of the words
//   TEST_CONCURRENCY=1 npm test   one file at a time
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { buildRegistry } from '../src/kit/compose.ts';
import { families } from '../src/families/index.ts';
import { claimedErrors } from '../tools/fidelity.ts';
import { filesUnder } from '../tools/files.ts';

// On a 2-core machine, 2 and 3 files at a time tie (about two thirds of the
// one-at-a-time wall time) and 4 is slower again. 3 keeps both cores busy
// while files wait on child servers or on PostgreSQL.
const DEFAULT_CONCURRENCY = 3;

// Schemas are named t_<pid>_<base-36 seconds>_<hex> by freshDatabaseUrl; a file
// killed before its cleanup leaves one behind. An hour is far longer than any
// file runs, so a schema that old belongs to no run still going, this one's or another's.
const TEST_SCHEMA = /^t_\d+_([0-9a-z]+)_[0-9a-f]+$/;
const STALE_AFTER_S = 3600;

async function dropStaleTestSchemas(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>('select nspname as name from pg_namespace');
    const now = Date.now() / 1000;
    for (const { name } of rows) {
      const created = TEST_SCHEMA.exec(name)?.[1];
      if (created && now - parseInt(created, 36) > STALE_AFTER_S) await client.query(`drop schema if exists ${name} cascade`);
    }
  } finally {
    await client.end();
  }
}

const filter = process.argv.slice(2);
const files = filesUnder('test', '.test.ts')
  .filter((f) => filter.length === 0 || filter.some((x) => f.includes(x)))
  .sort();
if (files.length === 0) {
  console.error('no test files matched');
  process.exit(1);
}
const concurrency = Number(process.env.TEST_CONCURRENCY ?? DEFAULT_CONCURRENCY);
if (!Number.isInteger(concurrency) || concurrency < 1) {
  console.error(`TEST_CONCURRENCY must be a positive integer, not ${process.env.TEST_CONCURRENCY}`);
  process.exit(1);
}
if (/^postgres/.test(process.env.DATABASE_URL ?? '')) await dropStaleTestSchemas(process.env.DATABASE_URL!);

// In a full run, every operation a family implements must have had its success
// body checked against its schema (assertContract, test/support/contract.ts,
// writes each passing check to this ledger); one never checked fails the run.
// So does a documented error some test asserts (docs/fidelity.md counts it
// reachable) whose assertion never passed: one in a skipped branch proves nothing.
const ledger = filter.length === 0 ? join(mkdtempSync(join(tmpdir(), 'switchboard-ledger-')), 'checked.txt') : undefined;

const r = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, '--test-reporter=spec', ...files],
  { stdio: 'inherit', env: ledger ? { ...process.env, SWITCHBOARD_CONTRACT_LEDGER: ledger } : process.env },
);
let status = r.status ?? 1;
if (ledger) {
  const lines = existsSync(ledger) ? readFileSync(ledger, 'utf8').split('\n').filter(Boolean) : [];
  const checked = new Set(lines);
  const implemented = [...buildRegistry(families).keys()].sort();
  const unchecked = implemented.filter((id) => !checked.has(id));
  console.log(`contract: ${implemented.length - unchecked.length} of ${implemented.length} implemented operations had their success body checked against the schema`);
  if (unchecked.length) {
    console.error(`contract: never checked (add an assertContract to a test of each): ${unchecked.join(', ')}`);
    status = status || 1;
  }
  const drawn = new Set(lines.filter((l) => l.startsWith('error\t')).map((l) => l.slice('error\t'.length)));
  const claims = claimedErrors();
  const unproven = [...claims.keys()].filter((key) => !drawn.has(key));
  console.log(`fidelity: ${claims.size - unproven.length} of ${claims.size} documented errors the tests assert were drawn out`);
  if (unproven.length) {
    console.error(`fidelity: asserted in a test but never drawn out: ${unproven.map((k) => `${k.replace('\t', ' ')} (${claims.get(k)!.join(', ')})`).join('; ')}`);
    status = status || 1;
  }
  rmSync(dirname(ledger), { recursive: true, force: true });
}
process.exit(status);
