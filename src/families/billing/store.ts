// Calling-plan inventory, phone-number packages and billing accounts, scoped by account.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { AccountStore } from '../../kit/store.ts';
import { assignedPlanNumbersByType } from '../numbers/public.ts';

type Db = Kysely<Database>;

/** One calling-plan subscription of the account, its type and counts read as numbers. */
export type InventoryRow = Awaited<ReturnType<typeof listInventory>>[number];
/** A phone-number package with how many of its numbers the account holds. */
export interface NumberPlanUse {
  name: string;
  subscribed: number;
  assigned: number;
}
/** A plan type's name and subscription as the account's inventory has them. */
export interface InventoryEntry {
  name: string;
  billing_subscription_id: string | null;
  billing_subscription_name: string | null;
}
export interface BillingAccountRow {
  id: string;
  name: string;
}

export async function listInventory(store: AccountStore) {
  const rows = await store.scoped('calling_plan_inventory').selectAll().orderBy('seq').execute();
  return rows.map((r) => ({ ...r, subscribed: Number(r.subscribed), assigned: Number(r.assigned), type: Number(r.type) }));
}

/** What the account's inventory says of each of these plan types: its name and subscription, by type. */
export async function inventoryOfTypes(db: Db, accountId: string, types: number[]): Promise<Map<number, InventoryEntry>> {
  if (types.length === 0) return new Map();
  const rows = await db
    .selectFrom('calling_plan_inventory')
    .select(['type', 'name', 'billing_subscription_id', 'billing_subscription_name'])
    .where('account_id', '=', accountId)
    .where('type', 'in', types)
    .execute();
  return new Map(rows.map((r) => [Number(r.type), { name: r.name, billing_subscription_id: r.billing_subscription_id, billing_subscription_name: r.billing_subscription_name }]));
}

/**
 * Takes one plan of `type` from the account's inventory if one is left. A single
 * conditional UPDATE, so two concurrent assignments cannot both take the last one.
 */
export async function consumePlan(db: Db, accountId: string, type: number): Promise<boolean> {
  const res = await db
    .updateTable('calling_plan_inventory')
    .set((eb) => ({ assigned: eb('assigned', '+', 1) }))
    .where('account_id', '=', accountId)
    .where('type', '=', type)
    .whereRef('assigned', '<', 'subscribed')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function releasePlan(db: Db, accountId: string, type: number): Promise<void> {
  await db
    .updateTable('calling_plan_inventory')
    .set((eb) => ({ assigned: eb('assigned', '-', 1) }))
    .where('account_id', '=', accountId)
    .where('type', '=', type)
    .where('assigned', '>', 0)
    .execute();
}

/** The region of the number packages the sandbox sells: their names say US/CA. */
const PACKAGE_REGION = 'US/CA';

/** Each phone-number package with how many of the account's Zoom numbers of its type it covers. */
export async function numberPlans(store: AccountStore): Promise<NumberPlanUse[]> {
  const plans = await store.scoped('phone_number_plans').selectAll().orderBy('seq').execute();
  if (plans.length === 0) return [];
  // In use is what Number Management's plan list counts: assigned numbers Zoom provides, not the customer's own.
  const byType = await assignedPlanNumbersByType(store, PACKAGE_REGION);
  return plans.map((p) => ({ name: p.name, subscribed: Number(p.subscribed), assigned: byType.get(p.number_type) ?? 0 }));
}

export async function listBillingAccounts(store: AccountStore, siteId?: string): Promise<BillingAccountRow[]> {
  let q = store.scoped('billing_accounts').select(['id', 'name']);
  if (siteId) q = q.where((eb) => eb.or([eb('site_id', 'is', null), eb('site_id', '=', siteId)]));
  return q.orderBy('seq').execute();
}

export async function findBillingAccount(db: Db, accountId: string, id: string): Promise<BillingAccountRow | undefined> {
  return db.selectFrom('billing_accounts').select(['id', 'name']).where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
}

/** Billing accounts bound to a site that is going away follow its users to the transfer site. */
export async function moveSiteBillingAccounts(trx: Db, accountId: string, siteId: string, transferSiteId: string): Promise<void> {
  await trx.updateTable('billing_accounts').set({ site_id: transferSiteId }).where('account_id', '=', accountId).where('site_id', '=', siteId).execute();
}
