// SMS consent policies (Number Management): what a consumer is told and which
// keywords opt in, opt out or ask for help, and which numbers follow the policy.
import type { HandlerMap, RequestContext } from '../../kit/context.ts';
import { documented } from '../../kit/errors.ts';
import { isoSeconds } from '../../clock.ts';
import { CONSENT_CAPACITY, NM_NUMBERS_MAX, NM_TOO_MANY, inOutBoundProblem, mergeInOutBound, unique, type InOutBound } from './rules.ts';
import {
  addConsentNumbers,
  consentIdsOf,
  consentUsed,
  consentsOfNumbers,
  countConsentNumbers,
  countConsents,
  deleteConsents,
  findConsent,
  insertConsent,
  listConsentNumbers,
  listConsents,
  numbersByIds,
  removeConsentNumbers,
  updateConsent,
  type ConsentRow,
} from './store.ts';

const INVALID_FIELD = { status: 400, code: 999, message: 'Invalid field.' };

function present(row: ConsentRow, used: number) {
  return {
    account_id: row.account_id,
    consent_id: row.id,
    consent_name: row.name,
    description: row.description ?? undefined,
    status: row.status === 1,
    in_out_bound: JSON.parse(row.in_out_bound) as InOutBound,
    capacity: row.capacity,
    used_number: used,
    create_time: isoSeconds(Number(row.created_at)),
    modify_time: isoSeconds(Number(row.modified_at)),
  };
}

async function consentOr404(ctx: RequestContext, accountId: string): Promise<ConsentRow> {
  const row = await findConsent(ctx.db, accountId, ctx.params.consentId);
  if (!row) throw documented(ctx, /consent does not exist/i, { status: 404, code: 1002013, message: 'The consent does not exist.' });
  return row;
}

function checkContent(ctx: RequestContext, name: string | undefined, bound: InOutBound | undefined) {
  if (name !== undefined && name.trim() === '') throw documented(ctx, /invalid field/i, INVALID_FIELD);
  if (bound && inOutBoundProblem(bound)) throw documented(ctx, /invalid field/i, INVALID_FIELD);
}

function phoneNumberIds(ctx: RequestContext): string[] {
  const ids = unique(ctx.body.phone_number_ids as string[]);
  if (ids.length > NM_NUMBERS_MAX) throw documented(ctx, /too many numbers/i, NM_TOO_MANY);
  return ids;
}

export const consentHandlers: HandlerMap = {
  async listSmsConsentPolicies(ctx) {
    const account = await ctx.account();
    const p = await ctx.page(
      ctx.query,
      {},
      (after, limit) => listConsents(ctx.db, account.id, after, limit),
      () => countConsents(ctx.db, account.id),
    );
    const used = await consentUsed(ctx.db, account.id, p.rows.map((r) => r.id));
    return {
      next_page_token: p.next_page_token,
      page_size: p.page_size,
      total_records: p.total_records,
      sms_consent: p.rows.map((r) => {
        const { capacity: _capacity, ...item } = present(r, used.get(r.id) ?? 0);
        return item;
      }),
    };
  },

  async createAnSmsConsentPolicy(ctx) {
    const account = await ctx.account();
    const body = ctx.body as { consent_name: string; description?: string; status: boolean; in_out_bound: InOutBound };
    checkContent(ctx, body.consent_name, body.in_out_bound);
    const now = ctx.clock.now();
    const row = await insertConsent(ctx.db, {
      id: `C-${ctx.ids.next()}`,
      account_id: account.id,
      name: body.consent_name.trim(),
      description: body.description ?? null,
      status: body.status ? 1 : 0,
      in_out_bound: JSON.stringify(body.in_out_bound),
      capacity: CONSENT_CAPACITY,
      used: 0,
      created_at: now,
      modified_at: now,
    });
    return present(row, 0);
  },

  async getAnSmsConsentPolicy(ctx) {
    const account = await ctx.account();
    const row = await consentOr404(ctx, account.id);
    const used = await consentUsed(ctx.db, account.id, [row.id]);
    return present(row, used.get(row.id) ?? 0);
  },

  async updateAnSmsConsentPolicy(ctx) {
    const account = await ctx.account();
    const row = await consentOr404(ctx, account.id);
    const body = (ctx.body ?? {}) as { consent_name?: string; description?: string; status?: boolean; in_out_bound?: InOutBound };
    const bound = body.in_out_bound ? mergeInOutBound(JSON.parse(row.in_out_bound) as InOutBound, body.in_out_bound) : undefined;
    checkContent(ctx, body.consent_name, bound);
    await updateConsent(ctx.db, account.id, row.id, {
      ...(body.consent_name !== undefined && { name: body.consent_name.trim() }),
      ...(body.description !== undefined && { description: body.description }),
      ...(body.status !== undefined && { status: body.status ? 1 : 0 }),
      ...(bound && { in_out_bound: JSON.stringify(bound) }),
      modified_at: ctx.clock.now(),
    });
    return undefined;
  },

  async deleteSmsConsentPolicies(ctx) {
    const account = await ctx.account();
    const ids = unique(ctx.body.consent_ids as string[]);
    // All or nothing: one unknown id and no policy is deleted.
    const known = await consentIdsOf(ctx.db, account.id, ids);
    if (ids.length === 0 || known.size !== ids.length) throw documented(ctx, /invalid field/i, INVALID_FIELD);
    await ctx.db.transaction().execute((trx) => deleteConsents(trx, account.id, ids));
    return undefined;
  },

  async listPhoneNumbersAssignedToSmsConsentPolicy(ctx) {
    const account = await ctx.account();
    const consent = await consentOr404(ctx, account.id);
    const p = await ctx.page(
      ctx.query,
      { consent: consent.id },
      (after, limit) => listConsentNumbers(ctx.db, account.id, consent.id, after, limit),
      () => countConsentNumbers(ctx.db, account.id, consent.id),
    );
    return {
      next_page_token: p.next_page_token,
      page_size: p.page_size,
      total_records: p.total_records,
      sms_consent_number: p.rows.map((r) => ({ account_id: r.account_id, phone_number: r.number, phone_number_id: r.id })),
    };
  },

  async assignPhoneNumbersToSmsConsentPolicy(ctx) {
    const account = await ctx.account();
    const ids = phoneNumberIds(ctx);
    const consent = await consentOr404(ctx, account.id);
    const numbers = await numbersByIds(ctx.db, account.id, ids);
    // The page documents no error for these; 999 is its family's code for a field it refuses.
    const unknown = ids.find((id) => !numbers.has(id));
    if (unknown) throw documented(ctx, /phone number.*not exist/i, { status: 400, code: 999, message: 'Invalid field. Phone number {0} does not exist.' }, { 0: unknown });
    const held = await consentsOfNumbers(ctx.db, account.id, ids);
    const elsewhere = ids.find((id) => held.has(id) && held.get(id) !== consent.id);
    const taken = { status: 400, code: 999, message: 'Invalid field. Phone number {0} is assigned to another consent policy.' };
    if (elsewhere) throw documented(ctx, /another consent/i, taken, { 0: elsewhere });
    const fresh = ids.filter((id) => !held.has(id));
    const outcome = await ctx.db.transaction().execute((trx) => addConsentNumbers(trx, account.id, consent.id, fresh, ctx.clock.now()));
    if (outcome === 'capacity') throw documented(ctx, /capacity/i, { status: 400, code: 1003004, message: 'Insufficient consent capacity.' });
    if (outcome === 'taken') throw documented(ctx, /another consent/i, taken, { 0: fresh.join(',') });
    return undefined;
  },

  async unassignPhoneNumbersFromSmsConsentPolicy(ctx) {
    const account = await ctx.account();
    const ids = phoneNumberIds(ctx);
    const consent = await consentOr404(ctx, account.id);
    const held = await consentsOfNumbers(ctx.db, account.id, ids);
    const stranger = ids.find((id) => held.get(id) !== consent.id);
    if (stranger) throw documented(ctx, /not assigned/i, { status: 400, code: 999, message: 'Invalid field. Phone number {0} is not assigned to this consent policy.' }, { 0: stranger });
    await ctx.db.transaction().execute((trx) => removeConsentNumbers(trx, account.id, consent.id, ids));
    return undefined;
  },
};
