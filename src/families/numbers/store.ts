// Phone number queries, scoped by account on every one. The first block is the
// family's public surface for other rooms (find, insert): keep its signatures stable.
// What only this family's handlers use takes their AccountStore, the account fixed in it.
import { contains } from '../../kit/query.ts';
import { expressionBuilder, sql, type Expression, type Insertable, type Kysely, type SqlBool } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { ItemOf } from '../../kit/context.ts';
import type { PhoneNumberTable } from './tables.ts';
import { PHONE_PRODUCT, type EmergencyAddressStatus } from './rules.ts';
import { publish } from '../../kit/events.ts';
import { prepared } from '../../store/prepared.ts';
import { AccountStore } from '../../kit/store.ts';
import { assertTransaction, locking, type LockMode } from '../../kit/locks.ts';
import { allSites, findSite as findSiteOf, siteNames } from '../sites/public.ts';

export type NumberRow = Omit<PhoneNumberTable, 'seq'> & { seq: number };

export interface NumberData {
  capability?: string[];
  display_name?: string;
  caller_id_name?: string;
  location?: { city?: string; state?: string; country?: string };
  carrier?: { code?: number; name?: string };
  sip_group?: { id: string; name?: string };
  /** As Number Management shows it (the Phone API's has the same fields but county). */
  emergency_address?: NonNullable<ItemOf<'listPhoneNumbersForNumberManagement', 'numbers'>['emergency_address']>;
  emergency_address_status?: EmergencyAddressStatus;
  emergency_address_update_time?: number;
  address_update_required?: boolean;
  assignee_name?: string;
  assignee_extension_number?: number;
}

export function parseData(row: { data: string }): NumberData {
  try {
    return JSON.parse(row.data) as NumberData;
  } catch {
    return {};
  }
}

// ---- for other rooms -------------------------------------------------------

/** A number of the account by its E.164 value. */
export async function findNumberByE164(db: Kysely<Database>, accountId: string, e164: string): Promise<NumberRow | undefined> {
  return db.selectFrom('phone_numbers').selectAll().where('account_id', '=', accountId).where('number', '=', e164).executeTakeFirst();
}

/** Numbers of the account by id. */
export async function numbersById(db: Kysely<Database>, accountId: string, ids: string[]): Promise<Map<string, NumberRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('phone_numbers').selectAll().where('account_id', '=', accountId).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r]));
}

/** Numbers of the account by E.164 value. */
export async function numbersByE164(db: Kysely<Database>, accountId: string, e164s: string[]): Promise<Map<string, NumberRow>> {
  if (e164s.length === 0) return new Map();
  const rows = await db.selectFrom('phone_numbers').selectAll().where('account_id', '=', accountId).where('number', 'in', e164s).execute();
  return new Map(rows.map((r) => [r.number, r]));
}

/** Each number asked for that its account still holds, by id (numbers of several accounts in one query). */
export async function numbersHeld(db: Kysely<Database>, held: { accountId: string; id: string }[]): Promise<Map<string, NumberRow>> {
  if (held.length === 0) return new Map();
  const rows = await db
    .selectFrom('phone_numbers')
    .selectAll()
    .where('account_id', 'in', [...new Set(held.map((h) => h.accountId))])
    .where('id', 'in', [...new Set(held.map((h) => h.id))])
    .execute();
  const asked = new Set(held.map((h) => `${h.accountId}\u0000${h.id}`));
  return new Map(rows.filter((r) => asked.has(`${r.account_id}\u0000${r.id}`)).map((r) => [r.id, r]));
}

/**
 * A condition for another family's query over its links to numbers: the number its
 * column `numberId` names exists (and, with `heldBy`, is held by the account that
 * column names). Column names as in the query, e.g. 'l.number_id'. A correlated
 * EXISTS, one index probe per row, so lists and counts of links skip the numbers
 * that are gone without a join on this family's table.
 */
export function numberExists(numberId: string, heldBy?: string): Expression<SqlBool> {
  const eb = expressionBuilder<Database, never>();
  let q = eb.selectFrom('phone_numbers as pn').select('pn.id').where('pn.id', '=', sql.ref<string>(numberId));
  if (heldBy) q = q.where('pn.account_id', '=', sql.ref<string>(heldBy));
  return eb.exists(q);
}

/** Which of these E.164 values already exist anywhere in the sandbox (a number exists once on the network). */
export async function numbersTaken(db: Kysely<Database>, e164s: string[]): Promise<Set<string>> {
  if (e164s.length === 0) return new Set();
  const rows = await db.selectFrom('phone_numbers').select('number').where('number', 'in', e164s).execute();
  return new Set(rows.map((r) => r.number));
}

export interface NewNumber {
  number: string;
  source: string;
  number_type: string;
  status?: string;
  allocated_product: string;
  site_id?: string | null;
  data?: NumberData;
}

/** Inserts numbers of the account (run it inside the caller's transaction); ids come from `nextId`. */
export async function insertNumbers(
  db: Kysely<Database>,
  accountId: string,
  numbers: NewNumber[],
  nextId: () => string,
  now: number,
): Promise<{ id: string; number: string }[]> {
  return addNumbers(new AccountStore(db, accountId), numbers, nextId, now);
}

/** insertNumbers, on the store of the account the numbers join. */
export async function addNumbers(store: AccountStore, numbers: NewNumber[], nextId: () => string, now: number): Promise<{ id: string; number: string }[]> {
  if (numbers.length === 0) return [];
  const rows: Omit<Insertable<PhoneNumberTable>, 'account_id'>[] = numbers.map((n) => ({
    id: nextId(),
    number: n.number,
    source: n.source,
    number_type: n.number_type,
    status: n.status ?? 'Normal',
    allocated_product: n.allocated_product,
    site_id: n.site_id ?? null,
    assignee_type: null,
    assignee_id: null,
    data: JSON.stringify(n.data ?? {}),
    created_at: now,
  }));
  await store.insert('phone_numbers', rows);
  return rows.map((r) => ({ id: r.id, number: r.number }));
}

// ---- by assignee -------------------------------------------------------------

// No ORDER BY in SQL: with it, SQLite walks the (account_id, seq) index over
// every number of the account to avoid a sort, and a page of six users costs
// what the account's 10,000 numbers do (1.2 ms instead of 10 µs). The few rows
// are ordered here instead.
const byAssigneeColumns = ['seq', 'id', 'number', 'source', 'assignee_id'] as const;
const numbersOfOneAssignee = prepared((db, p: { accountId: string; assigneeId: string }) =>
  db.selectFrom('phone_numbers').select(byAssigneeColumns).where('account_id', '=', p.accountId).where('assignee_id', '=', p.assigneeId),
);

/** The numbers each of these assignees holds, in the order they were added (`source` as stored: Zoom, BYOCPremises…). */
export async function numbersOfAssignees(db: Kysely<Database>, accountId: string, assigneeIds: string[]): Promise<Map<string, { id: string; number: string; source: string }[]>> {
  const out = new Map<string, { id: string; number: string; source: string }[]>();
  if (assigneeIds.length === 0) return out;
  const rows =
    assigneeIds.length === 1
      ? await numbersOfOneAssignee(db, { accountId, assigneeId: assigneeIds[0] })
      : await db.selectFrom('phone_numbers').select(byAssigneeColumns).where('account_id', '=', accountId).where('assignee_id', 'in', assigneeIds).execute();
  rows.sort((a, b) => Number(a.seq) - Number(b.seq));
  for (const r of rows) {
    const list = out.get(r.assignee_id!) ?? [];
    list.push({ id: r.id, number: r.number, source: r.source });
    out.set(r.assignee_id!, list);
  }
  return out;
}

// ---- lists -----------------------------------------------------------------

export interface NumberFilters {
  allocated_product?: string;
  /** true: assigned to anything; false: unassigned */
  assigned?: boolean;
  assignee_type?: string;
  source_in?: string[];
  number_type?: string;
  number_type_in?: string[];
  number_type_not_in?: string[];
  status?: string;
  status_not?: string;
  site_id?: string;
  keyword?: string;
}

function filtered(store: AccountStore, f: NumberFilters) {
  let q = store.scoped('phone_numbers');
  if (f.allocated_product) q = q.where('allocated_product', '=', f.allocated_product);
  if (f.assigned === true) q = q.where('assignee_id', 'is not', null);
  if (f.assigned === false) q = q.where('assignee_id', 'is', null);
  if (f.assignee_type) q = q.where('assignee_type', '=', f.assignee_type);
  if (f.source_in) q = q.where('source', 'in', f.source_in);
  if (f.number_type) q = q.where('number_type', '=', f.number_type);
  if (f.number_type_in) q = q.where('number_type', 'in', f.number_type_in);
  if (f.number_type_not_in) q = q.where('number_type', 'not in', f.number_type_not_in);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.status_not) q = q.where('status', '!=', f.status_not);
  if (f.site_id) q = q.where('site_id', '=', f.site_id);
  if (f.keyword) {
    // Numbers are searched by their digits, however the caller wrote them.
    const digits = f.keyword.replace(/[^\d]/g, '');
    q = q.where((eb) => contains(eb.ref('number'), digits || f.keyword!));
  }
  return q;
}

export async function listNumbers(store: AccountStore, f: NumberFilters, afterSeq: number, limit: number): Promise<NumberRow[]> {
  return filtered(store, f).selectAll().where('seq', '>', afterSeq).orderBy('seq').limit(limit).execute();
}

export async function countNumbers(store: AccountStore, f: NumberFilters): Promise<number> {
  const row = await filtered(store, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Every number of the account allocated to a product, for plan usage. */
export async function numbersOfProduct(store: AccountStore, product: string) {
  return store
    .scoped('phone_numbers')
    .select(['number', 'source', 'number_type', 'assignee_id', 'data'])
    .where('allocated_product', '=', product)
    .orderBy('seq')
    .execute();
}

/** A number of the account by its id or its E.164 value. */
export async function findNumber(store: AccountStore, idOrNumber: string, lock?: LockMode): Promise<NumberRow | undefined> {
  const q = store
    .scoped('phone_numbers')
    .selectAll()
    .where((eb) => eb.or([eb('id', '=', idOrNumber), eb('number', '=', idOrNumber)]));
  if (!lock) return q.executeTakeFirst();
  assertTransaction(store.db, 'findNumber with a lock');
  return locking(store.db, q, lock).executeTakeFirst();
}

/** Numbers of the account by ids or E.164 values, optionally only those Zoom Phone sees. */
export async function findNumbers(store: AccountStore, idsOrNumbers: string[], phoneOnly = false): Promise<NumberRow[]> {
  if (idsOrNumbers.length === 0) return [];
  let q = store
    .scoped('phone_numbers')
    .selectAll()
    .where((eb) => eb.or([eb('id', 'in', idsOrNumbers), eb('number', 'in', idsOrNumbers)]));
  if (phoneOnly) q = q.where('allocated_product', '=', PHONE_PRODUCT);
  return q.orderBy('seq').execute();
}

// ---- writes ----------------------------------------------------------------
// A write over a list of ids, or one that returns its rows, is beyond the
// store's column = value helpers: it names the store's account itself.

/** Assigns only if nobody holds the number: concurrent requests cannot both win. */
export async function assignIfFree(store: AccountStore, numberId: string, type: string, assigneeId: string, siteId: string | null): Promise<boolean> {
  const changed = await store.patch(
    'phone_numbers',
    { id: numberId, assignee_id: null, allocated_product: PHONE_PRODUCT },
    { assignee_type: type, assignee_id: assigneeId, site_id: siteId },
  );
  return changed === 1;
}

/** Releases the number only if this assignee holds it. */
export async function unassignFrom(store: AccountStore, numberId: string, type: string, assigneeId: string): Promise<boolean> {
  const changed = await store.patch('phone_numbers', { id: numberId, assignee_type: type, assignee_id: assigneeId }, { assignee_type: null, assignee_id: null });
  return changed === 1;
}

/** Releases every number this assignee holds; returns their ids. */
export async function unassignAllOf(store: AccountStore, type: string, assigneeId: string): Promise<string[]> {
  const rows = await store.db
    .updateTable('phone_numbers')
    .set({ assignee_type: null, assignee_id: null })
    .where('account_id', '=', store.accountId)
    .where('assignee_type', '=', type)
    .where('assignee_id', '=', assigneeId)
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Deletes these numbers and tells every family that links to numbers, so their
 * links go too; with `onlyUnassigned`, one taken meanwhile is left alone. Returns
 * how many went. Run in a transaction.
 */
export async function deleteNumbers(store: AccountStore, ids: string[], onlyUnassigned: boolean): Promise<number> {
  if (ids.length === 0) return 0;
  const { db, accountId } = store;
  let q = db.deleteFrom('phone_numbers').where('account_id', '=', accountId).where('id', 'in', ids);
  if (onlyUnassigned) q = q.where('assignee_id', 'is', null);
  const gone = (await q.returning('id').execute()).map((r) => r.id);
  if (gone.length) await publish(db, 'numbers.removed', { accountId, numberIds: gone });
  return gone.length;
}

export interface CarrierManagedFields {
  status?: string;
  allocated_product?: string;
  number_type?: string;
  data?: NumberData;
}

export async function updateNumber(db: Kysely<Database>, accountId: string, id: string, patch: CarrierManagedFields): Promise<void> {
  const { data, ...fields } = patch;
  await db
    .updateTable('phone_numbers')
    .set({ ...fields, ...(data ? { data: JSON.stringify(data) } : {}) })
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .execute();
}

/** Hands the number to another account, unassigned and on no site, and tells the families that linked it. */
export async function moveNumberToAccount(trx: Kysely<Database>, fromAccountId: string, id: string, toAccountId: string): Promise<boolean> {
  const moved = await trx
    .updateTable('phone_numbers')
    .set({ account_id: toAccountId, site_id: null, assignee_type: null, assignee_id: null })
    .where('account_id', '=', fromAccountId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (Number(moved.numUpdatedRows) !== 1) return false;
  await publish(trx, 'numbers.removed', { accountId: fromAccountId, numberIds: [id] });
  return true;
}

/** Numbers follow their assignee (a user, a call queue) to the site it moved to. */
export async function followAssignees(trx: Kysely<Database>, accountId: string, type: string, assigneeIds: string[], siteId: string): Promise<void> {
  if (assigneeIds.length === 0) return;
  await trx.updateTable('phone_numbers').set({ site_id: siteId }).where('account_id', '=', accountId).where('assignee_type', '=', type).where('assignee_id', 'in', assigneeIds).execute();
}

/** Every number on a site that is going away moves to the transfer site. */
export async function moveSiteNumbers(trx: Kysely<Database>, accountId: string, siteId: string, transferSiteId: string): Promise<void> {
  await trx.updateTable('phone_numbers').set({ site_id: transferSiteId }).where('account_id', '=', accountId).where('site_id', '=', siteId).execute();
}

/** Moves unassigned numbers to a site. Returns how many moved. */
export async function moveUnassignedToSite(store: AccountStore, ids: string[], siteId: string): Promise<number> {
  if (ids.length === 0) return 0;
  const res = await store.db
    .updateTable('phone_numbers')
    .set({ site_id: siteId })
    .where('account_id', '=', store.accountId)
    .where('id', 'in', ids)
    .where('assignee_id', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/** Allocates unassigned numbers to a product (and site). Returns how many changed. */
export async function allocate(store: AccountStore, ids: string[], product: string, siteId: string | null): Promise<number> {
  if (ids.length === 0) return 0;
  const res = await store.db
    .updateTable('phone_numbers')
    .set({ allocated_product: product, site_id: siteId })
    .where('account_id', '=', store.accountId)
    .where('id', 'in', ids)
    .where('assignee_id', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}

export async function saveData(store: AccountStore, id: string, data: NumberData): Promise<void> {
  await store.patch('phone_numbers', { id }, { data: JSON.stringify(data) });
}

// ---- neighbours ------------------------------------------------------------
// Sites are the sites family's: read through its public surface, in the shapes
// this family's handlers and views use, for the account of their store.

export const sitesOf = (store: AccountStore, ids: string[]) => siteNames(store.db, store.accountId, ids);
export const findSite = (store: AccountStore, id: string) => findSiteOf(store.db, store.accountId, id);
export const accountSites = (store: AccountStore) => allSites(store.db, store.accountId);

/**
 * How a request names a number it gives to a queue, receptionist or group: by id,
 * or by E.164 value with or without its '+'. Only numbers of Zoom Phone count.
 */
export async function phoneNumbersByKey(db: Kysely<Database>, accountId: string, keys: string[]): Promise<(key: string) => NumberRow | undefined> {
  const e164s = keys.flatMap((k) => (k.startsWith('+') ? [k] : [k, `+${k}`]));
  const [byId, byE164] = await Promise.all([numbersById(db, accountId, keys), numbersByE164(db, accountId, e164s)]);
  return (key) => {
    const row = byId.get(key) ?? byE164.get(key) ?? byE164.get(`+${key}`);
    return row?.allocated_product === PHONE_PRODUCT ? row : undefined;
  };
}

export type AssignRefusal = { key: string; problem: 'unknown' } | { key: string; problem: 'taken'; number: string };

/**
 * Gives the keyed numbers to one assignee, in the caller's transaction: a number it
 * holds already stays; the conditional update decides a race, and a concurrent
 * request of the same assignment is no loss. The first number that does not exist
 * or that someone else holds is returned, for the caller to refuse the whole request.
 */
export async function assignNumbersTo(
  store: AccountStore,
  keys: string[],
  assignee: { type: string; id: string; siteId: string | null },
): Promise<AssignRefusal | undefined> {
  const numberOf = await phoneNumbersByKey(store.db, store.accountId, keys);
  const holds = (row: NumberRow | undefined) => row?.assignee_type === assignee.type && row.assignee_id === assignee.id;
  for (const key of keys) {
    const row = numberOf(key);
    if (!row) return { key, problem: 'unknown' };
    if (holds(row)) continue;
    if (row.assignee_id === null && (await assignIfFree(store, row.id, assignee.type, assignee.id, assignee.siteId))) continue;
    // Lost the update: fine only if it was this very assignment, by a request that just committed.
    if (row.assignee_id === null && holds((await numbersById(store.db, store.accountId, [row.id])).get(row.id))) continue;
    return { key, problem: 'taken', number: row.number };
  }
  return undefined;
}

/** Releases the keyed number (id or E.164) if this assignee holds it; false when it does not (or there is no such number). */
export async function releaseNumberOf(store: AccountStore, key: string, type: string, assigneeId: string): Promise<boolean> {
  const row = (await phoneNumbersByKey(store.db, store.accountId, [key]))(key);
  return row !== undefined && (await unassignFrom(store, row.id, type, assigneeId));
}

/** The account's numbers that someone holds, E.164, in the order they were added (the numbers a traffic stream calls). */
export async function assignedNumbers(db: Kysely<Database>, accountId: string): Promise<string[]> {
  const rows = await db.selectFrom('phone_numbers').select('number').where('account_id', '=', accountId).where('assignee_id', 'is not', null).orderBy('seq').execute();
  return rows.map((r) => r.number);
}
