// Handlers of the carriers room, keyed by operationId: peering here, carrier
// resellers and port-in orders in their own modules.
import type { HandlerMap, RequestContext } from '../../kit/context.ts';
import { documented } from '../../kit/errors.ts';
import { queryList } from '../../kit/query.ts';
import { BATCH_LIMIT } from './rules.ts';
import {
  addPeering, carrierOf, checkBatch, fromNmItem, fromPhoneItem, removePeering, someDataFailed, updatePeering, type Failure,
} from './peering.ts';
import { customerFields, nmPeeringView, phonePeeringView } from './present.ts';
import { accountNames, countCarrierNumbers, customersOf, listCarrierNumbers, type CarrierNumberFilters } from './store.ts';
import { resellerHandlers } from './reseller.ts';
import { portedHandlers } from './ported.ts';

const PHONE_UNKNOWN_CARRIER = /Unknown carrier/i;
const NM_UNKNOWN_CARRIER = /Carrier not found/i;

async function carrierPage(ctx: RequestContext, filters: CarrierNumberFilters) {
  return ctx.page(
    ctx.query,
    { ...filters },
    (after, limit) => listCarrierNumbers(ctx.db, ctx.caller.accountId, filters, after, limit),
    () => countCarrierNumbers(ctx.db, ctx.caller.accountId, filters),
  );
}

const unprocessed = (failures: Failure[]) => ({
  unprocessed_numbers: failures.map((f) => ({ phone_number: f.phone_number, failure_reason: f.reason })),
});

/** The Phone page's batch limit for the DELETE query, which the contract leaves unbounded. */
function phoneBatch(ctx: RequestContext, size: number): void {
  if (size > BATCH_LIMIT) {
    throw documented(ctx, /limited to 200/i, { status: 400, code: 300, message: 'Validation Failed. Batch adding phone numbers is limited to 200 per request.' });
  }
}

const peeringHandlers: HandlerMap = {
  // ---- Zoom Phone: the caller's own account is the customer -------------------

  async listPeeringPhoneNumbers(ctx) {
    const { phone_number, carrier_code } = ctx.query;
    const page = await carrierPage(ctx, { kind: 'peering', customer_account_ids: [ctx.caller.accountId], number: phone_number, carrier_code });
    return { next_page_token: page.next_page_token, total_records: page.total_records, numbers: page.rows.map(phonePeeringView) };
  },

  async addPeeringPhoneNumbers(ctx) {
    const carrier = await carrierOf(ctx, ctx.body?.carrier_code, PHONE_UNKNOWN_CARRIER);
    const items = (ctx.body?.phone_numbers ?? []).map(fromPhoneItem);
    return unprocessed(await addPeering(ctx, carrier, ctx.caller.accountId, 'ZOOM_PHONE', items));
  },

  async updatePeeringPhoneNumbers(ctx) {
    const carrier = await carrierOf(ctx, ctx.body?.carrier_code, PHONE_UNKNOWN_CARRIER);
    const items = (ctx.body?.phone_numbers ?? []).map(fromPhoneItem);
    return unprocessed(await updatePeering(ctx, carrier, [ctx.caller.accountId], items, undefined));
  },

  async removePeeringPhoneNumbers(ctx) {
    const numbers = queryList(ctx.query.phone_numbers);
    phoneBatch(ctx, numbers.length);
    const carrier = await carrierOf(ctx, ctx.query.carrier_code, PHONE_UNKNOWN_CARRIER);
    return unprocessed(await removePeering(ctx, carrier, [ctx.caller.accountId], numbers));
  },

  async listCarrierPeeringPhoneNumbers(ctx) {
    const customers = await customersOf(ctx.db, ctx.caller.accountId);
    const page = await carrierPage(ctx, { kind: 'peering', customer_account_ids: customers, number: ctx.query.phone_number });
    const names = await accountNames(ctx.db, [...new Set(page.rows.map((r) => r.customer_account_id))]);
    return {
      next_page_token: page.next_page_token,
      total_records: page.total_records,
      numbers: page.rows.map((r) => ({ ...phonePeeringView(r), ...customerFields(r, names) })),
    };
  },

  // ---- Number Management: {accountId} is the customer ---------------------------

  async listPeeringPhoneNumbersForNumberManagement(ctx) {
    const customer = await ctx.account();
    const carrier = await carrierOf(ctx, ctx.query.carrier_code, NM_UNKNOWN_CARRIER);
    const filters: CarrierNumberFilters = { kind: 'peering', customer_account_ids: [customer.id], number: ctx.query.phone_number, carrier_code: carrier.code };
    const page = await carrierPage(ctx, filters);
    return { next_page_token: page.next_page_token, total_records: page.total_records, numbers: page.rows.map(nmPeeringView) };
  },

  async addPeeringPhoneNumbersForNumberManagement(ctx) {
    const customer = await ctx.account();
    const raw = ctx.body.phone_numbers as Record<string, unknown>[];
    checkBatch(ctx, raw.length);
    const carrier = await carrierOf(ctx, ctx.body.carrier_code, NM_UNKNOWN_CARRIER);
    // Partners may leave numbers to any product; a Phone number is what most push.
    const product = ctx.body.allocated_product ?? 'ZOOM_PHONE';
    await addPeering(ctx, carrier, customer.id, product, raw.map(fromNmItem), (f) => someDataFailed(ctx, f));
    return undefined;
  },

  async updatePeeringPhoneNumbersForNumberManagement(ctx) {
    const customer = await ctx.account();
    const raw = ctx.body.phone_numbers as Record<string, unknown>[];
    checkBatch(ctx, raw.length);
    const carrier = await carrierOf(ctx, ctx.body.carrier_code, NM_UNKNOWN_CARRIER);
    await updatePeering(ctx, carrier, [customer.id], raw.map(fromNmItem), ctx.body.allocated_product, (f) => someDataFailed(ctx, f));
    return undefined;
  },

  async removePeeringPhoneNumbersForNumberManagement(ctx) {
    const customer = await ctx.account();
    const numbers = queryList(ctx.query.phone_numbers);
    checkBatch(ctx, numbers.length);
    const carrier = await carrierOf(ctx, ctx.query.carrier_code, NM_UNKNOWN_CARRIER);
    await removePeering(ctx, carrier, [customer.id], numbers, (f) => someDataFailed(ctx, f));
    return undefined;
  },

  async listPeeringPhoneNumbersForProvider(ctx) {
    const account = await ctx.account();
    const carrier = await carrierOf(ctx, undefined, NM_UNKNOWN_CARRIER);
    const customers = await customersOf(ctx.db, account.id);
    const filters: CarrierNumberFilters = { kind: 'peering', customer_account_ids: customers, number: ctx.query.phone_number, carrier_code: carrier.code };
    const page = await carrierPage(ctx, filters);
    const names = await accountNames(ctx.db, [...new Set(page.rows.map((r) => r.customer_account_id))]);
    return {
      next_page_token: page.next_page_token,
      total_records: page.total_records,
      numbers: page.rows.map((r) => ({ ...nmPeeringView(r), ...customerFields(r, names) })),
    };
  },
};

export const handlers: HandlerMap = { ...peeringHandlers, ...resellerHandlers, ...portedHandlers };
