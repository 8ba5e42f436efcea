// Handlers of the billing room, keyed by operationId: what the account has bought
// (calling plans, number packages) and how much of it is in use.
import { defineHandlers, type ItemOf, type ResponseOf } from '../../kit/context.ts';
import type { AccountStore } from '../../kit/store.ts';
import { siteIdInvalid } from './errors.ts';
import { findSite } from '../sites/public.ts';
import { available } from './rules.ts';
import { listBillingAccounts, listInventory, numberPlans, type BillingAccountRow, type InventoryRow, type NumberPlanUse } from './store.ts';

type PlanInformationCallingPlan = ItemOf<'listPlanInformation', 'calling_plans'>;
type CallingPlan = ItemOf<'listCallingPlans', 'calling_plans'>;
type NumberPlan = ItemOf<'listPlanInformation', 'phone_numbers'>;
type BillingAccount = ItemOf<'listBillingAccounts', 'billing_accounts'>;
type BillingAccountDetails = ResponseOf<'getBillingAccountDetails'>;

/** What both plan lists show of a subscription; only listCallingPlans adds its billing account. */
function planSummary(r: InventoryRow): PlanInformationCallingPlan {
  return {
    type: r.type,
    name: r.name,
    subscribed: r.subscribed,
    assigned: r.assigned,
    available: available(r),
    billing_subscription_id: r.billing_subscription_id ?? undefined,
    billing_subscription_name: r.billing_subscription_name ?? undefined,
  };
}

function callingPlan(r: InventoryRow, accountNames: Map<string, string>): CallingPlan {
  return {
    ...planSummary(r),
    billing_account_id: r.billing_account_id ?? undefined,
    billing_account_name: r.billing_account_id ? accountNames.get(r.billing_account_id) : undefined,
  };
}

const numberPlan = (n: NumberPlanUse): NumberPlan => ({ name: n.name, subscribed: n.subscribed, assigned: n.assigned, available: available(n) });

const billingAccount = (row: BillingAccountRow): BillingAccount => ({ id: row.id, name: row.name });

const billingAccountDetails = (row: BillingAccountRow): BillingAccountDetails => ({ id: row.id, name: row.name });

async function callingPlans(store: AccountStore): Promise<CallingPlan[]> {
  const rows = await listInventory(store);
  const accountIds = [...new Set(rows.map((r) => r.billing_account_id).filter((x): x is string => !!x))];
  const names = new Map<string, string>();
  for (const id of accountIds) {
    const found = await store.find('billing_accounts', { id });
    if (found) names.set(id, found.name);
  }
  return rows.map((r) => callingPlan(r, names));
}

export const handlers = defineHandlers({
  async listCallingPlans(ctx) {
    return { calling_plans: await callingPlans(await ctx.store()) };
  },

  async listPlanInformation(ctx) {
    const store = await ctx.store();
    const plans = await listInventory(store);
    const numbers = await numberPlans(store);
    return { calling_plans: plans.map(planSummary), phone_numbers: numbers.map(numberPlan) };
  },

  async listBillingAccounts(ctx) {
    const store = await ctx.store();
    const siteId = ctx.query.site_id;
    if (siteId) {
      const site = await findSite(store.db, store.accountId, siteId);
      if (!site) throw siteIdInvalid();
    }
    return { billing_accounts: (await listBillingAccounts(store, siteId)).map(billingAccount) };
  },

  async getBillingAccountDetails(ctx) {
    const id = ctx.params.billingAccountId;
    const found = await (await ctx.store()).find('billing_accounts', { id });
    if (!found) throw ctx.fail('billingAccountDoesNotExist', { billingAccountId: id });
    return billingAccountDetails(found);
  },
});
