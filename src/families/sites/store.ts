// Sites, scoped by account on every query.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { SiteTable } from './tables.ts';
import { publish } from '../../kit/events.ts';

type Db = Kysely<Database>;
export type SiteRow = Omit<SiteTable, 'seq'> & { seq: number };

export async function listSites(db: Db, accountId: string, afterSeq: number, limit: number): Promise<SiteRow[]> {
  return db.selectFrom('sites').selectAll().where('account_id', '=', accountId).where('seq', '>', afterSeq).orderBy('seq').limit(limit).execute();
}

export async function countSites(db: Db, accountId: string): Promise<number> {
  const row = await db.selectFrom('sites').select((eb) => eb.fn.countAll<number>().as('n')).where('account_id', '=', accountId).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findSite(db: Db, accountId: string, id: string): Promise<SiteRow | undefined> {
  return db.selectFrom('sites').selectAll().where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
}

export async function allSites(db: Db, accountId: string): Promise<SiteRow[]> {
  return db.selectFrom('sites').selectAll().where('account_id', '=', accountId).orderBy('seq').execute();
}

/** Every extension number in use in the account: users' and the sites' auto receptionists'. */
export async function extensionsInUse(db: Db, accountId: string): Promise<Set<number>> {
  const used = new Set<number>();
  const users = await db.selectFrom('phone_users').select('extension_number').where('account_id', '=', accountId).where('extension_number', 'is not', null).execute();
  for (const u of users) used.add(Number(u.extension_number));
  for (const s of await allSites(db, accountId)) {
    const ar = JSON.parse(s.data).main_auto_receptionist;
    if (ar?.extension_number !== undefined) used.add(Number(ar.extension_number));
  }
  return used;
}

/**
 * Deletes the site; every family with something on it (users, numbers, billing
 * accounts) moves it to the transfer site as it hears of it. Run inside a transaction.
 */
export async function deleteSiteMovingAssets(trx: Db, accountId: string, siteId: string, transferSiteId: string): Promise<void> {
  await publish(trx, 'sites.deleting', { accountId, siteId, transferSiteId });
  await trx.deleteFrom('sites').where('account_id', '=', accountId).where('id', '=', siteId).execute();
}
