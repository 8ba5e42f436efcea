// Handlers of the monitoring-groups family, keyed by operationId: the account's
// monitoring groups (name, type, site, privileges, prompt) and their members,
// monitors and monitored, each an extension of the account's directory.
import { defineHandlers, type ItemOf } from '../../kit/context.ts';
import { extensionById, extensionsOfOwners, type ExtensionKind } from '../extensions/public.ts';
import { holdSite, siteNames } from '../sites/public.ts';
import {
  countGroups,
  countMembers,
  deleteGroup,
  findGroup,
  holdExtensions,
  insertGroup,
  insertMembers,
  listGroups,
  listMembers,
  memberCounts,
  membersAmong,
  monitoredElsewhere,
  removeMembers,
  updateGroup,
  type GroupFilters,
  type GroupRow,
  type MemberRow,
} from './store.ts';
import {
  CREATABLE_TYPES,
  ELIGIBLE,
  EXTENSION_TYPE,
  MAX_MEMBERS,
  TYPE_NAMES,
  exclusiveType,
  groupType,
  privilegeSet,
  storedPrivileges,
  type GroupType,
  type MemberType,
} from './rules.ts';
import { groupDoesNotExist, memberDoesNotExist, memberNotEligible, memberNotInGroup, nameEmpty, siteDoesNotExist } from './errors.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { AccountStore } from '../../kit/store.ts';

type Group = ItemOf<'getAListOfMonitoringGroupsOnAnAccount', 'monitoring_groups'>;
type Member = ItemOf<'getMembersOfAMonitoringGroup', 'members'>;

/** The groups as the list and the details show them, their counts and site names read in one query each. */
async function presentGroups(db: Kysely<Database>, store: AccountStore, rows: GroupRow[]): Promise<Group[]> {
  const counts = await memberCounts(store, rows.map((r) => r.id));
  const sites = await siteNames(db, store.accountId, [...new Set(rows.map((r) => r.site_id))]);
  return rows.map((r) => {
    const c = counts.get(r.id) ?? { monitor: 0, monitored: 0 };
    const site = sites.get(r.site_id);
    const type = groupType(Number(r.type));
    return {
      id: r.id,
      monitor_members_count: c.monitor,
      monitored_members_count: c.monitored,
      monitoring_privileges: storedPrivileges(r.privileges),
      name: r.name,
      prompt: Number(r.prompt) === 1,
      site: site ? { id: site.id, name: site.name } : { id: r.site_id },
      ...(type !== undefined ? { type } : {}),
    };
  });
}

/** A page of members as the directory shows them now (name and number follow renames and renumbering). */
async function presentMembers(db: Kysely<Database>, accountId: string, rows: MemberRow[]): Promise<Member[]> {
  // One query per kind for the page; an owner holds one extension of a kind.
  const byKind = new Map<string, string[]>();
  for (const r of rows) byKind.set(r.kind, [...(byKind.get(r.kind) ?? []), r.owner_id]);
  const found = new Map<string, { name: string; number: number; kind: ExtensionKind }>();
  for (const [kind, owners] of byKind) {
    for (const listing of (await extensionsOfOwners(db, accountId, owners, kind as ExtensionKind)).values()) found.set(listing.id, listing);
  }
  const members: Member[] = [];
  for (const r of rows) {
    const ext = found.get(r.extension_id) ?? (await extensionById(db, accountId, r.extension_id));
    // A member whose extension left the directory is removed with it (extensions.released); none is left to show.
    if (!ext) continue;
    const type = EXTENSION_TYPE[ext.kind];
    members.push({ display_name: ext.name, extension_id: r.extension_id, extension_number: ext.number, ...(type ? { extension_type: type } : {}) });
  }
  return members;
}

/** The name a request gives, or undefined when it is only spaces. */
const nameOf = (given: string) => given.trim() || undefined;

export const handlers = defineHandlers({
  // GET /phone/monitoring_groups
  async getAListOfMonitoringGroupsOnAnAccount(ctx) {
    const store = await ctx.store();
    const filters: GroupFilters = { type: ctx.query.type, siteId: ctx.query.site_id };
    return ctx.list({
      items: 'monitoring_groups',
      filters,
      fetch: (after, limit) => listGroups(store, filters, after, limit),
      count: () => countGroups(store, filters),
      present: (rows) => presentGroups(ctx.db, store, rows),
    });
  },

  // POST /phone/monitoring_groups
  async createAMonitoringGroup(ctx) {
    const store = await ctx.store();
    const b = ctx.body ?? {};
    const name = b.name === undefined ? undefined : nameOf(b.name);
    if (name === undefined) throw ctx.fail('nameIsRequired');
    if (b.type === undefined) throw ctx.fail('typeIsRequired');
    if (!CREATABLE_TYPES.includes(b.type)) throw ctx.fail('typeShouldBe12Or');
    const siteId = b.site_id?.trim();
    if (!siteId) throw ctx.fail('siteIdIsRequired');
    const privileges = privilegeSet(b.monitoring_privileges ?? []);
    if (!privileges) throw ctx.fail('privilegeDoesNotExist');
    const id = ctx.ids.next();
    const now = ctx.clock.now();
    await ctx.db.transaction().execute(async (trx) => {
      // Held until the group is written: a concurrent delete of the site waits, then moves the group.
      if (!(await holdSite(trx, store.accountId, siteId))) throw siteDoesNotExist({ siteId });
      await insertGroup(store.on(trx), {
        id, name, type: b.type!, site_id: siteId, privileges: JSON.stringify(privileges), prompt: b.prompt ? 1 : 0, created_at: now, updated_at: now,
      });
    });
    return { id, name };
  },

  // GET /phone/monitoring_groups/{monitoringGroupId}
  async getMonitoringGroupById(ctx) {
    const store = await ctx.store();
    const row = await findGroup(store, ctx.params.monitoringGroupId);
    if (!row) throw ctx.fail('groupDoesNotExist');
    const [group] = await presentGroups(ctx.db, store, [row]);
    return group;
  },

  // PATCH /phone/monitoring_groups/{monitoringGroupId}
  async updateAMonitoringGroup(ctx) {
    const store = await ctx.store();
    const b = ctx.body ?? {};
    const name = b.name === undefined ? undefined : nameOf(b.name);
    if (b.name !== undefined && name === undefined) throw nameEmpty();
    const privileges = b.monitoring_privileges === undefined ? undefined : privilegeSet(b.monitoring_privileges);
    if (b.monitoring_privileges !== undefined && !privileges) throw ctx.fail('privilegeDoesNotExist');
    const siteId = b.site_id === undefined ? undefined : b.site_id.trim();
    const now = ctx.clock.now();
    await ctx.db.transaction().execute(async (trx) => {
      const groups = store.on(trx);
      const row = await findGroup(groups, ctx.params.monitoringGroupId, 'noKeyUpdate');
      if (!row) throw ctx.fail('groupDoesNotExist');
      if (siteId !== undefined && !(await holdSite(trx, store.accountId, siteId))) throw siteDoesNotExist({ siteId });
      await updateGroup(groups, row.id, {
        ...(name !== undefined ? { name } : {}),
        ...(privileges !== undefined ? { privileges: JSON.stringify(privileges) } : {}),
        ...(b.prompt !== undefined ? { prompt: b.prompt ? 1 : 0 } : {}),
        ...(siteId !== undefined ? { site_id: siteId } : {}),
        updated_at: now,
      });
    });
    return undefined;
  },

  // DELETE /phone/monitoring_groups/{monitoringGroupId}
  async deleteAMonitoringGroup(ctx) {
    const store = await ctx.store();
    await ctx.db.transaction().execute(async (trx) => {
      const groups = store.on(trx);
      // Held for deletion: a concurrent add of members waits, then finds the group gone.
      const row = await findGroup(groups, ctx.params.monitoringGroupId, 'update');
      if (!row) throw ctx.fail('groupDoesNotExist');
      await deleteGroup(groups, row.id);
    });
    return undefined;
  },

  // GET /phone/monitoring_groups/{monitoringGroupId}/monitor_members
  async getMembersOfAMonitoringGroup(ctx) {
    const store = await ctx.store();
    const { monitoringGroupId } = ctx.params;
    const role = ctx.query.member_type;
    const group = await findGroup(store, monitoringGroupId);
    if (!group) throw groupDoesNotExist();
    return ctx.list({
      items: 'members',
      filters: { groupId: group.id, role },
      fetch: (after, limit) => listMembers(store, group.id, role, after, limit),
      count: () => countMembers(store, group.id, role),
      present: (rows) => presentMembers(ctx.db, store.accountId, rows),
    });
  },

  // POST /phone/monitoring_groups/{monitoringGroupId}/monitor_members
  async addMembersToAMonitoringGroup(ctx) {
    const store = await ctx.store();
    const { accountId } = store;
    const role: MemberType = ctx.query.member_type;
    // Each extension once, in the order given.
    const ids = [...new Set(ctx.body)];
    const tooMany = () => ctx.fail(role === 'monitor' ? 'maximumNumberOfMonitorsIs100' : 'maximumNumberOfMonitoredIs100');
    const now = ctx.clock.now();
    await ctx.db.transaction().execute(async (trx) => {
      const members = store.on(trx);
      // Held until the members are written: adds to one group take turns (the limits hold), and a delete waits.
      const group = await findGroup(members, ctx.params.monitoringGroupId, 'noKeyUpdate');
      if (!group) throw ctx.fail('groupDoesNotExist');
      if (ids.length > MAX_MEMBERS[role]) throw tooMany();
      const type = groupType(Number(group.type)) as GroupType;
      // Held against the extensions' release, then looked up: a member never outlives its extension.
      await holdExtensions(trx, accountId, ids);
      const rows: Omit<MemberRow, 'seq' | 'account_id'>[] = [];
      for (const extensionId of ids) {
        const ext = await extensionById(trx, accountId, extensionId);
        if (!ext) throw memberDoesNotExist({ extensionId });
        if (!ELIGIBLE[type][role].includes(ext.kind)) throw memberNotEligible({ extensionId, member_type: role, typeName: TYPE_NAMES[type] });
        rows.push({ group_id: group.id, extension_id: ext.id, owner_id: ext.ownerId, kind: ext.kind, role, exclusive_type: exclusiveType(role, type), created_at: now });
      }
      const here = () => membersAmong(members, group.id, ids);
      const elsewhere = () => (role === 'monitored' ? monitoredElsewhere(members, group.id, ids, type) : Promise.resolve([]));
      if ((await here()).length) throw ctx.fail('cannotCreateGroupMemberTypeMember');
      if ((await elsewhere()).length) throw ctx.fail('cannotCreateGroupMemberTypeMember409');
      if ((await countMembers(members, group.id, role)) + rows.length > MAX_MEMBERS[role]) throw tooMany();
      if (rows.length && !(await insertMembers(members, rows))) {
        // A concurrent add won one of them between the checks and the write: say which rule it broke.
        if ((await here()).length) throw ctx.fail('cannotCreateGroupMemberTypeMember');
        throw ctx.fail('cannotCreateGroupMemberTypeMember409');
      }
    });
    return undefined;
  },

  // DELETE /phone/monitoring_groups/{monitoringGroupId}/monitor_members
  async removeAllMonitorsOrMonitoredMembersFromAMonitoringGroup(ctx) {
    const store = await ctx.store();
    await ctx.db.transaction().execute(async (trx) => {
      const members = store.on(trx);
      const group = await findGroup(members, ctx.params.monitoringGroupId, 'noKeyUpdate');
      if (!group) throw ctx.fail('groupDoesNotExist');
      await removeMembers(members, group.id, { role: ctx.query.member_type });
    });
    return undefined;
  },

  // DELETE /phone/monitoring_groups/{monitoringGroupId}/monitor_members/{memberExtensionId}
  async removeAMemberFromAMonitoringGroup(ctx) {
    const store = await ctx.store();
    const { memberExtensionId } = ctx.params;
    await ctx.db.transaction().execute(async (trx) => {
      const members = store.on(trx);
      const group = await findGroup(members, ctx.params.monitoringGroupId, 'noKeyUpdate');
      if (!group) throw ctx.fail('groupDoesNotExist');
      const gone = await removeMembers(members, group.id, { role: ctx.query.member_type, extensionId: memberExtensionId });
      if (gone === 0) throw memberNotInGroup({ memberExtensionId });
    });
    return undefined;
  },
});
