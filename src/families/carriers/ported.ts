// Port-in orders: read-only here (the pages have no create operation); orders come
// from the seed. A completed order's numbers are ZoomPorted rows of phone_numbers.
import { defineHandlers } from '../../kit/context.ts';
import type { AccountStore } from '../../kit/store.ts';
import type { ZoomError } from '../../errors.ts';
import { orderDetails, orderSummary } from './present.ts';
import type { PortOrder } from './store.ts';

/** The Phone and Number Management lists of orders are one list. */
const orders = (store: AccountStore) => ({
  items: 'ported_numbers' as const,
  fetch: (after: number, limit: number) => store.page('port_orders', {}, after, limit),
  count: () => store.count('port_orders', {}),
  present: (rows: PortOrder[]) => rows.map(orderSummary),
});

/** The order, or `notFound`: the Phone page says "Portin order", Number Management "Port in order". */
async function orderOf(store: AccountStore, orderId: string, notFound: () => ZoomError) {
  const order = await store.find('port_orders', { id: orderId });
  if (!order) throw notFound();
  return orderDetails(order);
}

export const portedHandlers = defineHandlers({
  async listPortedNumbers(ctx) {
    return ctx.list(orders(await ctx.store()));
  },
  async getPortedNumbersDetails(ctx) {
    return orderOf(await ctx.store(), ctx.params.orderId, () => ctx.fail('portinOrderDoesNotExist'));
  },
  async listPortedNumbersForNumberManagement(ctx) {
    return ctx.list(orders(await ctx.store()));
  },
  async getPortedNumbersDetailsForNumberManagement(ctx) {
    return orderOf(await ctx.store(), ctx.params.orderId, () => ctx.fail('portInOrderDoesNotExist'));
  },
});
