// The private-directory family's queries, scoped by account on every one: through
// the request's AccountStore, or with the account a listener names.
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { AccountStore } from '../../kit/store.ts';
import type { PrivateDirectoryMemberTable } from './tables.ts';

export type MemberRow = Selectable<PrivateDirectoryMemberTable>;

/** Which of these extensions are members already. */
export async function membersAmong(store: AccountStore, extensionIds: string[]): Promise<Set<string>> {
  if (extensionIds.length === 0) return new Set();
  const rows = await store.scoped('private_directory_members').select('extension_id').where('extension_id', 'in', extensionIds).execute();
  return new Set(rows.map((r) => r.extension_id));
}

/** Members whose extension left the account's directory (extensions.released) leave the private directory too. */
export async function forgetExtensions(db: Kysely<Database>, accountId: string, extensionIds: string[]): Promise<void> {
  if (extensionIds.length === 0) return;
  await db.deleteFrom('private_directory_members').where('account_id', '=', accountId).where('extension_id', 'in', extensionIds).execute();
}
