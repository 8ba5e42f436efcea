// How phone-devices assigns extensions to a desk phone, for its own handlers and
// for its public.ts (a common area's desk_phone setting): the extensions are held,
// the device's assignees must share a site, a user has three phones at most (the
// unique index decides), and the device moves to its assignees' site.
import { publish } from '../../kit/events.ts';
import type { AccountStore } from '../../kit/store.ts';
import { extensionsByIds, holdExtension } from '../extensions/public.ts';
import { assigneeKind } from './rules.ts';
import { assigneesOf, insertAssignee, type DeviceRow, type NewAssignee } from './store.ts';

/** Why an assignment was refused, for each operation to answer in its own words. */
export type Refusal = { why: 'extension'; id: string } | { why: 'limit'; id: string } | { why: 'site' };

/**
 * The extensions, held until the transaction ends (a release waits, then its
 * listeners take them off the device): users' and common areas' only.
 */
export async function resolveAssignees(trx: AccountStore, ids: string[]): Promise<(NewAssignee & { siteId: string | null })[] | Refusal> {
  const out: (NewAssignee & { siteId: string | null })[] = [];
  const unique = [...new Set(ids)];
  for (const id of unique) {
    const ext = await holdExtension(trx.db, trx.accountId, id);
    const kind = ext && assigneeKind(ext.kind);
    if (!ext || !kind) return { why: 'extension', id };
    out.push({ extensionId: ext.id, kind, ownerId: ext.ownerId, siteId: null });
  }
  const sites = await extensionsByIds(trx.db, trx.accountId, unique);
  for (const a of out) a.siteId = sites.get(a.extensionId)?.siteId ?? null;
  return out;
}

/**
 * Assigns the extensions to the locked device after its present assignees (one
 * already there stays where it is). "All users must belong to the same site if a
 * desk phone is assigned to multiple users"; "Each user can be assigned up to 3 desk
 * phones". The device moves to its assignees' site.
 */
export async function attach(trx: AccountStore, device: Pick<DeviceRow, 'id' | 'site_id' | 'display_name' | 'mac_address'>, wanted: (NewAssignee & { siteId: string | null })[], now: number): Promise<Refusal | undefined> {
  const present = (await assigneesOf(trx.db, trx.accountId, [device.id])).get(device.id) ?? [];
  const have = new Set(present.map((a) => a.extension_id));
  const added = wanted.filter((w) => !have.has(w.extensionId));
  const presentSites = await extensionsByIds(trx.db, trx.accountId, present.map((a) => a.extension_id));
  const sites = new Set([...present.map((a) => presentSites.get(a.extension_id)?.siteId ?? null), ...wanted.map((w) => w.siteId)]);
  if (sites.size > 1) return { why: 'site' };
  let position = present.length;
  for (const a of added) {
    if (!(await insertAssignee(trx, device.id, a, ++position, now))) return { why: 'limit', id: a.extensionId };
  }
  const [site] = sites;
  if (sites.size === 1 && site !== undefined && site !== null && site !== device.site_id) await trx.patch('phone_devices', { id: device.id }, { site_id: site, updated_at: now });
  // A phone without a line registers with Zoom Phone when it is given its first one.
  if (present.length === 0 && added.length > 0) {
    await publish(trx.db, 'devices.registered', { accountId: trx.accountId, at: now, devices: [{ id: device.id, name: device.display_name, macAddress: device.mac_address }] });
  }
  return undefined;
}

export const isRefusal = (r: unknown): r is Refusal => typeof r === 'object' && r !== null && 'why' in r;
