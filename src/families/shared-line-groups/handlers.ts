// Handlers of the shared-line-groups family, keyed by operationId. A group is an
// extension of the account's one directory (kind 'sharedLineGroup'): its number is
// the account's once, whoever else holds extensions. Its phone numbers are the
// numbers family's rows assigned to it, the same one assignment users and call
// queues have. Its members are users of its site, each in one group of the account.
import { defineHandlers, type ItemOf, type RequestContext, type ResponseOf } from '../../kit/context.ts';
import type { AccountStore } from '../../kit/store.ts';
import { queryList } from '../../kit/query.ts';
import { changedPermissions, entryNamed, newEntry } from '../../kit/access-list.ts';
import { isRecord } from '../../kit/merge.ts';
import { completeExtension, extensionBlock, isTimezone } from '../../kit/extension-numbers.ts';
import { claimExtension, claimFirstFreeExtension, describeExtension, extensionsOfOwners, releaseExtensions } from '../extensions/public.ts';
import { assignNumbersTo, numbersById, numbersOfAssignees, phoneNumbersByKey, releaseNumberOf, unassignAllOf } from '../numbers/public.ts';
import { allSites, applyPolicyPatch, holdSite, siteNames, siteTerms, type SiteRow } from '../sites/public.ts';
import { findUser, type UserRow } from '../users/public.ts';
import { noFreeExtension, subsettingGroupNotFound, subsettingInvalid, updateGroupNotFound, worded, WORDS } from './errors.ts';
import {
  accessUserType,
  ASSIGNEE_TYPE,
  DEFAULT_STATUS,
  groupPolicy,
  language,
  MEMBERS_PER_REQUEST,
  numberStatus,
  policySettings,
  status,
  storageLocation,
  VOICEMAIL_ACCESS,
  type Json,
} from './rules.ts';
import {
  accessOf,
  addAccess,
  addMember,
  countGroups,
  deleteGroup,
  findGroup,
  groupsOfMembers,
  listGroups,
  membersOf,
  parsePolicy,
  removeMembers,
  type AccessRow,
  type GroupRow,
} from './store.ts';

type ListItem = ItemOf<'listSharedLineGroups', 'shared_line_groups'>;
type Details = ResponseOf<'getASharedLineGroup'>;
type AccessItem = ItemOf<'addAPolicySettingToASharedLineGroup', 'voicemail_access_members'>;
type Db = RequestContext['db'];

// ---- presenting ---------------------------------------------------------------------

/** What the list and the details both show of groups: their extension, site and numbers, a page's worth in four queries. */
async function neighbours(store: AccountStore, rows: GroupRow[]) {
  const ids = rows.map((r) => r.id);
  const [extensions, sites, held] = await Promise.all([
    extensionsOfOwners(store.db, store.accountId, ids, 'sharedLineGroup'),
    siteNames(store.db, store.accountId, [...new Set(rows.map((r) => r.site_id))]),
    numbersOfAssignees(store.db, store.accountId, ids),
  ]);
  const numbers = await numbersById(store.db, store.accountId, [...held.values()].flat().map((n) => n.id));
  return (row: GroupRow) => {
    const site = sites.get(row.site_id);
    const own = (held.get(row.id) ?? []).flatMap((n) => (numbers.get(n.id) ? [numbers.get(n.id)!] : []));
    return {
      item: {
        id: row.id,
        display_name: row.display_name,
        extension_id: row.extension_id,
        extension_number: extensions.get(row.id)?.number,
        site: site && { id: site.id, name: site.name },
        status: status(row.status),
        phone_numbers: own.map((n) => ({ id: n.id, number: n.number, status: numberStatus(n.status) })),
      } satisfies ListItem,
      numbers: own,
    };
  };
}

const accessItem = (a: AccessRow): AccessItem & { shared_id: string } => ({
  access_user_id: a.access_user_id,
  access_user_type: accessUserType(a.access_user_type),
  allow_delete: a.allow_delete === 1,
  allow_download: a.allow_download === 1,
  allow_sharing: a.allow_sharing === 1,
  shared_id: a.shared_id,
});

async function details(store: AccountStore, row: GroupRow): Promise<Details> {
  const [present, members, access] = await Promise.all([neighbours(store, [row]), membersOf(store, [row.id]), accessOf(store, row.id)]);
  const { item, numbers } = present(row);
  const users = (members.get(row.id) ?? []).filter((m) => m.member_type === 'user');
  const names = await extensionsOfOwners(store.db, store.accountId, users.map((m) => m.member_id), 'user');
  // The chosen primary while the group holds it; else the first number it was given.
  const primary = numbers.find((n) => n.id === row.primary_number_id) ?? numbers[0];
  return {
    id: item.id,
    display_name: item.display_name,
    extension_id: item.extension_id,
    extension_number: item.extension_number,
    site: item.site,
    status: item.status,
    phone_numbers: numbers.map((n) => ({ id: n.id, number: n.number })),
    primary_number: primary?.number,
    members: { users: users.map((m) => ({ id: m.member_id, extension_id: m.extension_id, name: names.get(m.member_id)?.name })), common_areas: [] },
    policy: { voicemail_access_members: access.map(accessItem) },
    cost_center: row.cost_center ?? undefined,
    department: row.department ?? undefined,
    timezone: row.timezone ?? undefined,
    audio_prompt_language: language(row.audio_prompt_language),
    default_transcription_language: language(row.default_transcription_language),
    recording_storage_location: storageLocation(row.recording_storage_location),
    allow_privacy: row.allow_privacy === 1,
  };
}

// ---- inputs -------------------------------------------------------------------------

/** The site a group without site_id goes to: "required only if the multiple sites option has been enabled" — the account's main site. */
async function mainSiteId(db: Db, accountId: string): Promise<string | undefined> {
  const sites = await allSites(db, accountId);
  return (sites.find((s) => s.main_site === 1) ?? sites[0])?.id;
}

/** The group's extension for a number a request gives on `site`, claimed in the directory, or the documented error that refuses it. */
async function claimGiven(
  db: Db,
  accountId: string,
  group: { id: string; extension_id: string; display_name: string },
  site: SiteRow,
  given: number,
  fails: { shortLength: () => Error; inUse: (n: number) => Error },
): Promise<number> {
  const number = completeExtension(given, siteTerms(site));
  if (number === undefined) throw fails.shortLength();
  const claim = await claimExtension(db, {
    accountId, id: group.extension_id, kind: 'sharedLineGroup', number, name: group.display_name, siteId: site.id, ownerId: group.id,
  });
  if (!claim.ok) throw fails.inUse(number);
  return number;
}



// ---- handlers -----------------------------------------------------------------------

export const handlers = defineHandlers({
  async listSharedLineGroups(ctx) {
    const store = await ctx.store();
    return ctx.list({
      items: 'shared_line_groups',
      filters: {},
      fetch: (after, limit) => listGroups(store, after, limit),
      count: () => countGroups(store),
      present: async (rows) => {
        const present = await neighbours(store, rows);
        return rows.map((r) => present(r).item);
      },
    });
  },

  async createASharedLineGroup(ctx) {
    const store = await ctx.store();
    const { accountId } = store;
    const b = ctx.body;
    const bad = (field: string, message: string) => worded(ctx.fail('error300'), field, message);
    if (!b.display_name.trim()) throw bad('display_name', WORDS.displayNameEmpty);
    return ctx.db.transaction().execute(async (trx) => {
      const groups = store.on(trx);
      const siteId = b.site_id ?? (await mainSiteId(trx, accountId));
      // Held until the group is written: a concurrent delete of the site waits, then moves the group on.
      const site = siteId ? await holdSite(trx, accountId, siteId) : undefined;
      if (!site) throw bad('site_id', WORDS.siteNotFound(b.site_id ?? ''));
      const group = { id: ctx.ids.next(), extension_id: ctx.ids.next(), display_name: b.display_name };
      if (b.extension_number !== undefined) {
        await claimGiven(trx, accountId, group, site, b.extension_number, {
          shortLength: () => ctx.fail('invalidShortNumberLength'),
          inUse: (n) => ctx.fail('extensionNumberIsAlreadyUsed', { extensionNumber: n }),
        });
      } else {
        const block = extensionBlock(siteTerms(site));
        const number = await claimFirstFreeExtension(
          trx,
          { accountId, id: group.extension_id, kind: 'sharedLineGroup', name: group.display_name, siteId: site.id, ownerId: group.id },
          block.first,
        );
        if (number > block.last) throw noFreeExtension({ siteId: site.id });
      }
      const now = ctx.clock.now();
      await groups.insert('shared_line_groups', {
        ...group,
        description: b.description ?? null,
        site_id: site.id,
        status: DEFAULT_STATUS,
        cost_center: null,
        department: null,
        timezone: null,
        audio_prompt_language: null,
        default_transcription_language: null,
        recording_storage_location: null,
        allow_privacy: 0,
        primary_number_id: null,
        policy: '{}',
        created_at: now,
        updated_at: now,
      });
      return { id: group.id, display_name: group.display_name };
    });
  },

  async getASharedLineGroup(ctx) {
    const store = await ctx.store();
    const id = ctx.params.sharedLineGroupId;
    const row = await findGroup(store, id);
    if (!row) throw ctx.fail('sharedLineGroupDoesNotExist', { sharedLineGroupId: id });
    return details(store, row);
  },

  async updateASharedLineGroup(ctx) {
    const store = await ctx.store();
    const { accountId } = store;
    const id = ctx.params.slgId;
    const b = ctx.body ?? {};
    const bad = (field: string, message: string) => worded(ctx.fail('error300'), field, message);
    if (b.display_name !== undefined && !b.display_name.trim()) throw bad('display_name', WORDS.displayNameEmpty);
    if (b.timezone !== undefined && !isTimezone(b.timezone)) throw bad('timezone', WORDS.timezoneNotFound(b.timezone));
    // Read, changed and written under the group's lock: concurrent patches of one group apply one after another.
    await ctx.db.transaction().execute(async (trx) => {
      const groups = store.on(trx);
      const row = await findGroup(groups, id, 'noKeyUpdate');
      if (!row) throw updateGroupNotFound({ slgId: id });
      const displayName = b.display_name ?? row.display_name;
      if (b.extension_number !== undefined) {
        const site = await holdSite(trx, accountId, row.site_id);
        if (!site) throw bad('site_id', WORDS.siteNotFound(row.site_id));
        await claimGiven(trx, accountId, { id: row.id, extension_id: row.extension_id, display_name: displayName }, site, b.extension_number, {
          shortLength: () => ctx.fail('invalidShortNumberLength'),
          inUse: (n) => ctx.fail('extensionNumberIsAlreadyUsed', { extensionNumber: n }),
        });
      }
      let primary = row.primary_number_id;
      if (b.primary_number !== undefined) {
        const number = (await phoneNumbersByKey(trx, accountId, [b.primary_number]))(b.primary_number);
        if (!number || number.assignee_type !== ASSIGNEE_TYPE || number.assignee_id !== row.id) throw bad('primary_number', WORDS.primaryNotHeld(b.primary_number));
        primary = number.id;
      }
      // The directory names the group wherever its extension shows (its numbers' assignee, say).
      if (b.display_name !== undefined) await describeExtension(trx, accountId, row.extension_id, { name: displayName });
      await groups.patch(
        'shared_line_groups',
        { id },
        {
          display_name: displayName,
          status: b.status ?? row.status,
          cost_center: b.cost_center ?? row.cost_center,
          department: b.department ?? row.department,
          timezone: b.timezone ?? row.timezone,
          audio_prompt_language: b.audio_prompt_language ?? row.audio_prompt_language,
          default_transcription_language: b.default_transcription_language ?? row.default_transcription_language,
          recording_storage_location: b.recording_storage_location ?? row.recording_storage_location,
          allow_privacy: b.allow_privacy === undefined ? row.allow_privacy : b.allow_privacy ? 1 : 0,
          primary_number_id: primary,
          updated_at: ctx.clock.now(),
        },
      );
    });
    return undefined;
  },

  async deleteASharedLineGroup(ctx) {
    const store = await ctx.store();
    const id = ctx.params.slgId;
    await ctx.db.transaction().execute(async (trx) => {
      const groups = store.on(trx);
      const row = await findGroup(groups, id, 'update');
      if (!row) throw worded(ctx.fail('error300'), 'slgId', WORDS.groupNotFound(id));
      // Its numbers go back to the unassigned ones, its extension number is free again.
      await unassignAllOf(trx, store.accountId, ASSIGNEE_TYPE, row.id);
      await deleteGroup(groups, row.id);
      await releaseExtensions(trx, store.accountId, row.id, 'sharedLineGroup');
    });
    return undefined;
  },

  // ---- members ----------------------------------------------------------------------

  async addMembersToASharedLineGroup(ctx) {
    const store = await ctx.store();
    const { accountId } = store;
    const groupId = ctx.params.slgId;
    const bad = (field: string, message: string) => worded(ctx.fail('error300'), field, message);
    const users = ctx.body?.members?.users ?? [];
    const areas = ctx.body?.members?.common_area_ids ?? [];
    if (users.length + areas.length > MEMBERS_PER_REQUEST) throw bad('members', WORDS.tooManyMembers(MEMBERS_PER_REQUEST));
    if (users.length + areas.length === 0) throw bad('members', WORDS.noMembers);
    await ctx.db.transaction().execute(async (trx) => {
      const groups = store.on(trx);
      // The group's lock makes concurrent adds to it run one after another; the unique index keeps each member in one group.
      const group = await findGroup(groups, groupId, 'noKeyUpdate');
      if (!group) throw bad('slgId', WORDS.groupNotFound(groupId));
      // The sandbox has no common areas yet: every one named is one the account does not have.
      if (areas.length) throw bad('common_area_ids', WORDS.commonAreaNotFound(areas[0]));
      const found = new Map<string, UserRow>();
      for (const u of users) {
        const key = u.id ?? u.email ?? '';
        const user = key ? await findUser(trx, accountId, key) : undefined;
        if (!user) throw ctx.fail('userNotFound', { userId: key });
        if (user.site_id !== group.site_id) throw bad('members', WORDS.memberNotOnSite(user.id));
        found.set(user.id, user);
      }
      const now = ctx.clock.now();
      for (const user of found.values()) {
        if (await addMember(groups, { group_id: groupId, member_id: user.id, member_type: 'user', extension_id: user.extension_id, created_at: now })) continue;
        // Not added: a member already, here (kept once) or in another group, maybe by a request that just committed.
        const where = (await groupsOfMembers(groups, [user.id])).get(user.id);
        if (where !== groupId) throw bad('members', WORDS.memberInAnotherGroup(user.id));
      }
    });
    return undefined;
  },

  async unassignMembersFromASharedLineGroup(ctx) {
    const store = await ctx.store();
    const groupId = ctx.params.slgId;
    await ctx.db.transaction().execute(async (trx) => {
      const groups = store.on(trx);
      if (!(await findGroup(groups, groupId, 'noKeyUpdate'))) throw worded(ctx.fail('error300'), 'slgId', WORDS.groupNotFound(groupId));
      await removeMembers(groups, groupId);
    });
    return undefined;
  },

  async unassignAMemberFromASharedLineGroup(ctx) {
    const store = await ctx.store();
    const { slgId: groupId, memberId } = ctx.params;
    const bad = (field: string, message: string) => worded(ctx.fail('error300'), field, message);
    await ctx.db.transaction().execute(async (trx) => {
      const groups = store.on(trx);
      if (!(await findGroup(groups, groupId, 'noKeyUpdate'))) throw bad('slgId', WORDS.groupNotFound(groupId));
      if ((await removeMembers(groups, groupId, memberId)) === 0) throw bad('memberId', WORDS.memberNotFound(memberId));
    });
    return undefined;
  },

  // ---- phone numbers ------------------------------------------------------------------

  async assignPhoneNumbersForSharedLineGroup(ctx) {
    const store = await ctx.store();
    const { accountId } = store;
    const groupId = ctx.params.slgId;
    const bad = (field: string, message: string) => worded(ctx.fail('error300'), field, message);
    const items = ctx.body?.phone_numbers ?? [];
    if (items.length === 0) throw bad('phone_numbers', WORDS.noNumbers);
    const keys = items.map((item) => item.id ?? item.number ?? '');
    if (keys.some((k) => !k)) throw bad('phone_numbers', WORDS.numberMissingKey);
    await ctx.db.transaction().execute(async (trx) => {
      // Held so that a concurrent delete of the group waits, then releases these numbers too.
      const group = await findGroup(store.on(trx), groupId, 'keyShare');
      if (!group) throw bad('slgId', WORDS.groupNotFound(groupId));
      // The same one assignment users and queues have (numbers' public.ts decides races).
      const refused = await assignNumbersTo(trx, accountId, keys, { type: ASSIGNEE_TYPE, id: group.id, siteId: group.site_id });
      if (refused?.problem === 'unknown') throw ctx.fail('phoneNumberDoesNotExist');
      if (refused?.problem === 'taken') throw bad('phone_numbers', WORDS.numberTaken(refused.number));
    });
    return undefined;
  },

  async unassignAllPhoneNumbersForSharedLineGroup(ctx) {
    const store = await ctx.store();
    const groupId = ctx.params.slgId;
    await ctx.db.transaction().execute(async (trx) => {
      if (!(await findGroup(store.on(trx), groupId, 'keyShare'))) throw worded(ctx.fail('error300'), 'slgId', WORDS.groupNotFound(groupId));
      await unassignAllOf(trx, store.accountId, ASSIGNEE_TYPE, groupId);
    });
    return undefined;
  },

  async unassignAPhoneNumberForSharedLineGroup(ctx) {
    const store = await ctx.store();
    const { accountId } = store;
    const { slgId: groupId, phoneNumberId } = ctx.params;
    const bad = (field: string, message: string) => worded(ctx.fail('error300'), field, message);
    await ctx.db.transaction().execute(async (trx) => {
      if (!(await findGroup(store.on(trx), groupId, 'keyShare'))) throw bad('slgId', WORDS.groupNotFound(groupId));
      const row = (await phoneNumbersByKey(trx, accountId, [phoneNumberId]))(phoneNumberId);
      if (!row) throw ctx.fail('phoneNumberDoesNotExist');
      if (!(await releaseNumberOf(trx, accountId, row.id, ASSIGNEE_TYPE, groupId))) throw bad('phoneNumberId', WORDS.numberNotHeld(row.number));
    });
    return undefined;
  },

  // ---- policies -----------------------------------------------------------------------

  async getASharedLineGroupPolicy(ctx) {
    const store = await ctx.store();
    const id = ctx.params.sharedLineGroupId;
    const row = await findGroup(store, id);
    if (!row) throw ctx.fail('sharedLineGroupDoesNotExist', { sharedLineGroupId: id });
    return groupPolicy(parsePolicy(row)) as ResponseOf<'getASharedLineGroupPolicy'>;
  },

  async updateASharedLineGroupPolicy(ctx) {
    const store = await ctx.store();
    const id = ctx.params.sharedLineGroupId;
    const documented = new Set(policySettings());
    const patch: Json = Object.fromEntries(Object.entries((ctx.body ?? {}) as Json).filter(([k, v]) => documented.has(k) && isRecord(v)));
    await ctx.db.transaction().execute(async (trx) => {
      const groups = store.on(trx);
      const row = await findGroup(groups, id, 'noKeyUpdate');
      if (!row) throw worded(ctx.fail('error300'), 'sharedLineGroupId', WORDS.groupNotFound(id));
      const policy = applyPolicyPatch(parsePolicy(row), patch);
      await groups.patch('shared_line_groups', { id }, { policy: JSON.stringify(policy), updated_at: ctx.clock.now() });
    });
    return undefined;
  },

  async addAPolicySettingToASharedLineGroup(ctx) {
    const store = await ctx.store();
    const { slgId: groupId, policyType } = ctx.params;
    return ctx.db.transaction().execute(async (trx) => {
      const groups = store.on(trx);
      // The group's lock makes concurrent adds to its list run one after another.
      if (!(await findGroup(groups, groupId, 'noKeyUpdate'))) throw subsettingGroupNotFound({ slgId: groupId });
      if (policyType !== VOICEMAIL_ACCESS) throw subsettingInvalid({ reason: `Invalid policyType: ${policyType}.` });
      const wanted = ctx.body?.voicemail_access_members ?? [];
      if (wanted.length === 0) throw subsettingInvalid({ reason: 'voicemail_access_members must hold at least one member.' });
      const kept = await accessOf(groups, groupId);
      const users: UserRow[] = [];
      for (const w of wanted) {
        // "The default type will be user if empty."
        if ((w.access_user_type ?? 'user') === 'commonArea') throw subsettingInvalid({ reason: WORDS.commonAreaNotFound(w.access_user_id ?? '') });
        const user = w.access_user_id ? await findUser(trx, store.accountId, w.access_user_id) : undefined;
        if (!user) throw subsettingInvalid({ reason: `User does not exist: ${w.access_user_id ?? ''}.` });
        if (users.some((u) => u.id === user.id)) throw subsettingInvalid({ reason: `User ${user.id} appears more than once.` });
        users.push(user);
      }
      for (const [i, w] of wanted.entries()) {
        const user = users[i];
        if (kept.some((k) => k.access_user_id === user.id)) continue;
        await addAccess(groups, { group_id: groupId, ...newEntry(ctx.ids.next(), user, { delete: w.allow_delete, download: w.allow_download, share: w.allow_sharing }) });
      }
      return { voicemail_access_members: (await accessOf(groups, groupId)).map(accessItem) };
    });
  },

  async updateAnSlgPolicySetting(ctx) {
    const store = await ctx.store();
    const { slgId: groupId, policyType } = ctx.params;
    await ctx.db.transaction().execute(async (trx) => {
      const groups = store.on(trx);
      if (!(await findGroup(groups, groupId, 'noKeyUpdate'))) throw subsettingGroupNotFound({ slgId: groupId });
      if (policyType !== VOICEMAIL_ACCESS) throw subsettingInvalid({ reason: `Invalid policyType: ${policyType}.` });
      const changes = ctx.body?.voicemail_access_members ?? [];
      if (changes.length === 0) throw subsettingInvalid({ reason: 'voicemail_access_members must hold at least one member.' });
      const kept = await accessOf(groups, groupId);
      // Each change names an entry of the group's list: by its shared_id, else by its user (id or email).
      const targets: AccessRow[] = [];
      for (const c of changes) {
        const entry = await entryNamed(kept, c, async (key) => (await findUser(trx, store.accountId, key))?.id);
        if (!entry) throw subsettingInvalid({ reason: `No shared access entry ${c.shared_id ?? c.access_user_id ?? ''} in the shared line group.` });
        targets.push(entry);
      }
      for (const [i, c] of changes.entries()) {
        const permissions = changedPermissions(targets[i], { delete: c.allow_delete, download: c.allow_download, share: c.allow_sharing });
        await groups.patch('shared_line_group_voicemail_access', { group_id: groupId, shared_id: targets[i].shared_id }, permissions);
      }
    });
    return undefined;
  },

  async deleteAnSlgPolicySetting(ctx) {
    const store = await ctx.store();
    const { slgId: groupId, policyType } = ctx.params;
    const sharedIds = queryList(ctx.query.shared_ids);
    await ctx.db.transaction().execute(async (trx) => {
      const groups = store.on(trx);
      if (!(await findGroup(groups, groupId, 'noKeyUpdate'))) throw subsettingGroupNotFound({ slgId: groupId });
      if (policyType !== VOICEMAIL_ACCESS) throw subsettingInvalid({ reason: `Invalid policyType: ${policyType}.` });
      const kept = new Set((await accessOf(groups, groupId)).map((k) => k.shared_id));
      const unknown = sharedIds.find((id) => !kept.has(id));
      if (sharedIds.length === 0 || unknown !== undefined) throw subsettingInvalid({ reason: `No shared access entry ${unknown ?? ''} in the shared line group.` });
      for (const sharedId of sharedIds) await groups.remove('shared_line_group_voicemail_access', { group_id: groupId, shared_id: sharedId });
    });
    return undefined;
  },
});
