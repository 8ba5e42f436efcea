// What other families may use of account-settings: whether the account's multiple-sites
// option is on (every rule that depends on it asks here), and the billing account the
// account's settings name (a site without one of its own shows it).
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { allSites, multipleSitesOn } from '../sites/public.ts';
import { settingsOf } from './store.ts';

/**
 * Whether the account's multiple-sites option is on: switched on by updatePhoneAccountSettings,
 * or the account has more than one site (it can only be switched off with one site, so an
 * account that never touched the switch reads as before). `sites`: the account's sites when
 * the caller has read them already.
 */
export async function multipleSitesEnabled(db: Kysely<Database>, accountId: string, sites?: readonly unknown[]): Promise<boolean> {
  const { switches } = await settingsOf(db, accountId);
  if (switches.multiple_sites?.enabled === true) return true;
  return multipleSitesOn(sites ?? (await allSites(db, accountId)));
}

/** The id of the billing account the account's settings name, if they name one. */
export async function accountBillingAccountId(db: Kysely<Database>, accountId: string): Promise<string | undefined> {
  return (await settingsOf(db, accountId)).switches.billing_account?.id;
}
