// Opens the database named by DATABASE_URL: an SQLite file by default, or
// PostgreSQL for many server processes sharing one state.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import {
  Kysely,
  Migrator,
  PostgresDialect,
  SqliteDialect,
  sql,
  type DatabaseIntrospector,
  type DatabaseMetadata,
  type DatabaseMetadataOptions,
  type Migration,
  type SchemaMetadata,
  type SqliteDatabase,
  type SqliteStatement,
  type TableMetadata,
} from 'kysely';
import type { Database } from './schema.ts';
import type { Dialect } from './migrations.ts';

export interface Store {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Where the data lives, for the start-up banner (no password). */
  location: string;
  /**
   * A mark that moves whenever the database changes (SQLite: a write of this
   * connection or a commit of another); undefined where there is no cheap one
   * (PostgreSQL), inside a transaction, or with SWITCHBOARD_READ_CACHE=off.
   */
  changeMark(): string | undefined;
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
  let changeMark: () => string | undefined = () => undefined;
  if (dialect === 'sqlite') {
    if (target !== ':memory:') mkdirSync(dirname(target), { recursive: true });
    const file = new SQLite(target);
    file.pragma('journal_mode = WAL');
    // NORMAL in WAL mode keeps every committed transaction across a process crash;
    // only an OS crash can lose the last ones.
    file.pragma('synchronous = NORMAL');
    file.pragma('busy_timeout = 5000');
    // 64 MiB of page cache (SQLite's default is 2 MiB): a stream of simulated calls writes a dozen indexes a
    // row, and their pages stay in memory instead of being read back from the file.
    file.pragma('cache_size = -65536');
    // A multi-row insert inside a transaction keeps a statement journal (to undo just that statement on a
    // constraint failure): in memory, not in a temporary file — a stream of simulated calls wrote three
    // pages to it for every page it changed.
    file.pragma('temp_store = MEMORY');
    // One mark for both caches: the statements' rows (below) and the answers of requests (the Store's changeMark).
    const marks = process.env.SWITCHBOARD_READ_CACHE !== 'off' ? changeMarks(file) : undefined;
    if (marks) changeMark = marks;
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(file, marks) }) });
    location = target;
  } else {
    const pool = new pg.Pool({ connectionString: target, max: Number(process.env.PG_POOL_SIZE ?? 10) });
    db = new Kysely<Database>({ dialect: new OwnSchemaPostgresDialect({ pool }) });
    location = redactPassword(target);
  }
  try {
    await migrate(db, migrations(dialect));
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { db, dialect, location, changeMark, close: () => db.destroy() };
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query anew; preparing costs more than running a small
 * indexed query, so statements are kept by their SQL text. Queries run one at a
 * time on this connection (Kysely's driver holds a lock), so reuse is safe.
 * The cache stops growing at its size: IN lists of varying length make new SQL.
 * Reads go through a cache of their answers (see readAnswers).
 */
function withStatementCache(file: SQLite.Database, marks: (() => string | undefined) | undefined): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  const answers = marks ? readAnswers(file, marks) : undefined;
  return {
    close: () => file.close(),
    prepare(text: string) {
      let statement = statements.get(text);
      if (!statement) {
        const prepared = file.prepare(text);
        statement = answers && isPlainRead(text) ? answers(text, prepared) : prepared;
        if (statements.size < STATEMENT_CACHE_SIZE) statements.set(text, statement);
      }
      return statement;
    },
  };
}

/**
 * A select whose answer depends on the rows alone: not a write (an INSERT …
 * RETURNING is a reader too), not a WITH, nothing that changes with time or chance.
 */
const isPlainRead = (text: string) => /^select\s/i.test(text) && !/\b(random|randomblob|changes|last_insert_rowid)\s*\(|'now'|current_(time|date|timestamp)/i.test(text);

const ANSWERS_SIZE = 2000;
const ANSWER_ROWS_MAX = 1000;

/**
 * SQLite reads from this process's memory, yet turning rows into JavaScript
 * objects is most of a request's cost (a page of 100 numbers: 13 values a row,
 * 0.4 µs a value), and a count of every matching row grows with data the page
 * does not show. A read's answer only changes when the database does, and
 * SQLite says cheaply when it has: `total_changes()` moves with every row this
 * connection writes, `PRAGMA data_version` with every commit of another
 * connection (another process, the CLI seeding while the server runs). Answers
 * are kept while both stand still and all dropped when either moves; none is
 * read or kept inside a transaction, where uncommitted rows would be seen (a
 * rollback does not move the marks back). Callers get rows of their own to change.
 */
function readAnswers(file: SQLite.Database, marks: () => string | undefined) {
  const answers = new Map<string, unknown[]>();
  let keptAt: unknown;
  return (text: string, statement: SQLite.Statement): SqliteStatement => ({
    reader: true,
    all(parameters: ReadonlyArray<unknown>) {
      const now = marks();
      if (now === undefined) return statement.all(parameters);
      if (now !== keptAt) {
        answers.clear();
        keptAt = now;
      }
      const key = text + '\u0000' + JSON.stringify(parameters);
      let rows = answers.get(key);
      if (!rows) {
        rows = statement.all(parameters);
        if (rows.length > ANSWER_ROWS_MAX) return rows;
        if (answers.size >= ANSWERS_SIZE) answers.clear();
        answers.set(key, rows);
      }
      return rows.map((r) => ({ ...(r as object) }));
    },
    run: (parameters: ReadonlyArray<unknown>) => statement.run(parameters),
    iterate: (parameters: ReadonlyArray<unknown>) => statement.iterate(parameters),
  });
}

/**
 * `total_changes()` moves with every row this connection writes, `PRAGMA
 * data_version` with every commit of another connection; inside a transaction
 * there is no mark, since a rollback does not move them back.
 */
function changeMarks(file: SQLite.Database): () => string | undefined {
  // Two statements: the pragma on its own costs less than the table-valued pragma_data_version() joined to total_changes().
  const dataVersion = file.prepare('pragma data_version').pluck();
  const totalChanges = file.prepare('select total_changes()').pluck();
  return () => (file.inTransaction ? undefined : `${totalChanges.get()}:${dataVersion.get()}`);
}

function redactPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/\/\/([^:@/]+):[^@]*@/, '//$1:***@');
  }
}

/**
 * Kysely's PostgreSQL introspector reads every schema of the database, and fails
 * when another session drops a schema during its query (test files, each on a
 * schema of its own, do so all the time). The store lives in one schema, the
 * first of the connection's search_path, where its unqualified names resolve:
 * its migrator and `reset` look at that one only.
 */
class OwnSchemaPostgresDialect extends PostgresDialect {
  override createIntrospector(db: Kysely<any>): DatabaseIntrospector {
    return new OwnSchemaIntrospector(db);
  }
}

interface ColumnRow {
  table: string;
  is_view: boolean;
  schema: string;
  column: string;
  data_type: string;
  data_type_schema: string;
  not_null: boolean;
  has_default: boolean;
  auto_increment: boolean;
  comment: string | null;
}

class OwnSchemaIntrospector implements DatabaseIntrospector {
  constructor(private readonly db: Kysely<any>) {}

  async getSchemas(): Promise<SchemaMetadata[]> {
    const { rows } = await sql<{ name: string | null }>`select current_schema() as name`.execute(this.db);
    return rows.flatMap((r) => (r.name === null ? [] : [{ name: r.name }]));
  }

  async getTables(options: DatabaseMetadataOptions = { withInternalKyselyTables: false }): Promise<TableMetadata[]> {
    const { rows } = await sql<ColumnRow>`
      select c.relname as table, c.relkind = 'v' as is_view, ns.nspname as schema, a.attname as column,
        t.typname as data_type, tns.nspname as data_type_schema, a.attnotnull as not_null, a.atthasdef as has_default,
        pg_get_serial_sequence(quote_ident(ns.nspname) || '.' || quote_ident(c.relname), a.attname) is not null as auto_increment,
        col_description(a.attrelid, a.attnum) as comment
      from pg_catalog.pg_class c
      join pg_catalog.pg_namespace ns on ns.oid = c.relnamespace
      join pg_catalog.pg_attribute a on a.attrelid = c.oid
      join pg_catalog.pg_type t on t.oid = a.atttypid
      join pg_catalog.pg_namespace tns on tns.oid = t.typnamespace
      where ns.nspname = current_schema() and c.relkind in ('r', 'v', 'p') and a.attnum > 0 and not a.attisdropped
      order by c.relname, a.attnum`.execute(this.db);
    const tables = new Map<string, TableMetadata>();
    for (const r of rows) {
      if (!options.withInternalKyselyTables && KYSELY_TABLES.includes(r.table)) continue;
      let table = tables.get(r.table);
      if (!table) tables.set(r.table, (table = { name: r.table, isView: r.is_view, schema: r.schema, columns: [] }));
      table.columns.push({
        name: r.column,
        dataType: r.data_type,
        dataTypeSchema: r.data_type_schema,
        isNullable: !r.not_null,
        hasDefaultValue: r.has_default,
        isAutoIncrementing: r.auto_increment,
        comment: r.comment ?? undefined,
      });
    }
    return [...tables.values()];
  }

  async getMetadata(options?: DatabaseMetadataOptions): Promise<DatabaseMetadata> {
    return { tables: await this.getTables(options) };
  }
}

const MIGRATION_TABLE = 'kysely_migration';
const KYSELY_TABLES = [MIGRATION_TABLE, 'kysely_migration_lock'];

/**
 * Runs the migrations of `known` that this database has not run, in name order,
 * wherever their names sort among those already run: a family may add a
 * migration to its own block after later blocks have shipped. A database that
 * ran a migration this build does not know was written by a newer build and is refused.
 */
export async function migrate(db: Kysely<any>, known: Record<string, Migration>): Promise<void> {
  const applied = await appliedMigrations(db);
  const unknown = applied.filter((name) => !(name in known));
  if (unknown.length > 0) {
    throw new Error(
      `This database was written by a newer Switchboard (migrations ${unknown.join(', ')} are unknown to this build). ` +
        'Upgrade Switchboard or point DATABASE_URL at another database.',
    );
  }
  const migrator = new Migrator({ db, provider: { getMigrations: async () => known }, allowUnorderedMigrations: true });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
}

async function appliedMigrations(db: Kysely<any>): Promise<string[]> {
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  if (!tables.some((t) => t.name === MIGRATION_TABLE)) return [];
  const rows = await db.selectFrom(MIGRATION_TABLE).select('name').execute();
  return rows.map((r) => r.name as string);
}

/** Every table that holds sandbox state (all but the migration bookkeeping); `reset` empties them. */
export async function stateTables(db: Kysely<Database>): Promise<string[]> {
  const tables = await db.introspection.getTables();
  return tables.map((t) => t.name).filter((n) => !n.startsWith('kysely_'));
}
