// What a site may hold: the documented limits on site codes, short extensions and
// emergency addresses. A check that can fail several ways names the documented error.
import type { ErrorName } from '../../kit/context.ts';
import type { SiteAddressLines } from '../emergency-addresses/public.ts';

/** Countries the sandbox knows by ISO 3166 alpha-2 code, for the site's `country`. */
export const COUNTRIES: Record<string, string> = {
  US: 'United States', CA: 'Canada', GB: 'United Kingdom', IE: 'Ireland', AU: 'Australia', NZ: 'New Zealand',
  DE: 'Germany', FR: 'France', ES: 'Spain', IT: 'Italy', NL: 'Netherlands', BE: 'Belgium', CH: 'Switzerland',
  AT: 'Austria', SE: 'Sweden', NO: 'Norway', DK: 'Denmark', FI: 'Finland', PT: 'Portugal', PL: 'Poland',
  JP: 'Japan', IN: 'India', SG: 'Singapore', HK: 'Hong Kong', MX: 'Mexico', BR: 'Brazil', ZA: 'South Africa',
  IL: 'Israel', AE: 'United Arab Emirates', PH: 'Philippines', KR: 'Korea, Republic of', TW: 'Taiwan',
};

/**
 * "The short extension can be two to five digits. The length of site code added to the
 * length of short extension cannot exceed a value of 6."
 */
export const SHORT_EXTENSION_MIN = 2;
/** "The length of short extension numbers for the site", default: `3`. */
export const DEFAULT_SHORT_EXTENSION_LENGTH = 3;
export const SHORT_EXTENSION_MAX = 5;
export const EXTENSION_MAX_DIGITS = 6;

export function shortExtensionLengthValid(length: number): boolean {
  return Number.isInteger(length) && length >= SHORT_EXTENSION_MIN && length <= SHORT_EXTENSION_MAX;
}

export function siteCodeLengthValid(siteCode: number | null | undefined, shortLength: number): boolean {
  if (siteCode === null || siteCode === undefined) return true;
  if (!Number.isInteger(siteCode) || siteCode <= 0) return false;
  return String(siteCode).length + shortLength <= EXTENSION_MAX_DIGITS;
}

/** Where a new site's main auto receptionist's extension starts: inside the site's code when it has one. */
export function firstReceptionistExtension(siteCode: number | null, shortLength: number): number {
  return siteCode ? siteCode * 10 ** shortLength + 1 : 1000;
}

/** An address with a blank required line cannot be geocoded. */
export function addressComplete(a: SiteAddressLines): boolean {
  return [a.address_line1, a.city, a.state_code, a.zip, a.country].every((v) => typeof v === 'string' && v.trim() !== '');
}

export interface Range {
  range_from?: string;
  range_to?: string;
}

/** The documented short-extension range checks, in the order the page lists them: the error's catalogue name, or null. */
export function rangeProblem(ranges: Range[], length: number): ErrorName<'updatePhoneSiteDetails'> | null {
  for (const r of ranges) {
    if (!r.range_from || !r.range_to) return 'rangeFromOrRangeToCan';
    if (!/^\d+$/.test(r.range_from) || !/^\d+$/.test(r.range_to)) return 'rangeFromOrRangeToMust';
    if (r.range_from.length !== length || r.range_to.length !== length) return 'alignTheRangeWithTheNumber';
    if (Number(r.range_from) >= Number(r.range_to)) return 'rangeFromValueMustBeSmaller';
  }
  const sorted = [...ranges].sort((a, b) => Number(a.range_from) - Number(b.range_from));
  for (let i = 1; i < sorted.length; i++) {
    if (Number(sorted[i].range_from) <= Number(sorted[i - 1].range_to)) return 'eachSetOfRangesCannotHave';
  }
  return null;
}
