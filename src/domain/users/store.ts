// Phone users, scoped by account on every query.
import type { Kysely } from 'kysely';
import type { Database, PhoneUserTable } from '../../store/schema.ts';

export type UserRow = Omit<PhoneUserTable, 'seq'> & { seq: number };

export interface UserFilters {
  site_id?: string;
  status?: string;
  department?: string;
  cost_center?: string;
  keyword?: string;
  calling_type?: number;
}

function filtered(db: Kysely<Database>, accountId: string, f: UserFilters) {
  let q = db.selectFrom('phone_users').where('account_id', '=', accountId);
  if (f.site_id) q = q.where('site_id', '=', f.site_id);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.department) q = q.where('department', '=', f.department);
  if (f.cost_center) q = q.where('cost_center', '=', f.cost_center);
  if (f.calling_type !== undefined) {
    const type = f.calling_type;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('phone_user_calling_plans as p')
          .select('p.user_id')
          .whereRef('p.user_id', '=', 'phone_users.id')
          .where('p.account_id', '=', accountId)
          .where('p.type', '=', type),
      ),
    );
  }
  if (f.keyword) {
    const like = `%${f.keyword.toLowerCase()}%`;
    q = q.where((eb) => eb.or([eb(eb.fn('lower', ['name']), 'like', like), eb(eb.fn('lower', ['email']), 'like', like)]));
  }
  return q;
}

export async function listUsers(db: Kysely<Database>, accountId: string, f: UserFilters, afterSeq: number, limit: number): Promise<UserRow[]> {
  return filtered(db, accountId, f).selectAll().where('seq', '>', afterSeq).orderBy('seq').limit(limit).execute();
}

export async function countUsers(db: Kysely<Database>, accountId: string, f: UserFilters): Promise<number> {
  const row = await filtered(db, accountId, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** By id or by email, as Zoom accepts either for `{userId}`. */
export async function findUser(db: Kysely<Database>, accountId: string, idOrEmail: string): Promise<UserRow | undefined> {
  return db
    .selectFrom('phone_users')
    .selectAll()
    .where('account_id', '=', accountId)
    .where((eb) => eb.or([eb('id', '=', idOrEmail), eb('email', '=', idOrEmail)]))
    .executeTakeFirst();
}

export async function sitesById(db: Kysely<Database>, accountId: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, { id: string; name: string }>();
  const rows = await db.selectFrom('sites').select(['id', 'name']).where('account_id', '=', accountId).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r]));
}

export async function numbersByAssignee(db: Kysely<Database>, accountId: string, userIds: string[]) {
  const out = new Map<string, { id: string; number: string }[]>();
  if (userIds.length === 0) return out;
  const rows = await db
    .selectFrom('phone_numbers')
    .select(['id', 'number', 'assignee_id'])
    .where('account_id', '=', accountId)
    .where('assignee_id', 'in', userIds)
    .orderBy('seq')
    .execute();
  for (const r of rows) {
    const list = out.get(r.assignee_id!) ?? [];
    list.push({ id: r.id, number: r.number });
    out.set(r.assignee_id!, list);
  }
  return out;
}

export async function plansByUser(db: Kysely<Database>, accountId: string, userIds: string[]) {
  const out = new Map<string, { type: number; billing_account_id: string | null; billing_subscription_id: string | null }[]>();
  if (userIds.length === 0) return out;
  const rows = await db
    .selectFrom('phone_user_calling_plans')
    .select(['user_id', 'type', 'billing_account_id', 'billing_subscription_id'])
    .where('account_id', '=', accountId)
    .where('user_id', 'in', userIds)
    .orderBy('seq')
    .execute();
  for (const r of rows) {
    const list = out.get(r.user_id) ?? [];
    list.push({ type: Number(r.type), billing_account_id: r.billing_account_id, billing_subscription_id: r.billing_subscription_id });
    out.set(r.user_id, list);
  }
  return out;
}

/** The user (other than `exceptUserId`) holding this extension number in the account, if any. */
export async function extensionHolder(db: Kysely<Database>, accountId: string, extension: number, exceptUserId?: string) {
  let q = db.selectFrom('phone_users').select('id').where('account_id', '=', accountId).where('extension_number', '=', extension);
  if (exceptUserId) q = q.where('id', '!=', exceptUserId);
  return q.executeTakeFirst();
}

/**
 * Moves users to a site, and the numbers assigned to them with them (a number
 * belongs to the site of its assignee). Run inside a transaction.
 */
export async function moveUsersToSite(trx: Kysely<Database>, accountId: string, userIds: string[], siteId: string): Promise<void> {
  if (userIds.length === 0) return;
  await trx.updateTable('phone_users').set({ site_id: siteId }).where('account_id', '=', accountId).where('id', 'in', userIds).execute();
  await trx
    .updateTable('phone_numbers')
    .set({ site_id: siteId })
    .where('account_id', '=', accountId)
    .where('assignee_type', '=', 'User')
    .where('assignee_id', 'in', userIds)
    .execute();
}

export async function userPlan(db: Kysely<Database>, accountId: string, userId: string, type: number) {
  return db.selectFrom('phone_user_calling_plans').select(['seq', 'type']).where('account_id', '=', accountId).where('user_id', '=', userId).where('type', '=', type).executeTakeFirst();
}
