// What other families may use of account-settings: whether the account's multiple-sites
// option is on (every rule that depends on it asks here), the billing account the
// account's settings name (a site without one of its own shows it), and the account
// settings document sites' and users' policies stand on, with the change the admin
// portal makes to it (the control plane stands in for the portal).
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { AccountStore } from '../../kit/store.ts';
import { successSchema } from '../../kit/json-schema.ts';
import { isRecord } from '../../kit/merge.ts';
import { allSites, applyPolicyPatch, multipleSitesOn } from '../sites/public.ts';
import { documentOf } from './document.ts';
import { groupWording, type Json } from './rules.ts';
import { lockSettings, saveSettings, settingsOf } from './store.ts';
import { owner } from './tables.ts';
import { publish } from '../../kit/events.ts';

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

/**
 * Whether the account's multiple-sites option was switched off (updatePhoneAccountSettings),
 * its settings held until the caller's transaction ends, so that a site added while the
 * switch is turned off apply one after the other. Run inside a transaction.
 */
export async function multipleSitesSwitchedOff(db: Kysely<Database>, accountId: string, now: number): Promise<boolean> {
  const kept = await lockSettings(new AccountStore(owner.bind<Database>(db), accountId), now);
  return kept.switches.multiple_sites?.enabled === false;
}

/** The id of the billing account the account's settings name, if they name one. */
export async function accountBillingAccountId(db: Kysely<Database>, accountId: string): Promise<string | undefined> {
  return (await settingsOf(db, accountId)).switches.billing_account?.id;
}

/** Whether the account shows devices' IP addresses in its call logs (show_device_ip_for_call_log; off until switched on). */
export async function deviceIpsShown(db: Kysely<Database>, accountId: string): Promise<boolean> {
  return (await settingsOf(db, accountId)).switches.show_device_ip_for_call_log?.enable === true;
}

/** The account's settings as the levels below inherit them: `policy`, worded as the sites' and groups' pages word it; `changed`, the setting types the account changed. */
export interface AccountPolicy {
  policy: Json;
  changed: string[];
}

/** The account settings document as a site (and through it a user) inherits it: each setting's value and lock (`locked_by: account`). */
export async function accountPolicy(db: Kysely<Database>, accountId: string): Promise<AccountPolicy> {
  const kept = (await settingsOf(db, accountId)).policy;
  const policy = Object.fromEntries(Object.entries(documentOf(kept)).map(([key, value]) => [key, isRecord(value) ? groupWording(value) : value]));
  return { policy, changed: Object.keys(kept) };
}

/**
 * Changes the account's settings document as an admin does in the web portal (no
 * operation of the contract writes it): each setting given merged over what the
 * account kept (`locked` locks it for every site and user), one sent with
 * `reset: true` back to the default. Unknown setting types change nothing and are
 * answered. The account's row is held, so concurrent changes apply one after another.
 */
const pick = (doc: Json, types: string[]): Json => Object.fromEntries(types.map((t) => [t, doc[t]]));

export async function changeAccountPolicy(db: Kysely<Database>, accountId: string, patch: Json, now: number): Promise<{ unknown: string[] }> {
  const known = successSchema('listAnAccountsZoomPhoneSettings').properties ?? {};
  const unknown = Object.keys(patch).filter((key) => !known[key] || !isRecord(patch[key]));
  if (unknown.length) return { unknown };
  await db.transaction().execute(async (trx) => {
    const store = new AccountStore(owner.bind<Database>(trx), accountId);
    const kept = await lockSettings(store, now);
    const policy = applyPolicyPatch(kept.policy, patch);
    await saveSettings(store, { ...kept, policy }, now);
    const [before, after] = [documentOf(kept.policy), documentOf(policy)];
    const types = Object.keys(patch);
    await publish(trx, 'accountSettings.changed', { accountId, at: now, before: pick(before, types), after: pick(after, types) });
  });
  return { unknown: [] };
}

declare module '../../kit/events.ts' {
  interface Events {
    /** The account's settings document changed (the control plane's portal change): the setting types given, as the document showed them before and after; published in the change's transaction. */
    'accountSettings.changed': { accountId: string; at: number; before: Json; after: Json };
  }
}
