// Port-in orders: read-only here (the pages have no create operation); orders come
// from the seed. A completed order's numbers are ZoomPorted rows of phone_numbers.
import type { HandlerMap, RequestContext } from '../../kit/context.ts';
import { documented } from '../../kit/errors.ts';
import { orderDetails, orderSummary } from './present.ts';
import { countPortOrders, findPortOrder, listPortOrders } from './store.ts';

async function listOrders(ctx: RequestContext, accountId: string) {
  const page = await ctx.page(
    ctx.query,
    {},
    (after, limit) => listPortOrders(ctx.db, accountId, after, limit),
    () => countPortOrders(ctx.db, accountId),
  );
  return {
    next_page_token: page.next_page_token,
    page_size: page.page_size,
    total_records: page.total_records,
    ported_numbers: page.rows.map(orderSummary),
  };
}

async function orderOf(ctx: RequestContext, accountId: string) {
  const order = await findPortOrder(ctx.db, accountId, ctx.params.orderId);
  if (!order) throw documented(ctx, /order does not exist/i, { status: 400, code: 400, message: 'Port in order does not exist' });
  return orderDetails(order);
}

export const portedHandlers: HandlerMap = {
  async listPortedNumbers(ctx) {
    return listOrders(ctx, ctx.caller.accountId);
  },
  async getPortedNumbersDetails(ctx) {
    return orderOf(ctx, ctx.caller.accountId);
  },
  async listPortedNumbersForNumberManagement(ctx) {
    return listOrders(ctx, (await ctx.account()).id);
  },
  async getPortedNumbersDetailsForNumberManagement(ctx) {
    return orderOf(ctx, (await ctx.account()).id);
  },
};
