// The zoom-rooms family's queries, scoped by account on every one: the account's
// Zoom Rooms, those of them in Zoom Phone, and their calling plans.
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { AccountStore } from '../../kit/store.ts';
import { contains } from '../../kit/query.ts';
import type { ZoomRoomPhoneTable, ZoomRoomPlanTable, ZoomRoomTable } from './tables.ts';

export type RoomRow = Selectable<ZoomRoomTable>;
export type PlanRow = Selectable<ZoomRoomPlanTable>;
/** A room in Zoom Phone with its name (the Zoom Room's display name). */
export type PhoneRoomRow = Omit<Selectable<ZoomRoomPhoneTable>, 'seq'> & { seq: number; name: string };

export interface PhoneRoomFilters {
  siteId?: string;
  planType?: number;
  keyword?: string;
}

/** Names are searched without case, on both databases (SQLite's LIKE ignores ASCII case, PostgreSQL's does not). */
const nameContains = (column: 'r.display_name' | 'display_name', keyword: string) => contains(sql<string>`lower(${sql.ref(column)})`, keyword.toLowerCase());

function phoneRooms(store: AccountStore, f: PhoneRoomFilters) {
  let q = store.db
    .selectFrom('zoom_room_phones as p')
    .innerJoin('zoom_rooms as r', (j) => j.onRef('r.account_id', '=', 'p.account_id').onRef('r.id', '=', 'p.room_id'))
    .where('p.account_id', '=', store.accountId);
  if (f.siteId !== undefined) q = q.where('p.site_id', '=', f.siteId);
  if (f.planType !== undefined) {
    const type = f.planType;
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('zoom_room_plans as c')
          .select('c.type')
          .whereRef('c.account_id', '=', 'p.account_id')
          .whereRef('c.room_id', '=', 'p.room_id')
          .where('c.type', '=', type),
      ),
    );
  }
  if (f.keyword) q = q.where(nameContains('r.display_name', f.keyword));
  return q;
}

const phoneRoomColumns = ['p.seq', 'p.account_id', 'p.room_id', 'p.site_id', 'p.extension_id', 'p.policy', 'p.created_at', 'r.display_name as name'] as const;

const asPhoneRoom = (r: Omit<PhoneRoomRow, 'seq'> & { seq: number | bigint }): PhoneRoomRow => ({ ...r, seq: Number(r.seq) });

/** A page of the account's rooms in Zoom Phone, in the order they were added. */
export async function listPhoneRooms(store: AccountStore, f: PhoneRoomFilters, afterSeq: number, limit: number): Promise<PhoneRoomRow[]> {
  const rows = await phoneRooms(store, f).select(phoneRoomColumns).where('p.seq', '>', afterSeq).orderBy('p.seq').limit(limit).execute();
  return rows.map(asPhoneRoom);
}

export async function countPhoneRooms(store: AccountStore, f: PhoneRoomFilters): Promise<number> {
  const row = await phoneRooms(store, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The room `roomId` if the account has it in Zoom Phone. */
export async function findPhoneRoom(store: AccountStore, roomId: string): Promise<PhoneRoomRow | undefined> {
  const row = await phoneRooms(store, {}).select(phoneRoomColumns).where('p.room_id', '=', roomId).executeTakeFirst();
  return row && asPhoneRoom(row);
}

/** The account's Zoom Rooms that Zoom Phone does not have, in the order they were added, their names containing `keyword` when given. */
export async function unassignedRooms(store: AccountStore, keyword: string | undefined): Promise<RoomRow[]> {
  let q = store
    .scoped('zoom_rooms')
    .selectAll()
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('zoom_room_phones as p')
            .select('p.room_id')
            .whereRef('p.account_id', '=', 'zoom_rooms.account_id')
            .whereRef('p.room_id', '=', 'zoom_rooms.id'),
        ),
      ),
    );
  if (keyword) q = q.where(nameContains('display_name', keyword));
  return q.orderBy('seq').execute();
}

/** Adds the room to Zoom Phone; false when it is there already (the unique index decides a race of two adds). */
export async function insertPhoneRoom(store: AccountStore, row: Omit<Selectable<ZoomRoomPhoneTable>, 'seq' | 'account_id'>): Promise<boolean> {
  const res = await store.db
    .insertInto('zoom_room_phones')
    .values({ ...row, account_id: store.accountId })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Gives the room a plan; false when it holds that type already (the unique index decides). */
export async function insertPlan(store: AccountStore, row: Omit<PlanRow, 'seq' | 'account_id'>): Promise<boolean> {
  const res = await store.db
    .insertInto('zoom_room_plans')
    .values({ ...row, account_id: store.accountId })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Takes every plan from the room; returns the types this delete removed. */
export async function removePlansOf(store: AccountStore, roomId: string): Promise<number[]> {
  const rows = await store.db.deleteFrom('zoom_room_plans').where('account_id', '=', store.accountId).where('room_id', '=', roomId).returning('type').execute();
  return rows.map((r) => Number(r.type));
}

/** The plans of these rooms, by room, in the order they were given. */
export async function plansOfRooms(store: AccountStore, roomIds: string[]): Promise<Map<string, PlanRow[]>> {
  const out = new Map<string, PlanRow[]>();
  if (roomIds.length === 0) return out;
  const rows = await store.scoped('zoom_room_plans').selectAll().where('room_id', 'in', roomIds).orderBy('seq').execute();
  for (const r of rows) out.set(r.room_id, [...(out.get(r.room_id) ?? []), { ...r, type: Number(r.type) }]);
  return out;
}

/** Rooms on a site being deleted move to its transfer site (their extensions and numbers move with the directory and numbers families). */
export async function moveSiteRooms(db: Kysely<Database>, accountId: string, siteId: string, transferSiteId: string): Promise<void> {
  await db.updateTable('zoom_room_phones').set({ site_id: transferSiteId }).where('account_id', '=', accountId).where('site_id', '=', siteId).execute();
}
