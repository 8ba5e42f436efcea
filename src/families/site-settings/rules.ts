// What a site's settings hold to, as plain functions of values: the setting types the
// pages name, what a site that changed nothing shows (the pages give a default for the
// general setting and the hot desking unit only; the rest are the sandbox's), and the
// rules the pages give the values.
import { isRecord } from '../../kit/merge.ts';

export type Json = Record<string, unknown>;

/** The setting types of "Get a phone site setting", in the pages' words. */
export const SETTING_TYPES = [
  'audio_prompt',
  'billing_account',
  'business_hours',
  'closed_hours',
  'desk_phone',
  'dial_by_name',
  'holiday_hours',
  'location_based_routing',
  'outbound_caller_id',
  'security',
  'general_setting',
] as const;
export type SettingType = (typeof SETTING_TYPES)[number];

/**
 * The pages' other names of a setting type: "Used for `device_security` setting type"
 * (security) and "It's used for `local_based_routing` setting type" (location-based
 * routing, the name Zoom's SDK sends).
 */
const ALIASES: Record<string, SettingType> = { device_security: 'security', local_based_routing: 'location_based_routing' };

/** A path's setting type (or one of its other names), or undefined for one the pages do not name. */
export function settingTypeOf(given: string): SettingType | undefined {
  const name = ALIASES[given] ?? given;
  return (SETTING_TYPES as readonly string[]).includes(name) ? (name as SettingType) : undefined;
}

/** The types a POST adds to and a DELETE takes from ("add/delete are for holidays and device security"). */
export const LISTED_TYPES: readonly SettingType[] = ['holiday_hours', 'security'];

/** What a site that changed nothing shows of each plain setting (the sandbox's choice where the pages give none). */
export const SITE_DEFAULTS: Partial<Record<SettingType, Json>> = {
  // "custom_hour_type: 1 - 24 hours a day, 7 days a week".
  business_hours: { custom_hour_type: 1, overflow: { allow_caller_to_check_voicemail: true, allow_caller_to_reach_operator: false } },
  closed_hours: { overflow: { allow_caller_to_check_voicemail: true, allow_caller_to_reach_operator: false } },
  holiday_hours: { overflow: { allow_caller_to_check_voicemail: true, allow_caller_to_reach_operator: false } },
  // "unit ... default: hours"; eight hours is the sandbox's number.
  desk_phone: { hot_desking_session_timeout: { number: 8, unit: 'hours' } },
  // "setting_type ... default: account_setting".
  general_setting: { setting_type: 'account_setting' },
  // The site reads the account's directory until it keeps its own.
  dial_by_name: { inherit: true, status: false, rule: 'last_name' },
  location_based_routing: { enable: false, place_receive_pstn_calls: false, enable_media_off_load_pstn_calls: false },
  outbound_caller_id: { auto_receptionists_numbers: false, call_queue_numbers: false, share_line_group_numbers: false, show_outbound_caller_id_for_internal_call: false },
  audio_prompt: {},
};

/** The audio prompt language of a site that chose none: British English in the United Kingdom, American English elsewhere. */
export const defaultLanguage = (country: string | undefined): string => (country === 'GB' ? 'en-GB' : 'en-US');

/** The audio prompts of the audio_prompt setting: one for all hours, or one per period. */
export const SINGLE_PROMPTS = ['audio_while_connecting', 'hold_music'] as const;
export const PERIOD_PROMPTS = [
  'greeting_leave_voicemail_instruction',
  'greeting_menu_connect_to_operator_leave_or_check_voicemail',
  'greeting_menu_connect_to_operator_or_leave_voicemail',
  'greeting_menu_leave_or_check_voicemail',
  'leave_voicemail_introduction',
  'message_greeting',
] as const;
export const PERIODS = ['business_hours', 'closed_hours', 'holiday_hours'] as const;

/** Every audio id an audio_prompt value names. */
export function promptAudioIds(prompt: Json | undefined): string[] {
  const ids: string[] = [];
  const take = (v: unknown) => {
    if (isRecord(v) && typeof v.audio_id === 'string' && v.audio_id) ids.push(v.audio_id);
  };
  for (const key of SINGLE_PROMPTS) take(prompt?.[key]);
  for (const key of PERIOD_PROMPTS) {
    const byPeriod = prompt?.[key];
    if (isRecord(byPeriod)) for (const p of PERIODS) take(byPeriod[p]);
  }
  return ids;
}

/** The operator's extension id an overflow names, if any. */
export function operatorId(setting: Json | undefined): string | undefined {
  const overflow = setting?.overflow;
  const operator = isRecord(overflow) ? overflow.operator : undefined;
  return isRecord(operator) && typeof operator.extension_id === 'string' ? operator.extension_id : undefined;
}

/**
 * "`minutes` - available if the `number` values are: '5, 10, 15, 30'; `hours` - not
 * available if the `number` value is '30'" (the unit is hours when not given).
 */
export function hotDeskingValid(timeout: { number: number; unit?: string }): boolean {
  const unit = timeout.unit ?? 'hours';
  return unit === 'minutes' ? [5, 10, 15, 30].includes(timeout.number) : timeout.number !== 30;
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * The first custom hours item that breaks the page's shape, by its weekday: "Customized
 * hours" (type 2) need `from` and `to` in `HH:mm`, `from` first; a weekday appears once.
 */
export function badCustomHours(items: { from?: string; to?: string; type?: number; weekday?: number }[]): number | undefined {
  const seen = new Set<number>();
  for (const item of items) {
    const day = item.weekday ?? 0;
    if (!item.weekday || seen.has(day)) return day;
    seen.add(day);
    if (item.type === 2 && (!item.from || !item.to || !HHMM.test(item.from) || !HHMM.test(item.to) || item.from >= item.to)) return day;
  }
  return undefined;
}

/** "yyyy-MM-dd'T'HH:mm:ss'Z'": a UTC date-time (seconds optional), as the pages write it. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(\.\d+)?Z$/;

/** Why a holiday is refused, or undefined: a name, and a start before its end, both UTC date-times. */
export function holidayProblem(h: { name?: string; from?: string; to?: string }): string | undefined {
  if (!h.name?.trim()) return 'name';
  if (!h.from || !DATE_TIME.test(h.from) || Number.isNaN(Date.parse(h.from))) return 'from';
  if (!h.to || !DATE_TIME.test(h.to) || Number.isNaN(Date.parse(h.to))) return 'to';
  if (Date.parse(h.from) >= Date.parse(h.to)) return 'to';
  return undefined;
}

/** A date-time as the pages show one: "yyyy-MM-dd'T'HH:mm:ss'Z'". */
export const shownDateTime = (iso: string): string => new Date(Date.parse(iso)).toISOString().replace(/\.\d{3}Z$/, 'Z');
