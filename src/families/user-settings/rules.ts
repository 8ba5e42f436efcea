// The user-settings family's invariants, as plain functions of values.

/** The setting types the settings/{settingType} operations take. */
export const SETTING_TYPES = ['delegation', 'intercom', 'voice_mail', 'auto_call_recording', 'ad_hoc_call_recording'] as const;
export type SettingType = (typeof SETTING_TYPES)[number];
export type AccessSetting = 'voice_mail' | 'auto_call_recording' | 'ad_hoc_call_recording';
export const isSettingType = (s: string): s is SettingType => (SETTING_TYPES as readonly string[]).includes(s);

/**
 * Delegation privileges: 1 place calls, 2 answer calls, 3 pick up held calls,
 * 4 manage VIP contacts, 5 opt in/out, 6 join and merge calls, 7 set business
 * hours, 8 reply to SMS (the update page's list; the GET page shows 1..7).
 */
export const MAX_PRIVILEGE = 8;
/** What a new delegation grants until an update says otherwise. */
export const DEFAULT_PRIVILEGES = [1, 2];
export const OPT_IN_OUT = 5;

export const toMask = (privileges: number[]): number => privileges.reduce((m, p) => m | (1 << (p - 1)), 0);
export const fromMask = (mask: number): number[] => {
  const out: number[] = [];
  for (let p = 1; p <= MAX_PRIVILEGE; p++) if (mask & (1 << (p - 1))) out.push(p);
  return out;
};

/** A privileges list an update may set: not empty, each 1..8, none twice. */
export const validPrivileges = (privileges: number[]): boolean =>
  privileges.length > 0 && new Set(privileges).size === privileges.length && privileges.every((p) => Number.isInteger(p) && p >= 1 && p <= MAX_PRIVILEGE);

/**
 * A shared line appearance's words for the delegation's privileges: 1 place_calls,
 * 2 answer_calls, 3 pickup_hold_calls, 8 reply_to_sms; the others (VIP contacts,
 * opt in/out, join and merge, business hours) have no word in the appearance.
 */
const APPEARANCE_WORDS: Record<number, 'place_calls' | 'answer_calls' | 'pickup_hold_calls' | 'reply_to_sms'> = {
  1: 'place_calls',
  2: 'answer_calls',
  3: 'pickup_hold_calls',
  8: 'reply_to_sms',
};
export const appearancePrivileges = (mask: number) => fromMask(mask).flatMap((p) => (APPEARANCE_WORDS[p] ? [APPEARANCE_WORDS[p]] : []));

export const bool = (n: number | boolean | null | undefined): boolean => Boolean(n);
export const bit = (b: boolean | undefined, fallback = false): number => ((b ?? fallback) ? 1 : 0);
