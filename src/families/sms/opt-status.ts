// Opt statuses: what a consumer number answered (START / STOP) to one of the
// account's numbers. One record per pair, read through the campaign, the user
// and the consent views; a pair nobody recorded is "pending".
import { ZoomError } from '../../errors.ts';
import type { HandlerMap, RequestContext } from '../../kit/context.ts';
import { documented } from '../../kit/errors.ts';
import { RECEIVER_LIMIT, toE164, unique } from './rules.ts';
import { queryList } from '../../kit/query.ts';
import { campaignData } from './campaigns.ts';
import {
  campaignNumbers,
  campaignsOfNumbers,
  consentNumbersAmong,
  findCampaign,
  findConsent,
  findUserByIdOrEmail,
  numbersByE164,
  numbersOfAssignee,
  optStatuses,
  setOptStatuses,
} from './store.ts';

const CAMPAIGN_404 = { status: 404, code: 404, message: 'Path variable smsCampaignId not found' };

function numbersParam(ctx: RequestContext, value: unknown): string[] {
  const list = unique(queryList(value).map(toE164));
  if (list.length > RECEIVER_LIMIT)
    throw documented(ctx, /cannot exceed/i, { status: 400, code: 400, message: 'Size of unique receiver phone numbers cannot exceed {0}.' }, { 0: String(RECEIVER_LIMIT) });
  return list;
}

async function campaignOr404(ctx: RequestContext, accountId: string) {
  const row = await findCampaign(ctx.db, accountId, ctx.params.smsCampaignId);
  if (!row) throw documented(ctx, /smsCampaignId not found/i, CAMPAIGN_404);
  return row;
}

/** Every (zoom number, consumer) pair asked for, with its stored answer or pending. */
function pairs(zoom: string[], consumers: string[], stored: Map<string, string>) {
  return zoom.flatMap((z) =>
    consumers.map((c) => ({ consumer_phone_number: c, zoom_phone_user_number: z, opt_status: stored.get(`${z}|${c}`) ?? 'pending' })),
  );
}

export const optStatusHandlers: HandlerMap = {
  async listOptStatusesOfPhoneNumbersAssignedToSmsCampaign(ctx) {
    const account = await ctx.account();
    const campaign = await campaignOr404(ctx, account.id);
    const consumers = numbersParam(ctx, ctx.query.consumer_phone_number);
    const asked = numbersParam(ctx, ctx.query.zoom_phone_user_numbers);
    // Only the campaign's own numbers have a status under it.
    const own = new Set((await campaignNumbers(ctx.db, account.id, campaign.id)).map((n) => n.number));
    const zoom = asked.filter((z) => own.has(z));
    const stored = await optStatuses(ctx.db, account.id, zoom, consumers);
    return { phone_number_campaign_opt_statuses: pairs(zoom, consumers, stored) };
  },

  async updateOptStatusesOfPhoneNumbersAssignedToSmsCampaign(ctx) {
    const account = await ctx.account();
    const campaign = await campaignOr404(ctx, account.id);
    const { consumer_phone_number, opt_status, zoom_phone_user_numbers } = ctx.body as {
      consumer_phone_number: string;
      opt_status: string;
      zoom_phone_user_numbers: string[];
    };
    if (opt_status !== 'opt_in' && opt_status !== 'opt_out')
      throw documented(ctx, /opt status should be/i, { status: 400, code: 400, message: 'Opt status should be either opt_out or opt_in.' });
    const zoom = unique(zoom_phone_user_numbers.map(toE164));
    const own = new Set((await campaignNumbers(ctx.db, account.id, campaign.id)).map((n) => n.number));
    const stranger = zoom.find((z) => !own.has(z));
    // Undocumented on this page: a number outside the campaign changes nothing, in the unassign page's words.
    if (stranger) throw documented(ctx, /does not have the number/i, { status: 400, code: 400, message: 'The campaign does not have the number.' });
    await ctx.db.transaction().execute((trx) => setOptStatuses(trx, account.id, zoom, toE164(consumer_phone_number), opt_status, ctx.clock.now()));
    return undefined;
  },

  async listUsersOptStatusesOfPhoneNumbers(ctx) {
    const account = await ctx.account();
    const userId = ctx.params.userId;
    const user = await findUserByIdOrEmail(ctx.db, account.id, userId);
    if (!user) throw documented(ctx, /user does not exist/i, { status: 404, code: 404, message: 'User does not exist:{userId}.' }, { userId });
    const consumers = numbersParam(ctx, ctx.query.consumer_phone_numbers);
    const asked = numbersParam(ctx, ctx.query.zoom_phone_user_numbers);
    const mine = new Set(await numbersOfAssignee(ctx.db, account.id, user.id));
    const zoom = asked.filter((z) => mine.has(z));
    const refs = await numbersByE164(ctx.db, account.id, zoom);
    const campaigns = await campaignsOfNumbers(ctx.db, account.id, [...refs.values()].map((n) => n.id));
    const stored = await optStatuses(ctx.db, account.id, zoom, consumers);
    return {
      phone_number_campaign_opt_statuses: pairs(zoom, consumers, stored).map((p) => {
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

  async listOptStatusesOfPhoneNumbersAssignedToSmsConsent(ctx) {
    const account = await ctx.account();
    const consent = await findConsent(ctx.db, account.id, ctx.params.consentId);
    if (!consent) throw documented(ctx, /consent does not exist/i, { status: 404, code: 404, message: 'The consent does not exist' });
    // The contract declares no query parameters here, but the page's own error names
    // zoom_phone_user_numbers as a required field; consumers narrow the answer when given.
    if (ctx.query.zoom_phone_user_numbers === undefined)
      throw new ZoomError(400, 300, 'Validation Failed.', [{ field: 'zoom_phone_user_numbers', message: 'Missing field.' }]);
    const asked = numbersParam(ctx, ctx.query.zoom_phone_user_numbers);
    const consumerParam = ctx.query.consumer_phone_numbers ?? ctx.query.consumer_phone_number;
    const consumers = consumerParam === undefined ? undefined : numbersParam(ctx, consumerParam);
    const own = new Set(await consentNumbersAmong(ctx.db, account.id, consent.id, asked));
    const zoom = asked.filter((z) => own.has(z));
    const stored = await optStatuses(ctx.db, account.id, zoom, consumers);
    const list = consumers
      ? pairs(zoom, consumers, stored)
      : [...stored].map(([key, opt_status]) => {
          const [zoom_phone_user_number, consumer_phone_number] = key.split('|');
          return { consumer_phone_number, zoom_phone_user_number, opt_status };
        });
    return { phone_number_consent_opt_statuses: list };
  },
};
