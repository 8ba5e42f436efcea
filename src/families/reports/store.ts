// The reports family's queries: its own call charge rows, and the platform's
// operation logs (every family may read the platform's tables), each account
// scoped, keyset pages newest first: the page token carries the last row's seq
// and the next page seeks to the rows before that row's (time, seq).
import type { Kysely, Selectable } from 'kysely';
import type { Database, OperationLogTable } from '../../store/schema.ts';
import { insertRows, type AccountStore } from '../../kit/store.ts';
import type { CallChargeTable } from './tables.ts';
import type { ChargeRow } from './record.ts';

export type ChargeRowRead = Selectable<CallChargeTable> & { seq: number };
export type OperationLogRow = Selectable<OperationLogTable> & { seq: number };

// Kysely cannot type a tuple comparison on a generic query; the exported signatures stay typed.
type AnyQuery = any;

export interface Window {
  from: number;
  to: number;
}

export interface ChargeFilters {
  chargesOnly: boolean;
  billingAccountId?: string;
}

function charges(store: AccountStore, f: ChargeFilters, w: Window): AnyQuery {
  let q: AnyQuery = store.scoped('call_charges').where('start_at', '>=', w.from).where('start_at', '<', w.to);
  if (f.chargesOnly) q = q.where('charged', '=', 1);
  if (f.billingAccountId) q = q.where('billing_account_id', '=', f.billingAccountId);
  return q;
}

async function seek(q: AnyQuery, anchorQuery: AnyQuery, column: string, afterSeq: number, limit: number): Promise<any[]> {
  if (afterSeq > 0) {
    const anchor = await anchorQuery.select([column]).where('seq', '=', afterSeq).executeTakeFirst();
    // Rows are never removed, so a token's row is always there; one that is not names no place to go on from.
    if (!anchor) return [];
    q = q.where((eb: AnyQuery) => eb(eb.refTuple(column, 'seq'), '<', eb.tuple(Number(anchor[column]), afterSeq)));
  }
  return q.orderBy(column, 'desc').orderBy('seq', 'desc').limit(limit).execute();
}

export async function pageCharges(store: AccountStore, f: ChargeFilters, w: Window, afterSeq: number, limit: number): Promise<ChargeRowRead[]> {
  const rows = await seek(charges(store, f, w).selectAll(), store.scoped('call_charges'), 'start_at', afterSeq, limit);
  return rows.map((r: ChargeRowRead) => ({ ...r, seq: Number(r.seq) }));
}

export async function countCharges(store: AccountStore, f: ChargeFilters, w: Window): Promise<number> {
  return Number((await charges(store, f, w).select((eb: AnyQuery) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
}

export async function insertCharges(db: Kysely<Database>, accountId: string, rows: ChargeRow[]): Promise<void> {
  await insertRows(db, 'call_charges', rows.map((r) => ({ ...r, account_id: accountId })));
}

// ---- operation logs (the platform's table) ----------------------------------------------------

function logs(store: AccountStore, category: string | undefined, w: Window): AnyQuery {
  let q: AnyQuery = store.scoped('operation_logs').where('at', '>=', w.from).where('at', '<', w.to);
  if (category) q = q.where('category_type', '=', category);
  return q;
}

export async function pageOperationLogs(store: AccountStore, category: string | undefined, w: Window, afterSeq: number, limit: number): Promise<OperationLogRow[]> {
  const rows = await seek(logs(store, category, w).selectAll(), store.scoped('operation_logs'), 'at', afterSeq, limit);
  return rows.map((r: OperationLogRow) => ({ ...r, seq: Number(r.seq), at: Number(r.at) }));
}

export async function countOperationLogs(store: AccountStore, category: string | undefined, w: Window): Promise<number> {
  return Number((await logs(store, category, w).select((eb: AnyQuery) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
}
