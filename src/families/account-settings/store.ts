// The account-settings family's queries, scoped by account: the account's one row,
// made on its first write.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { AccountStore } from '../../kit/store.ts';
import type { AccountSwitches, Json } from './rules.ts';

export interface AccountSettings {
  switches: AccountSwitches;
  policy: Json;
}

const parse = (row: { switches: string; policy: string } | undefined): AccountSettings => ({
  switches: row ? (JSON.parse(row.switches) as AccountSwitches) : {},
  policy: row ? (JSON.parse(row.policy) as Json) : {},
});

/** The account's settings as kept (empty when it never changed one). */
export async function settingsOf(db: Kysely<Database>, accountId: string): Promise<AccountSettings> {
  return parse(await db.selectFrom('phone_account_settings').select(['switches', 'policy']).where('account_id', '=', accountId).executeTakeFirst());
}

/**
 * The account's settings, its row made if it had none and held until the transaction
 * ends, so that concurrent updates apply one after another. Run inside a transaction.
 */
export async function lockSettings(store: AccountStore, now: number): Promise<AccountSettings> {
  await store.db
    .insertInto('phone_account_settings')
    .values({ account_id: store.accountId, switches: '{}', policy: '{}', updated_at: now })
    .onConflict((oc) => oc.column('account_id').doNothing())
    .execute();
  return parse(await store.lock('phone_account_settings', {}, 'noKeyUpdate'));
}

export async function saveSettings(store: AccountStore, settings: AccountSettings, now: number): Promise<void> {
  await store.patch('phone_account_settings', {}, { switches: JSON.stringify(settings.switches), policy: JSON.stringify(settings.policy), updated_at: now });
}
