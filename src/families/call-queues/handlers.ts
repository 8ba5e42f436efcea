// Handlers of the call-queues family, keyed by operationId. A queue is an
// extension of the account's one directory (kind 'callQueue'): its number is the
// account's once, whoever else holds extensions. Its phone numbers are the numbers
// family's rows assigned to it, the same one assignment users have. Its members
// are users of the account, each once (a unique index), at most MAX_MEMBERS.
import { defineHandlers, type ItemOf, type ResponseOf } from '../../kit/context.ts';
import type { AccountStore } from '../../kit/store.ts';
import { queryList } from '../../kit/query.ts';
import { changedPermissions, entryNamed, newEntry } from '../../kit/access-list.ts';
import { isRecord } from '../../kit/merge.ts';
import { claimExtension, claimFirstFreeExtension, describeExtension, extensionsOfOwners, releaseExtensions } from '../extensions/public.ts';
import {
  assignNumbersTo,
  followAssignees,
  numbersOfAssignees,
  phoneSource,
  releaseNumberOf,
  unassignAllOf,
} from '../numbers/public.ts';
import { applyPolicyPatch, findSite, holdSite, lockedAbove, policyOfSite, settingLocked, siteNames, siteTerms, type SiteRow } from '../sites/public.ts';
import { findUser, type UserRow } from '../users/public.ts';
import { queueRecordings } from '../recordings/public.ts';
import { audioExists } from '../audio-library/public.ts';
import { isProblem, windowOf } from '../../kit/date-window.ts';
import { figuresOf } from './visits.ts';
import {
  commonAreaDoesNotExist,
  extensionInUse,
  groupDoesNotExist,
  invalidShortNumberLength,
  memberNotFound,
  noFreeExtension,
  numberMissingKey,
  phoneNumberAlreadyAssigned,
  phoneNumberNotFound,
  queueNotFound,
  siteDoesNotExist,
  timezoneNotFound,
  tooManyMembersAtOnce,
  tooManyNumbersAtOnce,
  updateGroupDoesNotExist,
  badWindow,
} from './errors.ts';
import {
  accessUserType,
  audioIdsOf,
  DEFAULT_STATUS,
  language,
  level,
  MAX_MEMBERS,
  MAX_VOICEMAIL_ACCESS_MEMBERS,
  MEMBERS_PER_REQUEST,
  NUMBERS_PER_REQUEST,
  policySettings,
  queuePolicy,
  smsTemplateIdsOf,
  status,
  storageLocation,
  VOICEMAIL_ACCESS,
  type Json,
} from './rules.ts';
import { completeExtension, extensionBlock, isTimezone } from '../../kit/extension-numbers.ts';
import {
  accessOf,
  addAccess,
  addMember,
  countMembers,
  countQueues,
  deleteQueue,
  findMember,
  findQueue,
  listQueues,
  membersOf,
  pageMembers,
  parseSettings,
  removeMembers,
  type AccessRow,
  type MemberRow,
  type QueueFilters,
  type QueueRow,
  routingOf,
} from './store.ts';

/** The numbers family's word for a number held by a call queue. */
const ASSIGNEE_TYPE = 'CallQueue';

type ListItem = ItemOf<'listCallQueues', 'call_queues'>;
type Details = ResponseOf<'getCallQueueDetails'>;
type MemberItem = ItemOf<'listCallQueueMembers', 'call_queue_members'>;
type AccessItem = ItemOf<'addAPolicySubsettingToACallQueue', 'voicemail_access_members'>;
type UsersInput = { id?: string; email?: string }[] | undefined;

// ---- presenting ---------------------------------------------------------------------

/** What the list and the details both show of queues: their extension, site and numbers, a page's worth in three queries. */
async function neighbours(store: AccountStore, rows: QueueRow[]) {
  const ids = rows.map((r) => r.id);
  const [extensions, sites, numbers] = await Promise.all([
    extensionsOfOwners(store.db, store.accountId, ids, 'callQueue'),
    siteNames(store.db, store.accountId, [...new Set(rows.map((r) => r.site_id))]),
    numbersOfAssignees(store.db, store.accountId, ids),
  ]);
  return (row: QueueRow): ListItem => {
    const site = sites.get(row.site_id);
    return {
      id: row.id,
      name: row.name,
      extension_id: row.extension_id,
      extension_number: extensions.get(row.id)?.number,
      site: site && { id: site.id, name: site.name },
      status: status(row.status),
      phone_numbers: (numbers.get(row.id) ?? []).map((n) => ({ id: n.id, number: n.number, source: phoneSource(n.source) })),
    };
  };
}

/** Members as the directory names them (a user's extension and name are the directory's). */
async function memberItems(store: AccountStore, members: MemberRow[]) {
  const users = await extensionsOfOwners(store.db, store.accountId, members.filter((m) => m.member_type === 'user').map((m) => m.member_id), 'user');
  return members.map((m) => ({ row: m, name: users.get(m.member_id)?.name }));
}

const accessItem = (a: AccessRow): AccessItem & { shared_id: string } => ({
  access_user_id: a.access_user_id,
  access_user_type: accessUserType(a.access_user_type),
  allow_delete: a.allow_delete === 1,
  allow_download: a.allow_download === 1,
  allow_sharing: a.allow_sharing === 1,
  shared_id: a.shared_id,
});

async function details(store: AccountStore, row: QueueRow): Promise<Details> {
  const [present, members, access] = await Promise.all([neighbours(store, [row]), membersOf(store, [row.id]), accessOf(store, row.id)]);
  const named = await memberItems(store, members.get(row.id) ?? []);
  return {
    ...present(row),
    cost_center: row.cost_center ?? undefined,
    department: row.department ?? undefined,
    timezone: row.timezone ?? undefined,
    audio_prompt_language: language(row.audio_prompt_language),
    default_transcription_language: language(row.default_transcription_language),
    recording_storage_location: storageLocation(row.recording_storage_location),
    members: {
      users: named
        .filter((m) => m.row.member_type === 'user')
        .map(({ row: m, name }) => ({ id: m.member_id, extension_id: m.extension_id, name, level: level(m.level), receive_call: m.receive_call === 1 })),
      common_areas: [],
    },
    policy: { voicemail_access_members: access.map(accessItem) },
  };
}

// ---- inputs -------------------------------------------------------------------------

/**
 * The users a request names (by id or email), each once, or the documented 404 for
 * the first the account does not have. Common areas: the sandbox has none yet.
 */
async function resolveMembers(
  store: AccountStore,
  members: { users?: UsersInput; common_area_ids?: string[] } | undefined,
  userNotFound: (userId: string) => Error,
): Promise<UserRow[]> {
  const users = members?.users ?? [];
  const areas = members?.common_area_ids ?? [];
  if (users.length + areas.length > MEMBERS_PER_REQUEST) throw tooManyMembersAtOnce();
  if (areas.length) throw commonAreaDoesNotExist({ commonAreaId: areas[0] });
  const found = new Map<string, UserRow>();
  for (const u of users) {
    const key = u.id ?? u.email ?? '';
    const user = key ? await findUser(store.db, store.accountId, key) : undefined;
    if (!user) throw userNotFound(key);
    found.set(user.id, user);
  }
  return [...found.values()];
}

/** The queue's extension for a number a request gives on `site`, claimed in the directory, or the error that refuses it. */
async function claimGiven(
  store: AccountStore,
  queue: { id: string; extension_id: string; name: string },
  site: SiteRow,
  given: number,
  fails: { shortLength: () => Error; inUse: (n: number) => Error },
): Promise<number> {
  const number = completeExtension(given, siteTerms(site));
  if (number === undefined) throw fails.shortLength();
  const claim = await claimExtension(store.db, {
    accountId: store.accountId, id: queue.extension_id, kind: 'callQueue', number, name: queue.name, siteId: site.id, ownerId: queue.id,
  });
  if (!claim.ok) throw fails.inUse(number);
  return number;
}

// ---- handlers -----------------------------------------------------------------------

export const handlers = defineHandlers({
  // No call is placed in the sandbox yet (the telephony simulator is to come), so
  // there is no activity to count nor recording to list: an honest 501 until then.
  async listCallQueueAnalytics(ctx) {
    const store = await ctx.store();
    const w = windowOf(ctx.query, ctx.clock.now());
    if (isProblem(w)) throw ctx.fail('validationFailed');
    const f: QueueFilters = { site_id: ctx.query.site_id, cost_center: ctx.query.cost_center, department: ctx.query.department, extension_ids: ctx.query.call_queue_ext_ids };
    const page = await ctx.list({
      items: 'call_queues',
      filters: { ...f, from: w.from, to: w.to },
      fetch: (after, limit) => listQueues(store, f, after, limit),
      count: () => countQueues(store, f),
      present: async (rows) => {
        const [figures, sites] = await Promise.all([
          figuresOf(store, rows.map((r) => r.extension_id), w.start, w.end),
          siteNames(store.db, store.accountId, [...new Set(rows.map((r) => r.site_id))]),
        ]);
        return rows.map((row) => {
          const n = figures.get(row.extension_id);
          return {
            call_queue_id: row.id,
            call_queue_ext_id: row.extension_id,
            call_queue_name: row.name,
            site_id: row.site_id,
            site_name: sites.get(row.site_id)?.name,
            inbound_calls: n?.inbound ?? 0,
            completed_calls: n?.completed ?? 0,
            abandoned_calls: n?.abandoned ?? 0,
            overflowed_calls: n?.overflowed ?? 0,
            avg_in_queue_wait_time: n?.avgWait ?? 0,
            max_in_queue_wait_time: n?.maxWait ?? 0,
            avg_handle_time: n?.avgHandle ?? 0,
            // Every answered call is followed by the queue's wrap-up time; members make no calls out for a queue in the sandbox.
            avg_wrap_up_time: n?.completed ? routingOf(row).wrap_up_time : 0,
            outbound_calls: 0,
            outbound_connected_calls: 0,
            outbound_unconnected_calls: 0,
          };
        });
      },
    });
    return { ...page, from: w.from, to: w.to };
  },

  async getCallQueueRecordings(ctx) {
    const store = await ctx.store();
    const queue = await findQueue(store, ctx.params.callQueueId);
    if (!queue) throw queueNotFound({ callQueueId: ctx.params.callQueueId });
    const w = windowOf(ctx.query, ctx.clock.now());
    if (isProblem(w)) throw badWindow({ field: w.problem === 'badDate' ? w.field : 'from', reason: w.problem === 'badDate' ? `${w.value} is not a date` : w.problem === 'reversed' ? 'from is after to' : 'the range is longer than a month' });
    const list = queueRecordings(store.db, store.accountId, queue.extension_id, w);
    const page = await ctx.list({ items: 'recordings', filters: { from: w.from, to: w.to }, ...list });
    return { ...page, from: w.from, to: w.to };
  },

  async listCallQueues(ctx) {
    const store = await ctx.store();
    const f: QueueFilters = { site_id: ctx.query.site_id, cost_center: ctx.query.cost_center, department: ctx.query.department };
    return ctx.list({
      items: 'call_queues',
      filters: { ...f },
      fetch: (after, limit) => listQueues(store, f, after, limit),
      count: () => countQueues(store, f),
      present: async (rows) => rows.map(await neighbours(store, rows)),
    });
  },

  async createACallQueue(ctx) {
    const store = await ctx.store();
    const b = ctx.body;
    return ctx.db.transaction().execute(async (trx) => {
      const queues = store.on(trx);
      // Held until the queue is written: a concurrent delete of the site waits, then moves the queue on.
      const site = await holdSite(trx, store.accountId, b.site_id);
      if (!site) throw siteDoesNotExist();
      const users = await resolveMembers(queues, b.members, (userId) => ctx.fail('userNotFound', { userId }));
      if (users.length > MAX_MEMBERS) throw ctx.fail('maximumNumberOfCallQueueMembers', { maxSize: MAX_MEMBERS });
      const queue = { id: ctx.ids.next(), extension_id: ctx.ids.next(), name: b.name };
      let number: number;
      if (b.extension_number !== undefined) {
        number = await claimGiven(queues, queue, site, b.extension_number, {
          shortLength: () => ctx.fail('invalidShortNumberLength'),
          inUse: (n) => ctx.fail('extensionNumberIsAlreadyUsed', { extensionNumber: n }),
        });
      } else {
        const block = extensionBlock(siteTerms(site));
        number = await claimFirstFreeExtension(
          trx,
          { accountId: store.accountId, id: queue.extension_id, kind: 'callQueue', name: queue.name, siteId: site.id, ownerId: queue.id },
          block.first,
        );
        if (number > block.last) throw noFreeExtension({ siteId: site.id });
      }
      const now = ctx.clock.now();
      await queues.insert('call_queues', {
        ...queue,
        site_id: site.id,
        status: DEFAULT_STATUS,
        description: b.description ?? null,
        cost_center: b.cost_center ?? null,
        department: b.department ?? null,
        timezone: null,
        audio_prompt_language: null,
        default_transcription_language: null,
        recording_storage_location: null,
        settings: '{}',
        created_at: now,
        updated_at: now,
      });
      for (const u of users) {
        await addMember(queues, { queue_id: queue.id, member_id: u.id, member_type: 'user', extension_id: u.extension_id, level: 'user', receive_call: 1, created_at: now });
      }
      return { id: queue.id, name: queue.name, extension_number: number, status: DEFAULT_STATUS };
    });
  },

  async getCallQueueDetails(ctx) {
    const store = await ctx.store();
    const row = await findQueue(store, ctx.params.callQueueId);
    if (!row) throw ctx.fail('callQueueDoesNotExistCallQueueId', { callQueueId: ctx.params.callQueueId });
    return details(store, row);
  },

  async updateCallQueueDetails(ctx) {
    const store = await ctx.store();
    const id = ctx.params.callQueueId;
    const b = ctx.body ?? {};
    if (b.timezone !== undefined && !isTimezone(b.timezone)) throw timezoneNotFound();
    // Read, changed and written under the queue's lock: concurrent patches of one queue apply one after another.
    await ctx.db.transaction().execute(async (trx) => {
      const queues = store.on(trx);
      const row = await findQueue(queues, id, 'noKeyUpdate');
      if (!row) throw updateGroupDoesNotExist({ groupId: id });
      const moving = b.site_id !== undefined && b.site_id !== row.site_id;
      const site = moving ? await holdSite(trx, store.accountId, b.site_id!) : await findSite(trx, store.accountId, row.site_id);
      if (!site) throw siteDoesNotExist();
      const name = b.name ?? row.name;
      if (b.extension_number !== undefined) {
        await claimGiven(queues, { id: row.id, extension_id: row.extension_id, name }, site, b.extension_number, {
          shortLength: () => invalidShortNumberLength(),
          inUse: (n) => extensionInUse({ extensionNumber: n }),
        });
      }
      // The directory names the queue wherever its extension shows (its numbers' assignee, say).
      await describeExtension(trx, store.accountId, row.extension_id, { name: b.name, siteId: moving ? site.id : undefined });
      // Numbers follow their queue to its new site.
      if (moving) await followAssignees(trx, store.accountId, ASSIGNEE_TYPE, [row.id], site.id);
      await queues.patch(
        'call_queues',
        { id },
        {
          name,
          site_id: site.id,
          status: b.status ?? row.status,
          description: b.description !== undefined ? b.description : row.description,
          cost_center: b.cost_center !== undefined ? b.cost_center : row.cost_center,
          department: b.department !== undefined ? b.department : row.department,
          timezone: b.timezone ?? row.timezone,
          audio_prompt_language: b.audio_prompt_language ?? row.audio_prompt_language,
          default_transcription_language: b.default_transcription_language ?? row.default_transcription_language,
          recording_storage_location: b.recording_storage_location ?? row.recording_storage_location,
          updated_at: ctx.clock.now(),
        },
      );
    });
    return undefined;
  },

  async deleteACallQueue(ctx) {
    const store = await ctx.store();
    const id = ctx.params.callQueueId;
    await ctx.db.transaction().execute(async (trx) => {
      const queues = store.on(trx);
      const row = await findQueue(queues, id, 'update');
      if (!row) throw ctx.fail('groupDoesNotExistGroupId', { callQueueId: id });
      // Its numbers go back to the unassigned ones, its extension number is free again.
      await unassignAllOf(trx, store.accountId, ASSIGNEE_TYPE, row.id);
      await deleteQueue(queues, row.id);
      await releaseExtensions(trx, store.accountId, row.id, 'callQueue');
    });
    return undefined;
  },

  // ---- members ----------------------------------------------------------------------

  async listCallQueueMembers(ctx) {
    const store = await ctx.store();
    const queueId = ctx.params.callQueueId;
    if (!(await findQueue(store, queueId))) throw queueNotFound({ callQueueId: queueId });
    return ctx.list({
      items: 'call_queue_members',
      filters: { queueId },
      fetch: (after, limit) => pageMembers(store, queueId, after, limit),
      count: () => countMembers(store, queueId),
      present: async (rows) =>
        (await memberItems(store, rows)).map(
          ({ row: m, name }): MemberItem => ({
            id: m.member_id,
            extension_id: m.extension_id,
            name,
            level: m.member_type === 'commonArea' ? 'commonArea' : 'user',
            receive_call: m.member_type === 'user' ? m.receive_call === 1 : undefined,
          }),
        ),
    });
  },

  async addMembersToACallQueue(ctx) {
    const store = await ctx.store();
    const queueId = ctx.params.callQueueId;
    await ctx.db.transaction().execute(async (trx) => {
      const queues = store.on(trx);
      // The queue's lock makes concurrent adds count one after another; the unique index keeps each member once.
      const row = await findQueue(queues, queueId, 'noKeyUpdate');
      if (!row) throw groupDoesNotExist({ callQueueId: queueId });
      const users = await resolveMembers(queues, ctx.body?.members, (userId) => ctx.fail('userNotFound', { userId }));
      const present = new Set((await membersOf(queues, [queueId])).get(queueId)?.map((m) => m.member_id));
      const joining = users.filter((u) => !present.has(u.id));
      if (present.size + joining.length > MAX_MEMBERS) throw ctx.fail('maximumNumberOfCallQueueMembers', { maxSize: MAX_MEMBERS });
      const now = ctx.clock.now();
      for (const u of joining) {
        await addMember(queues, { queue_id: queueId, member_id: u.id, member_type: 'user', extension_id: u.extension_id, level: 'user', receive_call: 1, created_at: now });
      }
    });
    return undefined;
  },

  async unassignAllMembers(ctx) {
    const store = await ctx.store();
    const queueId = ctx.params.callQueueId;
    await ctx.db.transaction().execute(async (trx) => {
      const queues = store.on(trx);
      if (!(await findQueue(queues, queueId, 'noKeyUpdate'))) throw ctx.fail('validationFailedTheGroupDoesNot', { callQueueId: queueId });
      // The manager stays: "you cannot use this API to unassign a call queue manager" (unassignAMember).
      await removeMembers(queues, queueId, { level: 'user' });
    });
    return undefined;
  },

  async unassignAMember(ctx) {
    const store = await ctx.store();
    const { callQueueId: queueId, memberId } = ctx.params;
    await ctx.db.transaction().execute(async (trx) => {
      const queues = store.on(trx);
      if (!(await findQueue(queues, queueId, 'noKeyUpdate'))) throw ctx.fail('validationFailedTheGroupDoesNot', { callQueueId: queueId });
      const member = await findMember(queues, queueId, memberId);
      if (!member) throw memberNotFound({ memberId });
      if (member.level === 'manager') throw ctx.fail('unableToDeleteManager');
      await removeMembers(queues, queueId, { memberId, level: 'user' });
    });
    return undefined;
  },

  // ---- phone numbers ------------------------------------------------------------------

  async assignNumbersToACallQueue(ctx) {
    const store = await ctx.store();
    const queueId = ctx.params.callQueueId;
    const items = ctx.body?.phone_numbers ?? [];
    if (items.length === 0) throw ctx.fail('needToSpecifyAtLeastOne');
    if (items.length > NUMBERS_PER_REQUEST) throw tooManyNumbersAtOnce();
    const keys = items.map((item) => item.id ?? item.number ?? '');
    if (keys.some((k) => !k)) throw numberMissingKey();
    await ctx.db.transaction().execute(async (trx) => {
      // Held so that a concurrent delete of the queue waits, then releases these numbers too.
      const queue = await findQueue(store.on(trx), queueId, 'keyShare');
      if (!queue) throw ctx.fail('callQueueDoesNotExist', { callQueueId: queueId });
      // The same one assignment users have (numbers' public.ts decides races).
      const refused = await assignNumbersTo(trx, store.accountId, keys, { type: ASSIGNEE_TYPE, id: queue.id, siteId: queue.site_id });
      if (refused?.problem === 'unknown') throw phoneNumberNotFound({ number: refused.key });
      if (refused?.problem === 'taken') throw phoneNumberAlreadyAssigned({ number: refused.number });
    });
    return undefined;
  },

  async unassignAllPhoneNumbersForCallQueue(ctx) {
    const store = await ctx.store();
    const queueId = ctx.params.callQueueId;
    await ctx.db.transaction().execute(async (trx) => {
      if (!(await findQueue(store.on(trx), queueId, 'keyShare'))) throw ctx.fail('validationFailedTheGroupDoesNot', { callQueueId: queueId });
      await unassignAllOf(trx, store.accountId, ASSIGNEE_TYPE, queueId);
    });
    return undefined;
  },

  async unassignAPhoneNumberForCallQueue(ctx) {
    const store = await ctx.store();
    const { callQueueId: queueId, phoneNumberId } = ctx.params;
    await ctx.db.transaction().execute(async (trx) => {
      if (!(await findQueue(store.on(trx), queueId, 'keyShare'))) throw ctx.fail('validationFailedTheGroupDoesNot', { callQueueId: queueId });
      if (!(await releaseNumberOf(trx, store.accountId, phoneNumberId, ASSIGNEE_TYPE, queueId))) throw ctx.fail('phoneNumberNotBelongToCall');
    });
    return undefined;
  },

  // ---- policies -----------------------------------------------------------------------

  async getCallQueuePolicy(ctx) {
    const store = await ctx.store();
    const row = await findQueue(store, ctx.params.callQueueId);
    if (!row) throw ctx.fail('callQueueDoesNotExist', { callQueueId: ctx.params.callQueueId });
    const site = await findSite(store.db, store.accountId, row.site_id);
    const inherited = site ? await policyOfSite(store.db, store.accountId, site) : undefined;
    return queuePolicy(inherited, parseSettings(row).policy) as ResponseOf<'getCallQueuePolicy'>;
  },

  async updateCallQueuePolicy(ctx) {
    const store = await ctx.store();
    const queueId = ctx.params.callQueueId;
    const documented = new Set(policySettings());
    const patch: Json = Object.fromEntries(Object.entries((ctx.body ?? {}) as Json).filter(([k, v]) => documented.has(k) && isRecord(v)));
    await ctx.db.transaction().execute(async (trx) => {
      const queues = store.on(trx);
      const row = await findQueue(queues, queueId, 'noKeyUpdate');
      if (!row) throw ctx.fail('callQueueDoesNotExist', { callQueueId: queueId });
      // A setting its site or the account locked is not the queue's to change.
      const site = await findSite(trx, store.accountId, row.site_id);
      const locked = site && lockedAbove(await policyOfSite(trx, store.accountId, site), patch);
      if (locked) throw settingLocked(locked);
      // A start prompt is an item of the account's audio library (audio-library's public.ts). The sandbox keeps no SMS templates: any one named does not exist.
      for (const audioId of audioIdsOf(patch)) if (!(await audioExists(trx, store.accountId, audioId))) throw ctx.fail('audioDoesNotExist', { audioId });
      const [templateId] = smsTemplateIdsOf(patch);
      if (templateId) throw ctx.fail('smsTemplateDoesNotExist', { sms_template_id: templateId });
      const settings = parseSettings(row);
      settings.policy = applyPolicyPatch(settings.policy, patch);
      await queues.patch('call_queues', { id: queueId }, { settings: JSON.stringify(settings), updated_at: ctx.clock.now() });
    });
    return undefined;
  },

  async addAPolicySubsettingToACallQueue(ctx) {
    const store = await ctx.store();
    const { callQueueId: queueId, policyType } = ctx.params;
    return ctx.db.transaction().execute(async (trx) => {
      const queues = store.on(trx);
      // The queue's lock makes concurrent adds count one after another.
      if (!(await findQueue(queues, queueId, 'noKeyUpdate'))) throw ctx.fail('callQueueDoesNotExistCallQueueId', { callQueueId: queueId });
      if (policyType !== VOICEMAIL_ACCESS) throw ctx.fail('invalidValueForParameter', { policyType });
      const wanted = ctx.body?.voicemail_access_members ?? [];
      if (wanted.length === 0) throw ctx.fail('validationFailed');
      const kept = await accessOf(queues, queueId);
      const users: UserRow[] = [];
      for (const w of wanted) {
        // "The default type will be user if empty."
        if ((w.access_user_type ?? 'user') === 'commonArea') throw commonAreaDoesNotExist({ commonAreaId: w.access_user_id ?? '' });
        const user = w.access_user_id ? await findUser(trx, store.accountId, w.access_user_id) : undefined;
        if (!user || users.some((u) => u.id === user.id)) throw ctx.fail('validationFailed');
        users.push(user);
      }
      const joining = wanted.map((w, i) => ({ w, user: users[i] })).filter(({ user }) => !kept.some((k) => k.access_user_id === user.id));
      if (kept.length + joining.length > MAX_VOICEMAIL_ACCESS_MEMBERS) throw ctx.fail('validationFailed');
      for (const { w, user } of joining) {
        await addAccess(queues, { queue_id: queueId, ...newEntry(ctx.ids.next(), user, { delete: w.allow_delete, download: w.allow_download, share: w.allow_sharing }) });
      }
      return { voicemail_access_members: (await accessOf(queues, queueId)).map(accessItem) };
    });
  },

  async updateACallQueuesPolicySubsetting(ctx) {
    const store = await ctx.store();
    const { callQueueId: queueId, policyType } = ctx.params;
    await ctx.db.transaction().execute(async (trx) => {
      const queues = store.on(trx);
      if (!(await findQueue(queues, queueId, 'noKeyUpdate'))) throw ctx.fail('callQueueDoesNotExistCallQueueId', { callQueueId: queueId });
      if (policyType !== VOICEMAIL_ACCESS) throw ctx.fail('invalidValueForParameter', { policyType });
      const changes = ctx.body?.voicemail_access_members ?? [];
      if (changes.length === 0) throw ctx.fail('validationFailed');
      const kept = await accessOf(queues, queueId);
      // Each change names an entry of the queue's list: by its shared_id, else by its user (id or email).
      const targets: AccessRow[] = [];
      for (const c of changes) {
        const entry = await entryNamed(kept, c, async (key) => (await findUser(trx, store.accountId, key))?.id);
        if (!entry) throw ctx.fail('validationFailed');
        targets.push(entry);
      }
      for (const [i, c] of changes.entries()) {
        const permissions = changedPermissions(targets[i], { delete: c.allow_delete, download: c.allow_download, share: c.allow_sharing });
        await queues.patch('call_queue_voicemail_access', { queue_id: queueId, shared_id: targets[i].shared_id }, permissions);
      }
    });
    return undefined;
  },

  async deleteACqPolicySetting(ctx) {
    const store = await ctx.store();
    const { callQueueId: queueId, policyType } = ctx.params;
    const sharedIds = queryList(ctx.query.shared_ids);
    await ctx.db.transaction().execute(async (trx) => {
      const queues = store.on(trx);
      if (!(await findQueue(queues, queueId, 'noKeyUpdate'))) throw ctx.fail('callQueueDoesNotExistCallQueueId', { callQueueId: queueId });
      if (policyType !== VOICEMAIL_ACCESS) throw ctx.fail('invalidValueForParameter', { policyType });
      const kept = new Set((await accessOf(queues, queueId)).map((k) => k.shared_id));
      if (sharedIds.length === 0 || sharedIds.some((id) => !kept.has(id))) throw ctx.fail('validationFailed');
      for (const sharedId of sharedIds) await queues.remove('call_queue_voicemail_access', { queue_id: queueId, shared_id: sharedId });
    });
    return undefined;
  },
});
