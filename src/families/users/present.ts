// A phone user as each operation documents it: the list and the profile show
// different fields (only the list has name, site and activation_status; only
// the profile has site_id, site_admin, emergency_address and policy, the user's
// policy changes over its site's).
import type { ItemOf, ResponseOf } from '../../kit/context.ts';
import type { AccountStore } from '../../kit/store.ts';
import { findBillingAccount, planName } from '../billing/public.ts';
import { activationFor, activationStatus, profileStatus } from './rules.ts';
import { numbersOfAssignees } from '../numbers/public.ts';
import { siteNames } from '../sites/public.ts';
import { phoneRoleOfUser } from '../phone-roles/public.ts';
import { findEmergencyAddress, shownAddress } from '../emergency-addresses/public.ts';
import { effectivePolicy } from './policy.ts';
import { parseUserData, plansByUser, type UserPlan, type UserRow } from './store.ts';

type ListedUser = ItemOf<'listPhoneUsers', 'users'>;
type Profile = ResponseOf<'getAUsersProfile'>;
type ListedPlan = NonNullable<ListedUser['calling_plans']>[number];
type ProfilePlan = NonNullable<Profile['calling_plans']>[number];

/**
 * The numbers and calling plans of the users shown, a query each (and one for the
 * plans' inventory) for any number of them, and the names of the billing accounts
 * their plans name (a user in India has one), one query per billing account.
 */
async function holdings(store: AccountStore, rows: UserRow[]) {
  const ids = rows.map((r) => r.id);
  const numbers = await numbersOfAssignees(store.db, store.accountId, ids);
  const plans = await plansByUser(store, ids);
  const billingIds = new Set([...plans.values()].flat().flatMap((p) => (p.billing_account_id ? [p.billing_account_id] : [])));
  const billing = new Map<string, string>();
  for (const id of billingIds) {
    const account = await findBillingAccount(store.db, store.accountId, id);
    if (account) billing.set(id, account.name);
  }
  const named = (p: UserPlan): Named => ({ ...p, billing_account_name: p.billing_account_id ? billing.get(p.billing_account_id) : undefined });
  return { numbers: (id: string) => numbers.get(id) ?? [], plans: (id: string) => (plans.get(id) ?? []).map(named) };
}

type Named = UserPlan & { billing_account_name: string | undefined };

const extensionNumber = (r: UserRow) => (r.extension_number === null ? undefined : Number(r.extension_number));

// A plan's subscription is the user's own, else that of the account's inventory row of its type.
const subscriptionId = (p: UserPlan) => p.billing_subscription_id ?? p.inventory_subscription_id ?? undefined;

function listedPlan(p: Named): ListedPlan {
  return {
    type: Number(p.type),
    name: p.inventory_name ?? planName(Number(p.type)),
    billing_account_id: p.billing_account_id ?? undefined,
    billing_account_name: p.billing_account_name,
    billing_subscription_id: subscriptionId(p),
    billing_subscription_name: p.inventory_subscription_name ?? undefined,
  };
}

function profilePlan(p: Named): ProfilePlan {
  return {
    type: Number(p.type),
    billing_account_id: p.billing_account_id ?? undefined,
    billing_account_name: p.billing_account_name,
    billing_subscription_id: subscriptionId(p),
    billing_subscription_name: p.inventory_subscription_name ?? undefined,
  };
}

/** The users of a page of `listPhoneUsers`. */
export async function listedUsers(store: AccountStore, rows: UserRow[]): Promise<ListedUser[]> {
  const siteIds = [...new Set(rows.flatMap((r) => (r.site_id ? [r.site_id] : [])))];
  const [held, sites] = await Promise.all([holdings(store, rows), siteNames(store.db, store.accountId, siteIds)]);
  return rows.map((r): ListedUser => ({
    id: r.id,
    phone_user_id: r.phone_user_id,
    name: r.name,
    email: r.email,
    extension_id: r.extension_id,
    extension_number: extensionNumber(r),
    status: r.status,
    activation_status: activationStatus(parseUserData(r).activation_status) ?? activationFor(r.status),
    calling_plans: held.plans(r.id).map(listedPlan),
    department: r.department ?? undefined,
    cost_center: r.cost_center ?? undefined,
    phone_numbers: held.numbers(r.id),
    site: r.site_id ? sites.get(r.site_id) : undefined,
  }));
}

/** `getAUsersProfile`'s user. */
export async function userProfile(store: AccountStore, r: UserRow): Promise<Profile> {
  const held = await holdings(store, [r]);
  const data = parseUserData(r);
  const policy = await effectivePolicy(store.db, store.accountId, r);
  // "Whether the user is a site admin": the user holds a phone role of the site admin kind (a copy of Site Admin too).
  const role = await phoneRoleOfUser(store.db, store.accountId, r.id);
  // The address as the emergency-addresses family keeps it now (its lines changed since, or it was deleted).
  const address = data.emergency_address && (await findEmergencyAddress(store.db, store.accountId, data.emergency_address.id));
  return {
    id: r.id,
    phone_user_id: r.phone_user_id,
    email: r.email,
    extension_id: r.extension_id,
    extension_number: extensionNumber(r),
    status: profileStatus(r.status),
    calling_plans: held.plans(r.id).map(profilePlan),
    department: r.department ?? undefined,
    cost_center: r.cost_center ?? undefined,
    phone_numbers: held.numbers(r.id),
    site_id: r.site_id ?? undefined,
    site_admin: role?.kind === 'site_admin',
    emergency_address: address ? shownAddress(address) : undefined,
    policy,
  };
}
