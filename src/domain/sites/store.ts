// Sites, scoped by account on every query.
import type { Kysely } from 'kysely';
import type { Database, SiteTable } from '../../store/schema.ts';

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

/** Moves the site's users, phone numbers and billing accounts to another site and deletes it; run inside a transaction. */
export async function deleteSiteMovingAssets(trx: Db, accountId: string, siteId: string, transferSiteId: string): Promise<void> {
  await trx.updateTable('phone_users').set({ site_id: transferSiteId }).where('account_id', '=', accountId).where('site_id', '=', siteId).execute();
  await trx.updateTable('phone_numbers').set({ site_id: transferSiteId }).where('account_id', '=', accountId).where('site_id', '=', siteId).execute();
  // Billing accounts bound to the site follow its users (the billing room's rows, same owner).
  await trx.updateTable('billing_accounts').set({ site_id: transferSiteId }).where('account_id', '=', accountId).where('site_id', '=', siteId).execute();
  await trx.deleteFrom('sites').where('account_id', '=', accountId).where('id', '=', siteId).execute();
}
