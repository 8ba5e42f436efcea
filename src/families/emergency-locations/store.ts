// The emergency-locations family's queries, scoped by account on every one: through
// the request's AccountStore, or with the account a caller names (public.ts).
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { AccountStore } from '../../kit/store.ts';
import { wentIn } from '../../kit/constraints.ts';
import type { EmergencyLocationTable } from './tables.ts';
import type { SwitchEntry } from './rules.ts';

export type LocationRow = Selectable<EmergencyLocationTable>;
export type LocationInsert = Omit<Insertable<EmergencyLocationTable>, 'account_id' | 'seq'>;

/** The networks of a row, parsed. */
export interface RowNetworks {
  bssids: string[];
  privateIps: string[];
  publicIps: string[];
  switches: SwitchEntry[];
}

export function networksOf(row: Pick<LocationRow, 'bssids' | 'private_ips' | 'public_ips' | 'network_switches'>): RowNetworks {
  return {
    bssids: JSON.parse(row.bssids) as string[],
    privateIps: JSON.parse(row.private_ips) as string[],
    publicIps: JSON.parse(row.public_ips) as string[],
    switches: JSON.parse(row.network_switches) as SwitchEntry[],
  };
}

/** Every location of the account, oldest first (a tree of at most 5000). */
export async function allLocations(db: Kysely<Database>, accountId: string): Promise<LocationRow[]> {
  const rows = await db.selectFrom('emergency_locations').selectAll().where('account_id', '=', accountId).orderBy('seq').execute();
  return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
}

export async function countLocations(db: Kysely<Database>, accountId: string): Promise<number> {
  const row = await db.selectFrom('emergency_locations').select((eb) => eb.fn.countAll<number>().as('n')).where('account_id', '=', accountId).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Which of the unique keys an insert or update ran into: the first of name, identifier, ELIN another row of the account holds. */
export async function takenKey(
  db: Kysely<Database>,
  accountId: string,
  row: { id: string; parent_key: string; name: string; identifier: string | null; elin_number_id: string | null },
): Promise<'name' | 'identifier' | 'elin' | undefined> {
  const others = db.selectFrom('emergency_locations').select('id').where('account_id', '=', accountId).where('id', '!=', row.id);
  if (await others.where('parent_key', '=', row.parent_key).where('name', '=', row.name).executeTakeFirst()) return 'name';
  if (row.identifier !== null && (await others.where('identifier', '=', row.identifier).executeTakeFirst())) return 'identifier';
  if (row.elin_number_id !== null && (await others.where('elin_number_id', '=', row.elin_number_id).executeTakeFirst())) return 'elin';
  return undefined;
}

/** Inserts the location; false when a unique index refused it (the transaction carries on). */
export async function insertLocation(store: AccountStore, row: LocationInsert): Promise<boolean> {
  return wentIn(store.db, () => store.db.insertInto('emergency_locations').values({ account_id: store.accountId, ...row }).execute());
}

/** Changes the location; false when a unique index refused it (the transaction carries on). */
export async function patchLocation(store: AccountStore, id: string, changes: Partial<LocationInsert>): Promise<boolean> {
  return wentIn(store.db, () => store.db.updateTable('emergency_locations').set(changes).where('account_id', '=', store.accountId).where('id', '=', id).execute());
}

/** How many sub-locations the location has. */
export async function childCount(db: Kysely<Database>, accountId: string, id: string): Promise<number> {
  const row = await db
    .selectFrom('emergency_locations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('account_id', '=', accountId)
    .where('parent_id', '=', id)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
