// The sms room's invariants, in the documents' terms. Pure functions: the
// handlers decide which page's words to answer with.
import type { BodyOf, ItemOf, ResponseOf } from '../../kit/context.ts';
import { enumGuard } from '../../kit/enums.ts';

/** "The maximum size for phone numbers is 49." (Zoom Phone assign). */
export const PHONE_ASSIGN_MAX = 49;
/** "The maximum value is 200." / "Too many numbers, should less than 200" (Number Management). */
export const NM_NUMBERS_MAX = 200;
/**
 * "Size of unique receiver phone numbers cannot exceed {0}": the documents do not
 * give the value; this sandbox uses 50.
 */
export const RECEIVER_LIMIT = 50;
/** Consent capacity is reported but not documented; this sandbox gives every policy the same. */
export const CONSENT_CAPACITY = 1000;
/** auto_renew: "If 'false', the campaign will expire 90 days from the creation date." */
export const NO_RENEW_LIFETIME_MS = 90 * 24 * 60 * 60 * 1000;

// ---- the contract's enums, and what a stored value means in them -------------

type PhoneCampaign = ItemOf<'listSmsCampaigns', 'sms_campaigns'>;
type PhoneCampaignDetail = ResponseOf<'getAnSmsCampaign'>;
export type PhoneCampaignStatus = NonNullable<PhoneCampaign['status']>;
export type NmCampaignStatus = NonNullable<ItemOf<'listSmsCampaignsForNumberManagement', 'sms_campaigns'>['status']>;
export type ServiceType = NonNullable<PhoneCampaignDetail['service_type']>;
export type UseCase = NonNullable<PhoneCampaignDetail['use_case']>;
export type ContentType = NonNullable<PhoneCampaignDetail['content_type']>[number];
export type OptStatus = ItemOf<'listOptStatusesOfPhoneNumbersAssignedToSmsCampaign', 'phone_number_campaign_opt_statuses'>['opt_status'];
export type SetOptStatus = BodyOf<'updateOptStatusesOfPhoneNumbersAssignedToSmsCampaign'>['opt_status'];


const isPhoneCampaignStatus = enumGuard<PhoneCampaignStatus>({ draft: true, active: true, expired: true, pending: true, declined: true, '--': true });
const isServiceType = enumGuard<ServiceType>({ zoomPhone: true, contactCenter: true });
const isUseCase = enumGuard<UseCase>({ lowVolumeMixed: true });
const isContentType = enumGuard<ContentType>({ urlLink: true, phoneNumber: true, ageGated: true, lending: true });
const isSetOptStatus = enumGuard<SetOptStatus>({ opt_in: true, opt_out: true });

/** "Returns `--` if the campaign is in an exception status": any status the page does not name. */
export const phoneCampaignStatusOf = (stored: string): PhoneCampaignStatus => (isPhoneCampaignStatus(stored) ? stored : '--');

/**
 * Contract defect: Number Management's get page says the status "Returns `--` if
 * the campaign is in an exception status", yet its enum (and the list page's)
 * leaves `--` out. The page's word is answered; this is the one place it is cast.
 */
const NM_EXCEPTION_STATUS = '--' as NmCampaignStatus;

/** Number Management names no draft: a campaign not yet registered is, to it, in an exception status. */
const NM_CAMPAIGN_STATUS: Record<PhoneCampaignStatus, NmCampaignStatus> = {
  active: 'active',
  expired: 'expired',
  pending: 'pending',
  declined: 'declined',
  draft: NM_EXCEPTION_STATUS,
  '--': NM_EXCEPTION_STATUS,
};
export const nmCampaignStatusOf = (stored: string): NmCampaignStatus => NM_CAMPAIGN_STATUS[phoneCampaignStatusOf(stored)];

/** The optional campaign fields keep a stored value only when the pages know it. */
export const serviceTypeOf = (stored: unknown): ServiceType | undefined => (isServiceType(stored) ? stored : undefined);
export const useCaseOf = (stored: unknown): UseCase | undefined => (isUseCase(stored) ? stored : undefined);
export const contentTypesOf = (stored: unknown): ContentType[] => (Array.isArray(stored) ? stored.filter(isContentType) : []);

/** A stored answer is opt_in or opt_out; a pair with no answer on record (or one the pages do not know) is pending. */
export const optStatusOf = (stored: string | undefined): OptStatus => (isSetOptStatus(stored) ? stored : 'pending');

/** Zoom accepts "15043449240" as well as "+15043449240"; both are stored as E.164. */
export function toE164(value: string): string {
  const digits = value.replace(/[\s\-().]/g, '');
  return digits.startsWith('+') ? digits : `+${digits}`;
}

export function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

export type Blocker = 'pending' | 'tollFree' | 'byoc';

/** Why a number cannot carry a campaign's SMS; undefined when it can. */
export function campaignBlocker(n: { status: string; number_type: string; source: string }): Blocker | undefined {
  if (n.status === 'Pending') return 'pending';
  if (n.number_type === 'TollFree') return 'tollFree';
  if (n.source.startsWith('BYOC')) return 'byoc';
  return undefined;
}

/** A consent policy's keywords and messages, as stored and as every consent page shows them. */
export type InOutBound = NonNullable<NonNullable<BodyOf<'updateAnSmsConsentPolicy'>>['in_out_bound']>;

/**
 * A consent policy is usable only if every keyword list has a keyword, none is
 * blank, and no keyword means two things (STOP cannot also opt in).
 */
export function inOutBoundProblem(b: InOutBound): string | undefined {
  const lists: [string, string[] | undefined][] = [
    ['opt_in_message', b.opt_in_message?.keywords],
    ['opt_out_message', b.opt_out_message?.keywords],
    ['help_message', b.help_message?.keywords],
  ];
  const owner = new Map<string, string>();
  for (const [name, keywords] of lists) {
    if (!keywords || keywords.length === 0) return `${name}.keywords`;
    for (const k of keywords) {
      const key = k.trim().toUpperCase();
      if (!key) return `${name}.keywords`;
      const prior = owner.get(key);
      if (prior && prior !== name) return `${name}.keywords`;
      owner.set(key, name);
    }
  }
  return undefined;
}

/** Deep-merges a partial in_out_bound over the stored one ("only provided fields will be updated"). */
export function mergeInOutBound(stored: InOutBound, patch: InOutBound): InOutBound {
  const merge = <T extends object>(old: T | undefined, given: T | undefined): T | undefined => (given ? { ...old, ...given } : old);
  const out: InOutBound = { ...stored };
  const disclaimer = merge(stored.disclaimer, patch.disclaimer);
  const help = merge(stored.help_message, patch.help_message);
  const optIn = merge(stored.opt_in_message, patch.opt_in_message);
  const optOut = merge(stored.opt_out_message, patch.opt_out_message);
  if (disclaimer) out.disclaimer = disclaimer;
  if (help) out.help_message = help;
  if (optIn) out.opt_in_message = optIn;
  if (optOut) out.opt_out_message = optOut;
  return out;
}
