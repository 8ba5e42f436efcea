// The account-bound store: a family's database handle fixed to the account a
// request acts on, so that a query cannot forget `account_id`. Small helpers for
// the common shapes (find, a page and its count, insert, patch, remove, a row
// lock, a settings deep-merge under a row lock); `scoped(table)` is Kysely,
// already scoped, for everything else.
import { CompiledQuery, type Insertable, type Kysely, type Selectable, type SelectQueryBuilder, type Updateable } from 'kysely';
import type { Database } from '../store/schema.ts';
import { deepMerge } from './merge.ts';
import { assertTransaction, locking, type LockMode } from './locks.ts';

/** Tables whose rows belong to an account. */
export type AccountTable = { [T in keyof Database]: Database[T] extends { account_id: string } ? T : never }[keyof Database];

type Row<T extends AccountTable> = Selectable<Database[T]>;
/** Tables whose rows belong to an account and carry the insertion order lists page by. */
export type ListedTable = { [T in AccountTable]: Database[T] extends { seq: unknown } ? T : never }[AccountTable];
/** Column = value conditions (ANDed), the account's being implied. */
type Where<T extends AccountTable> = Partial<Omit<Row<T>, 'account_id'>>;

// Kysely cannot type a column reference on a generic table; the public signatures stay typed.
type AnyQuery = any;

function matching(query: AnyQuery, table: string, accountId: string, where: Record<string, unknown>): AnyQuery {
  let q = query.where(`${table}.account_id`, '=', accountId);
  for (const [column, value] of Object.entries(where)) {
    if (value === undefined) continue;
    q = value === null ? q.where(`${table}.${column}`, 'is', null) : q.where(`${table}.${column}`, '=', value);
  }
  return q;
}

export class AccountStore {
  constructor(
    readonly db: Kysely<Database>,
    readonly accountId: string,
  ) {}

  /** The same store on another handle (a transaction). */
  on(db: Kysely<Database>): AccountStore {
    return new AccountStore(db, this.accountId);
  }

  /** `select from table where account_id = …`: raw Kysely for the hard cases, scoped already. */
  scoped<T extends AccountTable>(table: T): SelectQueryBuilder<Database, T, object> {
    return (this.db.selectFrom(table) as AnyQuery).where(`${table}.account_id`, '=', this.accountId);
  }

  async find<T extends AccountTable>(table: T, where: Where<T>): Promise<Row<T> | undefined> {
    return matching((this.db.selectFrom(table) as AnyQuery).selectAll(), table, this.accountId, where).executeTakeFirst();
  }

  /**
   * Up to `limit` of the account's rows matching `where` after `afterSeq`, in
   * insertion order: a list's `fetch` (ctx.list) for a table read as it is.
   */
  async page<T extends ListedTable>(table: T, where: Where<T>, afterSeq: number, limit: number): Promise<(Row<T> & { seq: number })[]> {
    const q = matching((this.db.selectFrom(table) as AnyQuery).selectAll(), table, this.accountId, where);
    const rows: (Row<T> & { seq: number | bigint })[] = await q.where(`${table}.seq`, '>', afterSeq).orderBy(`${table}.seq`).limit(limit).execute();
    return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
  }

  /** How many of the account's rows match `where`: a list's `count`. */
  async count<T extends AccountTable>(table: T, where: Where<T>): Promise<number> {
    const q = matching((this.db.selectFrom(table) as AnyQuery).select((eb: AnyQuery) => eb.fn.countAll().as('n')), table, this.accountId, where);
    return Number((await q.executeTakeFirstOrThrow()).n);
  }

  /**
   * The one row matching `where`, held in `mode` until the transaction ends (see
   * kit/locks.ts), to be changed, deleted, or kept while something is hung on it.
   */
  async lock<T extends AccountTable>(table: T, where: Where<T>, mode: LockMode): Promise<Row<T> | undefined> {
    assertTransaction(this.db, 'lock');
    return locking(this.db, matching((this.db.selectFrom(table) as AnyQuery).selectAll(), table, this.accountId, where), mode).executeTakeFirst();
  }

  async insert<T extends AccountTable>(table: T, values: Omit<Insertable<Database[T]>, 'account_id'> | Omit<Insertable<Database[T]>, 'account_id'>[]): Promise<void> {
    const rows = (Array.isArray(values) ? values : [values]).map((v) => ({ ...v, account_id: this.accountId }));
    if (rows.length) await (this.db.insertInto(table) as AnyQuery).values(rows).execute();
  }

  /** Sets `changes` on the account's rows matching `where`; how many changed. */
  async patch<T extends AccountTable>(table: T, where: Where<T>, changes: Omit<Updateable<Database[T]>, 'account_id'>): Promise<number> {
    const res = await matching((this.db.updateTable(table) as AnyQuery).set(changes), table, this.accountId, where).executeTakeFirst();
    return Number(res.numUpdatedRows);
  }

  /** Deletes the account's rows matching `where`; how many went. */
  async remove<T extends AccountTable>(table: T, where: Where<T>): Promise<number> {
    const res = await matching(this.db.deleteFrom(table) as AnyQuery, table, this.accountId, where).executeTakeFirst();
    return Number(res.numDeletedRows);
  }

  /**
   * Deep-merges `patch` into the JSON object stored in `column` of the one row
   * matching `where`, under a row lock, so that concurrent patches of different
   * keys all survive. Run inside a transaction. Returns the merged object, or
   * undefined when no row matches.
   */
  async mergeJson<T extends AccountTable>(table: T, where: Where<T>, column: keyof Row<T> & string, patch: Record<string, unknown>): Promise<Record<string, unknown> | undefined> {
    assertTransaction(this.db, 'mergeJson');
    const read = matching((this.db.selectFrom(table) as AnyQuery).select(column), table, this.accountId, where);
    const row = await locking(this.db, read, 'noKeyUpdate').executeTakeFirst();
    if (!row) return undefined;
    const merged = deepMerge(JSON.parse((row as Record<string, string>)[column] || '{}'), patch);
    await matching((this.db.updateTable(table) as AnyQuery).set({ [column]: JSON.stringify(merged) }), table, this.accountId, where).execute();
    return merged;
  }
}

/** Rows one multi-row insert carries at most: well under either database's limit of bound values. */
export const ROWS_PER_INSERT = 200;

// A stream of simulated calls writes the same tables with rows of the same shape
// thousands of times: building and compiling a statement of 200 rows each time
// cost as much as a third of what SQLite took to run it. The statement is
// compiled through the handle once per shape (its plugins — the owner's write
// guard — see it then), and reused with the next rows' values.
const compiledShapes = new WeakMap<object, Map<string, string>>();

/** The rows' common columns, in order, when every row has the same ones and no undefined value; else undefined. */
function sameShape(rows: Record<string, unknown>[]): string[] | undefined {
  const columns = Object.keys(rows[0]!);
  for (const row of rows) {
    const keys = Object.keys(row);
    if (keys.length !== columns.length) return undefined;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== columns[i] || row[keys[i]!] === undefined) return undefined;
  }
  return columns;
}

/** Inserts rows into a table in multi-row statements (a batch of simulated calls writes each table once per 200 rows). */
export async function insertRows<T extends keyof Database & string>(db: Kysely<Database>, table: T, rows: Insertable<Database[T]>[]): Promise<void> {
  let shapes = compiledShapes.get(db);
  if (!shapes) compiledShapes.set(db, (shapes = new Map()));
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const batch = rows.slice(i, i + ROWS_PER_INSERT) as Record<string, unknown>[];
    const columns = sameShape(batch);
    const key = columns && `${table}|${batch.length}|${columns.join(',')}`;
    const known = key && shapes.get(key);
    if (known) {
      const values: unknown[] = [];
      for (const row of batch) for (const c of columns!) values.push(row[c]);
      await db.executeQuery(CompiledQuery.raw(known, values));
      continue;
    }
    const query = db.insertInto(table).values(batch as any);
    if (key) shapes.set(key, query.compile().sql);
    await query.execute();
  }
}
