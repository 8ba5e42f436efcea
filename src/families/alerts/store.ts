// The alerts family's queries, scoped by account on every one: through the
// request's AccountStore, or with the account a listener is handed.
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { AccountStore } from '../../kit/store.ts';
import { locking } from '../../kit/locks.ts';
import type { AlertSettingTable, AlertSettingTargetTable } from './tables.ts';

export type AlertSettingRow = Selectable<AlertSettingTable>;
export type TargetRow = Selectable<AlertSettingTargetTable>;

export interface SettingFilters {
  module?: number;
  rule?: number;
  status?: number;
}

/** A page of the account's settings matching the filters, in the order they were added. */
export async function pageSettings(store: AccountStore, f: SettingFilters, after: number, limit: number): Promise<(AlertSettingRow & { seq: number })[]> {
  return store.page('alert_settings', f, after, limit);
}

/** The targets of these settings, each setting's in the order given. */
export async function targetsOf(db: Kysely<Database>, accountId: string, settingIds: string[]): Promise<Map<string, TargetRow[]>> {
  const out = new Map<string, TargetRow[]>();
  if (settingIds.length === 0) return out;
  const rows = await db
    .selectFrom('alert_setting_targets')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('alert_setting_id', 'in', settingIds)
    .orderBy('seq')
    .execute();
  for (const r of rows) out.set(r.alert_setting_id, [...(out.get(r.alert_setting_id) ?? []), r]);
  return out;
}

/** Replaces a setting's targets (a unique index refuses a target another alert of the rule watches). */
export async function putTargets(store: AccountStore, setting: { id: string; rule: number; target_type: number }, targetIds: string[]): Promise<void> {
  await store.remove('alert_setting_targets', { alert_setting_id: setting.id });
  await store.insert(
    'alert_setting_targets',
    targetIds.map((target_id) => ({ alert_setting_id: setting.id, rule: setting.rule, target_type: setting.target_type, target_id })),
  );
}

/**
 * How many alerts of these rules the account has, counted under a lock of the
 * account's row in alert_limits, so that two adds cannot both take the last place.
 * Run inside a transaction.
 */
export async function countLimited(store: AccountStore, rules: readonly number[]): Promise<number> {
  const { db, accountId } = store;
  await db.insertInto('alert_limits').values({ account_id: accountId }).onConflict((oc) => oc.column('account_id').doNothing()).execute();
  await locking(db, db.selectFrom('alert_limits').select('account_id').where('account_id', '=', accountId), 'noKeyUpdate').executeTakeFirst();
  const row = await store
    .scoped('alert_settings')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('rule', 'in', [...rules])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Deletes settings and everything they keep (targets, fired alerts). */
export async function deleteSettings(db: Kysely<Database>, accountId: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.deleteFrom('alert_setting_targets').where('account_id', '=', accountId).where('alert_setting_id', 'in', ids).execute();
  await db.deleteFrom('alerts_fired').where('account_id', '=', accountId).where('alert_setting_id', 'in', ids).execute();
  await db.deleteFrom('alert_settings').where('account_id', '=', accountId).where('id', 'in', ids).execute();
}

/**
 * A target gone from the account (a queue or user extension released, a site
 * deleted): the alerts let go of it, and an alert left watching nothing is deleted.
 */
export async function forgetTargets(db: Kysely<Database>, accountId: string, targetIds: string[], targetTypes: readonly number[]): Promise<void> {
  if (targetIds.length === 0) return;
  const hit = await db
    .selectFrom('alert_setting_targets')
    .select('alert_setting_id')
    .where('account_id', '=', accountId)
    .where('target_id', 'in', targetIds)
    .where('target_type', 'in', [...targetTypes])
    .execute();
  if (hit.length === 0) return;
  await db.deleteFrom('alert_setting_targets').where('account_id', '=', accountId).where('target_id', 'in', targetIds).where('target_type', 'in', [...targetTypes]).execute();
  await db.deleteFrom('alert_queue_calls').where('account_id', '=', accountId).where('queue_extension_id', 'in', targetIds).execute();
  const settingIds = [...new Set(hit.map((h) => h.alert_setting_id))];
  const left = await db
    .selectFrom('alert_setting_targets')
    .select('alert_setting_id')
    .where('account_id', '=', accountId)
    .where('alert_setting_id', 'in', settingIds)
    .groupBy('alert_setting_id')
    .having(sql`count(*)`, '>', 0)
    .execute();
  const kept = new Set(left.map((l) => l.alert_setting_id));
  await deleteSettings(db, accountId, settingIds.filter((id) => !kept.has(id)));
}
