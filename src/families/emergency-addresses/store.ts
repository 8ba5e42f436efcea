// The emergency-addresses family's queries, scoped by account on every one: through
// the request's AccountStore, or with the account a caller names (public.ts).
import { sql, type Insertable, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { AccountStore } from '../../kit/store.ts';
import { isPostgres, locking, type LockMode } from '../../kit/locks.ts';
import type { EmergencyAddressTable } from './tables.ts';
import { LEVEL, siteScope } from './rules.ts';

type Db = Kysely<Database>;
export type AddressRow = Omit<Selectable<EmergencyAddressTable>, 'seq'> & { seq: number };
export type AddressInsert = Omit<Insertable<EmergencyAddressTable>, 'account_id' | 'seq'>;

const normal = (r: Selectable<EmergencyAddressTable>): AddressRow => ({ ...r, seq: Number(r.seq) });

/** The account's address `id`, or undefined when the account has none of that id. */
export async function addressOf(db: Db, accountId: string, id: string): Promise<AddressRow | undefined> {
  const row = await db.selectFrom('emergency_addresses').selectAll().where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
  return row && normal(row);
}

/** The account's address `id`, locked in `mode` until the transaction ends. */
export async function lockAddress(db: Db, accountId: string, id: string, mode: LockMode): Promise<AddressRow | undefined> {
  const row = await locking(db, db.selectFrom('emergency_addresses').selectAll().where('account_id', '=', accountId).where('id', '=', id), mode).executeTakeFirst();
  return row && normal(row);
}

/** These addresses of the account, by id: one query for a page's worth. */
export async function addressesOf(db: Db, accountId: string, ids: string[]): Promise<Map<string, AddressRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('emergency_addresses').selectAll().where('account_id', '=', accountId).where('id', 'in', [...new Set(ids)]).execute();
  return new Map(rows.map((r) => [r.id, normal(r)]));
}

/** The default addresses of these sites, by site id. */
export async function siteDefaults(db: Db, accountId: string, siteIds: string[]): Promise<Map<string, AddressRow>> {
  if (siteIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('emergency_addresses')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('default_of', 'in', [...new Set(siteIds)].map(siteScope))
    .execute();
  return new Map(rows.map((r) => [r.site_id!, normal(r)]));
}

/** The address that is the default of `scope` ('site:<id>', 'user:<id>', 'account'), if any. */
export async function defaultOf(db: Db, accountId: string, scope: string): Promise<AddressRow | undefined> {
  const row = await db.selectFrom('emergency_addresses').selectAll().where('account_id', '=', accountId).where('default_of', '=', scope).executeTakeFirst();
  return row && normal(row);
}

export interface ListFilters {
  site_id?: string;
  user_id?: string;
  level?: number;
  status?: number;
  address_keyword?: string;
}

/** `like` text matching itself: % and _ and the escape character escaped. */
const literal = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The account's addresses the list's filters keep, as a query to page or count. */
export function filtered(store: AccountStore, f: ListFilters) {
  let q = store.scoped('emergency_addresses');
  if (f.site_id !== undefined) q = q.where('emergency_addresses.site_id', '=', f.site_id);
  if (f.user_id !== undefined) q = q.where('emergency_addresses.owner_id', '=', f.user_id).where('emergency_addresses.level', '=', LEVEL.personal);
  if (f.level !== undefined) q = q.where('emergency_addresses.level', '=', f.level);
  if (f.status !== undefined) q = q.where('emergency_addresses.status', '=', f.status);
  const keyword = f.address_keyword?.trim().toLowerCase();
  if (keyword) {
    const pattern = `%${literal(keyword)}%`;
    q = q.where((eb) =>
      eb.or(
        (['address_line1', 'address_line2', 'city', 'state_code', 'zip', 'country'] as const).map((c) =>
          eb(eb.fn('lower', [eb.ref(`emergency_addresses.${c}`)]), 'like', eb.val(pattern)),
        ),
      ),
    );
  }
  return q;
}

/** Up to `limit` of the filtered addresses after `afterSeq`, in insertion order. */
export async function pageOf(store: AccountStore, f: ListFilters, afterSeq: number, limit: number): Promise<AddressRow[]> {
  const rows = await filtered(store, f).selectAll().where('emergency_addresses.seq', '>', afterSeq).orderBy('emergency_addresses.seq').limit(limit).execute();
  return rows.map(normal);
}

export async function countOf(store: AccountStore, f: ListFilters): Promise<number> {
  const row = await filtered(store, f)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Inserts the address; run with this family's handle. */
export async function insertAddress(db: Db, accountId: string, row: AddressInsert): Promise<void> {
  await db.insertInto('emergency_addresses').values({ ...row, account_id: accountId }).execute();
}

/**
 * Lets the current default of `scope` go (it stays, no longer the default), all but `keepId`.
 * On PostgreSQL the scope is held until the transaction ends first, so that writers
 * making defaults of one site, user or account go one after another, each seeing the
 * one before it (SQLite runs one transaction at a time).
 */
export async function clearDefault(db: Db, accountId: string, scope: string, keepId?: string): Promise<void> {
  if (isPostgres(db)) await sql`select pg_advisory_xact_lock(hashtext(${`emergency-addresses ${accountId} ${scope}`}))`.execute(db);
  let q = db.updateTable('emergency_addresses').set({ is_default: 0, default_of: null }).where('account_id', '=', accountId).where('default_of', '=', scope);
  if (keepId) q = q.where('id', '!=', keepId);
  await q.execute();
}

/**
 * A site is being deleted: its addresses (company ones, and its users' personal ones, as
 * the users move) go to the transfer site; its default one stays, no longer a default
 * (the transfer site keeps its own), so that whoever uses it (a location, a user) keeps it.
 */
export async function moveSiteAddresses(db: Db, accountId: string, siteId: string, transferSiteId: string): Promise<void> {
  await clearDefault(db, accountId, siteScope(siteId));
  await db.updateTable('emergency_addresses').set({ site_id: transferSiteId }).where('account_id', '=', accountId).where('site_id', '=', siteId).execute();
}

/** Users moved to another site: their personal addresses show the site they are on. */
export async function followUsers(db: Db, accountId: string, userIds: string[], siteId: string): Promise<void> {
  if (userIds.length === 0) return;
  await db
    .updateTable('emergency_addresses')
    .set({ site_id: siteId })
    .where('account_id', '=', accountId)
    .where('level', '=', LEVEL.personal)
    .where('owner_id', 'in', userIds)
    .execute();
}

/** Users taken out of Zoom Phone: their personal addresses go with them. */
export async function removeUsersAddresses(db: Db, accountId: string, userIds: string[]): Promise<void> {
  if (userIds.length === 0) return;
  await db.deleteFrom('emergency_addresses').where('account_id', '=', accountId).where('level', '=', LEVEL.personal).where('owner_id', 'in', userIds).execute();
}
