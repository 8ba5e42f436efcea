// What other families may use of emergency-addresses, the one owner of the account's
// emergency addresses: finding one by id (a user's or common area's address, an
// emergency location's), the default address of a site (the sites family creates
// and changes it through here, and Zoom Rooms and common areas show it), and the
// words of an address as the details pages show them. Writes run with this
// family's rights (owner.bind(db)), in the caller's transaction.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { owner } from './tables.ts';
import { addressesOf, addressOf, defaultOf, insertAddress, lockAddress, siteDefaults, type AddressRow } from './store.ts';
import { LEVEL, STATUS, siteScope, type Level, type Status } from './rules.ts';

type Db = Kysely<Database>;

/** An emergency address as another family reads it. */
export interface EmergencyAddressRef {
  id: string;
  address_line1: string;
  address_line2?: string;
  city: string;
  state_code: string;
  zip: string;
  /** ISO 3166-1 alpha-2, in capitals. */
  country: string;
  /** 0 company (account or site), 1 personal (a user's), 2 unknown company / pending. */
  level: Level;
  /** 1 verification not required, 2 unverified, 3 verification requested, 4 verified, 5 rejected, 6 verification failed. */
  status: Status;
  /** The default of its site, its user, or the account. */
  is_default: boolean;
  /** The site of a company address on a site; the site of a personal address's user. */
  site_id?: string;
  /** The user a personal address belongs to. */
  owner_id?: string;
}

export const toRef = (r: AddressRow): EmergencyAddressRef => ({
  id: r.id,
  address_line1: r.address_line1,
  address_line2: r.address_line2 ?? undefined,
  city: r.city,
  state_code: r.state_code,
  zip: r.zip,
  country: r.country,
  level: r.level as Level,
  status: r.status as Status,
  is_default: r.is_default === 1,
  site_id: r.site_id ?? undefined,
  owner_id: r.owner_id ?? undefined,
});

/** The account's emergency address `id` (any level), or undefined when the account has none of that id. */
export async function findEmergencyAddress(db: Db, accountId: string, id: string): Promise<EmergencyAddressRef | undefined> {
  const row = await addressOf(db, accountId, id);
  return row && toRef(row);
}

/**
 * The account's emergency address `id`, held until the caller's transaction ends (on
 * PostgreSQL): a delete of it waits for that commit and then sees what was hung on it
 * (an emergency location). Undefined when there is none. Run inside a transaction.
 */
export async function holdEmergencyAddress(db: Db, accountId: string, id: string): Promise<EmergencyAddressRef | undefined> {
  const row = await lockAddress(db, accountId, id, 'keyShare');
  return row && toRef(row);
}

/** These emergency addresses of the account, by id (ids it does not have are left out): one query for a page. */
export async function emergencyAddressesById(db: Db, accountId: string, ids: string[]): Promise<Map<string, EmergencyAddressRef>> {
  const rows = await addressesOf(db, accountId, ids);
  return new Map([...rows].map(([id, r]) => [id, toRef(r)]));
}

/** The site's default emergency address (the one made with the site, or the one made its default since). */
export async function siteDefaultAddress(db: Db, accountId: string, siteId: string): Promise<EmergencyAddressRef | undefined> {
  const row = (await siteDefaults(db, accountId, [siteId])).get(siteId);
  return row && toRef(row);
}

/** The user's default personal (level 1) emergency address, if it has one. */
export async function userDefaultAddress(db: Db, accountId: string, userId: string): Promise<EmergencyAddressRef | undefined> {
  const row = await defaultOf(db, accountId, `user:${userId}`);
  return row && toRef(row);
}

/** The default emergency addresses of these sites, by site id. */
export async function siteDefaultAddresses(db: Db, accountId: string, siteIds: string[]): Promise<Map<string, EmergencyAddressRef>> {
  const rows = await siteDefaults(db, accountId, siteIds);
  return new Map([...rows].map(([id, r]) => [id, toRef(r)]));
}

/** An emergency address as the details pages (a user's, a common area's, a Zoom Room's) show one: its id and lines. */
export const shownAddress = (a: EmergencyAddressRef) => ({
  id: a.id,
  address_line1: a.address_line1,
  address_line2: a.address_line2,
  city: a.city,
  state_code: a.state_code,
  zip: a.zip,
  country: a.country,
});

export interface SiteAddressLines {
  address_line1: string;
  address_line2?: string;
  city: string;
  state_code: string;
  zip: string;
  /** ISO 3166-1 alpha-2; kept in capitals. */
  country: string;
}

/**
 * Sets the site's default emergency address, with this family's rights, in the caller's
 * transaction: a site made now gets a new company-level default address of id `id`; a
 * site that has one has its lines changed (the address keeps its id). The sites family
 * checks the lines (its pages' errors) before it calls.
 */
export async function setSiteDefaultAddress(
  db: Db,
  a: { accountId: string; siteId: string; id: string; lines: SiteAddressLines; now: number },
): Promise<EmergencyAddressRef> {
  const own = owner.bind(db);
  const lines = {
    address_line1: a.lines.address_line1,
    address_line2: a.lines.address_line2 ?? null,
    city: a.lines.city,
    state_code: a.lines.state_code,
    zip: a.lines.zip,
    country: a.lines.country.toUpperCase(),
  };
  const current = (await siteDefaults(own, a.accountId, [a.siteId])).get(a.siteId);
  if (current) {
    await own.updateTable('emergency_addresses').set({ ...lines, updated_at: a.now }).where('account_id', '=', a.accountId).where('id', '=', current.id).execute();
    return toRef({ ...current, ...lines });
  }
  const row = {
    id: a.id, level: LEVEL.company, site_id: a.siteId, owner_id: null, ...lines, status: STATUS.notRequired,
    is_default: 1, default_of: siteScope(a.siteId), created_at: a.now, updated_at: a.now,
  };
  await insertAddress(own, a.accountId, row);
  return toRef({ ...row, account_id: a.accountId, seq: 0 });
}

/**
 * Adds a company-level (level 0) emergency address of the site (not its default), with this
 * family's rights, in the caller's transaction: batchAddEmergencyServiceLocations gives each
 * location its company_address this way. The caller checks the lines first.
 */
export async function addCompanyAddress(
  db: Db,
  a: { accountId: string; siteId: string | null; id: string; lines: SiteAddressLines; now: number },
): Promise<EmergencyAddressRef> {
  const row = {
    id: a.id, level: LEVEL.company, site_id: a.siteId, owner_id: null,
    address_line1: a.lines.address_line1, address_line2: a.lines.address_line2 ?? null, city: a.lines.city,
    state_code: a.lines.state_code, zip: a.lines.zip, country: a.lines.country.toUpperCase(),
    status: STATUS.notRequired, is_default: 0, default_of: null, created_at: a.now, updated_at: a.now,
  };
  await insertAddress(owner.bind(db), a.accountId, row);
  return toRef({ ...row, account_id: a.accountId, seq: 0 });
}

/** Which of these users have a personal (level 1) emergency address as their default (the dashboard's default emergency address users). */
export async function usersWithPersonalDefault(db: Db, accountId: string, userIds: string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('emergency_addresses')
    .select('owner_id')
    .where('account_id', '=', accountId)
    .where('level', '=', LEVEL.personal)
    .where('is_default', '=', 1)
    .where('owner_id', 'in', userIds)
    .execute();
  return new Set(rows.map((r) => r.owner_id).filter((id): id is string => id !== null));
}
