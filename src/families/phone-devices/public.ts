// What other families may use of phone-devices: how many desk phones use each
// provision template (its bound_device_count), and the desk phones a user is
// assigned to (its profile settings show them); and, for a common area's desk_phone
// setting, the assignment of a device to an extension, its release, and the hot
// desking of the owner's phones, run with this family's rules, locks and rights.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { AccountStore } from '../../kit/store.ts';
import { assigneesOf, devicesOfOwners, lockDevice, removeAssignee, templateCounts } from './store.ts';
import { attach, isRefusal, resolveAssignees } from './assign.ts';
import { owner } from './tables.ts';
import { listedDevices } from './present.ts';

/** How many of the account's desk phones use each of these templates (absent: none). */
export const templateDeviceCounts = (db: Kysely<Database>, accountId: string, templateIds: string[]): Promise<Map<string, number>> =>
  templateCounts(db, accountId, templateIds);

export interface DeskPhone {
  id: string;
  display_name: string;
  device_type: string;
  mac_address: string;
  status: 'online' | 'offline';
  policy: { call_control: { status: 'unsupported' | 'on' | 'off' }; hot_desking: { status: 'unsupported' | 'on' | 'off' } };
  private_ip: string;
  public_ip: string;
}

/** The desk phones each of these users (or common areas) is assigned to, as at sandbox time `now`: one read for a page of owners. */
export async function deskPhonesOfOwners(db: Kysely<Database>, accountId: string, ownerIds: string[], now: number): Promise<Map<string, DeskPhone[]>> {
  const byOwner = await devicesOfOwners(db, accountId, ownerIds);
  const rows = [...new Map([...byOwner.values()].flat().map((r) => [r.id, r])).values()];
  const shown = new Map((await listedDevices(db, accountId, rows, now)).map((d) => [d.id!, d]));
  const out = new Map<string, DeskPhone[]>();
  for (const [ownerId, devices] of byOwner) {
    out.set(
      ownerId,
      devices.map((r) => {
        const d = shown.get(r.id)!;
        return {
          id: d.id!,
          display_name: d.display_name!,
          device_type: d.device_type!,
          mac_address: d.mac_address!,
          status: d.status!,
          policy: { call_control: { status: d.policy!.call_control!.status! }, hot_desking: { status: d.policy!.hot_desking!.status! } },
          private_ip: d.private_ip!,
          public_ip: d.public_ip!,
        };
      }),
    );
  }
  return out;
}

/** The desk phones the user (or common area) is assigned to, as at sandbox time `now`. */
export const deskPhonesOf = async (db: Kysely<Database>, accountId: string, ownerId: string, now: number): Promise<DeskPhone[]> =>
  (await deskPhonesOfOwners(db, accountId, [ownerId], now)).get(ownerId) ?? [];

/** Why a desk phone was not assigned: no such device, an extension that cannot hold one, assignees on another site, a user's three phones. */
export type DeskPhoneRefusal = 'device' | 'extension' | 'site' | 'limit';

/**
 * Assigns the account's device to the extension (a user's or a common area's) after
 * its present assignees, as assignAnEntityToADevice does: the device locked, the
 * extension held, one site for all assignees, three phones a user; the device moves
 * to the assignees' site. Run inside the caller's transaction.
 */
export async function assignDeskPhone(db: Kysely<Database>, accountId: string, deviceId: string, extensionId: string, now: number): Promise<DeskPhoneRefusal | undefined> {
  const trx = new AccountStore(owner.bind(db), accountId);
  const device = await lockDevice(trx, deviceId);
  if (!device) return 'device';
  const wanted = await resolveAssignees(trx, [extensionId]);
  if (isRefusal(wanted)) return 'extension';
  const refused = await attach(trx, device, wanted, now);
  if (refused) return refused.why;
  await trx.patch('phone_devices', { id: device.id }, { updated_at: now });
  return undefined;
}

/** Takes the extension off the account's device (positions close up), as unassignAnEntityFromTheDevice does; false when the device has no such assignee. Run inside a transaction. */
export async function unassignDeskPhone(db: Kysely<Database>, accountId: string, deviceId: string, extensionId: string, now: number): Promise<boolean> {
  const trx = new AccountStore(owner.bind(db), accountId);
  const device = await lockDevice(trx, deviceId);
  if (!device || !(await removeAssignee(trx, device.id, extensionId))) return false;
  await trx.patch('phone_devices', { id: device.id }, { updated_at: now });
  return true;
}

/**
 * Turns hot desking on or off on desk phones the owner (a user or common area) is
 * assigned to: 'device' names one it is not assigned to (or the account does not
 * have), 'unsupported' a manually provisioned phone (its hot desking is
 * unsupported). All are checked, under their locks, before any changes. Run inside a transaction.
 */
export async function setHotDesking(
  db: Kysely<Database>,
  accountId: string,
  ownerId: string,
  changes: { id: string; status?: 'on' | 'off' }[],
  now: number,
): Promise<{ why: 'device' | 'unsupported'; id: string } | undefined> {
  const trx = new AccountStore(owner.bind(db), accountId);
  const locked = [];
  for (const c of changes) {
    const device = await lockDevice(trx, c.id);
    const held = device ? ((await assigneesOf(trx.db, accountId, [device.id])).get(device.id) ?? []).some((a) => a.owner_id === ownerId) : false;
    if (!device || !held) return { why: 'device', id: c.id };
    if (c.status !== undefined && device.hot_desking === 'unsupported') return { why: 'unsupported', id: c.id };
    locked.push({ id: device.id, status: c.status });
  }
  for (const c of locked) if (c.status !== undefined) await trx.patch('phone_devices', { id: c.id }, { hot_desking: c.status, updated_at: now });
  return undefined;
}

/** These desk phones of the account, by id (absent: none of that id): display name, site and assignees (extension id and type, in position order). */
export async function devicesByIds(
  db: Kysely<Database>,
  accountId: string,
  ids: string[],
): Promise<Map<string, { id: string; name: string; siteId: string | null; assignees: { extensionId: string; extensionType: 'user' | 'commonArea' }[] }>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('phone_devices').select(['id', 'display_name', 'site_id']).where('account_id', '=', accountId).where('id', 'in', [...new Set(ids)]).execute();
  const assignees = await assigneesOf(db, accountId, rows.map((r) => r.id));
  return new Map(
    rows.map((r) => [
      r.id,
      { id: r.id, name: r.display_name, siteId: r.site_id, assignees: (assignees.get(r.id) ?? []).map((a) => ({ extensionId: a.extension_id, extensionType: a.extension_type })) },
    ]),
  );
}

declare module '../../kit/events.ts' {
  interface Events {
    /** Desk phones given their first line (added with an assignee, or assigned one): they register; published in the change's transaction. */
    'devices.registered': { accountId: string; at: number; devices: { id: string; name: string; macAddress: string }[] };
  }
}

/**
 * Every desk phone of the account as listDevices shows it at sandbox time `now` (status,
 * registered private and public IP, site, assignees), oldest first: the Dashboard's
 * real-time location views place them on the account's emergency locations.
 */
export async function allDeskPhones(db: Kysely<Database>, accountId: string, now: number) {
  const rows = await db.selectFrom('phone_devices').selectAll().where('account_id', '=', accountId).orderBy('seq').execute();
  return listedDevices(db, accountId, rows, now);
}
