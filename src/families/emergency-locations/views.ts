// The Dashboard's emergency-services views, read from the sandbox's state:
//
// - Default emergency address users: a user's default address is "set" when it is a
//   personal (level 1) address of the user's (emergency-addresses), not its site's.
// - Nomadic emergency services users: a user is "enabled" unless its policy turns off
//   emergency calls to the PSAP (emergency_calls_to_psap changed to false: reason 2),
//   it holds no phone number (extension-only: the sandbox has no emergency number pool,
//   reason 4), only BYOC numbers (reason 5) or no US/CA number (reason 3).
// - Real-time location (IP phones, users) and tracked locations: the sandbox has no
//   live network. A desk phone (phone-devices) is where the phone says it registered
//   from — its private and public IP — while it is online (assigned, not restarting);
//   it is detected at the account's emergency location whose networks match (rules.ts:
//   detectedLocation), a "company" location, else its location is "unknown". A user is
//   where its first online desk phone is. Nothing is "personal": no client saves
//   personal locations.
// - Detectable personal location and location sharing permission: both count users
//   whose Zoom client shares its location; the sandbox has no client, so no user is
//   listed (fidelity.ts says so).
//
// Each view is computed whole for the account (its users and desk phones) and paged
// in that order; a page token is bound to the view's filters.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { ItemOf } from '../../kit/context.ts';
import { defineHandlers } from '../../kit/context.ts';
import { findSite, siteNames } from '../sites/public.ts';
import { changedPolicyOf, usersOf, type UserRow } from '../users/public.ts';
import { allDeskPhones } from '../phone-devices/public.ts';
import { countryOf, numbersOfAssignees } from '../numbers/public.ts';
import { emergencyAddressesById, usersWithPersonalDefault, type EmergencyAddressRef } from '../emergency-addresses/public.ts';
import { allLocations, networksOf, type LocationRow } from './store.ts';
import { detectedLocation, type LocationNetworks } from './rules.ts';
import { addressLine } from './present.ts';

type Db = Kysely<Database>;
type LocationType = 'company' | 'personal' | 'unknown';

/** The list helper's source for a view computed whole: its items in order, keyed 1, 2, 3… */
function inOrder<T>(items: T[]) {
  const rows = items.map((item, i) => ({ seq: i + 1, item }));
  return {
    fetch: async (after: number, limit: number) => rows.filter((r) => r.seq > after).slice(0, limit),
    count: async () => rows.length,
    present: (page: { seq: number }[]) => page.map((r) => (r as { seq: number; item: T }).item),
  };
}

/** Whether the text contains the keyword, without case; no keyword: yes. */
const has = (keyword: string | undefined, ...texts: (string | number | null | undefined)[]): boolean => {
  const k = keyword?.trim().toLowerCase();
  if (!k) return true;
  return texts.some((t) => t !== null && t !== undefined && String(t).toLowerCase().includes(k));
};

/** The account's users on the site (all without one), matching the keyword (name, email or extension number). */
async function usersShown(db: Db, accountId: string, siteId: string | undefined, keyword: string | undefined): Promise<UserRow[]> {
  return (await usersOf(db, accountId)).filter((u) => (siteId === undefined || u.site_id === siteId) && has(keyword, u.name, u.email, u.extension_number));
}

async function sitesOf(db: Db, accountId: string, ids: (string | null | undefined)[]) {
  return siteNames(db, accountId, [...new Set(ids.filter((id): id is string => !!id))]);
}

/** The user as the users views show one. */
function userFields(u: UserRow, sites: Map<string, { id: string; name: string }>) {
  const site = u.site_id ? sites.get(u.site_id) : undefined;
  return {
    email: u.email,
    extension_id: u.extension_id,
    extension_number: u.extension_number ?? undefined,
    site_id: site?.id,
    site_name: site?.name,
    user_display_name: u.name,
  };
}

/** A detected location: the location, its address (while it exists). */
interface Detected {
  location: LocationRow;
  address?: EmergencyAddressRef;
}

/** Places devices on the account's locations: the locations read once for a view. */
async function locator(db: Db, accountId: string): Promise<(device: { private_ip?: string; public_ip?: string }) => Detected | undefined> {
  const rows = await allLocations(db, accountId);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const nets = rows.map((r): LocationNetworks & { row: LocationRow } => {
    const own = networksOf(r);
    // The public IPs a location stands under: its own, else its nearest ancestor's.
    let inherited = own.publicIps;
    for (let at = r.parent_id ? byId.get(r.parent_id) : undefined; inherited.length === 0 && at; at = at.parent_id ? byId.get(at.parent_id) : undefined) {
      inherited = networksOf(at).publicIps;
    }
    return {
      id: r.id,
      depth: Number(r.depth),
      minimumMatch: r.minimum_match_criteria === 1,
      bssids: own.bssids,
      privateIps: own.privateIps,
      publicIps: own.publicIps,
      inheritedPublicIps: inherited,
      row: r,
    };
  });
  const addresses = await emergencyAddressesById(db, accountId, [...new Set(rows.map((r) => r.emergency_address_id))]);
  return (device) => {
    const found = detectedLocation(device, nets);
    return found && { location: found.row, address: addresses.get(found.row.emergency_address_id) };
  };
}

/** The account's online desk phones, each with where it is detected. */
async function phonesOnNetworks(db: Db, accountId: string, now: number) {
  const [phones, locate] = await Promise.all([allDeskPhones(db, accountId, now), locator(db, accountId)]);
  return phones
    .filter((p) => p.status === 'online')
    .map((p) => {
      const detected = locate({ private_ip: p.private_ip, public_ip: p.public_ip });
      return { phone: p, detected, type: (detected ? 'company' : 'unknown') as LocationType };
    });
}

/** The site named by site_id, or the view's documented "Site does not exist" (`missing`). */
async function siteFilter(siteId: string | undefined, db: Db, accountId: string, missing: () => Error): Promise<string | undefined> {
  if (siteId !== undefined && !(await findSite(db, accountId, siteId))) throw missing();
  return siteId;
}

type TrackedItem = ItemOf<'listTrackedLocations', 'location_tracking'>;

export const views = defineHandlers({
  async listDefaultEmergencyAddressUsers(ctx) {
    const store = await ctx.store();
    const q = ctx.query;
    const siteId = await siteFilter(q.site_id, store.db, store.accountId, () => ctx.fail('siteDoesNotExist'));
    const users = await usersShown(store.db, store.accountId, siteId, q.keyword);
    const personal = await usersWithPersonalDefault(store.db, store.accountId, users.map((u) => u.id));
    const sites = await sitesOf(store.db, store.accountId, users.map((u) => u.site_id));
    const items = users
      .map((u) => ({ ...userFields(u, sites), status: (personal.has(u.id) ? 'set' : 'not_set') as 'set' | 'not_set' }))
      .filter((r) => r.status === q.status);
    return ctx.list({ items: 'records', filters: { status: q.status, site_id: siteId ?? null, keyword: q.keyword ?? null }, ...inOrder(items) });
  },

  async listDetectablePersonalLocationUsers(ctx) {
    const store = await ctx.store();
    const q = ctx.query;
    const siteId = await siteFilter(q.site_id, store.db, store.accountId, () => ctx.fail('siteDoesNotExist'));
    // "Exclude users didn't enable Location Permission on client": no user of the sandbox has a client that did.
    const items = (await usersShown(store.db, store.accountId, siteId, q.keyword)).filter(() => false).map((u) => ({ ...userFields(u, new Map()), status: q.status }));
    return ctx.list({ items: 'records', filters: { status: q.status, site_id: siteId ?? null, keyword: q.keyword ?? null }, ...inOrder(items) });
  },

  async listUsersPermissionForLocationSharing(ctx) {
    const store = await ctx.store();
    const q = ctx.query;
    const siteId = await siteFilter(q.site_id, store.db, store.accountId, () => ctx.fail('siteDoesNotExist'));
    // "users that have enabled location services and allowed location sharing … on client devices": no user of the sandbox has a client.
    const items = (await usersShown(store.db, store.accountId, siteId, q.keyword)).filter(() => false).map((u) => ({ ...userFields(u, new Map()), device_permissions: [] }));
    return ctx.list({ items: 'user_permissions', filters: { site_id: siteId ?? null, keyword: q.keyword ?? null }, ...inOrder(items) });
  },

  async listNomadicEmergencyServicesUsers(ctx) {
    const store = await ctx.store();
    const q = ctx.query;
    const siteId = await siteFilter(q.site_id, store.db, store.accountId, () => ctx.fail('siteDoesNotExist'));
    const users = await usersShown(store.db, store.accountId, siteId, q.keyword);
    const [numbers, sites] = await Promise.all([numbersOfAssignees(store.db, store.accountId, users.map((u) => u.id)), sitesOf(store.db, store.accountId, users.map((u) => u.site_id))]);
    const items = [];
    for (const u of users) {
      const reason = await disabledBecause(store.db, store.accountId, u, numbers.get(u.id) ?? []);
      const status = reason === undefined ? 'enabled' : 'disabled';
      if (status !== q.status) continue;
      items.push({ ...userFields(u, sites), status: status as 'enabled' | 'disabled', reason_for_disabling: reason });
    }
    return ctx.list({ items: 'records', filters: { status: q.status, site_id: siteId ?? null, keyword: q.keyword ?? null }, ...inOrder(items) });
  },

  async listRealTimeLocationForIpPhones(ctx) {
    const store = await ctx.store();
    const q = ctx.query;
    const siteId = await siteFilter(q.site_id, store.db, store.accountId, () => ctx.fail('siteDoesNotExist'));
    const placed = await phonesOnNetworks(store.db, store.accountId, ctx.clock.now());
    const emails = new Map((await usersOf(store.db, store.accountId)).map((u) => [u.id, u.email]));
    const items = placed
      .filter(({ phone, type }) => type === q.location_type && (siteId === undefined || phone.site?.id === siteId) && has(q.keyword, phone.display_name, phone.mac_address))
      .map(({ phone, detected, type }) => ({
        assigned_info: (phone.assignees ?? []).map((a) => ({
          extension_id: a.extension_id,
          extension_number: a.extension_number,
          user_display_name: a.name,
          user_email: a.extension_type === 'user' && a.id ? emails.get(a.id) : undefined,
        })),
        device_id: phone.id,
        device_name: phone.display_name,
        mac_address: phone.mac_address,
        private_ip: phone.private_ip,
        public_ip: phone.public_ip,
        location_type: type,
        location_name: detected?.location.name,
        emergency_address: detected?.address && addressLine(detected.address),
        site_id: phone.site?.id,
        site_name: phone.site?.name,
      }));
    return ctx.list({ items: 'records', filters: { location_type: q.location_type, site_id: siteId ?? null, keyword: q.keyword ?? null }, ...inOrder(items) });
  },

  async listRealTimeLocationForUsers(ctx) {
    const store = await ctx.store();
    const q = ctx.query;
    const siteId = await siteFilter(q.site_id, store.db, store.accountId, () => ctx.fail('siteDoesNotExist'));
    const users = await usersShown(store.db, store.accountId, siteId, q.keyword);
    const placed = await phonesOnNetworks(store.db, store.accountId, ctx.clock.now());
    const sites = await sitesOf(store.db, store.accountId, users.map((u) => u.site_id));
    const items = [];
    for (const u of users) {
      // Where the user's first online desk phone is.
      const at = placed.find(({ phone }) => (phone.assignees ?? []).some((a) => a.extension_type === 'user' && a.id === u.id));
      if (!at || at.type !== q.location_type) continue;
      items.push({
        ...userFields(u, sites),
        location_type: at.type,
        location_name: at.detected?.location.name,
        emergency_address: at.detected?.address && addressLine(at.detected.address),
        private_ip: at.phone.private_ip,
        public_ip: at.phone.public_ip,
      });
    }
    return ctx.list({ items: 'records', filters: { location_type: q.location_type, site_id: siteId ?? null, keyword: q.keyword ?? null }, ...inOrder(items) });
  },

  async listTrackedLocations(ctx) {
    const store = await ctx.store();
    const q = ctx.query;
    const siteId = q.site_id;
    // "'Company' is the default value." (location_type); type 6 (IP phones) and 5 (users) are the views with device locations.
    const locationType = q.location_type ?? 'company';
    const kind = q.type ?? 6;
    let items: TrackedItem[] = [];
    if ((siteId === undefined || (await findSite(store.db, store.accountId, siteId))) && (kind === 5 || kind === 6)) {
      const placed = await phonesOnNetworks(store.db, store.accountId, ctx.clock.now());
      items = placed
        .filter(({ phone, type }) => type === locationType && (siteId === undefined || phone.site?.id === siteId) && has(q.keyword, phone.display_name, phone.mac_address))
        .map(({ phone, detected, type }) => ({ phone, detected, type, assignees: (phone.assignees ?? []).filter((a) => kind === 6 || a.extension_type === 'user') }))
        .filter(({ assignees }) => kind === 6 || assignees.length > 0)
        .map(({ phone, detected, type, assignees }) => ({
          assignees: assignees.map((a) => ({ extension_number: a.extension_number, id: a.id, name: a.name })),
          device: { id: phone.id, mac_address: phone.mac_address, name: phone.display_name, private_ip: phone.private_ip, public_ip: phone.public_ip },
          type,
          name: detected?.location.name,
          emergency_address: detected?.address && addressLine(detected.address),
          city: detected?.address?.city,
          zip: detected?.address?.zip,
          country: detected?.address?.country,
          site: phone.site && { id: phone.site.id, name: phone.site.name },
        }));
    }
    return ctx.list({
      items: 'location_tracking',
      filters: { type: kind, location_type: locationType, site_id: siteId ?? null, keyword: q.keyword ?? null },
      ...inOrder(items),
    });
  },
});

/** Why nomadic emergency services are off for the user (the pages' reason_for_disabling), or undefined when they are on. */
async function disabledBecause(db: Db, accountId: string, u: UserRow, numbers: { number: string; source: string }[]): Promise<1 | 2 | 3 | 4 | 5 | undefined> {
  // A policy the user or its site turned off (the profile shows an untouched policy's switches as false).
  const changed = await changedPolicyOf(db, accountId, u.id);
  if (changed?.emergency_calls_to_psap === false) return 2;
  if (numbers.length === 0) return 4;
  if (numbers.every((n) => n.source.startsWith('BYOC'))) return 5;
  if (!numbers.some((n) => ['US', 'CA'].includes(countryOf(n.number)))) return 3;
  return undefined;
}
