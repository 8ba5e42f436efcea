// The common-areas family's tables: the account's common areas (each an extension of
// the one directory, kind 'commonArea'), the calling plans each holds (taken from the
// billing inventory) and their holiday hours. Phone numbers a common area holds are
// the numbers family's rows assigned to it; its extension number is the directory's.
import { owns } from '../../kit/owner.ts';
import type { Generated } from 'kysely';

export interface CommonAreaTable {
  seq: Generated<number>;
  id: string;
  account_id: string;
  /** The directory's extension id of the common area (its number lives there). */
  extension_id: string;
  display_name: string;
  site_id: string | null;
  /** Two-letter country; the site's when the request names none. */
  country_iso_code: string | null;
  timezone: string | null;
  area_code: string | null;
  cost_center: string | null;
  department: string | null;
  default_transcription_language: string | null;
  emergency_address_id: string | null;
  /** E.164 of one of its own numbers, the one its outbound calls show. */
  outbound_caller_id: string | null;
  /** Changes of the policy the common area made (JSON), over its site's. */
  policy: string;
  /** Custom hours (JSON, as updateCommonAreaSetting took them); null: 24 hours, 7 days a week. */
  custom_hours: string | null;
  pin_code: string | null;
  activation_code: string | null;
  activation_code_expires_at: number | null;
  created_at: number;
  updated_at: number;
}

export interface CommonAreaPlanTable {
  seq: Generated<number>;
  account_id: string;
  common_area_id: string;
  type: number;
  billing_account_id: string | null;
  billing_subscription_id: string | null;
  created_at: number;
}

export interface CommonAreaHolidayTable {
  seq: Generated<number>;
  account_id: string;
  id: string;
  common_area_id: string;
  name: string;
  /** ISO instants, `yyyy-MM-ddTHH:mm:ssZ`. */
  starts_at: string;
  ends_at: string;
  created_at: number;
}

export interface CommonAreasTables {
  common_areas: CommonAreaTable;
  common_area_calling_plans: CommonAreaPlanTable;
  common_area_holidays: CommonAreaHolidayTable;
}

declare module '../../store/schema.ts' {
  interface Database extends CommonAreasTables {}
}

export const owner = owns('common-areas', ['common_areas', 'common_area_calling_plans', 'common_area_holidays']);
