// Row locks for read-modify-write. PostgreSQL serves requests on many connections
// at once, so a row read to be changed is locked until the transaction ends.
// SQLite has no FOR UPDATE: Kysely's SQLite driver runs one transaction at a time
// on its one connection, so a read-modify-write inside a transaction is already
// alone there (the locks below add nothing on SQLite and are left out).
import { PostgresAdapter, type Kysely, type SelectQueryBuilder } from 'kysely';

/**
 * How strongly a row is held, weakest last:
 * - `update`: the row is about to be deleted (blocks every other lock);
 * - `noKeyUpdate`: the row is read to be changed (blocks writers, not `keyShare`);
 * - `keyShare`: the row must keep existing until the transaction ends (blocks only deletes).
 */
export type LockMode = 'update' | 'noKeyUpdate' | 'keyShare';

/** Whether the handle (bound or not, in a transaction or not) talks to PostgreSQL. */
export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** The query with its rows locked in `mode` on PostgreSQL; unchanged on SQLite. */
export function locking<QB extends SelectQueryBuilder<any, any, any>>(db: Kysely<any>, query: QB, mode: LockMode): QB {
  if (!isPostgres(db)) return query;
  switch (mode) {
    case 'update':
      return query.forUpdate() as QB;
    case 'noKeyUpdate':
      return query.forNoKeyUpdate() as QB;
    case 'keyShare':
      return query.forKeyShare() as QB;
  }
}

/** Fails fast when a lock is taken outside a transaction, where it would be let go at once. */
export function assertTransaction(db: Kysely<any>, what: string): void {
  if (!db.isTransaction) throw new Error(`${what} must run inside a transaction`);
}
