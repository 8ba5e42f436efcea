// The admin key and the page-token signing key are not in the database: it keeps
// the admin key's hash and a salt that, without the deployment secret kept
// outside it, signs nothing. Databases made by earlier builds are converted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { Sandbox } from '../../src/sandbox.ts';
import { buildApp } from '../../src/http/app.ts';
import { deploymentSecret, hashAdminKey } from '../../src/platform/secrets.ts';
import { freshDatabaseUrl } from '../support/server.ts';

async function serve(sandbox: Sandbox): Promise<{ app: FastifyInstance; base: string }> {
  const app = await buildApp(sandbox);
  return { app, base: await app.listen({ port: 0, host: '127.0.0.1' }) };
}

const accounts = (base: string, key: string | undefined) => fetch(`${base}/_sandbox/accounts`, { headers: key ? { 'x-admin-key': key } : {} });

async function metaRows(sandbox: Sandbox): Promise<Record<string, string>> {
  const rows = await sandbox.db.selectFrom('meta').selectAll().execute();
  return Object.fromEntries(rows.map((r) => [r.key, r.value]));
}

async function demoToken(base: string): Promise<string> {
  const res = await fetch(`${base}/oauth/token?grant_type=account_credentials&account_id=demo-account`, {
    method: 'POST',
    headers: { authorization: `Basic ${Buffer.from('demo-client-id:demo-client-secret').toString('base64')}` },
  });
  return (await res.json()).access_token;
}

test('a made admin key is shown by the start that made it only; the database holds its hash, and it keeps working', async () => {
  const db = await freshDatabaseUrl();
  try {
    const first = await Sandbox.open({ databaseUrl: db.url, rateLimits: false, secret: 'one secret' });
    const key = first.adminKey;
    assert.match(String(key), /^sbadmin_/);
    const meta = await metaRows(first);
    assert.ok(!Object.values(meta).some((v) => v.includes(key!)), 'the key is not stored');
    assert.equal(meta.admin_key_sha256, hashAdminKey(key!));
    await first.close();

    const again = await Sandbox.open({ databaseUrl: db.url, rateLimits: false, secret: 'one secret' });
    assert.equal(again.adminKey, undefined, 'a later start cannot show the key');
    const { app, base } = await serve(again);
    try {
      assert.equal((await accounts(base, key)).status, 200);
      const wrong = await accounts(base, `${key}x`);
      assert.equal(wrong.status, 401);
      assert.equal((await wrong.json()).code, 124);
      assert.equal((await accounts(base, hashAdminKey(key!))).status, 401, 'the stored hash is not a key');
    } finally {
      await app.close();
      await again.close();
    }
  } finally {
    await db.cleanup();
  }
});

test('page tokens verify on every process started with the same secret; a process with another secret refuses to start', async () => {
  const db = await freshDatabaseUrl();
  try {
    const a = await Sandbox.open({ databaseUrl: db.url, rateLimits: false, adminKey: 'k', secret: 'shared secret' });
    const b = await Sandbox.open({ databaseUrl: db.url, rateLimits: false, adminKey: 'k', secret: 'shared secret' });
    const [sa, sb] = [await serve(a), await serve(b)];
    try {
      const first = await fetch(`${sa.base}/v2/phone/users?page_size=1`, { headers: { authorization: `Bearer ${await demoToken(sa.base)}` } });
      const token = (await first.json()).next_page_token;
      assert.ok(token, 'the demo account has more than one user');
      const next = await fetch(`${sb.base}/v2/phone/users?page_size=1&next_page_token=${encodeURIComponent(token)}`, {
        headers: { authorization: `Bearer ${await demoToken(sb.base)}` },
      });
      assert.equal(next.status, 200);
      const meta = await metaRows(a);
      assert.deepEqual(
        Object.keys(meta).filter((k) => /key|salt|check/.test(k)).sort(),
        ['page_token_check', 'page_token_salt'],
      );
      assert.ok(!Object.values(meta).includes('shared secret'));
    } finally {
      await sa.app.close();
      await sb.app.close();
      await a.close();
      await b.close();
    }
    await assert.rejects(Sandbox.open({ databaseUrl: db.url, rateLimits: false, adminKey: 'k', secret: 'another secret' }), /another deployment secret/);
    // The remedy: new keys under the new secret, after which it starts.
    const rotated = await Sandbox.open({ databaseUrl: db.url, rateLimits: false, secret: 'another secret', rotateKeys: true });
    assert.match(String(rotated.adminKey), /^sbadmin_/);
    await rotated.close();
    const after = await Sandbox.open({ databaseUrl: db.url, rateLimits: false, adminKey: 'k', secret: 'another secret' });
    await after.close();
  } finally {
    await db.cleanup();
  }
});

test('a database that kept the keys in plain text keeps its admin key, as a hash, and loses the signing key', async () => {
  const db = await freshDatabaseUrl();
  try {
    const made = await Sandbox.open({ databaseUrl: db.url, rateLimits: false, adminKey: 'k', secret: 's' });
    // What an earlier build left in the database.
    await made.db.deleteFrom('meta').where('key', 'in', ['admin_key_sha256']).execute();
    await made.db.insertInto('meta').values([
      { key: 'admin_key', value: 'sbadmin_legacy' },
      { key: 'signing_key', value: 'legacy-signing-key' },
    ]).execute();
    await made.close();

    const upgraded = await Sandbox.open({ databaseUrl: db.url, rateLimits: false, secret: 's' });
    const meta = await metaRows(upgraded);
    assert.equal(meta.admin_key, undefined);
    assert.equal(meta.signing_key, undefined);
    assert.equal(meta.admin_key_sha256, hashAdminKey('sbadmin_legacy'));
    const { app, base } = await serve(upgraded);
    try {
      assert.equal((await accounts(base, 'sbadmin_legacy')).status, 200);
    } finally {
      await app.close();
      await upgraded.close();
    }
  } finally {
    await db.cleanup();
  }
});

test('without SWITCHBOARD_SECRET the deployment secret is a file made once, readable by its owner only', () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-secret-'));
  const file = join(dir, 'nested', 'secret');
  const env = { SWITCHBOARD_SECRET_FILE: file };
  const made = deploymentSecret(env);
  assert.ok(made.length >= 32);
  assert.equal(deploymentSecret(env), made);
  assert.equal(readFileSync(file, 'utf8'), made);
  assert.equal(statSync(file).mode & 0o777, 0o600);
  assert.equal(deploymentSecret({ ...env, SWITCHBOARD_SECRET: 'given' }), 'given');
});
