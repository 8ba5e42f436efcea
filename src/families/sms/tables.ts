// The sms room's tables: 10DLC campaigns (seeded: there is no create operation),
// SMS consent policies, which numbers each one holds, and the opt statuses that
// consumers give to the account's numbers.
import { owns } from '../../kit/owner.ts';
import type { Generated } from 'kysely';

export interface SmsCampaignTable {
  seq: Generated<number>;
  id: string;
  account_id: string;
  display_name: string;
  /** draft | active | expired | pending | declined */
  status: string;
  /** zoomPhone | contactCenter */
  service_type: string;
  brand_id: string;
  brand_name: string;
  /** how many numbers the campaign may hold */
  capacity: number;
  /** numbers held now: the guard a conditional UPDATE checks against capacity */
  used: number;
  /**
   * JSON: auto_renew, use_case, categories_fit, content_type[], sample_messages[5],
   * response_to_help, response_to_opt_in, response_to_opt_out, opt_in_message
   */
  data: string;
  created_at: number;
}

/** A number in a campaign; number_id is unique: a number serves one campaign at a time. */
export interface SmsCampaignNumberTable {
  seq: Generated<number>;
  account_id: string;
  campaign_id: string;
  number_id: string;
  created_at: number;
}

export interface SmsConsentTable {
  seq: Generated<number>;
  id: string;
  account_id: string;
  name: string;
  description: string | null;
  /** 0 | 1 */
  status: number;
  /** JSON: the in_out_bound object as given */
  in_out_bound: string;
  capacity: number;
  used: number;
  created_at: number;
  modified_at: number;
}

/** A number under a consent policy; number_id is unique: one policy per number. */
export interface SmsConsentNumberTable {
  seq: Generated<number>;
  account_id: string;
  consent_id: string;
  number_id: string;
  created_at: number;
}

/** What one consumer said to one of the account's numbers (opt_in | opt_out); no row is "pending". */
export interface SmsOptStatusTable {
  seq: Generated<number>;
  account_id: string;
  /** E.164 of the account's number */
  zoom_number: string;
  /** E.164 of the consumer */
  consumer_number: string;
  opt_status: string;
  updated_at: number;
}

export interface SmsTables {
  sms_campaigns: SmsCampaignTable;
  sms_campaign_numbers: SmsCampaignNumberTable;
  sms_consents: SmsConsentTable;
  sms_consent_numbers: SmsConsentNumberTable;
  sms_opt_statuses: SmsOptStatusTable;
}

declare module '../../store/schema.ts' {
  interface Database extends SmsTables {}
}

/** The tables only this family writes. */
export const owner = owns('sms', ['sms_campaigns', 'sms_campaign_numbers', 'sms_consents', 'sms_consent_numbers', 'sms_opt_statuses']);
