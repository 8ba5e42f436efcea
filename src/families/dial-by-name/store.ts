// The dial-by-name family's queries, scoped by account on every one: through the
// request's AccountStore, or with the account a listener names.
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { AccountStore } from '../../kit/store.ts';
import { assertTransaction, isPostgres } from '../../kit/locks.ts';
import type { DialByNameMemberTable } from './tables.ts';

type Db = Kysely<Database>;
export type MemberRow = Selectable<DialByNameMemberTable>;

/** Up to `limit` members of the directory after `afterSeq`, in the order they were added. */
export async function membersAfter(store: AccountStore, directory: string, afterSeq: number, limit: number): Promise<MemberRow[]> {
  const rows = await store.scoped('dial_by_name_members').selectAll().where('directory', '=', directory).where('seq', '>', afterSeq).orderBy('seq').limit(limit).execute();
  return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
}

/** Which of these extensions are in the directory. */
export async function membersAmong(store: AccountStore, directory: string, extensionIds: string[]): Promise<Set<string>> {
  if (extensionIds.length === 0) return new Set();
  const rows = await store.scoped('dial_by_name_members').select('extension_id').where('directory', '=', directory).where('extension_id', 'in', extensionIds).execute();
  return new Set(rows.map((r) => r.extension_id));
}

/**
 * Holds one site's part of a directory until the transaction ends: adds of its users
 * and its removal (the site and all its users leaving) take it, so that a user added
 * meanwhile is not left in a directory that no longer includes the site. PostgreSQL
 * only: SQLite runs one transaction at a time.
 */
export async function holdDirectorySite(store: AccountStore, directory: string, siteId: string): Promise<void> {
  assertTransaction(store.db, 'holdDirectorySite');
  if (!isPostgres(store.db)) return;
  await sql`select pg_advisory_xact_lock(hashtext(${`dial-by-name ${store.accountId} ${directory} ${siteId}`}))`.execute(store.db);
}

/** Includes the site in the directory (nothing changes when it is there already). */
export async function includeSite(store: AccountStore, directory: string, siteId: string, now: number): Promise<void> {
  await store.db
    .insertInto('dial_by_name_sites')
    .values({ account_id: store.accountId, directory, site_id: siteId, created_at: now })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** Puts these extensions in the directory (those in it already stay as they are). */
export async function addMembers(store: AccountStore, directory: string, extensionIds: string[], now: number): Promise<void> {
  if (extensionIds.length === 0) return;
  await store.db
    .insertInto('dial_by_name_members')
    .values(extensionIds.map((extension_id) => ({ account_id: store.accountId, directory, extension_id, created_at: now })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** Takes these extensions out of the directory. */
export async function removeMembers(store: AccountStore, directory: string, extensionIds: string[]): Promise<void> {
  if (extensionIds.length === 0) return;
  await store.db.deleteFrom('dial_by_name_members').where('account_id', '=', store.accountId).where('directory', '=', directory).where('extension_id', 'in', extensionIds).execute();
}

/** Takes the site out of the directory's included sites. */
export async function excludeSite(store: AccountStore, directory: string, siteId: string): Promise<void> {
  await store.db.deleteFrom('dial_by_name_sites').where('account_id', '=', store.accountId).where('directory', '=', directory).where('site_id', '=', siteId).execute();
}

/** The directory's included sites, in the order they were included. */
export async function includedSites(db: Db, accountId: string, directory: string): Promise<string[]> {
  const rows = await db.selectFrom('dial_by_name_sites').select('site_id').where('account_id', '=', accountId).where('directory', '=', directory).orderBy('seq').execute();
  return rows.map((r) => r.site_id);
}

// ---- what other families' events change ------------------------------------

/** Users whose extension left the account's directory (extensions.released) leave every dial-by-name directory. */
export async function forgetExtensions(db: Db, accountId: string, extensionIds: string[]): Promise<void> {
  if (extensionIds.length === 0) return;
  await db.deleteFrom('dial_by_name_members').where('account_id', '=', accountId).where('extension_id', 'in', extensionIds).execute();
}

/**
 * A site being deleted: its own directory goes with it; a directory that included it
 * includes the transfer site instead (where its users, and their extensions, move).
 */
export async function forgetSite(db: Db, accountId: string, siteId: string, transferSiteId: string): Promise<void> {
  await db.deleteFrom('dial_by_name_members').where('account_id', '=', accountId).where('directory', '=', siteId).execute();
  await db.deleteFrom('dial_by_name_sites').where('account_id', '=', accountId).where('directory', '=', siteId).execute();
  const including = await db.selectFrom('dial_by_name_sites').select(['directory', 'created_at']).where('account_id', '=', accountId).where('site_id', '=', siteId).execute();
  for (const row of including) {
    await db
      .insertInto('dial_by_name_sites')
      .values({ account_id: accountId, directory: row.directory, site_id: transferSiteId, created_at: Number(row.created_at) })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  await db.deleteFrom('dial_by_name_sites').where('account_id', '=', accountId).where('site_id', '=', siteId).execute();
}
