// Handlers of the billing room, keyed by operationId: what the account has bought
// (calling plans, number packages) and how much of it is in use.
import type { HandlerMap, RequestContext } from '../../kit/context.ts';
import { documented } from '../../kit/errors.ts';
import { available } from './rules.ts';
import { findBillingAccount, listBillingAccounts, listInventory, numberPlans } from './store.ts';

async function callingPlans(ctx: RequestContext, accountId: string) {
  const rows = await listInventory(ctx.db, accountId);
  const accountIds = [...new Set(rows.map((r) => r.billing_account_id).filter((x): x is string => !!x))];
  const names = new Map<string, string>();
  for (const id of accountIds) {
    const found = await findBillingAccount(ctx.db, accountId, id);
    if (found) names.set(id, found.name);
  }
  return rows.map((r) => ({
    type: r.type,
    name: r.name,
    subscribed: r.subscribed,
    assigned: r.assigned,
    available: available(r),
    billing_subscription_id: r.billing_subscription_id ?? undefined,
    billing_subscription_name: r.billing_subscription_name ?? undefined,
    billing_account_id: r.billing_account_id ?? undefined,
    billing_account_name: r.billing_account_id ? names.get(r.billing_account_id) : undefined,
  }));
}

export const handlers: HandlerMap = {
  async listCallingPlans(ctx) {
    const account = await ctx.account();
    return { calling_plans: await callingPlans(ctx, account.id) };
  },

  async listPlanInformation(ctx) {
    const account = await ctx.account();
    const plans = await callingPlans(ctx, account.id);
    const numbers = await numberPlans(ctx.db, account.id);
    return {
      calling_plans: plans.map(({ billing_account_id: _a, billing_account_name: _n, ...p }) => p),
      phone_numbers: numbers.map((n) => ({ ...n, available: available(n) })),
    };
  },

  async listBillingAccounts(ctx) {
    const account = await ctx.account();
    const siteId: string | undefined = ctx.query.site_id;
    if (siteId) {
      const site = await ctx.db.selectFrom('sites').select('id').where('account_id', '=', account.id).where('id', '=', siteId).executeTakeFirst();
      // The page answers "site_id is invalid" without a code; 300 is the platform's validation code.
      if (!site) throw documented(ctx, /site_id is invalid/i, { status: 400, code: 300, message: 'site_id is invalid' });
    }
    return { billing_accounts: await listBillingAccounts(ctx.db, account.id, siteId) };
  },

  async getBillingAccountDetails(ctx) {
    const account = await ctx.account();
    const id = ctx.params.billingAccountId;
    const found = await findBillingAccount(ctx.db, account.id, id);
    if (!found) throw documented(ctx, /Billing account does not exist/, { status: 400, code: 400, message: 'Billing account does not exist: {billingAccountId}.' }, { billingAccountId: id });
    return found;
  },
};
