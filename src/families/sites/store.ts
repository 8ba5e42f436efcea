// Sites, scoped by account on every query.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { SiteData, SiteTable } from './tables.ts';
import { publish } from '../../kit/events.ts';
import { assertTransaction, locking, type LockMode } from '../../kit/locks.ts';
import { deleteMainReceptionist } from '../auto-receptionists/public.ts';
import type { AccountStore } from '../../kit/store.ts';

type Db = Kysely<Database>;
export type SiteRow = Omit<SiteTable, 'seq'> & { seq: number };

/** The site's JSON fields; only this family writes them, always from a SiteData. */
export function parseSiteData(row: Pick<SiteRow, 'data'>): SiteData {
  return JSON.parse(row.data);
}

export const siteDataJson = (data: SiteData): string => JSON.stringify(data);

export async function findSite(db: Db, accountId: string, id: string): Promise<SiteRow | undefined> {
  return db.selectFrom('sites').selectAll().where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
}

/** The names of these sites of the account, by id: one query for a page of records that name their site. */
export async function siteNames(db: Db, accountId: string, ids: string[]): Promise<Map<string, { id: string; name: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('sites').select(['id', 'name']).where('account_id', '=', accountId).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r]));
}

export async function allSites(db: Db, accountId: string): Promise<SiteRow[]> {
  return db.selectFrom('sites').selectAll().where('account_id', '=', accountId).orderBy('seq').execute();
}

/**
 * The site, locked until the caller's transaction ends (on PostgreSQL; see kit/locks.ts):
 * `noKeyUpdate` to change it, `keyShare` to hang something on it (it cannot be
 * deleted meanwhile), `update` to delete it. Undefined when it does not exist, or
 * no longer does once a delete that held it has committed.
 */
export async function lockSite(db: Db, accountId: string, id: string, mode: LockMode): Promise<SiteRow | undefined> {
  assertTransaction(db, 'lockSite');
  return locking(db, db.selectFrom('sites').selectAll().where('account_id', '=', accountId).where('id', '=', id), mode).executeTakeFirst();
}

/**
 * A site to delete and its transfer site, locked in id order so that two deletes
 * naming each other's sites wait for one another instead of deadlocking. The site
 * is locked for deletion; the transfer site only so that it stays (moves into it go on).
 */
export async function lockForDelete(sites: AccountStore, siteId: string, transferSiteId: string) {
  const found = new Map<string, SiteRow | undefined>();
  for (const id of [siteId, transferSiteId].sort()) found.set(id, await sites.lock('sites', { id }, id === siteId ? 'update' : 'keyShare'));
  return { site: found.get(siteId), target: found.get(transferSiteId) };
}

/**
 * Deletes the site; its main auto receptionist goes with it (its extension number is free again),
 * and every family with something on it (users, numbers, extensions, billing
 * accounts) moves it to the transfer site as it hears of it. Run inside a
 * transaction that holds the site (lockForDelete).
 */
export async function deleteSiteMovingAssets(sites: AccountStore, siteId: string, transferSiteId: string): Promise<void> {
  const { db, accountId } = sites;
  await deleteMainReceptionist(db, accountId, siteId);
  await publish(db, 'sites.deleting', { accountId, siteId, transferSiteId });
  await sites.remove('sites', { id: siteId });
}
