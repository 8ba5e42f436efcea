// Carrier-side queries, scoped on every one by the carrier's account (or, for
// port-in orders, the customer's). A carrier number shows only while its customer
// holds its number, as the numbers family tells, so a number another room deleted
// (or that moved away) is gone from the carrier's views too.
import type { Insertable, Kysely, Updateable } from 'kysely';
import { deleteNumbers, numberExists, numbersHeld } from '../numbers/public.ts';
import type { Database } from '../../store/schema.ts';
import type { CarrierNumberTable, CarrierTable, PortOrderTable } from './tables.ts';

export type Carrier = Omit<CarrierTable, 'seq'> & { seq: number };
export type PortOrder = Omit<PortOrderTable, 'seq'> & { seq: number };

// ---- carriers --------------------------------------------------------------

/**
 * The carrier a request speaks for: the one with `code` when given, else the one
 * bound to the caller's app, else the account's first. Only the account's own.
 */
export async function findCarrier(db: Kysely<Database>, accountId: string, by: { code?: number; clientId?: string }): Promise<Carrier | undefined> {
  const base = db.selectFrom('carriers').selectAll().where('account_id', '=', accountId);
  if (by.code !== undefined) return base.where('code', '=', by.code).executeTakeFirst();
  if (by.clientId) {
    const bound = await base.where('client_id', '=', by.clientId).executeTakeFirst();
    if (bound) return bound;
  }
  return base.orderBy('seq').executeTakeFirst();
}

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

function filtered(db: Kysely<Database>, accountId: string, f: CarrierNumberFilters) {
  let q = db
    .selectFrom('carrier_numbers as cn')
    .where('cn.account_id', '=', accountId)
    .where('cn.kind', '=', f.kind)
    // the row and its number must agree on the customer, else the number moved away
    .where(numberExists('cn.number_id', 'cn.customer_account_id'));
  if (f.customer_account_ids) q = q.where('cn.customer_account_id', 'in', f.customer_account_ids);
  if (f.carrier_code !== undefined) q = q.where('cn.carrier_code', '=', f.carrier_code);
  if (f.number) q = q.where('cn.number', '=', f.number);
  if (f.assigned_status) q = q.where('cn.assigned_status', '=', f.assigned_status);
  if (f.keyword) {
    const digits = f.keyword.replace(/[^\d]/g, '');
    q = q.where('cn.number', 'like', `%${digits || f.keyword}%`);
  }
  return q;
}

const COLUMNS = [
  'cn.seq', 'cn.number_id', 'cn.customer_account_id', 'cn.kind', 'cn.carrier_code', 'cn.number', 'cn.sip_trunk_name',
  'cn.billing_ref_id', 'cn.service_info', 'cn.active', 'cn.assigned_status', 'cn.data',
] as const;

/** The carrier's own columns of the rows matching `f`. */
const selected = (db: Kysely<Database>, accountId: string, f: CarrierNumberFilters) => filtered(db, accountId, f).select(COLUMNS);

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

export async function listCarrierNumbers(db: Kysely<Database>, accountId: string, f: CarrierNumberFilters, afterSeq: number, limit: number) {
  return withNumbers(db, await selected(db, accountId, f).where('cn.seq', '>', afterSeq).orderBy('cn.seq').limit(limit).execute());
}

export type CarrierNumberRow = Awaited<ReturnType<typeof listCarrierNumbers>>[number];

export async function countCarrierNumbers(db: Kysely<Database>, accountId: string, f: CarrierNumberFilters): Promise<number> {
  const row = await filtered(db, accountId, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The carrier's numbers of one kind among these E.164 values, by number. */
export async function carrierNumbersIn(
  db: Kysely<Database>,
  accountId: string,
  f: Omit<CarrierNumberFilters, 'number'>,
  numbers: string[],
): Promise<Map<string, CarrierNumberRow>> {
  if (numbers.length === 0) return new Map();
  const rows = await withNumbers(db, await selected(db, accountId, f).where('cn.number', 'in', numbers).execute());
  return new Map(rows.map((r) => [r.number, r]));
}

export async function insertCarrierNumbers(db: Kysely<Database>, rows: Insertable<CarrierNumberTable>[]): Promise<void> {
  if (rows.length) await db.insertInto('carrier_numbers').values(rows).execute();
}

export async function updateCarrierNumber(db: Kysely<Database>, accountId: string, numberId: string, patch: Updateable<CarrierNumberTable>): Promise<void> {
  await db.updateTable('carrier_numbers').set(patch).where('account_id', '=', accountId).where('number_id', '=', numberId).execute();
}

/** Removes the numbers and the carrier's records of them (run it inside the caller's transaction). */
export async function deleteCarrierNumbers(db: Kysely<Database>, accountId: string, rows: { number_id: string; customer_account_id: string }[]): Promise<void> {
  for (const row of rows) {
    await deleteNumbers(db, row.customer_account_id, [row.number_id]);
    await db.deleteFrom('carrier_numbers').where('account_id', '=', accountId).where('number_id', '=', row.number_id).execute();
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

export async function listPortOrders(db: Kysely<Database>, accountId: string, afterSeq: number, limit: number): Promise<PortOrder[]> {
  const rows = await db.selectFrom('port_orders').selectAll().where('account_id', '=', accountId).where('seq', '>', afterSeq).orderBy('seq').limit(limit).execute();
  return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
}

export async function countPortOrders(db: Kysely<Database>, accountId: string): Promise<number> {
  const row = await db.selectFrom('port_orders').select((eb) => eb.fn.countAll<number>().as('n')).where('account_id', '=', accountId).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findPortOrder(db: Kysely<Database>, accountId: string, id: string): Promise<PortOrder | undefined> {
  const row = await db.selectFrom('port_orders').selectAll().where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
  return row && { ...row, seq: Number(row.seq) };
}

export async function insertPortOrder(db: Kysely<Database>, row: Insertable<PortOrderTable>): Promise<void> {
  await db.insertInto('port_orders').values(row).execute();
}
