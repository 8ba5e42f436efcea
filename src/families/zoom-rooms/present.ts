// A room in Zoom Phone as the list and the details show it: its name from the
// Zoom Room, its extension from the directory, its numbers from the numbers
// family, its plans with the inventory's names, and (details only) its site's
// emergency address and its policy over its site's.
import type { ItemOf, ResponseOf } from '../../kit/context.ts';
import type { AccountStore } from '../../kit/store.ts';
import { extensionsOfOwners } from '../extensions/public.ts';
import { numbersOfAssignees } from '../numbers/public.ts';
import { findBillingAccount, inventoryOfTypes, planName } from '../billing/public.ts';
import { findSite, policyOfSite, siteNames, type Json } from '../sites/public.ts';
import { shownAddress, siteDefaultAddress } from '../emergency-addresses/public.ts';
import { isRecord } from '../../kit/merge.ts';
import { plansOfRooms, type PhoneRoomRow, type PlanRow } from './store.ts';
import { POLICY_KEYS } from './rules.ts';

type Listed = ItemOf<'listZoomRoomsUnderZoomPhoneLicense', 'rooms'>;
type Details = ResponseOf<'getAZoomRoomUnderZoomPhoneLicense'>;
type Plan = NonNullable<Listed['calling_plans']>[number];
type Policy = NonNullable<Details['policy']>;
type LockedBy = NonNullable<NonNullable<Policy['international_calling']>['locked_by']>;

/** What a page of rooms shows beside their own rows: a query per neighbour for any number of rooms. */
async function holdings(store: AccountStore, rows: PhoneRoomRow[]) {
  const ids = rows.map((r) => r.room_id);
  const [extensions, numbers, plans, sites] = await Promise.all([
    extensionsOfOwners(store.db, store.accountId, ids, 'zoomRoom'),
    numbersOfAssignees(store.db, store.accountId, ids),
    plansOfRooms(store, ids),
    siteNames(store.db, store.accountId, [...new Set(rows.map((r) => r.site_id))]),
  ]);
  const allPlans = [...plans.values()].flat();
  const inventory = await inventoryOfTypes(store.db, store.accountId, [...new Set(allPlans.map((p) => p.type))]);
  const billing = new Map<string, string>();
  for (const id of new Set(allPlans.flatMap((p) => (p.billing_account_id ? [p.billing_account_id] : [])))) {
    const account = await findBillingAccount(store.db, store.accountId, id);
    if (account) billing.set(id, account.name);
  }
  const plan = (p: PlanRow): Plan => {
    const held = inventory.get(p.type);
    return {
      name: held?.name ?? planName(p.type),
      type: p.type,
      billing_account_id: p.billing_account_id ?? undefined,
      billing_account_name: p.billing_account_id ? billing.get(p.billing_account_id) : undefined,
      billing_subscription_id: p.billing_subscription_id ?? held?.billing_subscription_id ?? undefined,
      billing_subscription_name: held?.billing_subscription_name ?? undefined,
    };
  };
  return (r: PhoneRoomRow): Listed => {
    const site = sites.get(r.site_id);
    return {
      id: r.room_id,
      name: r.name,
      extension_id: r.extension_id,
      extension_number: extensions.get(r.room_id)?.number,
      calling_plans: (plans.get(r.room_id) ?? []).map(plan),
      phone_numbers: (numbers.get(r.room_id) ?? []).map((n) => ({ id: n.id, number: n.number })),
      site: site && { id: site.id, name: site.name },
    };
  };
}

export async function listedRooms(store: AccountStore, rows: PhoneRoomRow[]): Promise<Listed[]> {
  return rows.map(await holdings(store, rows));
}

/** The room's own policy changes as kept (`{ international_calling: { enable } }`). */
export function parsePolicy(row: Pick<PhoneRoomRow, 'policy'>): Json {
  try {
    const parsed: unknown = JSON.parse(row.policy);
    return isRecord(parsed) ? parsed : {};
  } catch {
    return {};
  }
}

const LOCKED_BY = new Set<LockedBy>(['invalid', 'account', 'user_group', 'site', 'extension']);

/**
 * Each setting as the room has it: its own `enable` where it changed it and the site
 * does not lock it, else the site's; locked by whatever level locks the site's
 * setting ('invalid': none).
 */
function roomPolicy(site: Json, own: Json): Policy {
  const out: Policy = {};
  for (const key of POLICY_KEYS) {
    const inherited = isRecord(site[key]) ? site[key] : {};
    const mine = isRecord(own[key]) ? own[key] : {};
    // A setting the site locks is the site's, whatever the room set before the lock.
    const enable = inherited.locked !== true && typeof mine.enable === 'boolean' ? mine.enable : inherited.enable === true;
    const lockedBy = typeof inherited.locked_by === 'string' && LOCKED_BY.has(inherited.locked_by as LockedBy) ? (inherited.locked_by as LockedBy) : 'invalid';
    out[key] = { enable, locked_by: lockedBy };
  }
  return out;
}

/** The site's policy as the room stands on it (an empty one when the site is gone). */
export async function sitePolicyOf(store: AccountStore, siteId: string): Promise<Json> {
  const site = await findSite(store.db, store.accountId, siteId);
  return site ? policyOfSite(store.db, store.accountId, site) : {};
}

export async function roomDetails(store: AccountStore, row: PhoneRoomRow): Promise<Details> {
  const [listed, site] = await Promise.all([listedRooms(store, [row]), findSite(store.db, store.accountId, row.site_id)]);
  const address = site ? await siteDefaultAddress(store.db, store.accountId, site.id) : undefined;
  const sitePolicy = site ? await policyOfSite(store.db, store.accountId, site) : {};
  return {
    ...listed[0]!,
    emergency_address: address && shownAddress(address),
    policy: roomPolicy(sitePolicy, parsePolicy(row)),
  };
}
