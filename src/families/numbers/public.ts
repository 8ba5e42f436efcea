// What other families may use of the numbers family: reading numbers and the
// E.164 rules, and the writes a number's other owners need (carriers add and
// remove the numbers they manage, users take numbers). Every write here runs with
// the numbers family's own rights, in the caller's transaction.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { owner } from './tables.ts';
import * as store from './store.ts';
import { AccountStore } from '../../kit/store.ts';
import { assertTransaction, locking } from '../../kit/locks.ts';

export { countryOf, isE164, numberTypeOf, phoneSource, PHONE_PRODUCT } from './rules.ts';
export { parseData, numbersTaken, numbersOfAssignees, phoneNumbersByKey, type AssignRefusal, type NewNumber, type NumberData, type NumberRow } from './store.ts';
// Reads for the families that link to numbers: looked up by id or E.164 value a
// page at a time (sms, users), by holder across accounts (carriers), counted by
// type (billing's packages), and `numberExists`, the condition their lists and
// counts of links use to leave out numbers that are gone.
export { assignedNumbers, findNumberByE164, numberExists, numbersByE164, numbersById, numbersHeld } from './store.ts';

/**
 * The account's numbers of a list's filters, `limit` of them after `afterSeq` in creation
 * order (outbound caller ID lists the numbers that could join a customized list).
 */
export const pageOfNumbers = (db: Kysely<Database>, accountId: string, filters: store.NumberFilters, afterSeq: number, limit: number) =>
  store.listNumbers(new AccountStore(db, accountId), filters, afterSeq, limit);

/**
 * These numbers of the account, held until the caller's transaction ends: a delete of
 * one waits for that commit, so its numbers.removed listeners see what was hung on it
 * (a link written meanwhile is mended, not left behind). Run inside a transaction.
 */
export async function holdNumbers(db: Kysely<Database>, accountId: string, ids: string[]): Promise<Map<string, store.NumberRow>> {
  assertTransaction(db, 'holdNumbers');
  if (ids.length === 0) return new Map();
  const rows = await locking(db, db.selectFrom('phone_numbers').selectAll().where('account_id', '=', accountId).where('id', 'in', ids), 'keyShare').execute();
  return new Map(rows.map((r) => [r.id, r]));
}

declare module '../../kit/events.ts' {
  interface Events {
    /** Numbers that are no longer the account's: deleted, or handed to another account. */
    'numbers.removed': { accountId: string; numberIds: string[] };
  }
}

declare module '../../kit/seed.ts' {
  interface DemoGraph {
    /** The demo account's first twelve numbers, in creation order. */
    numberIds: string[];
  }
}

type Db = Kysely<Database>;

export const insertNumbers = (db: Db, ...args: Parameters<typeof store.insertNumbers> extends [Db, ...infer R] ? R : never) =>
  store.insertNumbers(owner.bind(db), ...args);

export const deleteNumbers = (db: Db, accountId: string, ids: string[]) => store.deleteNumbers(new AccountStore(owner.bind(db), accountId), ids, false);

export const assignIfFree = (db: Db, accountId: string, numberId: string, type: string, assigneeId: string, siteId: string | null) =>
  store.assignIfFree(new AccountStore(owner.bind(db), accountId), numberId, type, assigneeId, siteId);

/**
 * Gives the numbers a request names (ids or E.164 values) to a queue, receptionist or
 * group, all or the first refusal: a number that does not exist, or that someone else
 * holds. The caller refuses the request in its own words (and rolls back its transaction).
 */
export const assignNumbersTo = (db: Db, accountId: string, keys: string[], assignee: { type: string; id: string; siteId: string | null }) =>
  store.assignNumbersTo(new AccountStore(owner.bind(db), accountId), keys, assignee);

/** Releases the number a request names (id or E.164) if this assignee holds it; false otherwise. */
export const releaseNumberOf = (db: Db, accountId: string, key: string, type: string, assigneeId: string) =>
  store.releaseNumberOf(new AccountStore(owner.bind(db), accountId), key, type, assigneeId);

/** Releases the number only if this assignee (of Number Management's assignee type: User, CallQueue…) holds it. */
export const unassignFrom = (db: Db, accountId: string, numberId: string, type: string, assigneeId: string) =>
  store.unassignFrom(new AccountStore(owner.bind(db), accountId), numberId, type, assigneeId);

/** Releases every number the assignee holds (it is deleted, or asked to let them all go); returns their ids. */
export const unassignAllOf = (db: Db, accountId: string, type: string, assigneeId: string) =>
  store.unassignAllOf(new AccountStore(owner.bind(db), accountId), type, assigneeId);

/** The numbers of these assignees (not users: users.moved moves theirs) move with them to another site. */
export const followAssignees = (db: Db, accountId: string, type: string, assigneeIds: string[], siteId: string) =>
  store.followAssignees(owner.bind(db), accountId, type, assigneeIds, siteId);

/** Fields a number's carrier manages: its status, product, type and data. */
export const updateNumber = (db: Db, accountId: string, id: string, patch: store.CarrierManagedFields) =>
  store.updateNumber(owner.bind(db), accountId, id, patch);

/** Hands a number to another account, unassigned and on no site; false when it is not the account's. */
export const moveNumberToAccount = (db: Db, fromAccountId: string, id: string, toAccountId: string) =>
  store.moveNumberToAccount(owner.bind(db), fromAccountId, id, toAccountId);
export { assignedPlanNumbersByType } from './plans.ts';
