// Carrier-side queries, each on the carrier's account store (port-in orders need
// none beyond the store's own helpers). A carrier number shows only while its
// customer holds its number, as the numbers family tells, so a number another room
// deleted (or that moved away) is gone from the carrier's views too. A customer's
// numbers are rows of the customer's account: those calls name it.
import { contains } from '../../kit/query.ts';
import type { Insertable, Kysely } from 'kysely';
import { deleteNumbers, numberExists, numbersHeld } from '../numbers/public.ts';
import type { Database } from '../../store/schema.ts';
import type { AccountStore } from '../../kit/store.ts';
import type { CarrierNumberTable, CarrierTable, PortOrderTable } from './tables.ts';

export type Carrier = Omit<CarrierTable, 'seq'> & { seq: number };
export type PortOrder = Omit<PortOrderTable, 'seq'> & { seq: number };

// ---- carriers --------------------------------------------------------------

/**
 * The carrier a request speaks for: the one with `code` when given, else the one
 * bound to the caller's app, else the account's first. Only the account's own.
 */
export async function findCarrier(store: AccountStore, by: { code?: number; clientId?: string }): Promise<Carrier | undefined> {
  const base = store.scoped('carriers').selectAll();
  if (by.code !== undefined) return base.where('code', '=', by.code).executeTakeFirst();
  if (by.clientId) {
    const bound = await base.where('client_id', '=', by.clientId).executeTakeFirst();
    if (bound) return bound;
  }
  return base.orderBy('seq').executeTakeFirst();
}

/** The seed's: a request never creates a carrier. */
export async function insertCarrier(db: Kysely<Database>, row: Insertable<CarrierTable>): Promise<void> {
  await db.insertInto('carriers').values(row).execute();
}

// ---- carrier numbers -------------------------------------------------------

export interface CarrierNumberFilters {
  kind: 'peering' | 'reseller';
  customer_account_ids?: string[];
  carrier_code?: number;
  number?: string;
  assigned_status?: string;
  keyword?: string;
}

function filtered(store: AccountStore, f: CarrierNumberFilters) {
  let q = store
    .scoped('carrier_numbers')
    .where('carrier_numbers.kind', '=', f.kind)
    // the row and its number must agree on the customer, else the number moved away
    .where(numberExists('carrier_numbers.number_id', 'carrier_numbers.customer_account_id'));
  if (f.customer_account_ids) q = q.where('carrier_numbers.customer_account_id', 'in', f.customer_account_ids);
  if (f.carrier_code !== undefined) q = q.where('carrier_numbers.carrier_code', '=', f.carrier_code);
  if (f.number) q = q.where('carrier_numbers.number', '=', f.number);
  if (f.assigned_status) q = q.where('carrier_numbers.assigned_status', '=', f.assigned_status);
  if (f.keyword) {
    const digits = f.keyword.replace(/[^\d]/g, '');
    q = q.where((eb) => contains(eb.ref('carrier_numbers.number'), digits || f.keyword!));
  }
  return q;
}

const COLUMNS = [
  'carrier_numbers.seq', 'carrier_numbers.number_id', 'carrier_numbers.customer_account_id', 'carrier_numbers.kind', 'carrier_numbers.carrier_code',
  'carrier_numbers.number', 'carrier_numbers.sip_trunk_name', 'carrier_numbers.billing_ref_id', 'carrier_numbers.service_info', 'carrier_numbers.active',
  'carrier_numbers.assigned_status', 'carrier_numbers.data',
] as const;

/** The carrier's own columns of the rows matching `f`. */
const selected = (store: AccountStore, f: CarrierNumberFilters) => filtered(store, f).select(COLUMNS);

type CarrierNumberColumns = Awaited<ReturnType<ReturnType<typeof selected>['execute']>>[number];

/** The rows with what their numbers say of themselves, one query for all of them; a number gone meanwhile takes its row along. */
async function withNumbers(db: Kysely<Database>, rows: CarrierNumberColumns[]) {
  const numbers = await numbersHeld(db, rows.map((r) => ({ accountId: r.customer_account_id, id: r.number_id })));
  return rows.flatMap((r) => {
    const n = numbers.get(r.number_id);
    if (!n) return [];
    const own = { seq: Number(r.seq), carrier_code: Number(r.carrier_code), active: Number(r.active) };
    return [{ ...r, ...own, assignee_id: n.assignee_id, allocated_product: n.allocated_product, number_type: n.number_type, number_data: n.data }];
  });
}

export async function listCarrierNumbers(store: AccountStore, f: CarrierNumberFilters, afterSeq: number, limit: number) {
  return withNumbers(store.db, await selected(store, f).where('carrier_numbers.seq', '>', afterSeq).orderBy('carrier_numbers.seq').limit(limit).execute());
}

export type CarrierNumberRow = Awaited<ReturnType<typeof listCarrierNumbers>>[number];

export async function countCarrierNumbers(store: AccountStore, f: CarrierNumberFilters): Promise<number> {
  const row = await filtered(store, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The carrier's numbers of one kind among these E.164 values, by number. */
export async function carrierNumbersIn(store: AccountStore, f: Omit<CarrierNumberFilters, 'number'>, numbers: string[]): Promise<Map<string, CarrierNumberRow>> {
  if (numbers.length === 0) return new Map();
  const rows = await withNumbers(store.db, await selected(store, f).where('carrier_numbers.number', 'in', numbers).execute());
  return new Map(rows.map((r) => [r.number, r]));
}

/** The seed's; a request adds its carrier's rows through its account store. */
export async function insertCarrierNumbers(db: Kysely<Database>, rows: Insertable<CarrierNumberTable>[]): Promise<void> {
  if (rows.length) await db.insertInto('carrier_numbers').values(rows).execute();
}

/**
 * Removes the numbers from their customers' accounts and the carrier's records of
 * them (run it on the store of the caller's transaction).
 */
export async function deleteCarrierNumbers(store: AccountStore, rows: { number_id: string; customer_account_id: string }[]): Promise<void> {
  for (const row of rows) {
    await deleteNumbers(store.db, row.customer_account_id, [row.number_id]);
    await store.remove('carrier_numbers', { number_id: row.number_id });
  }
}

/** Names of these accounts, for the customer_account_name / sub_account_name fields. */
export async function accountNames(db: Kysely<Database>, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('accounts').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The account and its sub accounts: every customer a carrier account can push to. */
export async function customersOf(db: Kysely<Database>, accountId: string): Promise<string[]> {
  const subs = await db.selectFrom('accounts').select('id').where('parent_id', '=', accountId).execute();
  return [accountId, ...subs.map((s) => s.id)];
}

// ---- port-in orders ----------------------------------------------------------

/** The seed's: the pages have no create operation. */
export async function insertPortOrder(db: Kysely<Database>, row: Insertable<PortOrderTable>): Promise<void> {
  await db.insertInto('port_orders').values(row).execute();
}
