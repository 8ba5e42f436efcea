// A user's effective policy, as getAUsersProfile shows it: the user's own changes
// over its site's policy, which stands on the account's settings document. One
// computation, for the profile and for the families that hold to the policy (call
// handling refuses what it disables).
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { ResponseOf } from '../../kit/context.ts';
import { findSite, forwardExtensionId, forwardTarget, policyChangesOfSite, policyOfSite, userPolicy, type Json, type SiteRow } from '../sites/public.ts';
import { accountPolicy, type AccountPolicy } from '../account-settings/public.ts';
import { parseUserData, type UserRow } from './store.ts';

export type UserPolicy = NonNullable<ResponseOf<'getAUsersProfile'>['policy']>;

const siteOf = (db: Kysely<Database>, accountId: string, r: UserRow) => (r.site_id ? findSite(db, accountId, r.site_id) : Promise.resolve(undefined));

/** The user's policy as its profile shows it, over its site and the account's document (read once by the caller). */
async function shownPolicy(db: Kysely<Database>, accountId: string, r: UserRow, site: SiteRow | undefined, account: AccountPolicy): Promise<UserPolicy> {
  const changes = parseUserData(r).policy as Json | undefined;
  return userPolicy(
    site && (await policyOfSite(db, accountId, site, account.policy)),
    account.policy,
    changes,
    await forwardTarget(db, accountId, forwardExtensionId(changes)),
  ) as UserPolicy;
}

/** The user's policy as its profile shows it. */
export async function effectivePolicy(db: Kysely<Database>, accountId: string, r: UserRow): Promise<UserPolicy> {
  return shownPolicy(db, accountId, r, await siteOf(db, accountId, r), await accountPolicy(db, accountId));
}

/**
 * What a user inherits of each setting, as the level above shows it: its site's
 * policy, or the account's document for a setting the site's page does not have.
 * A PATCH of a setting locked there is refused (sites' lockedAbove).
 */
export async function inheritedPolicy(db: Kysely<Database>, accountId: string, site: SiteRow | undefined): Promise<Json> {
  const account = (await accountPolicy(db, accountId)).policy;
  return { ...account, ...(site && (await policyOfSite(db, accountId, site, account))) };
}

/**
 * Only the settings the account, the user's site or the user changed, as the
 * profile shows them. No page gives a setting's value for a new account (the
 * sandbox's defaults are its own choice), so what holds a user to its policy reads
 * these: a setting turned off or restricted refuses, one never set does not.
 */
export async function changedPolicy(db: Kysely<Database>, accountId: string, r: UserRow): Promise<Partial<UserPolicy>> {
  const site = await siteOf(db, accountId, r);
  const account = await accountPolicy(db, accountId);
  const changed = new Set([...account.changed, ...Object.keys((site && policyChangesOfSite(site)) ?? {}), ...Object.keys(parseUserData(r).policy ?? {})]);
  const shown = await shownPolicy(db, accountId, r, site, account);
  return Object.fromEntries(Object.entries(shown).filter(([key]) => changed.has(key)));
}
