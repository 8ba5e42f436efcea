// The call-handling family's queries; it writes only its own tables. Every write
// of an extension's settings holds that extension (and every extension it would
// forward to) first, as the release of an extension does: a setting is never
// written for, or pointed at, an extension that has left the directory.
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { isPostgres } from '../../kit/locks.ts';
import type { CallHandlingForwardingTable, CallHandlingHolidayTable, CallHandlingRouteTable } from './tables.ts';
import { defaultRoute, OPTION_KEYS, VOICEMAIL, type HandledKind, type Period, type Route, type RouteOptions, type WeekdayHours } from './rules.ts';

type Db = Kysely<Database>;
export type RouteRow = Selectable<CallHandlingRouteTable>;
export type HolidayRow = Selectable<CallHandlingHolidayTable>;
export type ForwardingRow = Selectable<CallHandlingForwardingTable>;

/** Holds these extensions' call handling until the transaction ends, in one order. PostgreSQL only: SQLite runs one transaction at a time. */
export async function holdExtensions(db: Db, accountId: string, extensionIds: (string | null | undefined)[]): Promise<void> {
  if (!isPostgres(db)) return;
  const ids = [...new Set(extensionIds.filter((id): id is string => !!id))].sort();
  for (const id of ids) await sql`select pg_advisory_xact_lock(hashtext(${`call-handling ${accountId} ${id}`}))`.execute(db);
}

// ---- routes ---------------------------------------------------------------------

export async function routeRows(db: Db, accountId: string, extensionId: string): Promise<RouteRow[]> {
  return db.selectFrom('call_handling_routes').selectAll().where('account_id', '=', accountId).where('extension_id', '=', extensionId).execute();
}

const bool = (n: number | null) => (n === null ? null : n === 1);
const flag = (b: boolean) => (b ? 1 : 0);

/** The route a row keeps, or the kind's defaults where the period was never changed. */
export function routeOf(row: RouteRow | undefined, kind: HandledKind, period: Period): Route {
  if (!row) return defaultRoute(kind, period);
  const options = JSON.parse(row.options) as RouteOptions;
  return {
    hours_type: row.hours_type === null ? null : Number(row.hours_type),
    custom_hours: row.custom_hours === null ? null : (JSON.parse(row.custom_hours) as WeekdayHours[]),
    allow_members_to_reset: bool(row.allow_members_to_reset === null ? null : Number(row.allow_members_to_reset)),
    ring_mode: row.ring_mode as Route['ring_mode'],
    max_wait_time: row.max_wait_time === null ? null : Number(row.max_wait_time),
    routing_action: Number(row.routing_action),
    routing_extension_id: row.routing_extension_id,
    routing_phone_number: row.routing_phone_number,
    routing_description: row.routing_description,
    busy_action: row.busy_action === null ? null : Number(row.busy_action),
    busy_extension_id: row.busy_extension_id,
    busy_phone_number: row.busy_phone_number,
    busy_description: row.busy_description,
    connect_to_operator: Number(row.connect_to_operator) === 1,
    operator_extension_id: row.operator_extension_id,
    allow_callers_check_voicemail: Number(row.allow_callers_check_voicemail) === 1,
    require_press_1: Number(row.require_press_1) === 1,
    options,
  };
}

/** Only the known option keys are stored, in one order. */
function optionsJson(options: RouteOptions): string {
  const kept: Record<string, unknown> = {};
  for (const key of OPTION_KEYS) if (options[key] !== undefined) kept[key] = options[key];
  return JSON.stringify(kept);
}

/** Writes a period's route (adding its row on its first change). Run inside a transaction, the extension held. */
export async function saveRoute(db: Db, accountId: string, extensionId: string, period: Period, holidayId: string, route: Route, now: number): Promise<void> {
  const values = {
    hours_type: route.hours_type,
    custom_hours: route.custom_hours === null ? null : JSON.stringify(route.custom_hours),
    allow_members_to_reset: route.allow_members_to_reset === null ? null : flag(route.allow_members_to_reset),
    ring_mode: route.ring_mode,
    max_wait_time: route.max_wait_time,
    routing_action: route.routing_action,
    routing_extension_id: route.routing_extension_id,
    routing_phone_number: route.routing_phone_number,
    routing_description: route.routing_description,
    busy_action: route.busy_action,
    busy_extension_id: route.busy_extension_id,
    busy_phone_number: route.busy_phone_number,
    busy_description: route.busy_description,
    connect_to_operator: flag(route.connect_to_operator),
    operator_extension_id: route.operator_extension_id,
    allow_callers_check_voicemail: flag(route.allow_callers_check_voicemail),
    require_press_1: flag(route.require_press_1),
    options: optionsJson(route.options),
    updated_at: now,
  };
  const key = (q: any) => q.where('account_id', '=', accountId).where('extension_id', '=', extensionId).where('period', '=', period).where('holiday_id', '=', holidayId);
  const res = await key(db.updateTable('call_handling_routes').set(values)).executeTakeFirst();
  if (Number(res.numUpdatedRows) > 0) return;
  await db.insertInto('call_handling_routes').values({ ...values, account_id: accountId, extension_id: extensionId, period, holiday_id: holidayId }).execute();
}

// ---- holidays -------------------------------------------------------------------

export async function holidaysOf(db: Db, accountId: string, extensionId: string): Promise<HolidayRow[]> {
  return db.selectFrom('call_handling_holidays').selectAll().where('account_id', '=', accountId).where('extension_id', '=', extensionId).orderBy('seq').execute();
}

export async function findHoliday(db: Db, accountId: string, extensionId: string, id: string): Promise<HolidayRow | undefined> {
  return db.selectFrom('call_handling_holidays').selectAll().where('account_id', '=', accountId).where('extension_id', '=', extensionId).where('id', '=', id).executeTakeFirst();
}

export async function insertHoliday(db: Db, row: Omit<HolidayRow, 'seq'>): Promise<void> {
  await db.insertInto('call_handling_holidays').values(row).execute();
}

export async function updateHoliday(db: Db, accountId: string, id: string, changes: Partial<Pick<HolidayRow, 'name' | 'starts_at' | 'ends_at'>>): Promise<void> {
  if (Object.keys(changes).length === 0) return;
  await db.updateTable('call_handling_holidays').set(changes).where('account_id', '=', accountId).where('id', '=', id).execute();
}

/** Deletes a holiday with its routing and its forwarding numbers; false when it was gone. */
export async function deleteHoliday(db: Db, accountId: string, extensionId: string, id: string): Promise<boolean> {
  const res = await db.deleteFrom('call_handling_holidays').where('account_id', '=', accountId).where('extension_id', '=', extensionId).where('id', '=', id).executeTakeFirst();
  if (Number(res.numDeletedRows) === 0) return false;
  await db.deleteFrom('call_handling_routes').where('account_id', '=', accountId).where('extension_id', '=', extensionId).where('holiday_id', '=', id).execute();
  await db.deleteFrom('call_handling_forwardings').where('account_id', '=', accountId).where('extension_id', '=', extensionId).where('holiday_id', '=', id).execute();
  return true;
}

// ---- forwarding numbers ---------------------------------------------------------

export async function forwardingsOf(db: Db, accountId: string, extensionId: string): Promise<ForwardingRow[]> {
  return db.selectFrom('call_handling_forwardings').selectAll().where('account_id', '=', accountId).where('extension_id', '=', extensionId).orderBy('seq').execute();
}

export async function findForwarding(db: Db, accountId: string, extensionId: string, period: Period, id: string): Promise<ForwardingRow | undefined> {
  return db
    .selectFrom('call_handling_forwardings')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('extension_id', '=', extensionId)
    .where('period', '=', period)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertForwarding(db: Db, row: Omit<ForwardingRow, 'seq'>): Promise<void> {
  await db.insertInto('call_handling_forwardings').values(row).execute();
}

export async function updateForwarding(db: Db, accountId: string, id: string, changes: Partial<Pick<ForwardingRow, 'phone_number' | 'description' | 'enable' | 'external_contact_id'>>): Promise<void> {
  if (Object.keys(changes).length === 0) return;
  await db.updateTable('call_handling_forwardings').set(changes).where('account_id', '=', accountId).where('id', '=', id).execute();
}

export async function deleteForwarding(db: Db, accountId: string, id: string): Promise<boolean> {
  const res = await db.deleteFrom('call_handling_forwardings').where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}

// ---- the directory releases extensions --------------------------------------------

/**
 * The extensions left the directory: their call handling goes; a setting of
 * another extension that forwarded to one of them sends its calls to its own
 * voicemail instead, and an operator that was one of them is no longer reachable
 * (see fidelity.ts: the pages are silent).
 */
export async function forgetExtensions(db: Db, accountId: string, extensionIds: string[]): Promise<void> {
  if (extensionIds.length === 0) return;
  await holdExtensions(db, accountId, extensionIds);
  for (const table of ['call_handling_routes', 'call_handling_holidays', 'call_handling_forwardings'] as const) {
    await db.deleteFrom(table).where('account_id', '=', accountId).where('extension_id', 'in', extensionIds).execute();
  }
  // Forwarding items to an external contact that went, go with it.
  await db.deleteFrom('call_handling_forwardings').where('account_id', '=', accountId).where('external_contact_id', 'in', extensionIds).execute();
  await db
    .updateTable('call_handling_routes')
    .set({ routing_action: VOICEMAIL, routing_extension_id: null, routing_phone_number: null, routing_description: null })
    .where('account_id', '=', accountId)
    .where('routing_extension_id', 'in', extensionIds)
    .execute();
  await db
    .updateTable('call_handling_routes')
    .set({ busy_action: VOICEMAIL, busy_extension_id: null, busy_phone_number: null, busy_description: null })
    .where('account_id', '=', accountId)
    .where('busy_extension_id', 'in', extensionIds)
    .execute();
  await db
    .updateTable('call_handling_routes')
    .set({ operator_extension_id: null, connect_to_operator: 0 })
    .where('account_id', '=', accountId)
    .where('operator_extension_id', 'in', extensionIds)
    .execute();
}
