// The phone-devices family's queries, scoped by account on every one. The writes
// that decide a race are the database's: the MAC address index (an add), the user's
// three slots (an assignment), a conditional update of the last reboot or resync.
import { sql, type Insertable, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { AccountStore } from '../../kit/store.ts';
import { wentIn } from '../../kit/constraints.ts';
import type { AssigneeKind, Brand, PhoneDeviceAssigneeTable, PhoneDeviceTable, PhoneLineKeyTable, PhoneSmartphoneTable } from './tables.ts';
import { PHONES_PER_USER } from './rules.ts';

type Db = Kysely<Database>;
export type DeviceRow = Selectable<PhoneDeviceTable>;
export type AssigneeRow = Selectable<PhoneDeviceAssigneeTable>;
export type LineKeyRow = Selectable<PhoneLineKeyTable>;
export type SmartphoneRow = Selectable<PhoneSmartphoneTable>;

/** Adds the device; false when its MAC address is taken (in any account). Run inside a transaction. */
export async function insertDevice(store: AccountStore, device: Omit<Insertable<PhoneDeviceTable>, 'account_id' | 'seq'>): Promise<boolean> {
  return wentIn(store.db, () => store.insert('phone_devices', device));
}

export const findDevice = (store: AccountStore, id: string) => store.find('phone_devices', { id });

/** The device, locked until the transaction ends: its assignees and positions change one writer at a time. */
export const lockDevice = (store: AccountStore, id: string) => store.lock('phone_devices', { id }, 'update');

/** The assignees of these devices, each device's in position order. */
export async function assigneesOf(db: Db, accountId: string, deviceIds: string[]): Promise<Map<string, AssigneeRow[]>> {
  const out = new Map<string, AssigneeRow[]>();
  if (deviceIds.length === 0) return out;
  const rows = await db
    .selectFrom('phone_device_assignees')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('device_id', 'in', deviceIds)
    .orderBy('position')
    .orderBy('seq')
    .execute();
  for (const r of rows) out.set(r.device_id, [...(out.get(r.device_id) ?? []), r]);
  return out;
}

export interface NewAssignee {
  extensionId: string;
  kind: AssigneeKind;
  ownerId: string;
}

/**
 * Adds the extension to the device at `position`. A user's extension takes the
 * first of its three slots free: false when none is (the unique index decides, so
 * two concurrent assignments cannot both take the last). Run inside a transaction.
 */
export async function insertAssignee(store: AccountStore, deviceId: string, a: NewAssignee, position: number, now: number): Promise<boolean> {
  const row = { device_id: deviceId, extension_id: a.extensionId, extension_type: a.kind, owner_id: a.ownerId, position, created_at: now };
  if (a.kind !== 'user') return wentIn(store.db, () => store.insert('phone_device_assignees', { ...row, slot: null }));
  for (let slot = 1; slot <= PHONES_PER_USER; slot++) {
    if (await wentIn(store.db, () => store.insert('phone_device_assignees', { ...row, slot }))) return true;
  }
  return false;
}

/** Takes the extension off the device and closes the gap in the positions; false when it was not an assignee. */
export async function removeAssignee(store: AccountStore, deviceId: string, extensionId: string): Promise<boolean> {
  const row = await store.find('phone_device_assignees', { device_id: deviceId, extension_id: extensionId });
  if (!row) return false;
  await store.remove('phone_device_assignees', { device_id: deviceId, extension_id: extensionId });
  await closeGaps(store, [deviceId]);
  return true;
}

/** Renumbers the positions of these devices' assignees 1..n, keeping their order. */
export async function closeGaps(store: AccountStore, deviceIds: string[]): Promise<void> {
  const byDevice = await assigneesOf(store.db, store.accountId, deviceIds);
  for (const rows of byDevice.values()) {
    for (const [i, r] of rows.entries()) {
      if (r.position !== i + 1) await store.patch('phone_device_assignees', { device_id: r.device_id, extension_id: r.extension_id }, { position: i + 1 });
    }
  }
}

/** Lets go of these extensions: off every device (positions closed up), their line keys and keys aimed at them gone, smartphones unassigned. */
export async function forgetExtensions(store: AccountStore, extensionIds: string[]): Promise<void> {
  if (extensionIds.length === 0) return;
  const { db, accountId } = store;
  const held = await db
    .selectFrom('phone_device_assignees')
    .select('device_id')
    .where('account_id', '=', accountId)
    .where('extension_id', 'in', extensionIds)
    .execute();
  await db.deleteFrom('phone_device_assignees').where('account_id', '=', accountId).where('extension_id', 'in', extensionIds).execute();
  await closeGaps(store, [...new Set(held.map((h) => h.device_id))]);
  await db.deleteFrom('phone_line_keys').where('account_id', '=', accountId).where('extension_id', 'in', extensionIds).execute();
  await db.deleteFrom('phone_line_key_sets').where('account_id', '=', accountId).where('extension_id', 'in', extensionIds).execute();
  await db.deleteFrom('phone_line_keys').where('account_id', '=', accountId).where('target_extension_id', 'in', extensionIds).execute();
  await db.updateTable('phone_smartphones').set({ extension_id: null }).where('account_id', '=', accountId).where('extension_id', 'in', extensionIds).execute();
}

/** The extensions these owners (users, common areas) hold on devices. */
export async function extensionsOfOwners(db: Db, accountId: string, ownerIds: string[]): Promise<string[]> {
  if (ownerIds.length === 0) return [];
  const rows = await db
    .selectFrom('phone_device_assignees')
    .select('extension_id')
    .where('account_id', '=', accountId)
    .where('owner_id', 'in', ownerIds)
    .execute();
  return [...new Set(rows.map((r) => r.extension_id))];
}

/** Devices whose assignees include these owners move to `siteId` with them. */
export async function followOwners(db: Db, accountId: string, ownerIds: string[], siteId: string): Promise<void> {
  if (ownerIds.length === 0) return;
  const devices = db.selectFrom('phone_device_assignees').select('device_id').where('account_id', '=', accountId).where('owner_id', 'in', ownerIds);
  await db.updateTable('phone_devices').set({ site_id: siteId }).where('account_id', '=', accountId).where('id', 'in', devices).execute();
}

/** A deleted site's devices and smartphones move to its transfer site. */
export async function moveSite(db: Db, accountId: string, siteId: string, transferSiteId: string): Promise<void> {
  await db.updateTable('phone_devices').set({ site_id: transferSiteId }).where('account_id', '=', accountId).where('site_id', '=', siteId).execute();
  await db.updateTable('phone_smartphones').set({ site_id: transferSiteId }).where('account_id', '=', accountId).where('site_id', '=', siteId).execute();
}

export interface DeviceFilters {
  assigned: boolean;
  assigneeType?: AssigneeKind;
  siteId?: string;
  brand?: Brand;
  keyword?: string;
  /** A device source the sandbox has no device of (hardware as a service, hot desking): nothing matches. */
  none?: boolean;
}

function filtered(db: Db, accountId: string, f: DeviceFilters) {
  let q = db.selectFrom('phone_devices').where('phone_devices.account_id', '=', accountId);
  const assignees = (kind?: AssigneeKind) => {
    let sub = db
      .selectFrom('phone_device_assignees')
      .select(sql<number>`1`.as('one'))
      .where('phone_device_assignees.account_id', '=', accountId)
      .where('phone_device_assignees.device_id', '=', sql.ref<string>('phone_devices.id'));
    if (kind) sub = sub.where('phone_device_assignees.extension_type', '=', kind);
    return sub;
  };
  q = q.where((eb) => (f.assigned ? eb.exists(assignees(f.assigneeType)) : eb.not(eb.exists(assignees()))));
  if (f.siteId !== undefined) q = q.where('phone_devices.site_id', '=', f.siteId);
  if (f.brand) q = q.where('phone_devices.brand', '=', f.brand);
  if (f.keyword) {
    const like = `%${f.keyword.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) =>
      eb.or([
        eb(sql`lower(phone_devices.display_name)`, 'like', sql`${like} escape '\\'`),
        eb(sql`lower(phone_devices.mac_address)`, 'like', sql`${like} escape '\\'`),
        eb(sql`lower(coalesce(phone_devices.model, ''))`, 'like', sql`${like} escape '\\'`),
      ]),
    );
  }
  if (f.none) q = q.where(sql<boolean>`1 = 0`);
  return q;
}

export async function pageDevices(db: Db, accountId: string, f: DeviceFilters, after: number, limit: number): Promise<(DeviceRow & { seq: number })[]> {
  const rows = await filtered(db, accountId, f).selectAll('phone_devices').where('phone_devices.seq', '>', after).orderBy('phone_devices.seq').limit(limit).execute();
  return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
}

export async function countDevices(db: Db, accountId: string, f: DeviceFilters): Promise<number> {
  const row = await filtered(db, accountId, f).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** How many of the account's devices use each of these templates. */
export async function templateCounts(db: Db, accountId: string, templateIds: string[]): Promise<Map<string, number>> {
  if (templateIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('phone_devices')
    .select(['provision_template_id', (eb) => eb.fn.countAll().as('n')])
    .where('account_id', '=', accountId)
    .where('provision_template_id', 'in', templateIds)
    .groupBy('provision_template_id')
    .execute();
  return new Map(rows.map((r) => [r.provision_template_id!, Number(r.n)]));
}

/** The devices these owners are assignees of, in the order the devices were added. */
export async function devicesOfOwners(db: Db, accountId: string, ownerIds: string[]): Promise<Map<string, DeviceRow[]>> {
  const out = new Map<string, DeviceRow[]>(ownerIds.map((id) => [id, []]));
  if (ownerIds.length === 0) return out;
  const rows = await db
    .selectFrom('phone_device_assignees')
    .innerJoin('phone_devices', (j) => j.onRef('phone_devices.id', '=', 'phone_device_assignees.device_id').onRef('phone_devices.account_id', '=', 'phone_device_assignees.account_id'))
    .selectAll('phone_devices')
    .select('phone_device_assignees.owner_id as assignee_owner_id')
    .where('phone_device_assignees.account_id', '=', accountId)
    .where('phone_device_assignees.owner_id', 'in', ownerIds)
    .orderBy('phone_devices.seq')
    .execute();
  for (const { assignee_owner_id, ...device } of rows) out.get(assignee_owner_id)?.push(device as DeviceRow);
  return out;
}

/** The reboot goes in unless another went in less than `interval` ago (the database decides between two at once). */
export async function markRebooted(store: AccountStore, id: string, now: number, interval: number): Promise<boolean> {
  const res = await store.db
    .updateTable('phone_devices')
    .set({ rebooted_at: now })
    .where('account_id', '=', store.accountId)
    .where('id', '=', id)
    .where((eb) => eb.or([eb('rebooted_at', 'is', null), eb('rebooted_at', '<=', now - interval)]))
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** The account's resync goes in unless one went in less than `interval` ago. Run inside a transaction. */
export async function claimSync(store: AccountStore, now: number, interval: number): Promise<boolean> {
  await store.db.insertInto('phone_device_syncs').values({ account_id: store.accountId, synced_at: now - interval }).onConflict((oc) => oc.doNothing()).execute();
  const res = await store.db
    .updateTable('phone_device_syncs')
    .set({ synced_at: now })
    .where('account_id', '=', store.accountId)
    .where('synced_at', '<=', now - interval)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** The extension's line keys, in index order. */
export async function lineKeysOf(db: Db, accountId: string, extensionId: string): Promise<LineKeyRow[]> {
  return db.selectFrom('phone_line_keys').selectAll().where('account_id', '=', accountId).where('extension_id', '=', extensionId).orderBy('key_index').execute();
}

/** Holds the extension's line keys until the transaction ends: one batch rewrites them at a time. */
export async function holdLineKeys(store: AccountStore, extensionId: string, now: number): Promise<void> {
  await store.db.insertInto('phone_line_key_sets').values({ account_id: store.accountId, extension_id: extensionId, updated_at: now }).onConflict((oc) => oc.doNothing()).execute();
  await store.lock('phone_line_key_sets', { extension_id: extensionId }, 'update');
}

/** Replaces the extension's line keys by `keys`. Run inside a transaction, holding them (holdLineKeys). */
export async function replaceLineKeys(store: AccountStore, extensionId: string, keys: Omit<Insertable<PhoneLineKeyTable>, 'account_id' | 'seq'>[]): Promise<void> {
  await store.remove('phone_line_keys', { extension_id: extensionId });
  await store.insert('phone_line_keys', keys);
}

/**
 * Sends the resync to the account's (or the site's) online zero-touch and assisted
 * phones: each restarts (offline for `restartMs`). How many it reached.
 */
export async function resyncDevices(store: AccountStore, siteId: string | undefined, now: number, restartMs: number): Promise<number> {
  const { db, accountId } = store;
  let q = db
    .updateTable('phone_devices')
    .set({ synced_at: now })
    .where('account_id', '=', accountId)
    .where('provision_type', '!=', 'manual')
    .where((eb) => eb.or([eb('rebooted_at', 'is', null), eb('rebooted_at', '<=', now - restartMs)]))
    .where((eb) => eb.or([eb('synced_at', 'is', null), eb('synced_at', '<=', now - restartMs)]))
    .where((eb) =>
      eb.exists(
        db
          .selectFrom('phone_device_assignees')
          .select(sql<number>`1`.as('one'))
          .where('phone_device_assignees.account_id', '=', accountId)
          .where('phone_device_assignees.device_id', '=', sql.ref<string>('phone_devices.id')),
      ),
    );
  if (siteId !== undefined) q = q.where('site_id', '=', siteId);
  const res = await q.executeTakeFirst();
  return Number(res.numUpdatedRows);
}
