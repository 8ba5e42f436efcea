// The user-settings family's queries, each scoped to one account: through the
// request's AccountStore, or with the account a listener is told of. Writes run
// inside the caller's transaction; unique indexes decide between concurrent adds.
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { AccountStore } from '../../kit/store.ts';
import type { UserAccessMemberTable, UserDelegationAssistantTable, UserDelegationTable, UserIntercomTable, UserSettingTable } from './tables.ts';
import type { AccessSetting } from './rules.ts';

export type SettingRow = Selectable<UserSettingTable>;
export type DelegationRow = Selectable<UserDelegationTable>;
export type AssistantRow = Selectable<UserDelegationAssistantTable>;
export type IntercomRow = Selectable<UserIntercomTable>;
export type AccessMemberRow = Selectable<UserAccessMemberTable>;

const numbered = <R extends { seq: number | bigint }>(rows: R[]) => rows.map((r) => ({ ...r, seq: Number(r.seq) }));

export const findSettings = (store: AccountStore, userId: string) => store.find('user_settings', { user_id: userId });
export const findDelegation = (store: AccountStore, userId: string) => store.find('user_delegations', { user_id: userId });

export async function assistantsOf(store: AccountStore, userIds: string[]): Promise<AssistantRow[]> {
  if (userIds.length === 0) return [];
  return numbered(await store.scoped('user_delegation_assistants').selectAll().where('user_id', 'in', userIds).orderBy('seq').execute());
}

/** The delegations this extension assists in. */
export async function assistedBy(store: AccountStore, extensionId: string): Promise<(AssistantRow & { privileges: number })[]> {
  const rows = await store
    .scoped('user_delegation_assistants')
    .innerJoin('user_delegations', (j) =>
      j.onRef('user_delegations.account_id', '=', 'user_delegation_assistants.account_id').onRef('user_delegations.user_id', '=', 'user_delegation_assistants.user_id'),
    )
    .selectAll('user_delegation_assistants')
    .select('user_delegations.privileges')
    .where('user_delegation_assistants.extension_id', '=', extensionId)
    .orderBy('user_delegation_assistants.seq')
    .execute();
  return numbered(rows);
}

export async function intercomsOf(store: AccountStore, userId: string): Promise<IntercomRow[]> {
  return numbered(await store.scoped('user_intercoms').selectAll().where('user_id', '=', userId).orderBy('seq').execute());
}

export async function accessMembersOf(store: AccountStore, userId: string, setting?: AccessSetting): Promise<AccessMemberRow[]> {
  let q = store.scoped('user_access_members').selectAll().where('user_id', '=', userId);
  if (setting) q = q.where('setting', '=', setting);
  return numbered(await q.orderBy('seq').execute());
}


/**
 * Extensions left the directory: they leave every delegation, intercom and access
 * list, and the settings of the users who held them go (an executive's delegation
 * with them).
 */
export async function forgetExtensions(db: Kysely<Database>, accountId: string, extensionIds: string[]): Promise<void> {
  if (extensionIds.length === 0) return;
  const owners = new Set<string>();
  for (const table of ['user_settings', 'user_delegations'] as const) {
    const rows = await db.selectFrom(table).select('user_id').where('account_id', '=', accountId).where('extension_id', 'in', extensionIds).execute();
    for (const r of rows) owners.add(r.user_id);
  }
  const users = [...owners];
  await db.deleteFrom('user_delegation_assistants').where('account_id', '=', accountId).where('extension_id', 'in', extensionIds).execute();
  await db.deleteFrom('user_intercoms').where('account_id', '=', accountId).where('extension_id', 'in', extensionIds).execute();
  await db.deleteFrom('user_access_members').where('account_id', '=', accountId).where('access_extension_id', 'in', extensionIds).execute();
  if (users.length === 0) return;
  for (const table of ['user_delegation_assistants', 'user_delegations', 'user_intercoms', 'user_access_members', 'user_settings'] as const) {
    await db.deleteFrom(table).where('account_id', '=', accountId).where('user_id', 'in', users).execute();
  }
}
