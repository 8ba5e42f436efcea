// A lost race shows up as a constraint the database enforced: a unique index
// (two writers took the same number) or a foreign key. Both drivers name them
// differently; these tell them apart, and `attempt` lets a transaction go on
// after one, so that a family can answer its documented error instead of a 500.
import { sql, type Kysely } from 'kysely';
import { assertTransaction } from './locks.ts';

const code = (err: unknown): unknown => (err as { code?: unknown } | null)?.code;

/** PostgreSQL 23505, better-sqlite3 SQLITE_CONSTRAINT_UNIQUE / _PRIMARYKEY. */
export function isUniqueViolation(err: unknown): boolean {
  const c = code(err);
  return c === '23505' || c === 'SQLITE_CONSTRAINT_UNIQUE' || c === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** PostgreSQL 23503, better-sqlite3 SQLITE_CONSTRAINT_FOREIGNKEY. */
export function isForeignKeyViolation(err: unknown): boolean {
  const c = code(err);
  return c === '23503' || c === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

/**
 * PostgreSQL's data exceptions (class 22: a number past its column's range, text
 * it cannot store): the request's values were wrong, not the server.
 */
export function isDataException(err: unknown): boolean {
  const c = code(err);
  return typeof c === 'string' && /^22[0-9A-Z]{3}$/.test(c) && typeof (err as { severity?: unknown }).severity === 'string';
}

/**
 * Runs `write` under a savepoint: when it breaks a unique index the savepoint is
 * rolled back and `undefined` returned, and the transaction carries on (on
 * PostgreSQL a failed statement otherwise aborts the whole transaction). Any other
 * error propagates.
 */
export async function attempt<T>(trx: Kysely<any>, write: () => Promise<T>): Promise<T | undefined> {
  assertTransaction(trx, 'attempt');
  await sql`savepoint sb_attempt`.execute(trx);
  try {
    const result = await write();
    await sql`release savepoint sb_attempt`.execute(trx);
    return result;
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    await sql`rollback to savepoint sb_attempt`.execute(trx);
    await sql`release savepoint sb_attempt`.execute(trx);
    return undefined;
  }
}

/** Whether `write` went in: false when a unique index refused it, the transaction carrying on (see `attempt`). */
export async function wentIn(trx: Kysely<any>, write: () => Promise<unknown>): Promise<boolean> {
  const done = await attempt(trx, async () => {
    await write();
    return true;
  });
  return done === true;
}
