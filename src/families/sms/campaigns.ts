// SMS campaigns as Zoom Phone (/phone/sms_campaigns) and Number Management
// (/accounts/{accountId}/number_management/sms_campaigns) show them: one record,
// two vocabularies. Each rule is written once and answered in the words of the
// page that was called (documented() picks that page's entry, else the fallback).
import type { HandlerMap, RequestContext } from '../../kit/context.ts';
import { documented } from '../../kit/errors.ts';
import { BLOCKER_FALLBACK, NM_NUMBERS_MAX, NM_TOO_MANY, PHONE_ASSIGN_MAX, campaignBlocker, toE164, unique } from './rules.ts';
import { queryList } from '../../kit/query.ts';
import {
  addCampaignNumbers,
  campaignNumbers,
  campaignsOfNumbers,
  countCampaigns,
  findCampaign,
  listCampaigns,
  numbersByE164,
  numbersByIds,
  removeCampaignNumbers,
  type CampaignRow,
  type NumberRef,
} from './store.ts';

type Fallback = { status: number; code: number; message: string };

const PHONE_NOT_FOUND: Fallback = { status: 400, code: 400, message: 'The campaign does not exist.' };
// The NM page documents 404 "Invalid campaign ID." without a code.
const NM_NOT_FOUND: Fallback = { status: 404, code: 404, message: 'Invalid campaign ID.' };
const UNAVAILABLE: Fallback = { status: 400, code: 400, message: 'Numbers both not available.' };
const NOT_HELD: Fallback = { status: 400, code: 400, message: 'The campaign does not have the number.' };

export interface CampaignData {
  auto_renew?: boolean;
  use_case?: string;
  categories_fit?: boolean;
  content_type?: string[];
  sample_messages?: string[];
  response_to_help?: string;
  response_to_opt_in?: string;
  response_to_opt_out?: string;
  opt_in_message?: string;
}

export function campaignData(row: { data: string }): CampaignData {
  try {
    return JSON.parse(row.data) as CampaignData;
  } catch {
    return {};
  }
}

async function campaignOr404(ctx: RequestContext, accountId: string, id: string, fallback: Fallback): Promise<CampaignRow> {
  const row = await findCampaign(ctx.db, accountId, id);
  if (!row) throw documented(ctx, /campaign does not exist/i, fallback);
  return row;
}

/**
 * The shared assignment rule: the campaign must be active; every number must be
 * the account's, able to carry SMS, and free of any other campaign; capacity is
 * taken atomically. All or nothing. Returns the numbers now in the campaign.
 */
async function assign(ctx: RequestContext, accountId: string, campaign: CampaignRow, wanted: (NumberRef | undefined)[], labels: string[]): Promise<NumberRef[]> {
  if (campaign.status !== 'active') throw documented(ctx, /campaign is not active/i, { status: 400, code: 400, message: 'The campaign is not active.' });
  const missing = wanted.findIndex((n) => !n);
  if (missing >= 0) throw documented(ctx, /not available/i, UNAVAILABLE, { 0: labels[missing] });
  const numbers = wanted as NumberRef[];
  for (const n of numbers) {
    const blocker = campaignBlocker(n);
    if (blocker) {
      const key = Object.keys(BLOCKER_FALLBACK).find((k) => blocker.test(k))!;
      throw documented(ctx, blocker, { status: 400, code: 400, message: BLOCKER_FALLBACK[key] }, { 0: n.number });
    }
  }
  const held = await campaignsOfNumbers(ctx.db, accountId, numbers.map((n) => n.id));
  const fresh: NumberRef[] = [];
  for (const n of numbers) {
    const link = held.get(n.id);
    if (!link) fresh.push(n);
    else if (link.campaign_id === campaign.id) continue;
    else if (link.status === 'pending') throw documented(ctx, /pending campaign number/i, { status: 400, code: 400, message: 'Can not assign campaign to pending campaign number.' });
    else throw documented(ctx, /not available/i, UNAVAILABLE, { 0: n.number });
  }
  const outcome = await ctx.db
    .transaction()
    .execute((trx) => addCampaignNumbers(trx, accountId, campaign.id, fresh.map((n) => n.id), ctx.clock.now()));
  if (outcome === 'capacity')
    throw documented(ctx, /capacity/i, { status: 400, code: 400, message: 'The selected number size exceeds campaign capacity.' });
  if (outcome === 'taken') throw documented(ctx, /not available/i, UNAVAILABLE);
  return numbers;
}

/** Removes numbers the campaign holds; a number it does not hold refuses the whole request. */
async function unassign(ctx: RequestContext, accountId: string, campaign: CampaignRow, resolved: (NumberRef | undefined)[], labels: string[]) {
  const held = await campaignsOfNumbers(ctx.db, accountId, resolved.filter((n): n is NumberRef => !!n).map((n) => n.id));
  for (const [i, n] of resolved.entries()) {
    if (!n || held.get(n.id)?.campaign_id !== campaign.id) throw documented(ctx, /does not have the number/i, NOT_HELD, { 0: labels[i] });
  }
  await ctx.db.transaction().execute((trx) => removeCampaignNumbers(trx, accountId, campaign.id, unique(resolved.map((n) => n!.id))));
}

function phoneView(row: CampaignRow, numbers?: { id: string; number: string }[]) {
  const d = campaignData(row);
  const samples = d.sample_messages ?? [];
  return {
    id: row.id,
    display_name: row.display_name,
    status: row.status,
    service_type: row.service_type,
    brand: { id: row.brand_id, name: row.brand_name },
    ...(numbers && {
      phone_numbers: numbers,
      auto_renew: d.auto_renew,
      create_time: new Date(Number(row.created_at)).toISOString(),
      use_case: d.use_case,
      categories_fit: d.categories_fit,
      content_type: d.content_type ?? [],
      sample_message_1: samples[0],
      sample_message_2: samples[1],
      sample_message_3: samples[2],
      sample_message_4: samples[3],
      sample_message_5: samples[4],
    }),
  };
}

function nmView(row: CampaignRow, numbers?: { id: string; number: string }[]) {
  const d = campaignData(row);
  return {
    sms_campaign_id: row.id,
    display_name: row.display_name,
    status: row.status,
    brand: { brand_id: row.brand_id, name: row.brand_name },
    ...(numbers && {
      service_type: row.service_type,
      phone_numbers: numbers.map((n) => ({ phone_number_id: n.id, number: n.number })),
      response_to_help: d.response_to_help,
      response_to_opt_in: d.response_to_opt_in,
      response_to_opt_out: d.response_to_opt_out,
    }),
  };
}

async function page(ctx: RequestContext, accountId: string) {
  return ctx.page(
    ctx.query,
    {},
    (after, limit) => listCampaigns(ctx.db, accountId, after, limit),
    () => countCampaigns(ctx.db, accountId),
  );
}

export const campaignHandlers: HandlerMap = {
  // ---- Zoom Phone -----------------------------------------------------------
  async listSmsCampaigns(ctx) {
    const account = await ctx.account();
    const p = await page(ctx, account.id);
    return { next_page_token: p.next_page_token, page_size: p.page_size, total_records: p.total_records, sms_campaigns: p.rows.map((r) => phoneView(r)) };
  },

  async getAnSmsCampaign(ctx) {
    const account = await ctx.account();
    const row = await campaignOr404(ctx, account.id, ctx.params.smsCampaignId, PHONE_NOT_FOUND);
    return phoneView(row, await campaignNumbers(ctx.db, account.id, row.id));
  },

  async assignAPhoneNumberToSmsCampaign(ctx) {
    const account = await ctx.account();
    const items: { id?: string; number?: string }[] = ctx.body.phone_numbers;
    if (items.length > PHONE_ASSIGN_MAX)
      throw documented(ctx, /maximum size for phone numbers/i, { status: 400, code: 400, message: `The maximum size for phone numbers is ${PHONE_ASSIGN_MAX}.` });
    const campaign = await campaignOr404(ctx, account.id, ctx.params.smsCampaignId, PHONE_NOT_FOUND);
    const byId = await numbersByIds(ctx.db, account.id, items.flatMap((i) => (i.id ? [i.id] : [])));
    const byE164 = await numbersByE164(ctx.db, account.id, items.flatMap((i) => (!i.id && i.number ? [toE164(i.number)] : [])));
    // An item names its number by id, or by E.164 when it gives no id.
    const wanted = items.map((i) => (i.id ? byId.get(i.id) : i.number ? byE164.get(toE164(i.number)) : undefined));
    const labels = items.map((i) => i.id ?? i.number ?? '');
    // The same number named twice (by id and by E.164) is one assignment.
    const seen = new Set<string>();
    const keep = wanted.map((n) => !n || (!seen.has(n.id) && !!seen.add(n.id)));
    const numbers = await assign(ctx, account.id, campaign, wanted.filter((_, i) => keep[i]), labels.filter((_, i) => keep[i]));
    return { phone_numbers: numbers.map((n) => ({ id: n.id, number: n.number })) };
  },

  async unassignAPhoneNumberForSmsCampaign(ctx) {
    const account = await ctx.account();
    const campaign = await campaignOr404(ctx, account.id, ctx.params.smsCampaignId, PHONE_NOT_FOUND);
    const ref = ctx.params.phoneNumberId;
    // {phoneNumberId} is the number's id; its E.164 value is accepted too.
    const n = (await numbersByIds(ctx.db, account.id, [ref])).get(ref) ?? (await numbersByE164(ctx.db, account.id, [toE164(ref)])).get(toE164(ref));
    await unassign(ctx, account.id, campaign, [n], [ref]);
    return undefined;
  },

  // ---- Number Management ----------------------------------------------------
  async listSmsCampaignsForNumberManagement(ctx) {
    const account = await ctx.account();
    const p = await page(ctx, account.id);
    return { next_page_token: p.next_page_token, page_size: p.page_size, total_records: p.total_records, sms_campaigns: p.rows.map((r) => nmView(r)) };
  },

  async getAnSmsCampaignForNumberManagement(ctx) {
    const account = await ctx.account();
    const row = await campaignOr404(ctx, account.id, ctx.params.smsCampaignId, NM_NOT_FOUND);
    return nmView(row, await campaignNumbers(ctx.db, account.id, row.id));
  },

  async assignAPhoneNumberToSmsCampaignForNumberManagement(ctx) {
    const account = await ctx.account();
    const ids = unique(ctx.body.phone_number_ids as string[]);
    if (ids.length > NM_NUMBERS_MAX) throw documented(ctx, /too many numbers/i, NM_TOO_MANY);
    const campaign = await campaignOr404(ctx, account.id, ctx.params.smsCampaignId, NM_NOT_FOUND);
    const byId = await numbersByIds(ctx.db, account.id, ids);
    await assign(ctx, account.id, campaign, ids.map((id) => byId.get(id)), ids);
    return undefined;
  },

  async unassignPhoneNumberFromSmsCampaign(ctx) {
    const account = await ctx.account();
    const ids = queryList(ctx.query.phone_number_ids);
    if (ids.length > NM_NUMBERS_MAX) throw documented(ctx, /too many numbers/i, NM_TOO_MANY);
    const campaign = await campaignOr404(ctx, account.id, ctx.params.smsCampaignId, NM_NOT_FOUND);
    const byId = await numbersByIds(ctx.db, account.id, ids);
    await unassign(ctx, account.id, campaign, ids.map((id) => byId.get(id)), ids);
    return undefined;
  },
};
