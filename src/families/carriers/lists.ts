// What the carriers' lists share: the carrier numbers a page shows, and the
// names of the customer accounts on it (one query per page, not per row).
import type { RequestContext } from '../../kit/context.ts';
import type { AccountStore } from '../../kit/store.ts';
import { accountNames, countCarrierNumbers, listCarrierNumbers, type CarrierNumberFilters } from './store.ts';

/** The carrier numbers matching `filters`, on the carrier's account store, as a list's rows: its page token is bound to them. */
export function carrierRows(carrier: AccountStore, filters: CarrierNumberFilters) {
  return {
    filters: { ...filters },
    fetch: (after: number, limit: number) => listCarrierNumbers(carrier, filters, after, limit),
    count: () => countCarrierNumbers(carrier, filters),
  };
}

/** The names of the customer accounts a page of carrier numbers shows. */
export const customerNames = (ctx: Pick<RequestContext, 'db'>, rows: { customer_account_id: string }[]) =>
  accountNames(ctx.db, [...new Set(rows.map((r) => r.customer_account_id))]);
