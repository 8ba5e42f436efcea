// Queries that Kysely builds and compiles once and then runs with new values.
// Building and compiling a query costs about as much as running a small indexed
// one on SQLite, so the reads every request makes are written this way.
import { createQueryId, type CompiledQuery, type Compilable, type Kysely } from 'kysely';
import type { Database } from './schema.ts';

// A value no caller would pass: it marks where a named value goes in the compiled parameters.
const MARK = '\u0000sb-param:';

type Slot = { name: string } | { constant: unknown };

interface Compiled {
  query: CompiledQuery;
  slots: Slot[];
}

/**
 * `build` receives stand-ins for the named values (use them only as values, as
 * in `where('id', '=', p.id)`); it runs once per database handle. The returned
 * function binds real values and returns the rows.
 */
export function prepared<P extends Record<string, unknown>, R>(
  build: (db: Kysely<Database>, p: P) => Compilable<R>,
): (db: Kysely<Database>, values: P) => Promise<R[]> {
  // Per handle: SQLite and PostgreSQL compile to different SQL, and a transaction is its own handle.
  const compiled = new WeakMap<Kysely<Database>, Compiled>();
  const stand = new Proxy({} as P, { get: (_t, name) => MARK + String(name) });

  function compile(db: Kysely<Database>): Compiled {
    const query = build(db, stand).compile();
    if (query.sql.includes(MARK)) throw new Error(`A prepared query used a value as SQL text: ${query.sql}`);
    const slots = query.parameters.map((v): Slot =>
      typeof v === 'string' && v.startsWith(MARK) ? { name: v.slice(MARK.length) } : { constant: v },
    );
    return { query, slots };
  }

  return async (db, values) => {
    let c = compiled.get(db);
    if (!c) compiled.set(db, (c = compile(db)));
    const parameters = c.slots.map((s) => ('name' in s ? values[s.name] : s.constant));
    const result = await db.executeQuery<R>({ ...c.query, queryId: createQueryId(), parameters });
    return result.rows;
  };
}
