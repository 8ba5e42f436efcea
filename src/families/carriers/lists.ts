// What the carriers' lists share: the carrier numbers a page shows, and the
// names of the customer accounts on it (one query per page, not per row).
import type { RequestContext } from '../../kit/context.ts';
import { accountNames, countCarrierNumbers, listCarrierNumbers, type CarrierNumberFilters } from './store.ts';

/** The carrier numbers matching `filters`, as a list's rows: its page token is bound to them. */
export function carrierRows(ctx: Pick<RequestContext, 'db' | 'caller'>, filters: CarrierNumberFilters) {
  return {
    filters: { ...filters },
    fetch: (after: number, limit: number) => listCarrierNumbers(ctx.db, ctx.caller.accountId, filters, after, limit),
    count: () => countCarrierNumbers(ctx.db, ctx.caller.accountId, filters),
  };
}

/** The names of the customer accounts a page of carrier numbers shows. */
export const customerNames = (ctx: Pick<RequestContext, 'db'>, rows: { customer_account_id: string }[]) =>
  accountNames(ctx.db, [...new Set(rows.map((r) => r.customer_account_id))]);

