// Handlers of the zoom-rooms family, keyed by operationId: the account's Zoom Rooms
// given a Zoom Phone license. Adding one makes it an extension of the account's
// directory (kind zoomRoom) on its site; its numbers and calling plans come from the
// account's one inventory (the numbers and billing families), and removing the room
// gives them all back.
import { defineHandlers } from '../../kit/context.ts';
import type { AccountStore } from '../../kit/store.ts';
import type { LockMode } from '../../kit/locks.ts';
import { isUniqueViolation } from '../../kit/constraints.ts';
import { extensionBlock } from '../../kit/extension-numbers.ts';
import { claimExtension, claimFirstFreeExtension, describeExtension, extensionsOfOwners, releaseExtensions } from '../extensions/public.ts';
import { assignNumbersTo, followAssignees, releaseNumberOf, unassignAllOf } from '../numbers/public.ts';
import { consumePlan, findBillingAccount, inventoryOfTypes, planName, releasePlan } from '../billing/public.ts';
import { allSites, holdSite, siteTerms, type Json, type SiteRow } from '../sites/public.ts';
import { isRecord } from '../../kit/merge.ts';
import { countPhoneRooms, findPhoneRoom, insertPhoneRoom, insertPlan, listPhoneRooms, plansOfRooms, removePlansOf, unassignedRooms, type PhoneRoomFilters } from './store.ts';
import { listedRooms, parsePolicy, roomDetails, sitePolicyOf } from './present.ts';
import { allowsNumbers, ASSIGNEE_TYPE, insideSite, pathPlanType, POLICY_KEYS, ROOM_BATCH_LIMIT } from './rules.ts';
import { noFreeExtension, noNumbersGiven, roomAlreadyInPhone, roomIdMissing, roomNotInPhone, siteNotFound } from './errors.ts';

/** A plan a request asks for, its type given. */
interface WantedPlan {
  type: number;
  billing_account_id?: string;
  billing_subscription_id?: string;
}

/**
 * Gives the room each plan, in the caller's transaction, or answers why one cannot
 * be given: a type the catalogue does not know, a subscription or billing account
 * the account does not have, a type the room holds (or the request names twice),
 * none of the type left in the inventory. A refusal rolls the whole request back.
 */
async function givePlans(trx: AccountStore, roomId: string, plans: WantedPlan[], now: number): Promise<WantedPlan | undefined> {
  const inventory = await inventoryOfTypes(trx.db, trx.accountId, [...new Set(plans.map((p) => p.type))]);
  for (const p of plans) {
    if (planName(p.type) === undefined) return p;
    const held = inventory.get(p.type);
    // The sandbox keeps one subscription per plan type: another id names none of the account's.
    if (p.billing_subscription_id && held?.billing_subscription_id && p.billing_subscription_id !== held.billing_subscription_id) return p;
    if (p.billing_account_id && !(await findBillingAccount(trx.db, trx.accountId, p.billing_account_id))) return p;
    if (!(await insertPlan(trx, { room_id: roomId, type: p.type, billing_account_id: p.billing_account_id ?? null, billing_subscription_id: p.billing_subscription_id ?? null, created_at: now }))) return p;
    // None of the type bought, or none left: the conditional update takes nothing.
    if (!(await consumePlan(trx.db, trx.accountId, p.type))) return p;
  }
  return undefined;
}

/** The site a request names, held until the transaction ends (a concurrent delete waits); the main site when it names none. */
async function siteFor(trx: AccountStore, siteId: string | undefined): Promise<SiteRow | undefined> {
  const id = siteId ?? (await allSites(trx.db, trx.accountId)).find((s) => s.main_site)?.id;
  return id ? holdSite(trx.db, trx.accountId, id) : undefined;
}

/**
 * The room in Zoom Phone, locked in `mode`, with its site (and `alsoSite`) held until
 * the transaction ends; undefined when the account does not have it. The sites are
 * held first: a site's delete locks the site, then moves its rooms, extensions and
 * numbers, so a writer that took the room first and then waited on the site could
 * deadlock with it. A room a delete moved meanwhile is read again. Run in a transaction.
 */
async function holdRoom(trx: AccountStore, roomId: string, mode: LockMode, alsoSite?: string) {
  for (let tries = 0; tries < 3; tries++) {
    const seen = await findPhoneRoom(trx, roomId);
    if (!seen) return undefined;
    const sites = new Map<string, SiteRow | undefined>();
    for (const id of [...new Set([seen.site_id, alsoSite ?? seen.site_id])].sort()) sites.set(id, await holdSite(trx.db, trx.accountId, id));
    const locked = await trx.lock('zoom_room_phones', { room_id: roomId }, mode);
    if (!locked) return undefined;
    if (locked.site_id === seen.site_id && sites.get(seen.site_id)) {
      return { row: { ...seen, ...locked, seq: seen.seq }, site: sites.get(seen.site_id)!, other: alsoSite === undefined ? undefined : sites.get(alsoSite) };
    }
  }
  throw new Error(`zoom room ${roomId} of ${trx.accountId} kept moving between sites`);
}

export const handlers = defineHandlers({
  async listZoomRoomsUnderZoomPhoneLicense(ctx) {
    const store = await ctx.store();
    const q = ctx.query;
    const filters: PhoneRoomFilters = { siteId: q.site_id || undefined, planType: q.calling_type, keyword: q.keyword?.trim() || undefined };
    return ctx.list({
      items: 'rooms',
      filters: { ...filters },
      fetch: (after, limit) => listPhoneRooms(store, filters, after, limit),
      count: () => countPhoneRooms(store, filters),
      present: (rows) => listedRooms(store, rows),
    });
  },

  async addAZoomRoomToAZoomPhone(ctx) {
    const store = await ctx.store();
    const b = ctx.body ?? {};
    const roomId = b.id?.trim();
    if (!roomId) throw roomIdMissing();
    const asked = b.calling_plans ?? [];
    // A plan without its type names no plan.
    const untyped = asked.find((p) => p.type === undefined);
    if (untyped) throw ctx.fail('unknownOrInvalidCallingPlan', { type: '' });
    const now = ctx.clock.now();
    try {
      await ctx.db.transaction().execute(async (trx) => {
        const rooms = store.on(trx);
        const room = await rooms.find('zoom_rooms', { id: roomId });
        if (!room) throw ctx.fail('roomDoesNotExist', { roomId });
        if (await findPhoneRoom(rooms, roomId)) throw roomAlreadyInPhone({ roomId });
        const site = await siteFor(rooms, b.site_id);
        if (!site) throw siteNotFound();
        const extensionId = ctx.ids.next();
        const block = extensionBlock(siteTerms(site));
        const number = await claimFirstFreeExtension(
          trx,
          { accountId: store.accountId, id: extensionId, kind: 'zoomRoom', name: room.display_name, siteId: site.id, ownerId: roomId },
          block.first,
        );
        if (number > block.last) throw noFreeExtension({ siteId: site.id });
        if (!(await insertPhoneRoom(rooms, { room_id: roomId, site_id: site.id, extension_id: extensionId, policy: '{}', created_at: now }))) throw roomAlreadyInPhone({ roomId });
        const refused = await givePlans(rooms, roomId, asked as WantedPlan[], now);
        if (refused) throw ctx.fail('unknownOrInvalidCallingPlan', { type: refused.type });
      });
    } catch (err) {
      // A concurrent add of the same room committed first: the unique index refused ours.
      if (isUniqueViolation(err)) throw roomAlreadyInPhone({ roomId });
      throw err;
    }
    return undefined;
  },

  async listZoomRoomsWithoutZoomPhoneAssignment(ctx) {
    const store = await ctx.store();
    const rows = await unassignedRooms(store, ctx.query.keyword?.trim() || undefined);
    return {
      rooms: rows.map((r) => ({
        id: r.id,
        display_name: r.display_name,
        location_id: r.location_id ?? undefined,
        location_info: r.location_info ?? undefined,
        department: r.department ?? undefined,
        cost_center: r.cost_center ?? undefined,
      })),
    };
  },

  async getAZoomRoomUnderZoomPhoneLicense(ctx) {
    const store = await ctx.store();
    const row = await findPhoneRoom(store, ctx.params.roomId);
    if (!row) throw roomNotInPhone({ roomId: ctx.params.roomId });
    return roomDetails(store, row);
  },

  async updateAZoomRoomUnderZoomPhoneLicense(ctx) {
    const store = await ctx.store();
    const roomId = ctx.params.roomId;
    const b = ctx.body ?? {};
    await ctx.db.transaction().execute(async (trx) => {
      const rooms = store.on(trx);
      // Read and written under the row's lock: concurrent patches of one room apply one after another.
      const held = await holdRoom(rooms, roomId, 'noKeyUpdate', b.site_id);
      if (!held) throw roomNotInPhone({ roomId });
      const { row } = held;
      const moving = b.site_id !== undefined && b.site_id !== row.site_id;
      const site = b.site_id === undefined ? held.site : held.other;
      if (!site) throw siteNotFound();
      const terms = siteTerms(site);

      // The policy first: a setting its site locks is refused before anything changes.
      const own = parsePolicy(row);
      if (b.policy) {
        const sitePolicy = await sitePolicyOf(rooms, site.id);
        for (const key of POLICY_KEYS) {
          const change = b.policy[key];
          if (!change) continue;
          const inherited = sitePolicy[key];
          if (change.enable !== undefined && isRecord(inherited) && inherited.locked === true) throw ctx.fail('policyLocked', { policy_key: key });
          // "reset: Using site setting": the room's own value goes; a reset wins over an enable sent with it.
          if (change.reset === true) delete own[key];
          else if (change.enable !== undefined) own[key] = { enable: change.enable } satisfies Json;
        }
      }

      const current = (await extensionsOfOwners(trx, store.accountId, [roomId], 'zoomRoom')).get(roomId)?.number;
      const entry = { accountId: store.accountId, id: row.extension_id, kind: 'zoomRoom' as const, name: row.name, siteId: site.id, ownerId: roomId };
      if (b.extension_number !== undefined) {
        // "The number must be complete (i.e. site number + short extension)", on the room's (new) site, and no other extension's.
        if (!insideSite(b.extension_number, terms)) throw ctx.fail('extensionNumberError');
        if (!(await claimExtension(trx, { ...entry, number: b.extension_number })).ok) throw ctx.fail('extensionNumberError');
      } else if (moving && (current === undefined || !insideSite(current, terms))) {
        // A room moved to a site whose block its number is not in takes the first free number there.
        // The directory renumbers the room's own extension (a claim of an extension it has).
        const block = extensionBlock(terms);
        if ((await claimFirstFreeExtension(trx, entry, block.first)) > block.last) throw noFreeExtension({ siteId: site.id });
      }
      if (moving) {
        await describeExtension(trx, store.accountId, row.extension_id, { siteId: site.id });
        await followAssignees(trx, store.accountId, ASSIGNEE_TYPE, [roomId], site.id);
      }
      await rooms.patch('zoom_room_phones', { room_id: roomId }, { site_id: site.id, policy: JSON.stringify(own) });
    });
    return undefined;
  },

  async removeAZoomRoomFromAZpAccount(ctx) {
    const store = await ctx.store();
    const roomId = ctx.params.roomId;
    await ctx.db.transaction().execute(async (trx) => {
      const rooms = store.on(trx);
      // Of two concurrent removals one locks and deletes the row and gives everything back; the other then finds none.
      if (!(await holdRoom(rooms, roomId, 'update'))) throw ctx.fail('roomDoesNotExist', { roomId });
      if ((await rooms.remove('zoom_room_phones', { room_id: roomId })) !== 1) throw ctx.fail('roomDoesNotExist', { roomId });
      // The plans this delete took away go back to the inventory, each once (a concurrent removal of one took its own).
      for (const type of await removePlansOf(rooms, roomId)) await releasePlan(trx, store.accountId, type);
      await unassignAllOf(trx, store.accountId, ASSIGNEE_TYPE, roomId);
      await releaseExtensions(trx, store.accountId, roomId, 'zoomRoom');
    });
    return undefined;
  },

  async assignCallingPlansToAZoomRoom(ctx) {
    const store = await ctx.store();
    const roomId = ctx.params.roomId;
    const asked = ctx.body?.calling_plans ?? [];
    if (asked.length > ROOM_BATCH_LIMIT) throw ctx.fail('roomBatchOperationIsLimitedTo');
    if (asked.length === 0 || asked.some((p) => p.type === undefined)) throw ctx.fail('planInvalid');
    const now = ctx.clock.now();
    try {
      await ctx.db.transaction().execute(async (trx) => {
        const rooms = store.on(trx);
        // Held while plans are hung on it: a concurrent removal waits, then gives them back.
        const held = await holdRoom(rooms, roomId, 'keyShare');
        if (!held) throw ctx.fail('roomDoesNotExist', { roomId });
        // "If the zoom room is located in India, the field is required."
        if (siteTerms(held.site).country === 'IN' && asked.some((p) => !p.billing_account_id)) throw ctx.fail('planInvalid');
        if (await givePlans(rooms, roomId, asked as WantedPlan[], now)) throw ctx.fail('planInvalid');
      });
    } catch (err) {
      // A concurrent assignment of the same type committed first.
      if (isUniqueViolation(err)) throw ctx.fail('planInvalid');
      throw err;
    }
    return undefined;
  },

  async removeACallingPlanFromAZoomRoom(ctx) {
    const store = await ctx.store();
    const roomId = ctx.params.roomId;
    const type = pathPlanType(ctx.params.type);
    const billingAccount = ctx.query.billing_account_id || undefined;
    await ctx.db.transaction().execute(async (trx) => {
      const rooms = store.on(trx);
      if (!(await findPhoneRoom(rooms, roomId))) throw ctx.fail('roomDoesNotExist', { roomId });
      if (type === undefined) throw ctx.fail('planInvalid');
      const held = await rooms.find('zoom_room_plans', { room_id: roomId, type });
      // A billing account named must be the one the plan was given with.
      if (!held || (billingAccount !== undefined && held.billing_account_id !== billingAccount)) throw ctx.fail('planInvalid');
      // Deleted, then given back: of two concurrent removals only the one that deleted it releases the plan.
      if ((await rooms.remove('zoom_room_plans', { room_id: roomId, type })) !== 1) throw ctx.fail('planInvalid');
      await releasePlan(trx, store.accountId, type);
    });
    return undefined;
  },

  async assignPhoneNumbersToAZoomRoom(ctx) {
    const store = await ctx.store();
    const roomId = ctx.params.roomId;
    const asked = ctx.body?.phone_numbers ?? [];
    if (asked.length > ROOM_BATCH_LIMIT) throw ctx.fail('roomBatchOperationIsLimitedTo');
    if (asked.length === 0) throw noNumbersGiven();
    await ctx.db.transaction().execute(async (trx) => {
      const rooms = store.on(trx);
      // Held while numbers are given to it: a concurrent removal waits, then releases them; the numbers join the room's site.
      const held = await holdRoom(rooms, roomId, 'keyShare');
      if (!held) throw ctx.fail('roomDoesNotExist', { roomId });
      const { row } = held;
      const plans = (await plansOfRooms(rooms, [roomId])).get(roomId) ?? [];
      if (!plans.some((p) => allowsNumbers(p.type))) throw ctx.fail('thisFunctionRequiresAZoomPhone');
      const keys = asked.map((n) => n.id?.trim() || n.number?.trim() || '');
      if (keys.some((k) => !k)) throw ctx.fail('phoneNumberDoesNotExist');
      const refused = await assignNumbersTo(trx, store.accountId, keys, { type: ASSIGNEE_TYPE, id: roomId, siteId: row.site_id });
      if (refused?.problem === 'unknown') throw ctx.fail('phoneNumberDoesNotExist');
      if (refused) throw ctx.fail('phoneNumberAlreadyInUse');
    });
    return {};
  },

  async removeAPhoneNumberFromAZoomRoom(ctx) {
    const store = await ctx.store();
    const { roomId, phoneNumberId } = ctx.params;
    await ctx.db.transaction().execute(async (trx) => {
      const rooms = store.on(trx);
      if (!(await findPhoneRoom(rooms, roomId))) throw ctx.fail('roomDoesNotExist', { roomId });
      // "The Zoom Room must have been previously assigned a Zoom Phone number": one it does not hold is no number of its.
      if (!(await releaseNumberOf(trx, store.accountId, phoneNumberId, ASSIGNEE_TYPE, roomId))) throw ctx.fail('phoneNumberDoesNotExist');
    });
    return undefined;
  },
});
