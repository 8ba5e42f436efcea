// The outbound-caller-id family's queries, scoped by account on every one: through
// the request's AccountStore, or with the account an event names.
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { AccountStore } from '../../kit/store.ts';
import { numberExists } from '../numbers/public.ts';
import type { CustomizedNumberTable, ListLevel } from './tables.ts';

export type CustomizedRow = Omit<Selectable<CustomizedNumberTable>, 'seq'> & { seq: number };
export type CustomizedInsert = Omit<Insertable<CustomizedNumberTable>, 'account_id' | 'seq'>;

/** One list: the account's, a site's or a user's. */
export interface ListOf {
  level: ListLevel;
  ownerId: string;
}

// Rows whose number has left the account meanwhile are not shown (numbers.removed mends them in the same transaction).
function listQuery(store: AccountStore, list: ListOf) {
  return store
    .scoped('outbound_caller_id_numbers')
    .where('level', '=', list.level)
    .where('owner_id', '=', list.ownerId)
    .where(numberExists('outbound_caller_id_numbers.number_id', 'outbound_caller_id_numbers.account_id'));
}

const withSeq = (rows: Selectable<CustomizedNumberTable>[]): CustomizedRow[] => rows.map((r) => ({ ...r, seq: Number(r.seq) }));

/** Up to `limit` rows of the list after `afterSeq`, in the order they were added. */
export async function pageOfList(store: AccountStore, list: ListOf, afterSeq: number, limit: number): Promise<CustomizedRow[]> {
  return withSeq(await listQuery(store, list).selectAll().where('seq', '>', afterSeq).orderBy('seq').limit(limit).execute());
}

export async function countOfList(store: AccountStore, list: ListOf): Promise<number> {
  const row = await listQuery(store, list)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Every row of the list, in the order they were added (a filtered list reads its numbers to match them). */
export const wholeList = (store: AccountStore, list: ListOf) => pageOfList(store, list, 0, Number.MAX_SAFE_INTEGER);

/** The list's rows for these numbers. */
export async function rowsOfNumbers(store: AccountStore, list: ListOf, numberIds: string[]): Promise<CustomizedRow[]> {
  if (numberIds.length === 0) return [];
  return withSeq(await listQuery(store, list).selectAll().where('number_id', 'in', numberIds).execute());
}

/** The list's rows of these customization ids. */
export async function rowsOfIds(store: AccountStore, list: ListOf, ids: string[]): Promise<CustomizedRow[]> {
  if (ids.length === 0) return [];
  return withSeq(
    await store.scoped('outbound_caller_id_numbers').selectAll().where('level', '=', list.level).where('owner_id', '=', list.ownerId).where('id', 'in', ids).execute(),
  );
}

/** How many of the rows went in: a number the list holds already (the unique index decides) does not. */
export async function insertRows(store: AccountStore, rows: CustomizedInsert[]): Promise<number> {
  if (rows.length === 0) return 0;
  const res = await store.db
    .insertInto('outbound_caller_id_numbers')
    .values(rows.map((r) => ({ account_id: store.accountId, ...r })))
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0);
}

/** Removes these customizations of the list; how many went. */
export async function removeIds(store: AccountStore, list: ListOf, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const res = await store.db
    .deleteFrom('outbound_caller_id_numbers')
    .where('account_id', '=', store.accountId)
    .where('level', '=', list.level)
    .where('owner_id', '=', list.ownerId)
    .where('id', 'in', ids)
    .executeTakeFirst();
  return Number(res.numDeletedRows);
}

/** Numbers that left the account leave every list they were in. */
export async function removeNumbers(db: Kysely<Database>, accountId: string, numberIds: string[]): Promise<void> {
  if (numberIds.length === 0) return;
  await db.deleteFrom('outbound_caller_id_numbers').where('account_id', '=', accountId).where('number_id', 'in', numberIds).execute();
}

/**
 * A site deleted or a user taken out of Zoom Phone takes its own list with it: the list
 * is that site's or user's setting, and the users moving to the transfer site take its list.
 */
export async function removeListsOf(db: Kysely<Database>, accountId: string, level: ListLevel, ownerIds: string[]): Promise<void> {
  if (ownerIds.length === 0) return;
  await db
    .deleteFrom('outbound_caller_id_numbers')
    .where('account_id', '=', accountId)
    .where('level', '=', level)
    .where('owner_id', 'in', ownerIds)
    .execute();
}
