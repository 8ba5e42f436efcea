// The firmware-update-rules family's queries, scoped by account on every one:
// through the request's AccountStore, or with the account an event names.
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { AccountStore } from '../../kit/store.ts';
import type { FirmwareUpdateRuleTable } from './tables.ts';

export type RuleRow = Selectable<FirmwareUpdateRuleTable>;
export type RuleInsert = Omit<Insertable<FirmwareUpdateRuleTable>, 'account_id' | 'seq'>;

/** False when the site already has a rule for that device model (the unique index decides). */
export async function insertRule(store: AccountStore, rule: RuleInsert): Promise<boolean> {
  const res = await store.db
    .insertInto('firmware_update_rules')
    .values({ account_id: store.accountId, ...rule })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) === 1;
}

/**
 * A site being deleted takes its rules with it: a rule is the site's setting for
 * its own phones, and the phones that move to the transfer site take that site's
 * rules (moving them could give the transfer site two rules for one model).
 */
export async function removeSiteRules(db: Kysely<Database>, accountId: string, siteId: string): Promise<void> {
  await db.deleteFrom('firmware_update_rules').where('account_id', '=', accountId).where('site_id', '=', siteId).execute();
}
