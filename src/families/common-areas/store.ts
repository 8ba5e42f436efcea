// The common-areas family's queries, scoped by account on every one: through the
// request's AccountStore, or with the account a caller names (public.ts, listeners).
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { AccountStore } from '../../kit/store.ts';
import type { LockMode } from '../../kit/locks.ts';
import { wentIn } from '../../kit/constraints.ts';
import type { CommonAreaHolidayTable, CommonAreaPlanTable, CommonAreaTable } from './tables.ts';

type Db = Kysely<Database>;
export type AreaRow = Selectable<CommonAreaTable>;
export type PlanRow = Selectable<CommonAreaPlanTable>;
export type HolidayRow = Selectable<CommonAreaHolidayTable>;

/**
 * The account's common area `key`: "The common area ID or common area extension ID"
 * (every page takes either). Held in `mode` when given (inside a transaction).
 */
export async function findArea(store: AccountStore, key: string, mode?: LockMode): Promise<AreaRow | undefined> {
  const read = (where: { id: string } | { extension_id: string }) => (mode ? store.lock('common_areas', where, mode) : store.find('common_areas', where));
  return (await read({ id: key })) ?? (await read({ extension_id: key }));
}

/** These common areas (ids or extension ids), keyed as asked; the ones the account does not have are missing. */
export async function areasByKeys(db: Db, accountId: string, keys: string[]): Promise<Map<string, AreaRow>> {
  if (keys.length === 0) return new Map();
  const rows = await db
    .selectFrom('common_areas')
    .selectAll()
    .where('account_id', '=', accountId)
    .where((eb) => eb.or([eb('id', 'in', keys), eb('extension_id', 'in', keys)]))
    .execute();
  const out = new Map<string, AreaRow>();
  for (const r of rows) {
    out.set(r.id, r);
    out.set(r.extension_id, r);
  }
  return out;
}

/** The plans of these common areas, by common area id, in the order they were given. */
export async function plansOf(db: Db, accountId: string, areaIds: string[]): Promise<Map<string, PlanRow[]>> {
  const out = new Map<string, PlanRow[]>();
  if (areaIds.length === 0) return out;
  const rows = await db
    .selectFrom('common_area_calling_plans')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('common_area_id', 'in', areaIds)
    .orderBy('seq')
    .execute();
  for (const r of rows) out.set(r.common_area_id, [...(out.get(r.common_area_id) ?? []), { ...r, type: Number(r.type) }]);
  return out;
}

/** Gives the common area a plan type; false when it has one of that type already (the unique index decides). Run in a transaction. */
export async function insertPlan(store: AccountStore, plan: Omit<PlanRow, 'seq' | 'account_id'>): Promise<boolean> {
  return wentIn(store.db, () => store.insert('common_area_calling_plans', plan));
}

export async function holidaysOf(store: AccountStore, areaId: string): Promise<HolidayRow[]> {
  return store.scoped('common_area_holidays').selectAll().where('common_area_id', '=', areaId).orderBy('seq').execute();
}

/** The common areas with an activation code, after `afterSeq`, in the order they were added. */
export async function pageWithCodes(store: AccountStore, afterSeq: number, limit: number): Promise<(AreaRow & { seq: number })[]> {
  const rows = await store
    .scoped('common_areas')
    .selectAll()
    .where('activation_code', 'is not', null)
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
}

/** Everything of one common area but itself: its plans and holidays. */
export async function deleteAreaRows(store: AccountStore, areaId: string): Promise<void> {
  await store.remove('common_area_calling_plans', { common_area_id: areaId });
  await store.remove('common_area_holidays', { common_area_id: areaId });
  await store.remove('common_areas', { id: areaId });
}

/** A deleted site's common areas move to its transfer site (their extensions and numbers move in their own families). */
export async function moveSiteAreas(db: Db, accountId: string, siteId: string, transferSiteId: string): Promise<void> {
  await db.updateTable('common_areas').set({ site_id: transferSiteId }).where('account_id', '=', accountId).where('site_id', '=', siteId).execute();
}
