// What other families may use of sites: reading them (their country, extension
// length and policy), holding one while hanging
// something on it, the policy rules a user's policy shares with its site's, and
// the events a site's deletion sends so that everything on it moves to the
// transfer site.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { lockSite, parseSiteData, type SiteRow } from './store.ts';
import { shownSitePolicy } from './forward.ts';
import type { Json } from './policy.ts';
import { DEFAULT_SHORT_EXTENSION_LENGTH } from './rules.ts';

export { allSites, findSite, siteNames, type SiteRow } from './store.ts';
export type { SiteAddress } from './tables.ts';
export { forwardTarget } from './forward.ts';
export { applyPolicyPatch, consentProblem, forwardExtensionId, lockedAbove, settingLocked, userPolicy, withoutLocked, type ConsentField, type Json } from './policy.ts';

/** What a user's rules read of its site: its country code, site code and short extension length. */
export function siteTerms(row: SiteRow): { country: string | undefined; siteCode: number | null; shortLength: number } {
  const data = parseSiteData(row);
  return { country: data.country?.code, siteCode: row.site_code === null ? null : Number(row.site_code), shortLength: data.short_extension?.length ?? DEFAULT_SHORT_EXTENSION_LENGTH };
}

/**
 * Whether an account with these sites has more than one: the multiple-sites option as it
 * reads when updatePhoneAccountSettings never switched it on. The option itself is
 * account-settings' multipleSitesEnabled (switched on, or this), which rules should ask.
 */
export const multipleSitesOn = (sites: readonly unknown[]): boolean => sites.length > 1;

// A site's default emergency address is the emergency-addresses family's (siteDefaultAddress in its public.ts).

/** The site's policy as its details show it (a user's policy stands on it); `account`: the account's document (account-settings' accountPolicy) when the caller read it already. */
export async function policyOfSite(db: Kysely<Database>, accountId: string, row: SiteRow, account?: Json): Promise<Json> {
  return shownSitePolicy(db, accountId, parseSiteData(row).policy as Json | undefined, account);
}

/** The policy settings the site changed (its PATCHes), as it keeps them; undefined when it changed none. */
export const policyChangesOfSite = (row: SiteRow): Json | undefined => parseSiteData(row).policy as Json | undefined;

/**
 * The site, held until the caller's transaction ends so that a concurrent delete
 * waits for it (and then moves what was put on it); undefined when it does not
 * exist or a delete got there first. Run inside a transaction.
 */
export const holdSite = (db: Kysely<Database>, accountId: string, siteId: string) => lockSite(db, accountId, siteId, 'keyShare');

declare module '../../kit/events.ts' {
  interface Events {
    /** A site is being deleted; whatever is on it moves to `transferSiteId`. */
    'sites.deleting': { accountId: string; siteId: string; transferSiteId: string };
  }
}

declare module '../../kit/seed.ts' {
  interface DemoGraph {
    /** The demo account's sites: main, Denver, London. */
    siteIds: string[];
    sites: { id: string; city: string; state: string; country: string }[];
  }
}
