// What other families may use of billing: the calling-plan catalogue and what the
// account's inventory says of a plan type (users show it with their plans), its
// billing accounts, and taking or giving back a plan of the inventory (users do,
// as they gain or lose plans), with billing's own rights in the caller's transaction.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { owner } from './tables.ts';
import * as store from './store.ts';
import { AccountStore } from '../../kit/store.ts';

export { planName, planTypeByName } from './rules.ts';
export type { InventoryEntry } from './store.ts';

type Db = Kysely<Database>;

export const consumePlan = (db: Db, accountId: string, type: number) => store.consumePlan(owner.bind(db), accountId, type);
export const releasePlan = (db: Db, accountId: string, type: number) => store.releasePlan(owner.bind(db), accountId, type);

/** The name and subscription the inventory gives each of these plan types, by type: one query for a page of users' plans. */
export const inventoryOfTypes = (db: Db, accountId: string, types: number[]) => store.inventoryOfTypes(db, accountId, types);

/** The account's billing account of that id, if it has one (a plan given to a user may name one). */
export const findBillingAccount = (db: Db, accountId: string, id: string) => store.findBillingAccount(db, accountId, id);

/** The account's billing accounts usable at the site (bound to it or to no site), or all of them without a site, in the order they were made. */
export const billingAccountsAt = (db: Db, accountId: string, siteId?: string) => store.listBillingAccounts(new AccountStore(db, accountId), siteId);
