// Opens the database named by DATABASE_URL: an SQLite file by default, or
// PostgreSQL for many server processes sharing one state.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql, type Migration, type MigrationProvider, type SqliteDatabase } from 'kysely';
import type { Database } from './schema.ts';
import type { Dialect } from './migrations.ts';

export interface Store {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Where the data lives, for the start-up banner (no password). */
  location: string;
  close(): Promise<void>;
}

export const DEFAULT_SQLITE_FILE = 'data/switchboard.db';

// int8 columns (epoch milliseconds, counts) fit a JS number; pg returns strings by default.
pg.types.setTypeParser(20, (v) => Number(v));

export function parseDatabaseUrl(url: string | undefined): { dialect: Dialect; target: string } {
  if (!url) return { dialect: 'sqlite', target: resolve(DEFAULT_SQLITE_FILE) };
  if (/^postgres(ql)?:\/\//.test(url)) return { dialect: 'postgres', target: url };
  if (url === ':memory:' || url === 'file::memory:') return { dialect: 'sqlite', target: ':memory:' };
  return { dialect: 'sqlite', target: resolve(url.replace(/^file:(\/\/)?/, '')) };
}

/** Opens the database and brings it up to `migrations` (the platform's and every family's, from the composition root). */
export async function openStore(url: string | undefined, migrations: (dialect: Dialect) => Record<string, Migration>): Promise<Store> {
  const { dialect, target } = parseDatabaseUrl(url);
  let db: Kysely<Database>;
  let location: string;
  if (dialect === 'sqlite') {
    if (target !== ':memory:') mkdirSync(dirname(target), { recursive: true });
    const file = new SQLite(target);
    file.pragma('journal_mode = WAL');
    // NORMAL in WAL mode keeps every committed transaction across a process crash;
    // only an OS crash can lose the last ones.
    file.pragma('synchronous = NORMAL');
    file.pragma('busy_timeout = 5000');
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(file) }) });
    location = target;
  } else {
    const pool = new pg.Pool({ connectionString: target, max: Number(process.env.PG_POOL_SIZE ?? 10) });
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    location = target.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
  }
  await migrate(db, migrations(dialect));
  return { db, dialect, location, close: () => db.destroy() };
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query anew; preparing costs more than running a small
 * indexed query, so statements are kept by their SQL text. Queries run one at a
 * time on this connection (Kysely's driver holds a lock), so reuse is safe.
 * The cache stops growing at its size: IN lists of varying length make new SQL.
 */
function withStatementCache(file: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => file.close(),
    prepare(text: string) {
      let statement = statements.get(text);
      if (!statement) {
        statement = file.prepare(text);
        if (statements.size < STATEMENT_CACHE_SIZE) statements.set(text, statement);
      }
      return statement;
    },
  };
}

export async function migrate(db: Kysely<Database>, known: Record<string, Migration>): Promise<void> {
  const applied = await sql<{ name: string }>`select name from kysely_migration`
    .execute(db)
    .then((r) => r.rows.map((x) => x.name))
    .catch(() => [] as string[]);
  const unknown = applied.filter((name) => !(name in known));
  if (unknown.length > 0) {
    throw new Error(
      `This database was written by a newer Switchboard (migrations ${unknown.join(', ')} are unknown to this build). ` +
        'Upgrade Switchboard or point DATABASE_URL at another database.',
    );
  }
  const provider: MigrationProvider = { getMigrations: async () => known };
  const { error } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) throw error;
}

/** Every table that holds sandbox state (all but the migration bookkeeping); `reset` empties them. */
export async function stateTables(db: Kysely<Database>): Promise<string[]> {
  const tables = await db.introspection.getTables();
  return tables.map((t) => t.name).filter((n) => !n.startsWith('kysely_'));
}
