// `npm run scaffold` on a copy of the repository: the new family compiles, is
// registered, its stubs answer 501 over HTTP, and the coverage report lists it.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';
import { freshDatabaseUrl } from '../support/server.ts';
import { loadContract, type Operation } from '../../src/contract.ts';
import { ownership } from '../../src/kit/compose.ts';
import { families as landed } from '../../src/families/index.ts';

const repo = resolve('.');
const copy = mkdtempSync(join(tmpdir(), 'switchboard-scaffold-'));
after(() => rmSync(copy, { recursive: true, force: true }));

function run(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, { cwd: copy, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e: any) {
    // tsc's report can be long: the first lines say what broke.
    throw new Error(`${args.join(' ')} failed:\n${String(e.stdout ?? '').slice(0, 1500)}${String(e.stderr ?? '').slice(0, 1500)}`);
  }
}

// Two operations no family owns yet (the scaffold refuses an owned one): a GET without path parameters, to call it, and another.
const owned = ownership(landed);
const unowned = loadContract().operations.filter((op) => !owned.has(op.operationId));
const listed = unowned.find((op) => op.method === 'GET' && !op.path.includes('{')) as Operation;
const other = unowned.find((op) => op !== listed) as Operation;
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

test('a scaffolded family compiles, registers, answers 501 and is listed in the coverage report', { timeout: 240_000, skip: !other && 'every operation has its family' }, async () => {
  // All of test/: the coverage report reads the tests that docs/fidelity.md cites.
  for (const dir of ['src', 'spec', 'tools', 'test', 'docs']) cpSync(join(repo, dir), join(copy, dir), { recursive: true });
  for (const file of ['tsconfig.json', 'package.json']) cpSync(join(repo, file), join(copy, file));
  symlinkSync(join(repo, 'node_modules'), join(copy, 'node_modules'));

  const out = run(process.execPath, ['--import', 'tsx', 'tools/scaffold.ts', 'probe-queues', listed.operationId, other.operationId]);
  assert.match(out, /2 stubs/);
  assert.match(readFileSync(join(copy, 'src/families/index.ts'), 'utf8'), /import probeQueues from '\.\/probe-queues\/family\.ts';[\s\S]*, probeQueues\]/);

  // It compiles with the rest of the house (and its test file with the test support).
  writeFileSync(join(copy, 'tsconfig.probe.json'), JSON.stringify({ extends: './tsconfig.json', include: ['src', 'test/support', 'test/families/probe-queues'] }));
  run(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.probe.json']);

  // Registered: the copy's server routes its operations to the new family, which answers 501.
  const { families } = await import(pathToFileURL(join(copy, 'src/families/index.ts')).href);
  const copied = await import(pathToFileURL(join(copy, 'src/kit/compose.ts')).href);
  assert.equal(copied.ownership(families).get(listed.operationId), 'probe-queues');
  const { Sandbox } = await import(pathToFileURL(join(copy, 'src/sandbox.ts')).href);
  const { buildApp } = await import(pathToFileURL(join(copy, 'src/http/app.ts')).href);
  const db = await freshDatabaseUrl();
  const sandbox = await Sandbox.open({ databaseUrl: db.url, rateLimits: false, adminKey: 'scaffold-test' });
  const app = await buildApp(sandbox, { logLevel: 'error' });
  try {
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const tokenRes = await fetch(`${base}/oauth/token?grant_type=account_credentials&account_id=demo-account`, {
      method: 'POST',
      headers: { authorization: 'Basic ' + Buffer.from('demo-client-id:demo-client-secret').toString('base64') },
    });
    const { access_token } = (await tokenRes.json()) as { access_token: string };
    const res = await fetch(`${base}/v2${listed.path}`, { headers: { authorization: `Bearer ${access_token}` } });
    assert.equal(res.status, 501);
    assert.deepEqual(await res.json(), { code: 501, message: `${listed.operationId} is not implemented by this server` });
  } finally {
    await app.close();
    await sandbox.close();
    await db.cleanup();
  }

  // Listed in the coverage report as the family's, not implemented.
  run(process.execPath, ['--import', 'tsx', 'tools/coverage.ts']);
  const coverage = readFileSync(join(copy, 'docs/coverage.md'), 'utf8');
  assert.match(coverage, new RegExp(escaped(`| \`${listed.operationId}\` | GET | \`${listed.path}\` | not implemented (501) | probe-queues |`)));
});
