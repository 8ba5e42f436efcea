// The fax family's queries. It writes only its own tables (fax_uploads,
// fax_files, fax_logs); every read is scoped to one account.
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { AccountStore } from '../../kit/store.ts';
import type { FaxLogTable } from './tables.ts';
import type { Range } from './rules.ts';

type Db = Kysely<Database>;

export type FaxLogRow = Omit<Selectable<FaxLogTable>, 'seq'> & { seq: number };
export type NewFaxLog = Omit<Insertable<FaxLogTable>, 'seq' | 'deleted_at' | 'account_id'>;

export interface LogFilter {
  extensionId?: string;
  range?: Partial<Range>;
}

/** The account's fax logs that are not deleted, matching the filter. */
function logsOf(store: AccountStore, f: LogFilter) {
  let q = store.scoped('fax_logs').where('fax_logs.deleted_at', 'is', null);
  if (f.extensionId !== undefined) q = q.where('fax_logs.extension_id', '=', f.extensionId);
  if (f.range?.from !== undefined) q = q.where('fax_logs.created_at', '>=', f.range.from);
  if (f.range?.to !== undefined) q = q.where('fax_logs.created_at', '<=', f.range.to);
  return q;
}

export async function pageLogs(store: AccountStore, f: LogFilter, after: number, limit: number): Promise<FaxLogRow[]> {
  const rows = await logsOf(store, f).selectAll().where('fax_logs.seq', '>', after).orderBy('fax_logs.seq').limit(limit).execute();
  return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
}

export async function countLogs(store: AccountStore, f: LogFilter): Promise<number> {
  const row = await logsOf(store, f)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A fax log the account has not deleted. */
export async function findLog(store: AccountStore, id: string): Promise<FaxLogRow | undefined> {
  const row = await store.scoped('fax_logs').selectAll().where('fax_logs.id', '=', id).where('fax_logs.deleted_at', 'is', null).executeTakeFirst();
  return row && { ...row, seq: Number(row.seq) };
}

/** Sets the read status of a log not deleted; false when there is none (the database decides, not a read before). */
export async function setReadStatus(store: AccountStore, id: string, readStatus: 'read' | 'unread'): Promise<boolean> {
  const res = await store.db
    .updateTable('fax_logs')
    .set({ read_status: readStatus })
    .where('account_id', '=', store.accountId)
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

/**
 * Deletes a log: it leaves every list and read, but stays for the charges
 * report (a fax sent is billed whoever tidies its log). False when there was none to delete.
 */
export async function deleteLog(store: AccountStore, id: string, now: number): Promise<boolean> {
  const res = await store.db
    .updateTable('fax_logs')
    .set({ deleted_at: now })
    .where('account_id', '=', store.accountId)
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

/** The outbound faxes sent in the range (deleted logs too): what the charges report bills. */
function chargedOf(store: AccountStore, range: Range) {
  return store
    .scoped('fax_logs')
    .where('fax_logs.direction', '=', 'outbound')
    .where('fax_logs.status', '=', 'sent')
    .where('fax_logs.created_at', '>=', range.from)
    .where('fax_logs.created_at', '<=', range.to);
}

export async function pageCharged(store: AccountStore, range: Range, after: number, limit: number): Promise<FaxLogRow[]> {
  const rows = await chargedOf(store, range).selectAll().where('fax_logs.seq', '>', after).orderBy('fax_logs.seq').limit(limit).execute();
  return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
}

export async function countCharged(store: AccountStore, range: Range): Promise<number> {
  const row = await chargedOf(store, range)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertLogs(db: Db, accountId: string, logs: NewFaxLog[]): Promise<void> {
  if (logs.length) await db.insertInto('fax_logs').values(logs.map((l) => ({ ...l, account_id: accountId, deleted_at: null }))).execute();
}

export async function insertFile(db: Db, file: Insertable<Database['fax_files']>): Promise<void> {
  await db.insertInto('fax_files').values(file).execute();
}

export async function findFile(db: Db, accountId: string, id: string) {
  return db.selectFrom('fax_files').selectAll().where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
}

export async function insertUpload(db: Db, upload: Insertable<Database['fax_uploads']>): Promise<void> {
  await db.insertInto('fax_uploads').values(upload).execute();
}

export async function findUpload(db: Db, accountId: string, id: string) {
  return db.selectFrom('fax_uploads').selectAll().where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
}
