// Handlers of the phone-devices family, keyed by operationId: the account's desk
// phones (added by MAC address and make, assigned to users and common areas, given
// a provision template, rebooted and resynced), the line keys of devices and
// extensions, and the account's smartphones.
import { defineHandlers } from '../../kit/context.ts';
import type { AccountStore } from '../../kit/store.ts';
import { extensionById, extensionsByIds } from '../extensions/public.ts';
import { allSites, findSite } from '../sites/public.ts';
import { multipleSitesEnabled } from '../account-settings/public.ts';
import { findUser } from '../users/public.ts';
import { findProvisionTemplate } from '../provision-templates/public.ts';
import {
  addRefused,
  deviceNotFound,
  extensionNotFound,
  lineKeyExtensionNotFound,
  macInvalid,
  macTaken,
  templateNotFound,
  typeInvalid,
  userNotFound,
  worded,
  WORDS,
} from './errors.ts';
import {
  assigneeKind,
  brandOf,
  isDialable,
  macAddress,
  provisionTypeOf,
  REBOOT_INTERVAL_MS,
  RESTART_MS,
  statusOf,
  supportsRemoteActions,
  SYNC_INTERVAL_MS,
} from './rules.ts';
import {
  assigneesOf,
  claimSync,
  closeGaps,
  countDevices,
  findDevice,
  holdLineKeys,
  insertDevice,
  lineKeysOf,
  lockDevice,
  markRebooted,
  pageDevices,
  removeAssignee,
  replaceLineKeys,
  resyncDevices,
  type DeviceFilters,
} from './store.ts';
import { attach, isRefusal, resolveAssignees } from './assign.ts';
import { detailedDevice, devicePositions, listedDevices, shownLineKeys, shownSmartphones } from './present.ts';
import type { Brand, PhoneLineKeyTable } from './tables.ts';

/** The device's assignees, in order (none: an empty list). */
async function assigneeCount(store: AccountStore, deviceId: string): Promise<number> {
  return ((await assigneesOf(store.db, store.accountId, [deviceId])).get(deviceId) ?? []).length;
}

type LineKeyType = PhoneLineKeyTable['type'];
type LineKeyInsert = Omit<PhoneLineKeyTable, 'account_id' | 'seq'>;

export const handlers = defineHandlers({
  async listDevices(ctx) {
    const store = await ctx.store();
    const q = ctx.query;
    const filters: DeviceFilters = {
      assigned: q.type === 'assigned',
      assigneeType: q.type === 'assigned' ? q.assignee_type : undefined,
      siteId: q.site_id || undefined,
      brand: q.device_type as Brand | undefined,
      keyword: q.keyword?.trim() || undefined,
      none: q.device_source !== undefined,
    };
    const now = ctx.clock.now();
    return ctx.list({
      items: 'devices',
      filters: { ...filters, location: q.location_status },
      fetch: (after, limit) => pageDevices(store.db, store.accountId, filters, after, limit),
      count: () => countDevices(store.db, store.accountId, filters),
      present: (rows) => listedDevices(store.db, store.accountId, rows, now),
    });
  },

  async addADevice(ctx) {
    const store = await ctx.store();
    const b = ctx.body;
    const name = b.display_name.trim();
    if (!name) throw addRefused({ 0: WORDS.blankName });
    const mac = macAddress(b.mac_address);
    if (!mac) throw macInvalid();
    const brand = brandOf(b.type);
    if (!brand) throw typeInvalid({ 0: b.type });
    const provisionType = provisionTypeOf(brand);
    const templateId = b.provision_template_id?.trim() || null;
    if (templateId) {
      if (!supportsRemoteActions(provisionType)) throw addRefused({ 0: WORDS.noTemplates });
      if (!(await findProvisionTemplate(store.db, store.accountId, templateId))) throw templateNotFound();
    }
    if (b.site_id !== undefined && !(await findSite(store.db, store.accountId, b.site_id))) throw addRefused({ 0: WORDS.siteNotFound(b.site_id) });
    const extensionIds = [...(b.assignee_extension_ids ?? [])];
    if (b.assigned_to !== undefined) {
      const user = await findUser(store.db, store.accountId, b.assigned_to.trim());
      if (!user?.extension_id) throw userNotFound({ 0: b.assigned_to });
      extensionIds.unshift(user.extension_id);
    }
    let siteId = b.site_id ?? null;
    if (extensionIds.length === 0 && siteId === null) {
      // "The site ID required when adding an unassigned device with multi-site functionality enabled."
      const sites = await allSites(store.db, store.accountId);
      if (await multipleSitesEnabled(store.db, store.accountId, sites)) throw addRefused({ 0: 'site_id is required when adding an unassigned device to an account with more than one site.' });
      siteId = sites[0]?.id ?? null;
    }
    const now = ctx.clock.now();
    const id = ctx.ids.next();
    await ctx.db.transaction().execute(async (db) => {
      const trx = store.on(db);
      const wanted = await resolveAssignees(trx, extensionIds);
      if (isRefusal(wanted)) throw extensionNotFound();
      const device = {
        id,
        display_name: name,
        mac_address: mac,
        brand,
        model: b.model?.trim() || null,
        site_id: siteId,
        provision_template_id: templateId,
        provision_type: provisionType,
        call_control: provisionType === 'manual' ? ('unsupported' as const) : ('off' as const),
        hot_desking: provisionType === 'manual' ? ('unsupported' as const) : ('off' as const),
        private_ip: privateIp(mac),
        public_ip: '203.0.113.10',
        rebooted_at: null,
        synced_at: null,
        created_at: now,
        updated_at: now,
      };
      if (!(await insertDevice(trx, device))) throw macTaken({ 0: mac });
      const refused = await attach(trx, device, wanted, now);
      if (refused) throw addRefused({ 0: refused.why === 'site' ? WORDS.sameSite : WORDS.userLimit(refused.id) });
    });
    return { id, display_name: name };
  },

  async syncDeskphones(ctx) {
    const store = await ctx.store();
    const { level, site_id } = ctx.body;
    if (level !== 1 && level !== 2) throw worded(ctx.fail('error300'), WORDS.level, 'level');
    let siteId: string | undefined;
    if (level === 2) {
      if (!site_id) throw worded(ctx.fail('error300'), WORDS.siteRequired, 'site_id');
      if (!(await findSite(store.db, store.accountId, site_id))) throw worded(ctx.fail('error300'), WORDS.siteNotFound(site_id), 'site_id');
      siteId = site_id;
    }
    const now = ctx.clock.now();
    await ctx.db.transaction().execute(async (db) => {
      const trx = store.on(db);
      // "Only allows sending one request every 15 minutes": the account's last resync, moved by a conditional update.
      if (!(await claimSync(trx, now, SYNC_INTERVAL_MS))) throw ctx.fail('tooManyConcurrentRequestsARequest');
      await resyncDevices(trx, siteId, now, RESTART_MS);
    });
    return undefined;
  },

  async getDeviceDetails(ctx) {
    const store = await ctx.store();
    const row = await findDevice(store, ctx.params.deviceId);
    if (!row) throw ctx.fail('deviceDoesNotExistInThe');
    return detailedDevice(store.db, store.accountId, row, ctx.clock.now());
  },

  async updateADevice(ctx) {
    const store = await ctx.store();
    const b = ctx.body ?? {};
    const invalid = () => ctx.fail('validationFailedDeviceDoesNotExist');
    const name = b.display_name?.trim();
    if (name === '') throw worded(invalid(), WORDS.blankName, 'display_name');
    if (b.assigned_to !== undefined && !b.assigned_to.trim()) throw invalid();
    const templateId = b.provision_template_id === undefined ? undefined : b.provision_template_id.trim() || null;
    if (templateId && !(await findProvisionTemplate(store.db, store.accountId, templateId))) throw templateNotFound();
    let userExtension: string | undefined;
    if (b.assigned_to !== undefined) {
      const user = await findUser(store.db, store.accountId, b.assigned_to.trim());
      if (!user?.extension_id) throw ctx.fail('userNotFoundTheUserExtension', { userId: b.assigned_to, extensionId: user?.extension_id ?? '' });
      userExtension = user.extension_id;
    }
    const now = ctx.clock.now();
    await ctx.db.transaction().execute(async (db) => {
      const trx = store.on(db);
      const device = await lockDevice(trx, ctx.params.deviceId);
      if (!device) throw invalid();
      if (templateId && !supportsRemoteActions(device.provision_type)) throw worded(invalid(), WORDS.noTemplates, 'provision_template_id');
      if (userExtension !== undefined) {
        const wanted = await resolveAssignees(trx, [userExtension]);
        if (isRefusal(wanted)) throw ctx.fail('userNotFoundTheUserExtension', { userId: b.assigned_to!, extensionId: userExtension });
        // assigned_to names the device's user: the device is that user's alone afterwards.
        const present = (await assigneesOf(trx.db, trx.accountId, [device.id])).get(device.id) ?? [];
        for (const a of present) if (a.extension_id !== userExtension) await trx.remove('phone_device_assignees', { device_id: device.id, extension_id: a.extension_id });
        await closeGaps(trx, [device.id]);
        const refused = await attach(trx, device, wanted, now);
        if (refused) throw worded(invalid(), refused.why === 'site' ? WORDS.sameSite : WORDS.userLimit(refused.id), 'assigned_to');
      }
      await trx.patch(
        'phone_devices',
        { id: device.id },
        {
          display_name: name ?? device.display_name,
          provision_template_id: templateId === undefined ? device.provision_template_id : templateId,
          updated_at: now,
        },
      );
    });
    return undefined;
  },

  async deleteADevice(ctx) {
    const store = await ctx.store();
    await ctx.db.transaction().execute(async (db) => {
      const trx = store.on(db);
      const device = await lockDevice(trx, ctx.params.deviceId);
      if (!device) throw worded(ctx.fail('error300'), WORDS.deviceNotFound);
      // "Device must not have been assigned to a user."
      if ((await assigneeCount(trx, device.id)) > 0) throw worded(ctx.fail('error300'), WORDS.assigned);
      await trx.remove('phone_devices', { id: device.id });
    });
    return undefined;
  },

  async assignAnEntityToADevice(ctx) {
    const store = await ctx.store();
    const ids = ctx.body.assignee_extension_ids;
    if (ids.length === 0) throw worded(ctx.fail('error300'), WORDS.emptyAssignees, 'assignee_extension_ids');
    const now = ctx.clock.now();
    await ctx.db.transaction().execute(async (db) => {
      const trx = store.on(db);
      const device = await lockDevice(trx, ctx.params.deviceId);
      if (!device) throw worded(ctx.fail('error300'), WORDS.deviceNotFound);
      const wanted = await resolveAssignees(trx, ids);
      if (isRefusal(wanted)) throw ctx.fail('userExtensionIdOrCommonArea');
      const refused = await attach(trx, device, wanted, now);
      if (refused) throw worded(ctx.fail('error300'), refused.why === 'site' ? WORDS.sameSite : WORDS.userLimit(refused.id), 'assignee_extension_ids');
    });
    return undefined;
  },

  async unassignAnEntityFromTheDevice(ctx) {
    const store = await ctx.store();
    const { deviceId, extensionId } = ctx.params;
    await ctx.db.transaction().execute(async (db) => {
      const trx = store.on(db);
      const device = await lockDevice(trx, deviceId);
      if (!device) throw worded(ctx.fail('error300'), WORDS.deviceNotFound);
      if (!(await removeAssignee(trx, device.id, extensionId))) throw worded(ctx.fail('error300'), `The extension ${extensionId} is not assigned to the device.`);
      await trx.patch('phone_devices', { id: device.id }, { updated_at: ctx.clock.now() });
    });
    return undefined;
  },

  async updateProvisionTemplateOfADevice(ctx) {
    const store = await ctx.store();
    // "The provision template will be removed when this field is left empty."
    const templateId = ctx.body?.provision_template_id?.trim() || null;
    await ctx.db.transaction().execute(async (db) => {
      const trx = store.on(db);
      const device = await lockDevice(trx, ctx.params.deviceId);
      if (!device) throw worded(ctx.fail('error300'), WORDS.deviceNotFound);
      if (templateId) {
        if (!supportsRemoteActions(device.provision_type)) throw worded(ctx.fail('error300'), WORDS.noTemplates, 'provision_template_id');
        if (!(await findProvisionTemplate(trx.db, trx.accountId, templateId))) throw ctx.fail('provisionTemplateDoesNotExist');
      }
      await trx.patch('phone_devices', { id: device.id }, { provision_template_id: templateId, updated_at: ctx.clock.now() });
    });
    return undefined;
  },

  async rebootADeskPhone(ctx) {
    const store = await ctx.store();
    const device = await findDevice(store, ctx.params.deviceId);
    if (!device) throw ctx.fail('deviceDoesNotExist', { accountId: store.accountId });
    // "reboot an online zero-touch or assisted-provisioning device"
    if (!supportsRemoteActions(device.provision_type)) throw ctx.fail('givenDeviceTypeDoesNotSupport');
    const now = ctx.clock.now();
    const tooFrequent = () => ctx.fail('operationIsTooFrequentPleaseTry');
    if (device.rebooted_at !== null && now - Number(device.rebooted_at) < REBOOT_INTERVAL_MS) throw tooFrequent();
    const assigned = (await assigneeCount(store, device.id)) > 0;
    if (statusOf({ assigned, rebooted_at: device.rebooted_at, synced_at: device.synced_at }, now) === 'offline') throw ctx.fail('givenDeviceIsOffline');
    if (!(await markRebooted(store, device.id, now, REBOOT_INTERVAL_MS))) throw tooFrequent();
    return undefined;
  },

  async listSmartphones(ctx) {
    const store = await ctx.store();
    const siteId = ctx.query.site_id || undefined;
    const keyword = ctx.query.keyword?.trim().toLowerCase() || undefined;
    const matches = <R extends { device_name: string; serial_number: string }>(r: R) =>
      !keyword || r.device_name.toLowerCase().includes(keyword) || r.serial_number.toLowerCase().includes(keyword);
    // An account keeps a handful of smartphones: the keyword is matched here, on the site's rows.
    const all = async () => (await store.scoped('phone_smartphones').selectAll().$if(siteId !== undefined, (q) => q.where('site_id', '=', siteId!)).orderBy('seq').execute()).filter(matches);
    return ctx.list({
      items: 'smartphones',
      filters: { siteId, keyword },
      fetch: async (after, limit) => (await all()).map((r) => ({ ...r, seq: Number(r.seq) })).filter((r) => r.seq > after).slice(0, limit),
      count: async () => (await all()).length,
      present: (rows) => shownSmartphones(store.db, store.accountId, rows),
    });
  },

  async getDeviceLineKeysInformation(ctx) {
    const store = await ctx.store();
    const device = await findDevice(store, ctx.params.deviceId);
    if (!device) throw deviceNotFound();
    return { device_id: device.id, device_name: device.display_name, positions: await devicePositions(store.db, store.accountId, device) };
  },

  async batchUpdateDeviceLineKeyPosition(ctx) {
    const store = await ctx.store();
    const positions = ctx.body?.positions ?? [];
    await ctx.db.transaction().execute(async (db) => {
      const trx = store.on(db);
      const device = await lockDevice(trx, ctx.params.deviceId);
      if (!device) throw worded(ctx.fail('extensionIdDoesNotExist', { 0: '' }), WORDS.deviceNotFound);
      const present = (await assigneesOf(trx.db, trx.accountId, [device.id])).get(device.id) ?? [];
      const n = present.length;
      const placed = new Map<number, string>();
      const moved = new Set<string>();
      for (const p of positions) {
        const ext = p.extension_id ?? '';
        if (!present.some((a) => a.extension_id === ext) || moved.has(ext)) throw ctx.fail('extensionIdDoesNotExist', { 0: ext });
        const index = p.index;
        if (index === undefined || !Number.isInteger(index) || index < 1 || index > n || placed.has(index)) throw ctx.fail('indexIsInvalid', { 0: String(index ?? '') });
        placed.set(index, ext);
        moved.add(ext);
      }
      // The assignees not named keep their order in the positions left free.
      const rest = present.filter((a) => !moved.has(a.extension_id)).map((a) => a.extension_id);
      const now = ctx.clock.now();
      for (let index = 1; index <= n; index++) {
        const ext = placed.get(index) ?? rest.shift()!;
        await trx.patch('phone_device_assignees', { device_id: device.id, extension_id: ext }, { position: index });
      }
      await trx.patch('phone_devices', { id: device.id }, { updated_at: now });
    });
    return undefined;
  },

  async getLineKeyPositionAndSettingsInformation(ctx) {
    const store = await ctx.store();
    const ext = await lineKeyOwner(store, ctx.params.extensionId);
    return { line_keys: await shownLineKeys(store.db, store.accountId, await lineKeysOf(store.db, store.accountId, ext)) };
  },

  async batchUpdateLineKeyPositionAndSettingsInformation(ctx) {
    const store = await ctx.store();
    const extensionId = await lineKeyOwner(store, ctx.params.extensionId);
    const items = ctx.body?.line_keys ?? [];
    const bad = (message: string, field: string) => worded(ctx.fail('lineKeyIdDoesNotExist', { 0: '' }), message, field);
    // The extensions keys name must be in the account's directory.
    const named = items.map((i) => i.key_assignment?.extension_id).filter((e): e is string => !!e);
    const known = await extensionsByIds(store.db, store.accountId, named);
    for (const e of named) if (!known.has(e)) throw lineKeyExtensionNotFound({ 0: e });
    const now = ctx.clock.now();
    await ctx.db.transaction().execute(async (db) => {
      const trx = store.on(db);
      await holdLineKeys(trx, extensionId, now);
      const current = await lineKeysOf(trx.db, trx.accountId, extensionId);
      const keys = new Map<string, LineKeyInsert>(current.map((k) => [k.id, { ...k, key_index: Number(k.key_index), created_at: Number(k.created_at) }]));
      for (const item of items) {
        let key: LineKeyInsert;
        if (item.line_key_id !== undefined) {
          const found = keys.get(item.line_key_id);
          if (!found) throw ctx.fail('lineKeyIdDoesNotExist', { 0: item.line_key_id });
          key = { ...found };
        } else {
          if (!item.type) throw bad(WORDS.typeRequired, 'type');
          const last = Math.max(0, ...[...keys.values()].map((k) => k.key_index));
          key = { id: ctx.ids.next(), extension_id: extensionId, key_index: last + 1, type: item.type, alias: null, target_extension_id: null, speed_dial_number: null, retrieval_code: null, outbound_caller_id: null, created_at: now };
        }
        if (item.type !== undefined && item.type !== key.type) {
          // A key of another type keeps nothing of what the old type assigned.
          key.type = item.type as LineKeyType;
          key.target_extension_id = key.speed_dial_number = key.retrieval_code = null;
        }
        if (item.index !== undefined) {
          if (!Number.isInteger(item.index) || item.index < 1) throw bad(`Index is invalid: ${item.index}.`, 'index');
          key.key_index = item.index;
        }
        if (item.alias !== undefined) key.alias = item.alias.trim() || null;
        if (item.outbound_caller_id !== undefined) key.outbound_caller_id = item.outbound_caller_id.trim() || null;
        const a = item.key_assignment;
        if (a?.extension_id !== undefined) key.target_extension_id = a.extension_id || null;
        if (a?.speed_dial_number !== undefined) key.speed_dial_number = a.speed_dial_number.trim() || null;
        if (a?.retrieval_code !== undefined) key.retrieval_code = a.retrieval_code.trim() || null;
        const problem = keyProblem(key);
        if (problem) throw bad(problem.message, problem.field);
        keys.set(key.id, key);
      }
      const taken = new Set<number>();
      for (const k of keys.values()) {
        if (taken.has(k.key_index)) throw bad(WORDS.indexTaken(k.key_index), 'index');
        taken.add(k.key_index);
      }
      await replaceLineKeys(trx, extensionId, [...keys.values()].sort((x, y) => x.key_index - y.key_index));
    });
    return undefined;
  },

  async deleteALineKeySetting(ctx) {
    const store = await ctx.store();
    const extensionId = await lineKeyOwner(store, ctx.params.extensionId);
    await ctx.db.transaction().execute(async (db) => {
      const trx = store.on(db);
      await holdLineKeys(trx, extensionId, ctx.clock.now());
      if ((await trx.remove('phone_line_keys', { extension_id: extensionId, id: ctx.params.lineKeyId })) === 0) {
        throw ctx.fail('lineKeyIdDoesNotExist', { 0: ctx.params.lineKeyId });
      }
    });
    return undefined;
  },
});

/** The extension whose line keys a request names: a user's or a common area's of the account. */
async function lineKeyOwner(store: AccountStore, id: string): Promise<string> {
  const ext = await extensionById(store.db, store.accountId, id);
  if (!ext || !assigneeKind(ext.kind)) throw lineKeyExtensionNotFound({ 0: id });
  return ext.id;
}

/** What a key of its type needs: a busy lamp field watches an extension, a speed dial key dials a number. */
function keyProblem(k: LineKeyInsert): { message: string; field: string } | undefined {
  if (k.type === 'blf' && !k.target_extension_id) return { message: WORDS.keyNeeds('blf', 'extension_id'), field: 'key_assignment.extension_id' };
  if (k.type === 'speed_dial') {
    if (!k.speed_dial_number) return { message: WORDS.keyNeeds('speed_dial', 'speed_dial_number'), field: 'key_assignment.speed_dial_number' };
    if (!isDialable(k.speed_dial_number)) return { message: WORDS.badSpeedDial(k.speed_dial_number), field: 'key_assignment.speed_dial_number' };
  }
  return undefined;
}

/** A private address for the phone on the office LAN, the same for a MAC address each time. */
function privateIp(mac: string): string {
  const n = parseInt(mac.slice(-4), 16);
  return `192.168.${(n >> 8) % 254 + 1}.${(n & 0xff) % 253 + 2}`;
}

