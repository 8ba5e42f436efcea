// Opt statuses: what a consumer number answered (START / STOP) to one of the
// account's numbers. One record per pair, read through the campaign, the user
// and the consent views; a pair nobody recorded is "pending".
import { validationFailed } from '../../errors.ts';
import { defineHandlers, type ItemOf, type ResponseOf } from '../../kit/context.ts';
import { RECEIVER_LIMIT, optStatusOf, toE164, unique } from './rules.ts';
import { campaignLacksNumber, type Fails } from './errors.ts';
import { queryList } from '../../kit/query.ts';
import { publish } from '../../kit/events.ts';
import { campaignData } from './campaigns.ts';
import {
  campaignNumbers,
  campaignsOfNumbers,
  consentNumbersAmong,
  findUserByIdOrEmail,
  numbersByE164,
  numbersOfAssignee,
  optStatuses,
  setOptStatuses,
} from './store.ts';
import type { AccountStore } from '../../kit/store.ts';

/** One (zoom number, consumer) pair: the campaign and consent lists show it alike. */
type OptPair = ItemOf<'listOptStatusesOfPhoneNumbersAssignedToSmsCampaign', 'phone_number_campaign_opt_statuses'> &
  ItemOf<'listOptStatusesOfPhoneNumbersAssignedToSmsConsent', 'phone_number_consent_opt_statuses'>;
type UserOptPair = ItemOf<'listUsersOptStatusesOfPhoneNumbers', 'phone_number_campaign_opt_statuses'>;

/**
 * Contract defect: the consent opt-status page documents a 300 naming
 * `zoom_phone_user_numbers` as a missing field, so the operation takes query
 * parameters, but the generated contract declares none (its query is `{}`).
 * The campaign and user pages' names are read, plus the singular consumer one.
 */
interface ConsentOptQuery {
  zoom_phone_user_numbers?: unknown;
  consumer_phone_numbers?: unknown;
  consumer_phone_number?: unknown;
}

/** The three lists document the same limit, each in its own words. */
function numbersParam(ctx: Fails<'sizeOfUniqueReceiverPhoneNumbers'>, value: unknown): string[] {
  const list = unique(queryList(value).map(toE164));
  if (list.length > RECEIVER_LIMIT) throw ctx.fail('sizeOfUniqueReceiverPhoneNumbers', { 0: RECEIVER_LIMIT });
  return list;
}

type CampaignPath = Fails<'pathVariableSmsCampaignIdNotFound'> & { params: { smsCampaignId: string } };

async function campaignOr404(ctx: CampaignPath, store: AccountStore) {
  const row = await store.find('sms_campaigns', { id: ctx.params.smsCampaignId });
  if (!row) throw ctx.fail('pathVariableSmsCampaignIdNotFound');
  return row;
}

function pair(zoom: string, consumer: string, stored: string | undefined): OptPair {
  return { consumer_phone_number: consumer, zoom_phone_user_number: zoom, opt_status: optStatusOf(stored) };
}

/** Every (zoom number, consumer) pair asked for, with its stored answer or pending. */
function pairs(zoom: string[], consumers: string[], stored: Map<string, string>): OptPair[] {
  return zoom.flatMap((z) => consumers.map((c) => pair(z, c, stored.get(`${z}|${c}`))));
}

// A handler that builds its answer inline declares Promise<ResponseOf<...>>: tsc
// flags a misspelt or extra field of a returned literal only against a declared
// return type, never through the type defineHandlers infers and then compares.
export const optStatusHandlers = defineHandlers({
  async listOptStatusesOfPhoneNumbersAssignedToSmsCampaign(ctx): Promise<ResponseOf<'listOptStatusesOfPhoneNumbersAssignedToSmsCampaign'>> {
    const store = await ctx.store();
    const campaign = await campaignOr404(ctx, store);
    const consumers = numbersParam(ctx, ctx.query.consumer_phone_number);
    const asked = numbersParam(ctx, ctx.query.zoom_phone_user_numbers);
    // Only the campaign's own numbers have a status under it.
    const own = new Set((await campaignNumbers(store, campaign.id)).map((n) => n.number));
    const zoom = asked.filter((z) => own.has(z));
    const stored = await optStatuses(store, zoom, consumers);
    return { phone_number_campaign_opt_statuses: pairs(zoom, consumers, stored) };
  },

  async updateOptStatusesOfPhoneNumbersAssignedToSmsCampaign(ctx) {
    const store = await ctx.store();
    const campaign = await campaignOr404(ctx, store);
    const { consumer_phone_number, opt_status, zoom_phone_user_numbers } = ctx.body;
    // The validator refuses other values first, in these words (the family's invalidInput); kept for a caller that bypasses it.
    if (opt_status !== 'opt_in' && opt_status !== 'opt_out') throw ctx.fail('optStatusShouldBeEitherOpt');
    const zoom = unique(zoom_phone_user_numbers.map(toE164));
    const own = new Set((await campaignNumbers(store, campaign.id)).map((n) => n.number));
    const stranger = zoom.find((z) => !own.has(z));
    // A number outside the campaign changes nothing (undocumented here: the unassign page's words).
    if (stranger) throw campaignLacksNumber();
    const consumer = toE164(consumer_phone_number);
    const now = ctx.clock.now();
    await ctx.db.transaction().execute(async (trx) => {
      await setOptStatuses(store.on(trx), zoom, consumer, opt_status, now);
      // The same news as a consumer's STOP or START (phone.sms_campaign_number_opt_out / opt_in).
      for (const zoomNumber of zoom) await publish(trx, 'sms.opted', { accountId: store.accountId, status: opt_status, consumer, zoomNumber, at: now });
    });
    return undefined;
  },

  async listUsersOptStatusesOfPhoneNumbers(ctx): Promise<ResponseOf<'listUsersOptStatusesOfPhoneNumbers'>> {
    const store = await ctx.store();
    const userId = ctx.params.userId;
    const user = await findUserByIdOrEmail(store, userId);
    if (!user) throw ctx.fail('userDoesNotExist', { userId });
    const consumers = numbersParam(ctx, ctx.query.consumer_phone_numbers);
    const asked = numbersParam(ctx, ctx.query.zoom_phone_user_numbers);
    const mine = new Set(await numbersOfAssignee(store, user.id));
    const zoom = asked.filter((z) => mine.has(z));
    const refs = await numbersByE164(store, zoom);
    const campaigns = await campaignsOfNumbers(store, [...refs.values()].map((n) => n.id));
    const stored = await optStatuses(store, zoom, consumers);
    return {
      phone_number_campaign_opt_statuses: pairs(zoom, consumers, stored).map((p): UserOptPair => {
        const campaign = campaigns.get(refs.get(p.zoom_phone_user_number)!.id);
        // 0: no campaign to tell; 1: new session, the campaign's opt-in message goes first; 3/4: answered.
        const opt_in_status = !campaign ? 0 : p.opt_status === 'opt_in' ? 3 : p.opt_status === 'opt_out' ? 4 : 1;
        return {
          ...p,
          opt_in_status,
          ...(opt_in_status === 1 && { opt_in_message: campaignData(campaign!).opt_in_message }),
        };
      }),
    };
  },

  async listOptStatusesOfPhoneNumbersAssignedToSmsConsent(ctx): Promise<ResponseOf<'listOptStatusesOfPhoneNumbersAssignedToSmsConsent'>> {
    const store = await ctx.store();
    const consent = await store.find('sms_consents', { id: ctx.params.consentId });
    if (!consent) throw ctx.fail('consentDoesNotExist');
    // A contract-defect cast (see ConsentOptQuery): the contract lost this operation's query parameters.
    const query = ctx.query as ConsentOptQuery;
    // The page's documented 300 ("Validation Failed. { field: zoom_phone_user_numbers, message: Missing field. }"),
    // in the body shape every 300 has: the message, and the field in errors[].
    if (query.zoom_phone_user_numbers === undefined) throw validationFailed([{ field: 'zoom_phone_user_numbers', message: 'Missing field.' }]);
    const asked = numbersParam(ctx, query.zoom_phone_user_numbers);
    // Consumers narrow the answer when given.
    const consumerParam = query.consumer_phone_numbers ?? query.consumer_phone_number;
    const consumers = consumerParam === undefined ? undefined : numbersParam(ctx, consumerParam);
    const own = new Set(await consentNumbersAmong(store, consent.id, asked));
    const zoom = asked.filter((z) => own.has(z));
    const stored = await optStatuses(store, zoom, consumers);
    const list = consumers
      ? pairs(zoom, consumers, stored)
      : [...stored].map(([key, opt_status]) => {
          const [zoom_phone_user_number, consumer_phone_number] = key.split('|');
          return pair(zoom_phone_user_number, consumer_phone_number, opt_status);
        });
    return { phone_number_consent_opt_statuses: list };
  },
});
