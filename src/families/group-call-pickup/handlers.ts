// Handlers of the group-call-pickup family, keyed by operationId: the account's call
// pickup groups (each on a site, with an extension of its own) and their members,
// extensions of the account's directory (users today).
import { defineHandlers, type ItemOf, type ResponseOf } from '../../kit/context.ts';
import type { AccountStore } from '../../kit/store.ts';
import { extensionById, extensionsOfOwners, type Listing } from '../extensions/public.ts';
import { findSite, holdSite, siteNames, siteTerms } from '../sites/public.ts';
import { groupNotFound, worded, WORDS } from './errors.ts';
import { DEFAULTS, descriptionValid, displayNameValid, isMemberKind, ringTone, shortExtensionValid, type MemberKind } from './rules.ts';
import {
  countGroups,
  countMembers,
  countMembersOfType,
  deleteGroup,
  findGroup,
  holdExtensions,
  insertGroup,
  insertMember,
  listGroups,
  listMembers,
  membersAmong,
  removeMember,
  updateGroup,
  type GroupRow,
  type MemberRow,
} from './store.ts';

type ListItem = ItemOf<'listGroupCallPickupObjects', 'group_call_pickup'>;
type Details = NonNullable<ResponseOf<'getCallPickupGroupById'>>;
type Member = ItemOf<'listCallPickupGroupMembers', 'group_call_pickup_member'>;
type Delay = NonNullable<Details['delay']>;
type Duration = NonNullable<NonNullable<Details['play_incoming_calls_sound']>['duration']>;

/** What the list and the details both show of a group. */
function summary(row: GroupRow, memberCount: number, sites: Map<string, { id: string; name: string }>): ListItem & Details {
  const site = sites.get(row.site_id);
  return {
    id: row.id,
    display_name: row.display_name,
    extension_id: row.extension_id,
    ...(row.extension_number !== null ? { extension_number: Number(row.extension_number) } : {}),
    member_count: memberCount,
    ...(row.description !== null ? { description: row.description } : {}),
    delay: Number(row.delay) as Delay,
    ...(row.cost_center !== null ? { cost_center: row.cost_center } : {}),
    ...(row.department !== null ? { department: row.department } : {}),
    site: site ? { id: site.id, name: site.name } : { id: row.site_id },
    directed_call_pickup: Number(row.directed_call_pickup) === 1,
  };
}

/** play_incoming_calls_sound: its ring tone and duration are "not available when enable=false". */
function incomingCallsSound(row: GroupRow): Details['play_incoming_calls_sound'] {
  if (Number(row.sound_enable) !== 1) return { enable: false };
  return { enable: true, ring_tone: ringTone(row.sound_ring_tone), duration: Number(row.sound_duration) as Duration };
}

/** The directory's listing of each member (name, number, site), one query per kind for a page of them. */
async function listingsOf(store: AccountStore, rows: MemberRow[]): Promise<Map<string, Listing>> {
  const found = new Map<string, Listing>();
  const kinds = [...new Set(rows.map((r) => r.extension_type))].filter(isMemberKind);
  for (const kind of kinds) {
    const owners = rows.filter((r) => r.extension_type === kind).map((r) => r.owner_id);
    const byOwner = await extensionsOfOwners(store.db, store.accountId, owners, kind);
    for (const listing of byOwner.values()) found.set(listing.id, listing);
  }
  return found;
}

type ListedMember = MemberRow & { listing?: Listing };

const member = (r: ListedMember): Member => ({
  id: r.owner_id,
  extension_id: r.extension_id,
  extension_type: r.extension_type as MemberKind,
  ...(r.listing ? { display_name: r.listing.name, extension_number: r.listing.number } : {}),
});

/** Each id once: the first one named twice, if any. */
function firstRepeated(ids: string[]): string | undefined {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return undefined;
}

export const handlers = defineHandlers({
  // GET /phone/group_call_pickup
  async listGroupCallPickupObjects(ctx) {
    const store = await ctx.store();
    const siteId = ctx.query.site_id || undefined;
    return ctx.list({
      items: 'group_call_pickup',
      filters: { siteId },
      fetch: (after, limit) => listGroups(store, siteId, after, limit),
      count: () => countGroups(store, siteId),
      present: async (rows) => {
        const sites = await siteNames(ctx.db, store.accountId, [...new Set(rows.map((r) => r.site_id))]);
        return rows.map((r) => summary(r, Number(r.member_count ?? 0), sites));
      },
    });
  },

  // POST /phone/group_call_pickup
  async addAGroupCallPickupObject(ctx) {
    const store = await ctx.store();
    const { accountId } = store;
    const b = ctx.body;
    const bad = (field: string, message: string) => worded(ctx.fail('error300'), field, message);
    if (!displayNameValid(b.display_name)) throw bad('display_name', WORDS.displayNameRange);
    if (b.description !== undefined && !descriptionValid(b.description)) throw bad('description', WORDS.descriptionTooLong);
    const memberIds = b.member_extension_ids ?? [];
    const twice = firstRepeated(memberIds);
    if (twice !== undefined) throw bad('member_extension_ids', WORDS.memberTwice(twice));
    const id = ctx.ids.next();
    const extensionId = ctx.ids.next();
    const now = ctx.clock.now();
    const sound = b.play_incoming_calls_sound;
    const displayName = b.display_name.trim();
    await ctx.db.transaction().execute(async (trx) => {
      const groups = store.on(trx);
      // Held until the group is written: a concurrent delete of the site waits, then moves the group.
      const site = await holdSite(trx, accountId, b.site_id);
      if (!site) throw bad('site_id', WORDS.siteNotFound(b.site_id));
      const { shortLength } = siteTerms(site);
      if (b.extension_number !== undefined && !shortExtensionValid(b.extension_number, shortLength)) throw bad('extension_number', WORDS.extensionNumber(shortLength));
      // Held against the extensions' release, then looked up: a member never outlives its extension.
      await holdExtensions(trx, accountId, memberIds);
      const found: { id: string; kind: MemberKind; ownerId: string }[] = [];
      for (const memberId of memberIds) {
        const ext = await extensionById(trx, accountId, memberId);
        if (!ext) throw bad('member_extension_ids', WORDS.memberNotFound(memberId));
        if (!isMemberKind(ext.kind)) throw bad('member_extension_ids', WORDS.memberKind(memberId));
        found.push({ id: ext.id, kind: ext.kind, ownerId: ext.ownerId });
      }
      const added = await insertGroup(groups, {
        id,
        display_name: displayName,
        description: b.description ?? null,
        site_id: site.id,
        extension_id: extensionId,
        extension_number: b.extension_number ?? null,
        delay: b.delay ?? DEFAULTS.delay,
        directed_call_pickup: (b.directed_call_pickup ?? DEFAULTS.directed_call_pickup) ? 1 : 0,
        cost_center: null,
        department: null,
        sound_enable: (sound?.enable ?? DEFAULTS.sound_enable) ? 1 : 0,
        sound_ring_tone: sound?.ring_tone ?? DEFAULTS.sound_ring_tone,
        sound_duration: sound?.duration ?? DEFAULTS.sound_duration,
        created_at: now,
        updated_at: now,
      });
      if (!added) throw bad('extension_number', WORDS.extensionNumberTaken(b.extension_number!));
      for (const m of found) {
        await insertMember(groups, { group_id: id, extension_id: m.id, extension_type: m.kind, owner_id: m.ownerId, created_at: now });
      }
    });
    return { id, display_name: displayName };
  },

  // GET /phone/group_call_pickup/{groupId}
  async getCallPickupGroupById(ctx) {
    const store = await ctx.store();
    const row = await findGroup(store, ctx.params.groupId);
    if (!row) throw groupNotFound();
    const [count, sites] = await Promise.all([countMembers(store, row.id), siteNames(ctx.db, store.accountId, [row.site_id])]);
    return { ...summary(row, count, sites), play_incoming_calls_sound: incomingCallsSound(row) };
  },

  // PATCH /phone/group_call_pickup/{groupId}
  async updateTheGroupCallPickupInformation(ctx) {
    const store = await ctx.store();
    const b = ctx.body ?? {};
    const id = ctx.params.groupId;
    await ctx.db.transaction().execute(async (trx) => {
      const groups = store.on(trx);
      // Read, worked out and written under the row's lock: concurrent patches of one group apply one after another.
      const row = await findGroup(groups, id, 'noKeyUpdate');
      if (!row) throw ctx.fail('groupCallPickupDoesNotExist');
      if (b.display_name !== undefined && !displayNameValid(b.display_name)) throw ctx.fail('displayNameMustBeInThe');
      if (b.description !== undefined && !descriptionValid(b.description)) throw ctx.fail('descriptionIsTooLong');
      if (b.extension_number !== undefined) {
        const site = await findSite(trx, store.accountId, row.site_id);
        const shortLength = site ? siteTerms(site).shortLength : 0;
        if (!shortExtensionValid(b.extension_number, shortLength)) throw ctx.fail('extensionNumberError');
      }
      const sound = b.play_incoming_calls_sound;
      const changed = await updateGroup(groups, id, {
        ...(b.display_name !== undefined ? { display_name: b.display_name.trim() } : {}),
        ...(b.description !== undefined ? { description: b.description } : {}),
        ...(b.extension_number !== undefined ? { extension_number: b.extension_number } : {}),
        ...(b.delay !== undefined ? { delay: b.delay } : {}),
        ...(b.directed_call_pickup !== undefined ? { directed_call_pickup: b.directed_call_pickup ? 1 : 0 } : {}),
        ...(b.cost_center !== undefined ? { cost_center: b.cost_center } : {}),
        ...(b.department !== undefined ? { department: b.department } : {}),
        ...(sound?.enable !== undefined ? { sound_enable: sound.enable ? 1 : 0 } : {}),
        ...(sound?.ring_tone !== undefined ? { sound_ring_tone: sound.ring_tone } : {}),
        ...(sound?.duration !== undefined ? { sound_duration: sound.duration } : {}),
        updated_at: ctx.clock.now(),
      });
      // Another group of the account has the number (the unique index refused it).
      if (!changed) throw ctx.fail('extensionNumberError');
    });
    return undefined;
  },

  // DELETE /phone/group_call_pickup/{groupId}
  async deleteGroupCallPickupObjects(ctx) {
    const store = await ctx.store();
    const id = ctx.params.groupId;
    await ctx.db.transaction().execute(async (trx) => {
      const groups = store.on(trx);
      // Held for deletion: members being added wait, then find the group gone.
      if (!(await findGroup(groups, id, 'update'))) throw ctx.fail('groupCallPickupDoesNotExist');
      await deleteGroup(groups, id);
    });
    return undefined;
  },

  // GET /phone/group_call_pickup/{groupId}/members
  async listCallPickupGroupMembers(ctx) {
    const store = await ctx.store();
    const groupId = ctx.params.groupId;
    if (!(await findGroup(store, groupId))) throw groupNotFound();
    const siteId = ctx.query.site_id || undefined;
    const extensionType = ctx.query.extension_type;
    // The member's site is the directory's (a user moves, and its extension with it): read
    // for each member and filtered here, a batch of members at a time.
    const fetch = async (after: number, limit: number): Promise<ListedMember[]> => {
      const out: ListedMember[] = [];
      const batch = Math.max(limit, 100);
      for (let cursor = after; out.length < limit; ) {
        const rows = await listMembers(store, groupId, extensionType, cursor, batch);
        if (rows.length === 0) break;
        const listings = await listingsOf(store, rows);
        for (const r of rows) {
          const listing = listings.get(r.extension_id);
          if (siteId !== undefined && listing?.siteId !== siteId) continue;
          out.push({ ...r, listing });
          if (out.length === limit) break;
        }
        if (rows.length < batch) break;
        cursor = rows[rows.length - 1].seq;
      }
      return out;
    };
    return ctx.list({
      items: 'group_call_pickup_member',
      filters: { groupId, siteId, extensionType },
      fetch,
      count: async () => (siteId === undefined ? countMembersOfType(store, groupId, extensionType) : (await fetch(0, Number.MAX_SAFE_INTEGER)).length),
      present: (rows) => rows.map(member),
    });
  },

  // POST /phone/group_call_pickup/{groupId}/members
  async addMembersToACallPickupGroup(ctx) {
    const store = await ctx.store();
    const { accountId } = store;
    const groupId = ctx.params.groupId;
    const ids = ctx.body?.member_extension_ids ?? [];
    const bad = (message: string) => worded(ctx.fail('error300'), 'member_extension_ids', message);
    const now = ctx.clock.now();
    await ctx.db.transaction().execute(async (trx) => {
      const groups = store.on(trx);
      // Held so that a concurrent delete of the group waits for the members to be written, then takes them too.
      if (!(await findGroup(groups, groupId, 'keyShare'))) throw ctx.fail('groupCallPickupDoesNotExist');
      if (ids.length === 0) throw bad(WORDS.noMembers);
      const twice = firstRepeated(ids);
      if (twice !== undefined) throw bad(WORDS.memberTwice(twice));
      await holdExtensions(trx, accountId, ids);
      const already = await membersAmong(groups, groupId, ids);
      for (const memberId of ids) {
        const ext = await extensionById(trx, accountId, memberId);
        if (!ext) throw bad(WORDS.memberNotFound(memberId));
        if (!isMemberKind(ext.kind)) throw bad(WORDS.memberKind(memberId));
        if (already.has(memberId)) throw bad(WORDS.alreadyMember(memberId));
        // A concurrent add of the same extension won: the unique index refused this one.
        if (!(await insertMember(groups, { group_id: groupId, extension_id: ext.id, extension_type: ext.kind, owner_id: ext.ownerId, created_at: now }))) {
          throw bad(WORDS.alreadyMember(memberId));
        }
      }
    });
    return undefined;
  },

  // DELETE /phone/group_call_pickup/{groupId}/members/{extensionId}
  async removeMembersFromCallPickupGroup(ctx) {
    const store = await ctx.store();
    const { groupId, extensionId } = ctx.params;
    if (!(await findGroup(store, groupId))) throw ctx.fail('groupCallPickupDoesNotExist');
    if ((await removeMember(store, groupId, extensionId)) === 0) throw ctx.fail('memberDoesNotExist');
    return undefined;
  },
});
