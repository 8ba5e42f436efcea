// Each table has one owner family, and only that family writes it: a family that
// needs another's rows changed calls that family's public surface or publishes an
// event. Checked twice: in the source (every write names one of the family's own
// tables) and at run time (a family's database handle refuses foreign writes).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { families } from '../../src/families/index.ts';
import { ForeignWriteError } from '../../src/kit/owner.ts';
import { startServer, type TestServer } from '../support/server.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

test('every table belongs to exactly one family', () => {
  const owners = new Map<string, string>();
  for (const f of families) {
    for (const t of f.owner.tables) {
      assert.ok(!owners.has(t), `${t} is owned by ${owners.get(t)} and ${f.owner.name}`);
      owners.set(t, f.owner.name);
    }
  }
});

test("no family's source writes a table it does not own", () => {
  const WRITE = /\.(insertInto|updateTable|deleteFrom)\(\s*'([a-z_]+)/g;
  const foreign: string[] = [];
  for (const f of families) {
    for (const file of sources(join('src/families', f.owner.name))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(WRITE)) if (!f.owner.tables.includes(m[2])) foreign.push(`${file}: ${m[1]}('${m[2]}')`);
    }
  }
  assert.deepEqual(foreign, []);
});

test("a family's database handle refuses a write to another family's table, inside a transaction too", async () => {
  const [a, b] = families;
  const db = a.owner.bind(s.sandbox.db);
  const theirs = b.owner.tables[0] as 'meta';
  await assert.rejects(() => db.deleteFrom(theirs).where('key' as never, '=', 'nothing' as never).execute(), ForeignWriteError);
  await assert.rejects(
    () => db.transaction().execute((trx) => trx.updateTable(theirs).set({ key: 'x' } as never).where('key' as never, '=', 'nothing' as never).execute()),
    ForeignWriteError,
  );
  // Its own tables, and reads of any table, go through.
  const own = a.owner.tables[0] as 'meta';
  await db.deleteFrom(own).where('account_id' as never, '=', 'no-such-account' as never).execute();
  const rows = await db.selectFrom(theirs).selectAll().limit(1).execute();
  assert.ok(Array.isArray(rows));
});
