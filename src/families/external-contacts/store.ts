// The external-contacts family's queries, scoped by account on every one: through
// the request's AccountStore, or with the account a caller names (public.ts).
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { locking, type LockMode } from '../../kit/locks.ts';
import type { ExternalContactTable } from './tables.ts';

type Db = Kysely<Database>;
export type ContactRow = Selectable<ExternalContactTable>;

/**
 * The account's contact a path or a target names: by its Zoom-generated
 * external_contact_id, else by its customer-configured id. Held in `mode` when given
 * (inside a transaction).
 */
export async function contactOf(db: Db, accountId: string, id: string, mode?: LockMode): Promise<ContactRow | undefined> {
  const query = (column: 'id' | 'custom_id') => db.selectFrom('external_contacts').selectAll().where('account_id', '=', accountId).where(column, '=', id);
  const run = (column: 'id' | 'custom_id') => (mode ? locking(db, query(column), mode) : query(column)).executeTakeFirst();
  return (await run('id')) ?? (await run('custom_id'));
}

/** These contacts, by their external_contact_id: one query for a page of them. */
export async function contactsByIds(db: Db, accountId: string, ids: string[]): Promise<Map<string, ContactRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('external_contacts').selectAll().where('account_id', '=', accountId).where('id', 'in', [...new Set(ids)]).execute();
  return new Map(rows.map((r) => [r.id, r]));
}

/** The contact with this extension number in the account. */
export async function contactByExtension(db: Db, accountId: string, extensionNumber: string): Promise<ContactRow | undefined> {
  return db.selectFrom('external_contacts').selectAll().where('account_id', '=', accountId).where('extension_number', '=', extensionNumber).executeTakeFirst();
}

/** The account's contacts that hold this phone number (the first one added first). */
export async function contactsWithNumber(db: Db, accountId: string, e164: string): Promise<ContactRow[]> {
  // Numbers are kept as a JSON array of quoted strings: the quoted number matches one element exactly.
  const rows = await db
    .selectFrom('external_contacts')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('phone_numbers', 'like', `%${JSON.stringify(e164)}%`)
    .orderBy('seq')
    .execute();
  return rows.filter((r) => numbersOf(r).includes(e164));
}

/** A contact's phone numbers. */
export const numbersOf = (row: ContactRow): string[] => JSON.parse(row.phone_numbers) as string[];
