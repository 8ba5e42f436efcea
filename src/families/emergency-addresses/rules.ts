// What an emergency address is held to, as plain functions of values: its level,
// what it is the default of, the lines the pages require, and a known country.
import { CALLING_CODES } from '../../kit/countries.ts';

/** The pages' owner levels: 0 company (account or site), 1 personal (a user's), 2 unknown company / pending. */
export const LEVEL = { company: 0, personal: 1, pending: 2 } as const;

export type Level = 0 | 1 | 2;
export type Status = 1 | 2 | 3 | 4 | 5 | 6;

/** The pages' verification statuses. */
export const STATUS = { notRequired: 1, unverified: 2, requested: 3, verified: 4, rejected: 5, failed: 6 } as const;

/**
 * What an address is the default of when it is one: its user's (a personal address),
 * its site's, or the account's (a company address on no site). One default each.
 */
export function defaultScope(a: { level: number; site_id: string | null; owner_id: string | null }): string {
  if (a.level === LEVEL.personal) return `user:${a.owner_id}`;
  return a.site_id ? `site:${a.site_id}` : 'account';
}

/** The scope key of a site's default address. */
export const siteScope = (siteId: string): string => `site:${siteId}`;

export interface AddressLines {
  address_line1?: string;
  address_line2?: string;
  city?: string;
  state_code?: string;
  zip?: string;
  country?: string;
}

const REQUIRED = ['address_line1', 'city', 'state_code', 'zip', 'country'] as const;

/** The first required line that is blank, or undefined when every one has text. */
export function blankLine(a: AddressLines): (typeof REQUIRED)[number] | undefined {
  return REQUIRED.find((k) => a[k] !== undefined && a[k]!.trim() === '');
}

/** The country as kept: ISO 3166-1 alpha-2 in capitals; undefined when it is not one. */
export function countryCode(given: string): string | undefined {
  const code = given.trim().toUpperCase();
  return CALLING_CODES[code] ? code : undefined;
}

/** Whether the address's words contain the keyword (address_keyword), without case. */
export function matchesKeyword(a: AddressLines, keyword: string): boolean {
  const k = keyword.trim().toLowerCase();
  if (!k) return true;
  return [a.address_line1, a.address_line2, a.city, a.state_code, a.zip, a.country].some((v) => v?.toLowerCase().includes(k));
}

/** A status no write may change the address under: a verification under way ("Cannot update emergency address whose status is {status}."). */
export const lockedStatus = (status: number): boolean => status === STATUS.requested;
