// Each table has one owner family, and only that family writes it: a family that
// needs another's rows changed calls that family's public surface or publishes an
// event. Checked twice: in the source (every write names one of the family's own
// tables) and at run time (a family's database handle refuses foreign writes).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

/** Where a family's source lives: its folder under src/families, but for the webhooks (src/events). */
const sourceDir = (name: string): string => (name === 'webhooks' ? 'src/events' : join('src/families', name));

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
    for (const file of sources(sourceDir(f.owner.name))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(WRITE)) if (!f.owner.tables.includes(m[2])) foreign.push(`${file}: ${m[1]}('${m[2]}')`);
    }
  }
  assert.deepEqual(foreign, []);
});

/** The tables a piece of source reads, as `selectFrom` and the joins name them ('t', 't as x', ['t', 'u as y']). */
const READ = /\.(selectFrom|innerJoin|leftJoin|rightJoin|fullJoin|crossJoin)\(\s*(\[[^\]]*\]|'[^']*')/g;
const TABLE = /'([a-z_]+)(?:\s+as\s+\w+)?'/g;

function foreignReads(files: string[], own: readonly string[], owners: Map<string, string>): string[] {
  const found: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(READ)) {
      for (const [, table] of m[2].matchAll(TABLE)) {
        const owner = owners.get(table);
        if (owner && !own.includes(table)) found.push(`${file}: ${m[1]}('${table}') of ${owner}`);
      }
    }
  }
  return found;
}

// A migration runs on the schema as it was when it was written, so it may read
// whatever it fills from; tables no family owns (accounts) are everyone's to read.
test("no family's source reads a table of another family but through that family's public.ts", () => {
  const owners = new Map(families.flatMap((f) => f.owner.tables.map((t) => [t, f.owner.name] as const)));
  const foreign = families.flatMap((f) =>
    foreignReads(
      sources(sourceDir(f.owner.name)).filter((file) => !file.endsWith('migrations.ts')),
      f.owner.tables,
      owners,
    ),
  );
  assert.deepEqual(foreign, []);
});

test('the read scan sees each form of a read, and lets a family read its own tables and the platform ones', (t) => {
  const owners = new Map([['mine', 'a'], ['theirs', 'b'], ['others', 'c']]);
  const dir = mkdtempSync(join(tmpdir(), 'reads-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'store.ts');
  writeFileSync(
    file,
    [
      "db.selectFrom('mine').innerJoin('theirs as t', 't.id', 'mine.id')",
      "eb.selectFrom(\n  'others as o')",
      "db.selectFrom(['mine', 'theirs'])",
      "db.selectFrom('mine as m').leftJoin('accounts as a', 'a.id', 'm.account_id')",
      "q.rightJoin('others', 'x', 'y').fullJoin('theirs as u', 'x', 'y').crossJoin('others')",
    ].join('\n'),
  );
  assert.deepEqual(foreignReads([file], ['mine'], owners), [
    `${file}: innerJoin('theirs') of b`,
    `${file}: selectFrom('others') of c`,
    `${file}: selectFrom('theirs') of b`,
    `${file}: rightJoin('others') of c`,
    `${file}: fullJoin('theirs') of b`,
    `${file}: crossJoin('others') of c`,
  ]);
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
