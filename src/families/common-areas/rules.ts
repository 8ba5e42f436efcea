// What a common area is held to, as plain functions of values: its name, its PIN,
// its activation codes, its holiday and custom hours.
import { createHash } from 'node:crypto';
import { CALLING_CODES } from '../../kit/countries.ts';

/** The numbers family's assignee type (Number Management's word) for a common area. */
export const ASSIGNEE_TYPE = 'CommonArea';

/** "Enter at least three characters." */
export const MIN_NAME_LENGTH = 3;
export const displayNameOk = (name: string): boolean => name.trim().length >= MIN_NAME_LENGTH;

/** "You can add up to 50 common areas at a time" (generate activation codes; apply a template). */
export const AREAS_PER_REQUEST = 50;

/**
 * How long an activation code stays valid. The pages give each code an expiration
 * but not its length; the sandbox gives a code seven days.
 */
export const ACTIVATION_CODE_TTL_MS = 7 * 86_400_000;

/** A 16-digit code in the pages' `5678-2345-1234-1234` form, drawn from a fresh id. */
export function activationCode(seed: string): string {
  const digest = createHash('sha256').update(seed).digest();
  let digits = '';
  for (let i = 0; digits.length < 16; i++) digits += String(digest[i % digest.length] % 10);
  return digits.match(/\d{4}/g)!.join('-');
}

/** The pages' time format, `yyyy-MM-ddTHH:mm:ssZ`, without milliseconds. */
export const isoSeconds = (t: number): string => new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Two-letter codes of the countries Zoom Phone serves in the sandbox (those it knows a calling code of). */
export const isSupportedCountry = (code: string): boolean => Object.hasOwn(CALLING_CODES, code.toUpperCase());
export const callingCodeOf = (code: string): string | undefined => CALLING_CODES[code.toUpperCase()];

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
export const countryName = (code: string): string | undefined => {
  try {
    return regionNames.of(code.toUpperCase());
  } catch {
    return undefined;
  }
};

// ---- PIN code: src/kit/pin.ts holds the rules, shared with setting templates ----
export { pinProblem, PIN_MAX, PIN_MIN, type PinProblem } from '../../kit/pin.ts';

// ---- settings ----------------------------------------------------------------------

/** The setting types the settings pages name: desk phones, holiday hours and custom hours. */
export const SETTING_TYPES = ['desk_phone', 'holiday_hours', 'custom_hours'] as const;
export type SettingType = (typeof SETTING_TYPES)[number];
export const settingType = (given: string): SettingType | undefined => SETTING_TYPES.find((t) => t === given);

/** "The minimum is one item, and the maximum is 10 items." */
export const HOLIDAYS_PER_REQUEST = 10;

/** A holiday instant in the pages' `yyyy-MM-dd'T'HH:mm:ss'Z'` format, as a time; undefined when it is not one. */
export function holidayInstant(value: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(value)) return undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) || isoSeconds(t) !== value ? undefined : t;
}

export interface CustomHours {
  custom_hour_type: 1 | 2;
  custom_hours: { weekday: number; type: number; from?: string; to?: string }[];
}

/** Custom hours nobody set: "1 — 24 hours, 7 days a week". */
export const ALWAYS_OPEN: CustomHours = {
  custom_hour_type: 1,
  custom_hours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, type: 1 })),
};

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** What a custom-hours day breaks: customized hours (type 2) need `from` before `to`, in `HH:mm`. */
export function customDayProblem(day: { weekday?: number; type?: number; from?: string; to?: string }): string | undefined {
  if (day.weekday === undefined) return 'weekday is required.';
  if (day.type !== 2) return undefined;
  if (!day.from || !day.to || !HH_MM.test(day.from) || !HH_MM.test(day.to)) return 'Customized hours need from and to in HH:mm format.';
  if (day.from >= day.to) return 'from must be before to.';
  return undefined;
}
