// Handlers of the phone-roles family, keyed by operationId: the account's phone
// roles (the built-in ones and copies of them), their members (phone users, one
// role each at most) and their targets (what the members administer).
import { defineHandlers, type BodyOf, type ItemOf, type RequestContext } from '../../kit/context.ts';
import { isUniqueViolation, wentIn } from '../../kit/constraints.ts';
import { queryList } from '../../kit/query.ts';
import { ZoomError } from '../../errors.ts';
import type { AccountStore } from '../../kit/store.ts';
import { findUserByIdOrEmail, usersOf } from '../users/public.ts';
import { siteNames } from '../sites/public.ts';
import { roleNotFound, worded, WORDS } from './errors.ts';
import { copyName, DESCRIPTION_MAX, managesTarget, NAME_MAX, roleName, TARGETS_OF, type RoleKind, type TargetType } from './rules.ts';
import { allRoles, ensureBuiltins, memberCounts, memberIds, targetsOf, type RoleRow, type TargetScope } from './store.ts';
import { describe, everyTarget, holdTargets, invalidTargetIds, type Described } from './targets.ts';

type RoleItem = ItemOf<'listPhoneRoles', 'roles'>;
type MemberItem = ItemOf<'listMembersInARole', 'members'>;

const shown = (row: RoleRow, members: number): RoleItem => ({
  id: row.id,
  name: row.name,
  description: row.description ?? undefined,
  total_members: members,
  is_default: row.builtin !== null,
});

/** The account's store, its built-in roles made if this is the account's first call for roles. */
async function rolesStore(ctx: RequestContext): Promise<AccountStore> {
  const store = await ctx.store();
  await ensureBuiltins(store, () => ctx.ids.next(), () => ctx.clock.now());
  return store;
}

/** The role, or the error the operation answers for a role the account does not have. */
async function roleOr(store: AccountStore, roleId: string, missing: () => ZoomError): Promise<RoleRow> {
  const row = await store.find('phone_roles', { id: roleId });
  if (!row) throw missing();
  return row;
}

/** The 400/400 of the members pages: both parts always, as the documented message joins them. */
function invalidUsers(documented: ZoomError, given: string[]): ZoomError {
  const emails = given.filter((g) => g.includes('@'));
  const ids = given.filter((g) => !g.includes('@'));
  return worded(documented, `There are invalid emails:${emails.join(',')} There are invalid user ids:${ids.join(',')}`);
}

/** A field of the targets pages refused (a target type the role does not manage, say): the page's own words, with the field named. */
const invalidField = (documented: ZoomError, field: string, message = 'Invalid field.') => new ZoomError(documented.status, documented.code, documented.message, [{ field, message }]);

/** The type an item of targets names: given, or the one type the role manages when it manages one only. */
function targetTypeOf(kind: RoleKind, given: TargetType | undefined): TargetType | undefined {
  if (given !== undefined) return managesTarget(kind, given) ? given : undefined;
  const types = TARGETS_OF[kind];
  return types.length === 1 ? types[0] : undefined;
}

export const handlers = defineHandlers({
  async listPhoneRoles(ctx) {
    const store = await rolesStore(ctx);
    const [rows, counts] = await Promise.all([allRoles(store), memberCounts(store)]);
    return { roles: rows.map((r) => shown(r, counts.get(r.id) ?? 0)) };
  },

  async getRoleInformation(ctx) {
    const store = await rolesStore(ctx);
    const roleId = ctx.params.roleId;
    const row = await roleOr(store, roleId, () => roleNotFound({ roleId }));
    return shown(row, (await memberCounts(store, roleId)).get(roleId) ?? 0);
  },

  async duplicateAPhoneRole(ctx) {
    const store = await rolesStore(ctx);
    const b = ctx.body;
    const given = b.name !== undefined ? roleName(b.name) : undefined;
    if (given === '') throw worded(ctx.fail('error300'), WORDS.nameEmpty, 'name');
    if (given !== undefined && given.length > NAME_MAX) throw worded(ctx.fail('error300'), WORDS.nameTooLong, 'name');
    if (b.description !== undefined && b.description.length > DESCRIPTION_MAX) throw worded(ctx.fail('error300'), WORDS.descriptionTooLong, 'description');
    return ctx.db.transaction().execute(async (trx) => {
      const roles = store.on(trx);
      // The source stays while it is copied: a concurrent delete of it waits.
      const source = await roles.lock('phone_roles', { id: b.role_id }, 'keyShare');
      if (!source) throw worded(ctx.fail('error300'), WORDS.sourceMissing(b.role_id), 'role_id');
      const id = ctx.ids.next();
      const now = ctx.clock.now();
      const insert = (name: string) => () =>
        roles.insert('phone_roles', { id, name, description: b.description ?? source.description, kind: source.kind, builtin: null, created_at: now });
      let name: string | undefined;
      if (given !== undefined) {
        if (await wentIn(trx, insert(given))) name = given;
        else throw worded(ctx.fail('error300'), WORDS.nameTaken(given), 'name');
      } else {
        for (let attempt = 1; name === undefined; attempt++) {
          const candidate = copyName(source.name, attempt);
          if (await wentIn(trx, insert(candidate))) name = candidate;
        }
      }
      // A copy manages what its source manages by default; members are not copied.
      const defaults = await targetsOf(roles, { roleId: source.id, memberId: '' });
      await roles.insert(
        'phone_role_targets',
        defaults.map((t) => ({ role_id: id, member_id: '', target_type: t.target_type, target_id: t.target_id, created_at: now })),
      );
      return { id, name };
    });
  },

  async updateAPhoneRole(ctx) {
    const store = await rolesStore(ctx);
    const b = ctx.body ?? {};
    const roleId = ctx.params.roleId;
    const name = b.name !== undefined ? roleName(b.name) : undefined;
    if (name === '') throw worded(ctx.fail('error300'), WORDS.nameEmpty, 'name');
    try {
      await ctx.db.transaction().execute(async (trx) => {
        const roles = store.on(trx);
        const row = await roles.lock('phone_roles', { id: roleId }, 'noKeyUpdate');
        if (!row) throw roleNotFound({ roleId });
        const changes = {
          name: name ?? row.name,
          description: b.description !== undefined ? b.description : row.description,
        };
        if (changes.name === row.name && changes.description === row.description) return;
        if (row.builtin !== null) throw worded(ctx.fail('error300'), WORDS.builtinUnchangeable, name !== undefined && name !== row.name ? 'name' : 'description');
        await roles.patch('phone_roles', { id: roleId }, changes);
      });
    } catch (err) {
      // Another role of the account has that name: the unique index refused the change.
      if (name !== undefined && isUniqueViolation(err)) throw worded(ctx.fail('error300'), WORDS.nameTaken(name), 'name');
      throw err;
    }
    return undefined;
  },

  async deleteAPhoneRole(ctx) {
    const store = await rolesStore(ctx);
    const roleId = ctx.params.roleId;
    await ctx.db.transaction().execute(async (trx) => {
      const roles = store.on(trx);
      // Held against adds of members and targets, which hold it too while they write.
      const row = await roles.lock('phone_roles', { id: roleId }, 'update');
      if (!row) throw roleNotFound({ roleId });
      if (row.builtin !== null) throw worded(ctx.fail('error300'), WORDS.builtinUndeletable);
      if ((await memberIds(roles, roleId)).length > 0) throw worded(ctx.fail('error300'), WORDS.roleHasMembers);
      await roles.remove('phone_role_targets', { role_id: roleId });
      await roles.remove('phone_roles', { id: roleId });
    });
    return undefined;
  },

  async listMembersInARole(ctx) {
    const store = await rolesStore(ctx);
    const roleId = ctx.params.roleId;
    await roleOr(store, roleId, () => roleNotFound({ roleId }));
    const members = await memberIds(store, roleId);
    const inRole = ctx.query.in_role ?? true;
    let users;
    if (inRole) {
      // In the order they were added to the role.
      const byId = new Map((await usersOf(ctx.db, store.accountId, members)).map((u) => [u.id, u]));
      users = members.map((id) => byId.get(id)).filter((u) => u !== undefined);
    } else {
      const held = new Set(members);
      users = (await usersOf(ctx.db, store.accountId)).filter((u) => !held.has(u.id));
    }
    const sites = await siteNames(ctx.db, store.accountId, [...new Set(users.map((u) => u.site_id).filter((s): s is string => s !== null))]);
    const items: MemberItem[] = users.map((u) => {
      const site = u.site_id ? sites.get(u.site_id) : undefined;
      return {
        user_id: u.id,
        display_name: u.name,
        email: u.email,
        extension_number: u.extension_number ?? undefined,
        site: site && { id: site.id, name: site.name },
      };
    });
    return { members: items };
  },

  async addMembersToRoles(ctx) {
    const store = await rolesStore(ctx);
    const roleId = ctx.params.roleId;
    const b: Partial<BodyOf<'addMembersToRoles'>> = ctx.body ?? {};
    await roleOr(store, roleId, () => roleNotFound({ roleId }));
    const given = [...new Set(b.user_ids ?? [])];
    const copyAll = b.copy_all_members === true;
    if (given.length === 0 && !(b.role_id && copyAll)) throw worded(ctx.fail('error300'), WORDS.nobodyToAdd, 'user_ids');
    if (b.role_id !== undefined && !(await store.find('phone_roles', { id: b.role_id }))) throw worded(ctx.fail('error300'), WORDS.sourceMissing(b.role_id), 'role_id');
    const found = await Promise.all(given.map((g) => findUserByIdOrEmail(ctx.db, store.accountId, g)));
    const invalid = given.filter((_, i) => !found[i]);
    if (invalid.length) throw invalidUsers(ctx.fail('thereAreInvalidEmailsThereAre'), invalid);

    await ctx.db.transaction().execute(async (trx) => {
      const roles = store.on(trx);
      const role = await roles.lock('phone_roles', { id: roleId }, 'keyShare');
      if (!role) throw roleNotFound({ roleId });
      const userIds = new Set(found.map((u) => u!.id));
      if (b.role_id !== undefined && copyAll) for (const id of await memberIds(roles, b.role_id)) userIds.add(id);
      const now = ctx.clock.now();
      for (const userId of userIds) {
        // A user holds one phone role: adding it here moves it from the one it held.
        for (let tries = 0; ; tries++) {
          const held = await roles.lock('phone_role_members', { user_id: userId }, 'update');
          if (held?.role_id === roleId) break;
          const carried = held && b.copy_targets === true && held.role_id === b.role_id ? await targetsOf(roles, { roleId: held.role_id, memberId: userId }) : [];
          if (held) {
            await roles.remove('phone_role_targets', { role_id: held.role_id, member_id: userId });
            await roles.remove('phone_role_members', { user_id: userId });
          }
          // A concurrent add of the same user may take the row first: then move it from there.
          if (!(await wentIn(trx, () => roles.insert('phone_role_members', { role_id: roleId, user_id: userId, created_at: now })))) {
            if (tries < 3) continue;
            throw new Error(`phone-roles: user ${userId} could not settle in role ${roleId}`);
          }
          const kept = carried.filter((t) => managesTarget(role.kind, t.target_type));
          await roles.insert(
            'phone_role_targets',
            kept.map((t) => ({ role_id: roleId, member_id: userId, target_type: t.target_type, target_id: t.target_id, created_at: now })),
          );
          break;
        }
      }
    });
    return undefined;
  },

  async deleteMembersInARole(ctx) {
    const store = await rolesStore(ctx);
    const roleId = ctx.params.roleId;
    await roleOr(store, roleId, () => roleNotFound({ roleId }));
    const given = queryList(ctx.query.user_ids);
    if (given.length === 0) throw worded(ctx.fail('error300'), WORDS.userIdsRequired, 'user_ids');
    const held = new Set(await memberIds(store, roleId));
    const found = await Promise.all(given.map((g) => findUserByIdOrEmail(ctx.db, store.accountId, g)));
    // A user who is not a member of this role is no member to delete.
    const invalid = given.filter((_, i) => !found[i] || !held.has(found[i]!.id));
    if (invalid.length) throw invalidUsers(ctx.fail('thereAreInvalidEmailsThereAre'), invalid);
    const userIds = found.map((u) => u!.id);
    await ctx.db.transaction().execute(async (trx) => {
      const roles = store.on(trx);
      for (const userId of userIds) {
        // Only from this role: one a concurrent add moved elsewhere meanwhile stays there.
        if ((await roles.remove('phone_role_members', { role_id: roleId, user_id: userId })) > 0) {
          await roles.remove('phone_role_targets', { role_id: roleId, member_id: userId });
        }
      }
    });
    return undefined;
  },

  async listPhoneRoleTargets(ctx) {
    const store = await rolesStore(ctx);
    const q = ctx.query;
    const roleId = ctx.params.roleId;
    const role = await roleOr(store, roleId, () => ctx.fail('phoneRoleDoesNotExistFor', { roleId }));
    if (q.target_type !== undefined && !managesTarget(role.kind, q.target_type)) throw invalidField(ctx.fail('validationFailed'), 'target_type');
    const scope = await scopeOf(
      ctx,
      store,
      role,
      q.is_default ?? q.user_id === undefined,
      q.user_id,
      () => ctx.fail('userDoesNotExistForUser', { user_id: q.user_id ?? '' }),
      ctx.fail('validationFailed'),
    );
    const types = q.target_type !== undefined ? [q.target_type] : TARGETS_OF[role.kind];
    const selected = await targetsOf(store, scope);
    // Each row keyed for the page token: a selected target by its own order, a candidate by its place among the account's.
    let keyed: { seq: number; target_type: TargetType; target_id: string }[];
    if (q.selected ?? true) keyed = selected.filter((t) => types.includes(t.target_type));
    else {
      const taken = new Set(selected.map((t) => `${t.target_type}:${t.target_id}`));
      keyed = (await everyTarget(ctx.db, store.accountId, types)).filter((t) => !taken.has(`${t.target_type}:${t.target_id}`)).map((t, i) => ({ ...t, seq: i + 1 }));
    }
    const described = await describe(ctx.db, store.accountId, keyed);
    const byKey = new Map(described.map((d) => [`${d.target_type}:${d.target_id}`, d]));
    const keyword = q.keyword?.toLowerCase();
    const rows = keyed
      .map((k) => ({ seq: k.seq, item: byKey.get(`${k.target_type}:${k.target_id}`) }))
      .filter((r): r is { seq: number; item: Described } => r.item !== undefined)
      .filter((r) => q.site_id === undefined || r.item.site_id === q.site_id)
      .filter((r) => !keyword || r.item.target_name.toLowerCase().includes(keyword) || String(r.item.extension_number ?? '').includes(keyword));
    return ctx.list({
      items: 'targets',
      filters: { roleId, scope: scope.memberId, type: q.target_type, selected: q.selected ?? true, site: q.site_id, keyword: q.keyword },
      fetch: async (after, limit) => rows.filter((r) => r.seq > after).slice(0, limit),
      count: async () => rows.length,
      present: (page) => page.map((r) => r.item),
    });
  },

  async addPhoneRoleTargets(ctx) {
    const store = await rolesStore(ctx);
    const b = ctx.body;
    const roleId = ctx.params.roleId;
    const role = await roleOr(store, roleId, () => ctx.fail('phoneRoleDoesNotExistFor', { roleId }));
    const items = planTargets(ctx.fail('validationFailed'), role.kind, b.targets);
    for (const item of items) {
      const invalid = await invalidTargetIds(ctx.db, store.accountId, item.type, item.ids);
      if (invalid.length) throw ctx.fail('thereAreInvalidTargetIds', { target_ids: invalid.join(',') });
    }
    const isDefault = b.is_default ?? false;
    const now = ctx.clock.now();
    const scope = await ctx.db.transaction().execute(async (trx) => {
      const roles = store.on(trx);
      // The role, and the member whose targets these are, stay while they are written.
      if (!(await roles.lock('phone_roles', { id: roleId }, 'keyShare'))) throw ctx.fail('phoneRoleDoesNotExistFor', { roleId });
      const scope = await scopeOf(ctx, roles, role, isDefault, b.user_id, () => ctx.fail('userDoesNotExistForUser', { user_id: b.user_id ?? '' }), ctx.fail('validationFailed'), true);
      for (const item of items) {
        const gone = await holdTargets(trx, store.accountId, item.type, item.ids);
        if (gone.length) throw ctx.fail('thereAreInvalidTargetIds', { target_ids: gone.join(',') });
        for (const targetId of item.ids) {
          await trx
            .insertInto('phone_role_targets')
            .values({ account_id: store.accountId, role_id: roleId, member_id: scope.memberId, target_type: item.type, target_id: targetId, created_at: now })
            .onConflict((oc) => oc.doNothing())
            .execute();
        }
      }
      return scope;
    });
    // What the scope now holds of what was asked, as stored.
    const held = await targetsOf(store, scope);
    return {
      is_default: scope.memberId === '',
      user_id: scope.memberId || undefined,
      targets: items.map((item) => ({
        target_type: item.type,
        target_ids: held.filter((t) => t.target_type === item.type && item.ids.includes(t.target_id)).map((t) => t.target_id),
      })),
    };
  },

  async deletePhoneRoleTargets(ctx) {
    const store = await rolesStore(ctx);
    const b = ctx.body;
    const roleId = ctx.params.roleId;
    const role = await roleOr(store, roleId, () => ctx.fail('phoneRoleDoesNotExistFor', { roleId }));
    const items = planTargets(ctx.fail('validationFailed'), role.kind, b.targets);
    await ctx.db.transaction().execute(async (trx) => {
      const roles = store.on(trx);
      const scope = await scopeOf(ctx, roles, role, b.is_default ?? false, b.user_id, () => ctx.fail('userDoesNotExistForUser', { user_id: b.user_id ?? '' }), ctx.fail('validationFailed'));
      for (const item of items) {
        await trx
          .deleteFrom('phone_role_targets')
          .where('account_id', '=', store.accountId)
          .where('role_id', '=', roleId)
          .where('member_id', '=', scope.memberId)
          .where('target_type', '=', item.type)
          .where('target_id', 'in', item.ids)
          .execute();
      }
    });
    return undefined;
  },
});

/**
 * Whose targets a targets call manages: the role's defaults (is_default), or the
 * member `userId` names (an id or an email), who must hold the role. `hold` keeps
 * the membership until the transaction ends (a concurrent delete of the member waits).
 */
async function scopeOf(
  ctx: RequestContext,
  store: AccountStore,
  role: RoleRow,
  isDefault: boolean,
  userId: string | undefined,
  notMember: () => ZoomError,
  validationFailed: ZoomError,
  hold = false,
): Promise<TargetScope> {
  if (isDefault) return { roleId: role.id, memberId: '' };
  if (userId === undefined) throw badUserId(validationFailed);
  const user = await findUserByIdOrEmail(store.db, store.accountId, userId);
  if (!user) throw notMember();
  const member = hold ? await store.lock('phone_role_members', { role_id: role.id, user_id: user.id }, 'keyShare') : await store.find('phone_role_members', { role_id: role.id, user_id: user.id });
  if (!member) throw notMember();
  return { roleId: role.id, memberId: user.id };
}

/** "user_id … It's required if is_default=false": left out, the input is refused (400/300). */
const badUserId = (validationFailed: ZoomError) => invalidField(validationFailed, 'user_id', 'user_id is required when is_default is false.');

/** The body's targets as (type, ids), each type one the role manages, ids deduplicated. */
function planTargets(validationFailed: ZoomError, kind: RoleKind, targets: { target_ids: string[]; target_type?: TargetType }[]): { type: TargetType; ids: string[] }[] {
  const byType = new Map<TargetType, Set<string>>();
  targets.forEach((t, i) => {
    const type = targetTypeOf(kind, t.target_type);
    if (type === undefined) throw invalidField(validationFailed, `targets[${i}].target_type`);
    if (t.target_ids.length === 0) throw invalidField(validationFailed, `targets[${i}].target_ids`, 'target_ids must not be empty.');
    const ids = byType.get(type) ?? new Set<string>();
    for (const id of t.target_ids) ids.add(id);
    byType.set(type, ids);
  });
  if (byType.size === 0) throw invalidField(validationFailed, 'targets', 'targets must not be empty.');
  return [...byType].map(([type, ids]) => ({ type, ids: [...ids] }));
}
