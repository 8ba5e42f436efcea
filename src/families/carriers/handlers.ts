// Handlers of the carriers room, keyed by operationId: peering here, carrier
// resellers and port-in orders in their own modules.
import { defineHandlers, type ResponseOf } from '../../kit/context.ts';
import { queryList } from '../../kit/query.ts';
import { BATCH_LIMIT } from './rules.ts';
import {
  addPeering, callerStore, carrierOf, checkBatch, fromNmItem, fromPhoneItem, removePeering, someDataFailed, updatePeering, type Failure,
} from './peering.ts';
import { carrierPhonePeeringView, nmPeeringView, phonePeeringView, providerPeeringView } from './present.ts';
import { customersOf, type CarrierNumberFilters } from './store.ts';
import { carrierRows, customerNames } from './lists.ts';
import { resellerHandlers } from './reseller.ts';
import { portedHandlers } from './ported.ts';

/** The Phone pages' add, update and remove answer alike: what was left undone, and why. */
type Unprocessed = ResponseOf<'addPeeringPhoneNumbers'> & ResponseOf<'updatePeeringPhoneNumbers'> & ResponseOf<'removePeeringPhoneNumbers'>;

const unprocessed = (failures: Failure[]): Unprocessed => ({
  unprocessed_numbers: failures.map((f) => ({ phone_number: f.phone_number, failure_reason: f.reason })),
});

// A handler that builds its answer inline declares Promise<ResponseOf<...>>: tsc
// flags a misspelt or extra field of a returned literal only against a declared
// return type, never through the type defineHandlers infers and then compares.
const peeringHandlers = defineHandlers({
  // ---- Zoom Phone: the caller's own account is the customer -------------------

  async listPeeringPhoneNumbers(ctx): Promise<ResponseOf<'listPeeringPhoneNumbers'>> {
    const store = await ctx.store();
    const { phone_number, carrier_code } = ctx.query;
    return ctx.list({
      items: 'numbers',
      ...carrierRows(store, { kind: 'peering', customer_account_ids: [store.accountId], number: phone_number, carrier_code }),
      present: (rows) => rows.map(phonePeeringView),
    });
  },

  async addPeeringPhoneNumbers(ctx) {
    const store = await ctx.store();
    const carrier = await carrierOf(ctx, store, ctx.body?.carrier_code, () => ctx.fail('unknownCarrier'));
    const items = (ctx.body?.phone_numbers ?? []).map(fromPhoneItem);
    return unprocessed(await addPeering(ctx, store, carrier, store.accountId, 'ZOOM_PHONE', items));
  },

  async updatePeeringPhoneNumbers(ctx) {
    const store = await ctx.store();
    const carrier = await carrierOf(ctx, store, ctx.body?.carrier_code, () => ctx.fail('unknownCarrier'));
    const items = (ctx.body?.phone_numbers ?? []).map(fromPhoneItem);
    return unprocessed(await updatePeering(ctx, store, carrier, [store.accountId], items, undefined));
  },

  async removePeeringPhoneNumbers(ctx) {
    const numbers = queryList(ctx.query.phone_numbers);
    // The page's limit on the DELETE query, which the contract leaves unbounded.
    if (numbers.length > BATCH_LIMIT) throw ctx.fail('validationFailedBatchAddingPhoneNumbers');
    const store = await ctx.store();
    const carrier = await carrierOf(ctx, store, ctx.query.carrier_code, () => ctx.fail('unknownCarrier'));
    return unprocessed(await removePeering(ctx, store, carrier, [store.accountId], numbers));
  },

  async listCarrierPeeringPhoneNumbers(ctx): Promise<ResponseOf<'listCarrierPeeringPhoneNumbers'>> {
    const store = await ctx.store();
    const customers = await customersOf(ctx.db, store.accountId);
    return ctx.list({
      items: 'numbers',
      ...carrierRows(store, { kind: 'peering', customer_account_ids: customers, number: ctx.query.phone_number }),
      present: async (rows) => {
        const names = await customerNames(ctx, rows);
        return rows.map((r) => carrierPhonePeeringView(r, names));
      },
    });
  },

  // ---- Number Management: {accountId} is the customer, the caller the carrier (callerStore) ----

  async listPeeringPhoneNumbersForNumberManagement(ctx): Promise<ResponseOf<'listPeeringPhoneNumbersForNumberManagement'>> {
    const customer = await ctx.account();
    const store = callerStore(ctx);
    const carrier = await carrierOf(ctx, store, ctx.query.carrier_code, () => ctx.fail('carrierNotFound'));
    const filters: CarrierNumberFilters = { kind: 'peering', customer_account_ids: [customer.id], number: ctx.query.phone_number, carrier_code: carrier.code };
    return ctx.list({ items: 'numbers', ...carrierRows(store, filters), present: (rows) => rows.map(nmPeeringView) });
  },

  async addPeeringPhoneNumbersForNumberManagement(ctx) {
    const customer = await ctx.account();
    const raw = ctx.body.phone_numbers;
    checkBatch(ctx, raw.length);
    const store = callerStore(ctx);
    const carrier = await carrierOf(ctx, store, ctx.body.carrier_code, () => ctx.fail('carrierNotFound'));
    // Partners may leave numbers to any product; a Phone number is what most push.
    const product = ctx.body.allocated_product ?? 'ZOOM_PHONE';
    await addPeering(ctx, store, carrier, customer.id, product, raw.map(fromNmItem), (f) => someDataFailed(ctx, f));
    return undefined;
  },

  async updatePeeringPhoneNumbersForNumberManagement(ctx) {
    const customer = await ctx.account();
    const raw = ctx.body.phone_numbers;
    checkBatch(ctx, raw.length);
    const store = callerStore(ctx);
    const carrier = await carrierOf(ctx, store, ctx.body.carrier_code, () => ctx.fail('carrierNotFound'));
    await updatePeering(ctx, store, carrier, [customer.id], raw.map(fromNmItem), ctx.body.allocated_product, (f) => someDataFailed(ctx, f));
    return undefined;
  },

  async removePeeringPhoneNumbersForNumberManagement(ctx) {
    const customer = await ctx.account();
    const numbers = queryList(ctx.query.phone_numbers);
    checkBatch(ctx, numbers.length);
    const store = callerStore(ctx);
    const carrier = await carrierOf(ctx, store, ctx.query.carrier_code, () => ctx.fail('carrierNotFound'));
    await removePeering(ctx, store, carrier, [customer.id], numbers, (f) => someDataFailed(ctx, f));
    return undefined;
  },

  async listPeeringPhoneNumbersForProvider(ctx): Promise<ResponseOf<'listPeeringPhoneNumbersForProvider'>> {
    const account = await ctx.account();
    const store = callerStore(ctx);
    const carrier = await carrierOf(ctx, store, undefined, () => ctx.fail('carrierNotFound'));
    const customers = await customersOf(ctx.db, account.id);
    const filters: CarrierNumberFilters = { kind: 'peering', customer_account_ids: customers, number: ctx.query.phone_number, carrier_code: carrier.code };
    return ctx.list({
      items: 'numbers',
      ...carrierRows(store, filters),
      present: async (rows) => {
        const names = await customerNames(ctx, rows);
        return rows.map((r) => providerPeeringView(r, names));
      },
    });
  },
});

export const handlers = defineHandlers({ ...peeringHandlers, ...resellerHandlers, ...portedHandlers });
