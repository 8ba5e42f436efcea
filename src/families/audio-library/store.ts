// The audio-library family's queries, scoped by account on every one: through the
// request's AccountStore, or with the account a caller names (public.ts).
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { AccountStore } from '../../kit/store.ts';
import type { AudioItemTable } from './tables.ts';

export type AudioItemRow = Selectable<AudioItemTable>;
export type AudioItemInsert = Omit<Insertable<AudioItemTable>, 'account_id' | 'seq' | 'removed_at'>;

/**
 * "If the audio was removed from the user's audio library, it is marked with a
 * prefix, `removed_vWby3OZaQlS1nAdmEAqgwA` for example. You can still use this
 * audio ID to get the audio information."
 */
export const REMOVED_PREFIX = 'removed_';

/** The id an item is shown by: its own, or with the `removed_` prefix once removed from its library. */
export const shownId = (row: Pick<AudioItemRow, 'id' | 'removed_at'>): string => (row.removed_at === null ? row.id : `${REMOVED_PREFIX}${row.id}`);

/** The account's item in its user's library, by id, or undefined (no such item, or removed). */
export async function itemOf(db: Kysely<Database>, accountId: string, id: string): Promise<AudioItemRow | undefined> {
  return db.selectFrom('audio_items').selectAll().where('account_id', '=', accountId).where('id', '=', id).where('removed_at', 'is', null).executeTakeFirst();
}

/**
 * The account's item an id names as the pages show ids: its own id while it is in
 * its library, `removed_` and its id once removed; undefined otherwise.
 */
export async function itemShownAs(db: Kysely<Database>, accountId: string, id: string): Promise<AudioItemRow | undefined> {
  if (!id.startsWith(REMOVED_PREFIX)) return itemOf(db, accountId, id);
  return db
    .selectFrom('audio_items')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('id', '=', id.slice(REMOVED_PREFIX.length))
    .where('removed_at', 'is not', null)
    .executeTakeFirst();
}

/** The user's library: its items in the order they were added (the removed ones not). */
export async function itemsOfUser(store: AccountStore, userId: string): Promise<AudioItemRow[]> {
  return store.scoped('audio_items').selectAll().where('user_id', '=', userId).where('removed_at', 'is', null).orderBy('seq').execute();
}

/** Adds items (and the files of those uploaded) in one transaction: all of them or none. */
export async function insertItems(store: AccountStore, items: { item: AudioItemInsert; file?: Buffer }[]): Promise<void> {
  await store.db.transaction().execute(async (trx) => {
    const own = store.on(trx);
    await own.insert(
      'audio_items',
      items.map((i) => ({ ...i.item, removed_at: null })),
    );
    const files = items.filter((i) => i.file).map((i) => ({ audio_id: i.item.id, data: i.file! }));
    if (files.length) await own.insert('audio_files', files);
  });
}

/** Renames an item still in its library; false when there is none (the statement decides a race with a delete). */
export async function renameItem(store: AccountStore, id: string, name: string, at: number): Promise<boolean> {
  const res = await store.db
    .updateTable('audio_items')
    .set({ name, updated_at: at })
    .where('account_id', '=', store.accountId)
    .where('id', '=', id)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

/** Removes an item from its library (it is kept, marked); false when it is not in one (of two concurrent removals, one wins). */
export async function removeItem(store: AccountStore, id: string, at: number): Promise<boolean> {
  const res = await store.db
    .updateTable('audio_items')
    .set({ removed_at: at, updated_at: at })
    .where('account_id', '=', store.accountId)
    .where('id', '=', id)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

/** Removes the users' items from their libraries (a user taken out of Zoom Phone). */
export async function removeItemsOfUsers(db: Kysely<Database>, accountId: string, userIds: readonly string[], at: number): Promise<void> {
  if (userIds.length === 0) return;
  await db
    .updateTable('audio_items')
    .set({ removed_at: at, updated_at: at })
    .where('account_id', '=', accountId)
    .where('user_id', 'in', [...userIds])
    .where('removed_at', 'is', null)
    .execute();
}

/** The account's items among `ids` (each by its own id, removed or not), a page's worth at a time. */
export async function itemsByIds(db: Kysely<Database>, accountId: string, ids: readonly string[]): Promise<AudioItemRow[]> {
  const own = [...new Set(ids.map((id) => (id.startsWith(REMOVED_PREFIX) ? id.slice(REMOVED_PREFIX.length) : id)))];
  if (own.length === 0) return [];
  return db.selectFrom('audio_items').selectAll().where('account_id', '=', accountId).where('id', 'in', own).execute();
}
