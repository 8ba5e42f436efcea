// A race no handler foresaw still answers as the client's conflict: a unique or
// foreign-key violation from either driver becomes a 409 in Zoom's shape, not a 500.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../support/server.ts';
import { toZoomError } from '../../src/http/errors.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

const row = { account_id: 'demo-account', id: 'dup-ext', kind: 'user' as const, extension_number: 99001, name: 'x', site_id: null, owner_id: 'nobody' };

test("this backend's unique violation is a 409 with code 300", async () => {
  await s.sandbox.db.insertInto('extensions').values(row).execute();
  const err = await s.sandbox.db.insertInto('extensions').values({ ...row, id: 'dup-ext-2' }).execute().then(
    () => assert.fail('the unique index let a second holder in'),
    (e: unknown) => e,
  );
  const zoom = toZoomError(err as any);
  assert.deepEqual([zoom.status, zoom.code], [409, 300]);
  assert.match(zoom.message, /already exists/);
});

test("either driver's unique and foreign-key violations are 409s", () => {
  for (const code of ['23505', 'SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY', '23503', 'SQLITE_CONSTRAINT_FOREIGNKEY']) {
    const zoom = toZoomError(Object.assign(new Error('constraint'), { code }) as any);
    assert.deepEqual([zoom.status, zoom.code], [409, 300], code);
  }
  assert.equal(toZoomError(Object.assign(new Error('other'), { code: '42P01' }) as any).status, 500);
});
