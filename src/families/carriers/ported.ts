// Port-in orders: read-only here (the pages have no create operation); orders come
// from the seed. A completed order's numbers are ZoomPorted rows of phone_numbers.
import { defineHandlers, type RequestContext, type ResponseOf } from '../../kit/context.ts';
import type { ZoomError } from '../../errors.ts';
import type { PageRequest } from '../../platform/pagination.ts';
import { orderDetails, orderSummary } from './present.ts';
import { countPortOrders, findPortOrder, listPortOrders } from './store.ts';

/** The Phone and Number Management lists of orders are one answer. */
type OrderList = ResponseOf<'listPortedNumbers'> & ResponseOf<'listPortedNumbersForNumberManagement'>;

async function listOrders(ctx: Pick<RequestContext, 'db' | 'page'> & { query: PageRequest }, accountId: string): Promise<OrderList> {
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

/** The order, or `notFound`: the Phone page says "Portin order", Number Management "Port in order". */
async function orderOf(ctx: Pick<RequestContext, 'db'>, accountId: string, orderId: string, notFound: () => ZoomError) {
  const order = await findPortOrder(ctx.db, accountId, orderId);
  if (!order) throw notFound();
  return orderDetails(order);
}

export const portedHandlers = defineHandlers({
  async listPortedNumbers(ctx) {
    return listOrders(ctx, ctx.caller.accountId);
  },
  async getPortedNumbersDetails(ctx) {
    return orderOf(ctx, ctx.caller.accountId, ctx.params.orderId, () => ctx.fail('portinOrderDoesNotExist'));
  },
  async listPortedNumbersForNumberManagement(ctx) {
    return listOrders(ctx, (await ctx.account()).id);
  },
  async getPortedNumbersDetailsForNumberManagement(ctx) {
    return orderOf(ctx, (await ctx.account()).id, ctx.params.orderId, () => ctx.fail('portInOrderDoesNotExist'));
  },
});
