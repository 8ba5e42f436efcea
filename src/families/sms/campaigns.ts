// SMS campaigns as Zoom Phone (/phone/sms_campaigns) and Number Management
// (/accounts/{accountId}/number_management/sms_campaigns) show them: one record,
// two vocabularies. Each rule is written once and answered in the words of the
// page that was called: its documented error, or the family's declared choice.
import { defineHandlers, type ItemOf, type RequestContext, type ResponseOf } from '../../kit/context.ts';
import type { ZoomError } from '../../errors.ts';
import {
  NM_NUMBERS_MAX, NO_RENEW_LIFETIME_MS, PHONE_ASSIGN_MAX, campaignBlocker, contentTypesOf, nmCampaignStatusOf, phoneCampaignStatusOf, serviceTypeOf,
  toE164, unique, useCaseOf, type Blocker,
} from './rules.ts';
import { queryList } from '../../kit/query.ts';
import { addCampaignNumbers, campaignNumbers, campaignsOfNumbers, numbersByE164, numbersByIds, removeCampaignNumbers, type CampaignRow, type NumberRef } from './store.ts';
import type { AccountStore } from '../../kit/store.ts';
import {
  byocNumber, campaignLacksNumber, campaignNotActive, nmCampaignNotFound, numbersNotAvailable, pendingCampaignNumber, pendingNumber,
  phoneCampaignNotFound, tollFreeNumber,
} from './errors.ts';

/** What the campaign rules use of a request: its transactions and clock, not its operation's input. */
type Services = Pick<RequestContext, 'db' | 'clock'>;

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

/**
 * The campaign's status at `now`. Expiry is not stored: an active campaign without
 * auto-renew reads as expired from 90 days after its creation, whatever reads it.
 */
export function campaignStatusAt(row: CampaignRow, now: number): string {
  const lapsed = row.status === 'active' && campaignData(row).auto_renew === false && now >= Number(row.created_at) + NO_RENEW_LIFETIME_MS;
  return lapsed ? 'expired' : row.status;
}

/** The campaign, or `notFound`: the Phone pages say 400 "does not exist", Number Management 404 "Invalid campaign ID.". */
async function campaignOr404(store: AccountStore, id: string, notFound: () => ZoomError): Promise<CampaignRow> {
  const row = await store.find('sms_campaigns', { id });
  if (!row) throw notFound();
  return row;
}

/** How one page words each refusal of an assignment. */
interface AssignErrors {
  notActive: () => ZoomError;
  unavailable: () => ZoomError;
  blocked: Record<Blocker, (number: string) => ZoomError>;
  pendingCampaign: () => ZoomError;
  capacity: () => ZoomError;
}

/** The Phone assign page documents every refusal. */
const phoneAssignErrors = (ctx: RequestContext<'assignAPhoneNumberToSmsCampaign'>): AssignErrors => ({
  notActive: () => ctx.fail('campaignIsNotActive'),
  unavailable: () => ctx.fail('numbersBothNotAvailable'),
  blocked: {
    pending: (number) => ctx.fail('canNotAssignCampaignToPending', { 0: number }),
    tollFree: (number) => ctx.fail('canNotAssignCampaignToToll', { 0: number }),
    byoc: (number) => ctx.fail('canNotEnableSmsForByoc', { 0: number }),
  },
  pendingCampaign: () => ctx.fail('canNotAssignCampaignToPending400'),
  capacity: () => ctx.fail('selectedNumberSizeExceedsCampaignCapacity'),
});

/** Number Management's page documents capacity only; the rest are the family's declared choices. */
const nmAssignErrors = (ctx: RequestContext<'assignAPhoneNumberToSmsCampaignForNumberManagement'>): AssignErrors => ({
  notActive: () => campaignNotActive(),
  unavailable: () => numbersNotAvailable(),
  blocked: {
    pending: (number) => pendingNumber({ 0: number }),
    tollFree: (number) => tollFreeNumber({ 0: number }),
    byoc: (number) => byocNumber({ 0: number }),
  },
  pendingCampaign: () => pendingCampaignNumber(),
  capacity: () => ctx.fail('insufficientCampaignCapacity'),
});

/**
 * The shared assignment rule: the campaign must be active; every number must be
 * the account's, able to carry SMS, and free of any other campaign; capacity is
 * taken atomically. All or nothing. Returns the numbers now in the campaign.
 */
async function assign(ctx: Services, store: AccountStore, errors: AssignErrors, campaign: CampaignRow, wanted: (NumberRef | undefined)[]): Promise<NumberRef[]> {
  if (campaignStatusAt(campaign, ctx.clock.now()) !== 'active') throw errors.notActive();
  const numbers = wanted.filter((n): n is NumberRef => !!n);
  if (numbers.length < wanted.length) throw errors.unavailable();
  for (const n of numbers) {
    const blocker = campaignBlocker(n);
    if (blocker) throw errors.blocked[blocker](n.number);
  }
  const held = await campaignsOfNumbers(store, numbers.map((n) => n.id));
  const fresh: NumberRef[] = [];
  for (const n of numbers) {
    const link = held.get(n.id);
    if (!link) fresh.push(n);
    else if (link.campaign_id === campaign.id) continue;
    else if (link.status === 'pending') throw errors.pendingCampaign();
    else throw errors.unavailable();
  }
  const outcome = await ctx.db
    .transaction()
    .execute((trx) => addCampaignNumbers(store.on(trx), campaign.id, fresh.map((n) => n.id), ctx.clock.now()));
  if (outcome === 'capacity') throw errors.capacity();
  if (outcome === 'taken') throw errors.unavailable();
  return numbers;
}

/** Removes numbers the campaign holds; a number it does not hold refuses the whole request with `notHeld`. */
async function unassign(ctx: Services, store: AccountStore, campaign: CampaignRow, resolved: (NumberRef | undefined)[], notHeld: () => ZoomError) {
  const numbers = resolved.filter((n): n is NumberRef => !!n);
  const held = await campaignsOfNumbers(store, numbers.map((n) => n.id));
  if (numbers.length < resolved.length || numbers.some((n) => held.get(n.id)?.campaign_id !== campaign.id)) throw notHeld();
  await ctx.db.transaction().execute((trx) => removeCampaignNumbers(store.on(trx), campaign.id, unique(numbers.map((n) => n.id))));
}

type PhoneCampaignItem = ItemOf<'listSmsCampaigns', 'sms_campaigns'>;
type PhoneCampaign = ResponseOf<'getAnSmsCampaign'>;
type NmCampaignItem = ItemOf<'listSmsCampaignsForNumberManagement', 'sms_campaigns'>;
type NmCampaign = ResponseOf<'getAnSmsCampaignForNumberManagement'>;

function phoneItem(row: CampaignRow, now: number): PhoneCampaignItem {
  return {
    id: row.id,
    display_name: row.display_name,
    status: phoneCampaignStatusOf(campaignStatusAt(row, now)),
    brand: { id: row.brand_id, name: row.brand_name },
  };
}

function phoneCampaign(row: CampaignRow, numbers: { id: string; number: string }[], now: number): PhoneCampaign {
  const d = campaignData(row);
  const samples = d.sample_messages ?? [];
  return {
    ...phoneItem(row, now),
    service_type: serviceTypeOf(row.service_type),
    phone_numbers: numbers,
    auto_renew: d.auto_renew,
    create_time: new Date(Number(row.created_at)).toISOString(),
    use_case: useCaseOf(d.use_case),
    categories_fit: d.categories_fit,
    content_type: contentTypesOf(d.content_type),
    sample_message_1: samples[0],
    sample_message_2: samples[1],
    sample_message_3: samples[2],
    sample_message_4: samples[3],
    sample_message_5: samples[4],
  };
}

function nmItem(row: CampaignRow, now: number): NmCampaignItem {
  return {
    sms_campaign_id: row.id,
    display_name: row.display_name,
    status: nmCampaignStatusOf(campaignStatusAt(row, now)),
    brand: { brand_id: row.brand_id, name: row.brand_name },
  };
}

function nmCampaign(row: CampaignRow, numbers: { id: string; number: string }[], now: number): NmCampaign {
  const d = campaignData(row);
  return {
    ...nmItem(row, now),
    service_type: serviceTypeOf(row.service_type),
    phone_numbers: numbers.map((n) => ({ phone_number_id: n.id, number: n.number })),
    response_to_help: d.response_to_help,
    response_to_opt_in: d.response_to_opt_in,
    response_to_opt_out: d.response_to_opt_out,
  };
}

/** The account's campaigns as a list's rows: the Phone and Number Management lists show the same. */
const campaignRows = (store: AccountStore) => ({
  items: 'sms_campaigns' as const,
  fetch: (after: number, limit: number) => store.page('sms_campaigns', {}, after, limit),
  count: () => store.count('sms_campaigns', {}),
});

// A handler that builds its answer inline declares Promise<ResponseOf<...>>: tsc
// flags a misspelt or extra field of a returned literal only against a declared
// return type, never through the type defineHandlers infers and then compares.
export const campaignHandlers = defineHandlers({
  // ---- Zoom Phone -----------------------------------------------------------
  async listSmsCampaigns(ctx): Promise<ResponseOf<'listSmsCampaigns'>> {
    return ctx.list({ ...campaignRows(await ctx.store()), present: (rows) => rows.map((r) => phoneItem(r, ctx.clock.now())) });
  },

  async getAnSmsCampaign(ctx) {
    const store = await ctx.store();
    const row = await campaignOr404(store, ctx.params.smsCampaignId, () => phoneCampaignNotFound());
    return phoneCampaign(row, await campaignNumbers(store, row.id), ctx.clock.now());
  },

  async assignAPhoneNumberToSmsCampaign(ctx): Promise<ResponseOf<'assignAPhoneNumberToSmsCampaign'>> {
    const store = await ctx.store();
    const items = ctx.body.phone_numbers;
    if (items.length > PHONE_ASSIGN_MAX) throw ctx.fail('maximumSizeForPhoneNumbersIs');
    const campaign = await campaignOr404(store, ctx.params.smsCampaignId, () => ctx.fail('campaignDoesNotExist'));
    const byId = await numbersByIds(store, items.flatMap((i) => (i.id ? [i.id] : [])));
    const byE164 = await numbersByE164(store, items.flatMap((i) => (!i.id && i.number ? [toE164(i.number)] : [])));
    // An item names its number by id, or by E.164 when it gives no id.
    const wanted = items.map((i) => (i.id ? byId.get(i.id) : i.number ? byE164.get(toE164(i.number)) : undefined));
    // The same number named twice (by id and by E.164) is one assignment.
    const seen = new Set<string>();
    const keep = wanted.map((n) => !n || (!seen.has(n.id) && !!seen.add(n.id)));
    const numbers = await assign(ctx, store, phoneAssignErrors(ctx), campaign, wanted.filter((_, i) => keep[i]));
    return { phone_numbers: numbers.map((n) => ({ id: n.id, number: n.number })) };
  },

  async unassignAPhoneNumberForSmsCampaign(ctx) {
    const store = await ctx.store();
    const campaign = await campaignOr404(store, ctx.params.smsCampaignId, () => ctx.fail('campaignDoesNotExist'));
    const ref = ctx.params.phoneNumberId;
    // {phoneNumberId} is the number's id; its E.164 value is accepted too.
    const n = (await numbersByIds(store, [ref])).get(ref) ?? (await numbersByE164(store, [toE164(ref)])).get(toE164(ref));
    await unassign(ctx, store, campaign, [n], () => ctx.fail('campaignDoesNotHaveTheNumber'));
    return undefined;
  },

  // ---- Number Management ----------------------------------------------------
  async listSmsCampaignsForNumberManagement(ctx): Promise<ResponseOf<'listSmsCampaignsForNumberManagement'>> {
    return ctx.list({ ...campaignRows(await ctx.store()), present: (rows) => rows.map((r) => nmItem(r, ctx.clock.now())) });
  },

  async getAnSmsCampaignForNumberManagement(ctx) {
    const store = await ctx.store();
    const row = await campaignOr404(store, ctx.params.smsCampaignId, () => nmCampaignNotFound());
    return nmCampaign(row, await campaignNumbers(store, row.id), ctx.clock.now());
  },

  async assignAPhoneNumberToSmsCampaignForNumberManagement(ctx) {
    const store = await ctx.store();
    const ids = unique(ctx.body.phone_number_ids);
    if (ids.length > NM_NUMBERS_MAX) throw ctx.fail('tooManyNumbersShouldLessThan');
    const campaign = await campaignOr404(store, ctx.params.smsCampaignId, () => nmCampaignNotFound());
    const byId = await numbersByIds(store, ids);
    await assign(ctx, store, nmAssignErrors(ctx), campaign, ids.map((id) => byId.get(id)));
    return undefined;
  },

  async unassignPhoneNumberFromSmsCampaign(ctx) {
    const store = await ctx.store();
    const ids = queryList(ctx.query.phone_number_ids);
    if (ids.length > NM_NUMBERS_MAX) throw ctx.fail('tooManyNumbersShouldLessThan');
    const campaign = await campaignOr404(store, ctx.params.smsCampaignId, () => nmCampaignNotFound());
    const byId = await numbersByIds(store, ids);
    await unassign(ctx, store, campaign, ids.map((id) => byId.get(id)), () => campaignLacksNumber());
    return undefined;
  },
});
