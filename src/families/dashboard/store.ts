// The dashboard family's queries. Lists are keyset pages on (start_at desc,
// seq desc) over the window: the page token carries the last row's seq, and
// the next page seeks to the rows before that row's (start_at, seq). A filter
// either end may match (site, number, extension, department, cost center) is a
// seek on the key rows' index for the window, whose calls the page then keeps.
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { insertRows, type AccountStore } from '../../kit/store.ts';
import type { DashboardCallTable } from './tables.ts';
import type { DashboardRow, KeyRow } from './record.ts';

export type CallRow = Selectable<DashboardCallTable> & { seq: number };

// Kysely cannot type a column reference built at run time; the exported signatures stay typed.
type AnyQuery = any;

export interface CallFilters {
  directions: string[];
  quality?: 'good' | 'bad';
  buckets: number[];
  /** Each must match one of the call's ends (ANDed). */
  keys: { kind: string; value: string }[];
}

export interface TimeWindow {
  from: number;
  to: number;
}

function filtered(store: AccountStore, f: CallFilters, w: TimeWindow): AnyQuery {
  let q: AnyQuery = store.scoped('dashboard_calls').where('start_at', '>=', w.from).where('start_at', '<', w.to);
  if (f.directions.length) q = q.where('direction', 'in', f.directions);
  if (f.quality) q = q.where('quality', '=', f.quality);
  if (f.buckets.length) q = q.where('duration_bucket', 'in', f.buckets);
  for (const k of f.keys) {
    q = q.where('call_id', 'in', (store.scoped('dashboard_call_keys') as AnyQuery)
      .select('call_id')
      .where('kind', '=', k.kind)
      .where('value', '=', k.value)
      .where('start_at', '>=', w.from)
      .where('start_at', '<', w.to));
  }
  return q;
}

/** Up to `limit` calls of the window after the call `afterSeq` (0: from the newest), newest first. */
export async function pageCalls(store: AccountStore, f: CallFilters, w: TimeWindow, afterSeq: number, limit: number): Promise<CallRow[]> {
  let q = filtered(store, f, w).selectAll();
  if (afterSeq > 0) {
    const anchor = await store.scoped('dashboard_calls').select(['start_at']).where('seq', '=', afterSeq).executeTakeFirst();
    // Rows are never removed, so a token's row is always there; one that is not names no place to go on from.
    if (!anchor) return [];
    q = q.where((eb: AnyQuery) => eb(eb.refTuple('start_at', 'seq'), '<', eb.tuple(Number(anchor.start_at), afterSeq)));
  }
  const rows = await q.orderBy('start_at', 'desc').orderBy('seq', 'desc').limit(limit).execute();
  return rows.map((r: CallRow) => ({ ...r, seq: Number(r.seq), start_at: Number(r.start_at), end_at: Number(r.end_at) }));
}

export async function countCalls(store: AccountStore, f: CallFilters, w: TimeWindow): Promise<number> {
  const row = await filtered(store, f, w).select((eb: AnyQuery) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findCall(store: AccountStore, callId: string): Promise<CallRow | undefined> {
  const row = await store.find('dashboard_calls', { call_id: callId });
  return row && { ...row, seq: Number(row.seq), start_at: Number(row.start_at), end_at: Number(row.end_at) };
}

/** Writes a call's row and keys (the listener's handle, bound to this family). */
export async function insertCalls(db: Kysely<Database>, accountId: string, built: { row: DashboardRow; keys: KeyRow[] }[]): Promise<void> {
  await insertRows(db, 'dashboard_calls', built.map(({ row }) => ({ ...row, account_id: accountId })));
  await insertRows(db, 'dashboard_call_keys', built.flatMap(({ keys }) => keys.map((k) => ({ ...k, account_id: accountId }))));
}
