// SMS consent policies (Number Management): what a consumer is told and which
// keywords opt in, opt out or ask for help, and which numbers follow the policy.
import { defineHandlers, type ItemOf, type ResponseOf } from '../../kit/context.ts';
import { isoSeconds } from '../../clock.ts';
import { CONSENT_CAPACITY, NM_NUMBERS_MAX, inOutBoundProblem, mergeInOutBound, unique, type InOutBound } from './rules.ts';
import { consentCapacityExceeded, consentNumberNotFound, numberInAnotherConsent, numberNotInConsent, type Fails } from './errors.ts';
import {
  addConsentNumbers,
  consentIdsOf,
  consentUsed,
  consentsOfNumbers,
  countConsentNumbers,
  deleteConsents,
  listConsentNumbers,
  numbersByIds,
  removeConsentNumbers,
  type ConsentRow,
} from './store.ts';
import type { AccountStore } from '../../kit/store.ts';

type ConsentItem = ItemOf<'listSmsConsentPolicies', 'sms_consent'>;
/** Create answers the policy as get shows it; one view must satisfy both. */
type Consent = ResponseOf<'createAnSmsConsentPolicy'> & ResponseOf<'getAnSmsConsentPolicy'>;

/** The list shows a policy without its capacity. */
function consentItem(row: ConsentRow, used: number): ConsentItem {
  return {
    account_id: row.account_id,
    consent_id: row.id,
    consent_name: row.name,
    description: row.description ?? undefined,
    status: row.status === 1,
    in_out_bound: JSON.parse(row.in_out_bound) as InOutBound,
    used_number: used,
    create_time: isoSeconds(Number(row.created_at)),
    modify_time: isoSeconds(Number(row.modified_at)),
  };
}

function present(row: ConsentRow, used: number): Consent {
  return { ...consentItem(row, used), capacity: row.capacity };
}

/** The operations under /sms_consent/{consentId} that document 1002013 for an unknown policy. */
type ConsentPath = Fails<'consentDoesNotExist'> & { params: { consentId: string } };

async function consentOr404(ctx: ConsentPath, store: AccountStore): Promise<ConsentRow> {
  const row = await store.find('sms_consents', { id: ctx.params.consentId });
  if (!row) throw ctx.fail('consentDoesNotExist');
  return row;
}

function checkContent(ctx: Fails<'invalidField'>, name: string | undefined, bound: InOutBound | undefined) {
  if (name !== undefined && name.trim() === '') throw ctx.fail('invalidField');
  if (bound && inOutBoundProblem(bound)) throw ctx.fail('invalidField');
}

function phoneNumberIds(ctx: Fails<'tooManyNumbersShouldLessThan'> & { body: { phone_number_ids: string[] } }): string[] {
  const ids = unique(ctx.body.phone_number_ids);
  if (ids.length > NM_NUMBERS_MAX) throw ctx.fail('tooManyNumbersShouldLessThan');
  return ids;
}

// A handler that builds its answer inline declares Promise<ResponseOf<...>>: tsc
// flags a misspelt or extra field of a returned literal only against a declared
// return type, never through the type defineHandlers infers and then compares.
export const consentHandlers = defineHandlers({
  async listSmsConsentPolicies(ctx): Promise<ResponseOf<'listSmsConsentPolicies'>> {
    const store = await ctx.store();
    return ctx.list({
      items: 'sms_consent',
      fetch: (after, limit) => store.page('sms_consents', {}, after, limit),
      count: () => store.count('sms_consents', {}),
      present: async (rows) => {
        const used = await consentUsed(store, rows.map((r) => r.id));
        return rows.map((r) => consentItem(r, used.get(r.id) ?? 0));
      },
    });
  },

  async createAnSmsConsentPolicy(ctx) {
    const store = await ctx.store();
    const body = ctx.body;
    checkContent(ctx, body.consent_name, body.in_out_bound);
    const now = ctx.clock.now();
    const id = `C-${ctx.ids.next()}`;
    await store.insert('sms_consents', {
      id,
      name: body.consent_name.trim(),
      description: body.description ?? null,
      status: body.status ? 1 : 0,
      in_out_bound: JSON.stringify(body.in_out_bound),
      capacity: CONSENT_CAPACITY,
      used: 0,
      created_at: now,
      modified_at: now,
    });
    // The answer is the row as stored: what get shows of it.
    return present((await store.find('sms_consents', { id }))!, 0);
  },

  async getAnSmsConsentPolicy(ctx) {
    const store = await ctx.store();
    const row = await consentOr404(ctx, store);
    const used = await consentUsed(store, [row.id]);
    return present(row, used.get(row.id) ?? 0);
  },

  async updateAnSmsConsentPolicy(ctx) {
    const store = await ctx.store();
    const row = await consentOr404(ctx, store);
    const body = ctx.body ?? {};
    const bound = body.in_out_bound ? mergeInOutBound(JSON.parse(row.in_out_bound) as InOutBound, body.in_out_bound) : undefined;
    checkContent(ctx, body.consent_name, bound);
    await store.patch('sms_consents', { id: row.id }, {
      ...(body.consent_name !== undefined && { name: body.consent_name.trim() }),
      ...(body.description !== undefined && { description: body.description }),
      ...(body.status !== undefined && { status: body.status ? 1 : 0 }),
      ...(bound && { in_out_bound: JSON.stringify(bound) }),
      modified_at: ctx.clock.now(),
    });
    return undefined;
  },

  async deleteSmsConsentPolicies(ctx) {
    const store = await ctx.store();
    const ids = unique(ctx.body.consent_ids);
    // All or nothing: one unknown id and no policy is deleted.
    const known = await consentIdsOf(store, ids);
    if (ids.length === 0 || known.size !== ids.length) throw ctx.fail('invalidField');
    await ctx.db.transaction().execute((trx) => deleteConsents(store.on(trx), ids));
    return undefined;
  },

  async listPhoneNumbersAssignedToSmsConsentPolicy(ctx): Promise<ResponseOf<'listPhoneNumbersAssignedToSmsConsentPolicy'>> {
    const store = await ctx.store();
    const consent = await consentOr404(ctx, store);
    return ctx.list({
      items: 'sms_consent_number',
      filters: { consent: consent.id },
      fetch: (after, limit) => listConsentNumbers(store, consent.id, after, limit),
      count: () => countConsentNumbers(store, consent.id),
      present: (rows) => rows.map((r) => ({ account_id: r.account_id, phone_number: r.number, phone_number_id: r.id })),
    });
  },

  async assignPhoneNumbersToSmsConsentPolicy(ctx) {
    const store = await ctx.store();
    const ids = phoneNumberIds(ctx);
    const consent = await consentOr404(ctx, store);
    const numbers = await numbersByIds(store, ids);
    const unknown = ids.find((id) => !numbers.has(id));
    if (unknown) throw consentNumberNotFound({ 0: unknown });
    const held = await consentsOfNumbers(store, ids);
    const elsewhere = ids.find((id) => held.has(id) && held.get(id) !== consent.id);
    if (elsewhere) throw numberInAnotherConsent({ 0: elsewhere });
    const fresh = ids.filter((id) => !held.has(id));
    const outcome = await ctx.db.transaction().execute((trx) => addConsentNumbers(store.on(trx), consent.id, fresh, ctx.clock.now()));
    if (outcome === 'capacity') throw consentCapacityExceeded();
    // A concurrent request gave one of them another policy first: which one, the unique index does not say.
    if (outcome === 'taken') throw numberInAnotherConsent({ 0: fresh.join(',') });
    return undefined;
  },

  async unassignPhoneNumbersFromSmsConsentPolicy(ctx) {
    const store = await ctx.store();
    const ids = phoneNumberIds(ctx);
    const consent = await consentOr404(ctx, store);
    const held = await consentsOfNumbers(store, ids);
    const stranger = ids.find((id) => held.get(id) !== consent.id);
    if (stranger) throw numberNotInConsent({ 0: stranger });
    await ctx.db.transaction().execute((trx) => removeConsentNumbers(store.on(trx), consent.id, ids));
    return undefined;
  },
});
