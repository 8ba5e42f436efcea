// The phone-roles family's queries, scoped by account on every one: through the
// request's AccountStore, or with the account a caller names (public.ts, listeners).
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { AccountStore } from '../../kit/store.ts';
import type { PhoneRoleTable, PhoneRoleTargetTable } from './tables.ts';
import { BUILTIN_ROLES } from './rules.ts';

export type RoleRow = Selectable<PhoneRoleTable>;
export type TargetRow = Selectable<PhoneRoleTargetTable>;

/** Whose targets: the role's defaults ('' member) or one member's own. */
export interface TargetScope {
  roleId: string;
  memberId: string;
}

/**
 * Every account has Zoom's built-in roles. The demo's are seeded; any other account
 * gets them the first time it asks for roles (a row per kind: the unique index makes
 * concurrent first requests write them once).
 */
export async function ensureBuiltins(store: AccountStore, nextId: () => string, now: () => number): Promise<void> {
  const row = await store
    .scoped('phone_roles')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('builtin', 'is not', null)
    .executeTakeFirstOrThrow();
  if (Number(row.n) >= BUILTIN_ROLES.length) return;
  const at = now();
  for (const b of BUILTIN_ROLES) {
    await store.db
      .insertInto('phone_roles')
      .values({ id: nextId(), account_id: store.accountId, name: b.name, description: b.description, kind: b.kind, builtin: b.kind, created_at: at })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}

/** The account's roles, in the order they were made (the built-ins first). */
export async function allRoles(store: AccountStore): Promise<RoleRow[]> {
  return store.scoped('phone_roles').selectAll().orderBy('seq').execute();
}

/** How many members each of the account's roles has, by role id (a role without members is absent). */
export async function memberCounts(store: AccountStore, roleId?: string): Promise<Map<string, number>> {
  let q = store.scoped('phone_role_members').select(['role_id', (eb) => eb.fn.countAll().as('n')]);
  if (roleId) q = q.where('role_id', '=', roleId);
  const rows = await q.groupBy('role_id').execute();
  return new Map(rows.map((r) => [r.role_id, Number(r.n)]));
}

/** The user ids holding the role, in the order they were added. */
export async function memberIds(store: AccountStore, roleId: string): Promise<string[]> {
  const rows = await store.scoped('phone_role_members').select('user_id').where('role_id', '=', roleId).orderBy('seq').execute();
  return rows.map((r) => r.user_id);
}

/** The targets of one scope, in the order they were added. */
export async function targetsOf(store: AccountStore, scope: TargetScope): Promise<(TargetRow & { seq: number })[]> {
  const rows = await store.scoped('phone_role_targets').selectAll().where('role_id', '=', scope.roleId).where('member_id', '=', scope.memberId).orderBy('seq').execute();
  return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
}

/** Takes the users out of whatever role they hold, with their own targets there. */
export async function dropMemberships(db: Kysely<Database>, accountId: string, userIds: string[]): Promise<void> {
  if (userIds.length === 0) return;
  await db.deleteFrom('phone_role_targets').where('account_id', '=', accountId).where('member_id', 'in', userIds).execute();
  await db.deleteFrom('phone_role_members').where('account_id', '=', accountId).where('user_id', 'in', userIds).execute();
}

/** Targets that name these extensions (their holders are gone), in every role and scope. */
export async function dropExtensionTargets(db: Kysely<Database>, accountId: string, extensionIds: string[]): Promise<void> {
  if (extensionIds.length === 0) return;
  await db.deleteFrom('phone_role_targets').where('account_id', '=', accountId).where('target_type', '!=', 'site').where('target_id', 'in', extensionIds).execute();
}

/** Targets that name the site (it is being deleted), in every role and scope. */
export async function dropSiteTargets(db: Kysely<Database>, accountId: string, siteId: string): Promise<void> {
  await db.deleteFrom('phone_role_targets').where('account_id', '=', accountId).where('target_type', '=', 'site').where('target_id', '=', siteId).execute();
}

/** The role the user holds in the account, if any. */
export async function roleOfUser(db: Kysely<Database>, accountId: string, userId: string): Promise<RoleRow | undefined> {
  const m = await db.selectFrom('phone_role_members').select('role_id').where('account_id', '=', accountId).where('user_id', '=', userId).executeTakeFirst();
  if (!m) return undefined;
  return db.selectFrom('phone_roles').selectAll().where('account_id', '=', accountId).where('id', '=', m.role_id).executeTakeFirst();
}
