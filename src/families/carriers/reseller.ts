// Carrier resellers: a master account holds numbers of its own carrier and hands
// them to its sub accounts. The number is a phone_numbers row of whichever account
// holds it now; the reseller's record says where it went (assigned_status). The
// master is the request's account (its store); a sub account is named by its id.
import { defineHandlers, type ResponseOf } from '../../kit/context.ts';
import { ZoomError } from '../../errors.ts';
import type { Fails } from './errors.ts';
import { countryOf, insertNumbers, isE164, moveNumberToAccount, numberTypeOf, numbersTaken, parseData, updateNumber } from '../numbers/public.ts';
import { BATCH_LIMIT, CARRIER_SOURCE, capabilityOf, numberData, numberStatus } from './rules.ts';
import { resellerView } from './present.ts';
import { carrierNumbersIn, deleteCarrierNumbers, findCarrier, type CarrierNumberFilters } from './store.ts';
import { carrierRows, customerNames } from './lists.ts';

function batch(ctx: Fails<'phoneNumberBatchOperationIsLimited'>, size: number): void {
  if (size > BATCH_LIMIT) throw ctx.fail('phoneNumberBatchOperationIsLimited');
}

// A handler that builds its answer inline declares Promise<ResponseOf<...>>: tsc
// flags a misspelt or extra field of a returned literal only against a declared
// return type, never through the type defineHandlers infers and then compares.
export const resellerHandlers = defineHandlers({
  async listPhoneNumbersForCarrierReseller(ctx): Promise<ResponseOf<'listPhoneNumbersForCarrierReseller'>> {
    const store = await ctx.store();
    const { assigned_status, sub_account_id, keyword } = ctx.query;
    const filters: CarrierNumberFilters = {
      kind: 'reseller',
      assigned_status,
      keyword,
      customer_account_ids: sub_account_id ? [sub_account_id] : undefined,
    };
    return ctx.list({
      items: 'carrier_reseller_numbers',
      ...carrierRows(store, filters),
      present: async (rows) => {
        const names = await customerNames(ctx, rows);
        return rows.map((r) => resellerView(r, store.accountId, names, countryOf(r.number, parseData({ data: r.number_data }).location)));
      },
    });
  },

  async createPhoneNumbers(ctx) {
    const items = ctx.body;
    batch(ctx, items.length);
    const store = await ctx.store();
    const master = store.accountId;
    const carrier = await findCarrier(store, { clientId: ctx.caller.clientId });
    if (!carrier) throw ctx.fail('thisAccountIsNotACarrier');
    const taken = () => ctx.fail('phoneNumberAlreadyExists');
    const numbers = items.map((i) => i.phone_number ?? '');
    if (new Set(numbers).size !== numbers.length) throw taken();
    for (const n of numbers) {
      if (!isE164(n)) throw ctx.fail('invalidPhoneNumber');
      if (countryOf(n) === 'ZZ') throw ctx.fail('unableToRecognizeCountry');
    }

    await ctx.db.transaction().execute(async (trx) => {
      if ((await numbersTaken(trx, numbers)).size > 0) throw taken();
      const now = ctx.clock.now();
      const capability = capabilityOf({});
      const added = await insertNumbers(
        trx,
        master,
        items.map((i) => ({
          number: i.phone_number!,
          source: CARRIER_SOURCE,
          number_type: numberTypeOf(i.phone_number!),
          // "default value is 'inactive'"
          status: numberStatus(i.status === 'active'),
          allocated_product: 'ZOOM_PHONE',
          site_id: null,
          data: numberData(i.phone_number!, carrier, capability, countryOf(i.phone_number!)),
        })),
        () => ctx.ids.next(),
        now,
      );
      const active = new Map(items.map((i) => [i.phone_number!, i.status === 'active' ? 1 : 0]));
      await store.on(trx).insert(
        'carrier_numbers',
        added.map((a) => ({
          number_id: a.id,
          customer_account_id: master,
          kind: 'reseller',
          carrier_code: carrier.code,
          number: a.number,
          sip_trunk_name: null,
          billing_ref_id: null,
          service_info: null,
          active: active.get(a.number)!,
          assigned_status: 'unassigned',
          data: '{}',
          created_at: now,
        })),
      );
    }).catch(async (err: unknown) => {
      // A concurrent create took a number after the check: the unique index refused it.
      if (!(err instanceof ZoomError) && (await numbersTaken(ctx.db, numbers)).size > 0) throw taken();
      throw err;
    });
    return undefined;
  },

  async activatePhoneNumbers(ctx) {
    const numbers = [...new Set(ctx.body)];
    batch(ctx, numbers.length);
    const store = await ctx.store();
    await ctx.db.transaction().execute(async (trx) => {
      const carriers = store.on(trx);
      const known = await carrierNumbersIn(carriers, { kind: 'reseller' }, numbers);
      if (numbers.some((n) => !known.has(n))) throw ctx.fail('phoneNumberDoesNotExists');
      for (const row of known.values()) {
        await carriers.patch('carrier_numbers', { number_id: row.number_id }, { active: 1 });
        await updateNumber(trx, row.customer_account_id, row.number_id, { status: numberStatus(true) });
      }
    });
    return undefined;
  },

  /** "Delete or unassign": a number a sub account holds comes back to the master; one the master holds is deleted. */
  async deleteAPhoneNumber(ctx) {
    const given = ctx.params.number;
    const number = given.startsWith('+') ? given : `+${given.trim()}`;
    const store = await ctx.store();
    const master = store.accountId;
    await ctx.db.transaction().execute(async (trx) => {
      const carriers = store.on(trx);
      const row = (await carrierNumbersIn(carriers, { kind: 'reseller' }, [number])).get(number);
      if (!row) throw ctx.fail('phoneNumberDoesNotExists');
      if (row.customer_account_id === master) {
        await deleteCarrierNumbers(carriers, [row]);
        return;
      }
      if (!(await moveNumberToAccount(trx, row.customer_account_id, row.number_id, master))) throw ctx.fail('phoneNumberDoesNotExists');
      await carriers.patch('carrier_numbers', { number_id: row.number_id }, { customer_account_id: master, assigned_status: 'returned' });
    });
    return undefined;
  },
});
