// Port-in orders: read-only here (the pages have no create operation); orders come
// from the seed. A completed order's numbers are ZoomPorted rows of phone_numbers.
import { defineHandlers, type RequestContext } from '../../kit/context.ts';
import type { ZoomError } from '../../errors.ts';
import { orderDetails, orderSummary } from './present.ts';
import { countPortOrders, findPortOrder, listPortOrders } from './store.ts';

/** The Phone and Number Management lists of orders are one list. */
const orders = (ctx: Pick<RequestContext, 'db'>, accountId: string) => ({
  items: 'ported_numbers' as const,
  fetch: (after: number, limit: number) => listPortOrders(ctx.db, accountId, after, limit),
  count: () => countPortOrders(ctx.db, accountId),
  present: (rows: Awaited<ReturnType<typeof listPortOrders>>) => rows.map(orderSummary),
});

/** The order, or `notFound`: the Phone page says "Portin order", Number Management "Port in order". */
async function orderOf(ctx: Pick<RequestContext, 'db'>, accountId: string, orderId: string, notFound: () => ZoomError) {
  const order = await findPortOrder(ctx.db, accountId, orderId);
  if (!order) throw notFound();
  return orderDetails(order);
}

export const portedHandlers = defineHandlers({
  async listPortedNumbers(ctx) {
    return ctx.list(orders(ctx, ctx.caller.accountId));
  },
  async getPortedNumbersDetails(ctx) {
    return orderOf(ctx, ctx.caller.accountId, ctx.params.orderId, () => ctx.fail('portinOrderDoesNotExist'));
  },
  async listPortedNumbersForNumberManagement(ctx) {
    return ctx.list(orders(ctx, (await ctx.account()).id));
  },
  async getPortedNumbersDetailsForNumberManagement(ctx) {
    return orderOf(ctx, (await ctx.account()).id, ctx.params.orderId, () => ctx.fail('portInOrderDoesNotExist'));
  },
});
