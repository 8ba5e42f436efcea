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
}

function filtered(db: Kysely<Database>, accountId: string, f: UserFilters) {
  let q = db.selectFrom('phone_users').where('account_id', '=', accountId);
  if (f.site_id) q = q.where('site_id', '=', f.site_id);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.department) q = q.where('department', '=', f.department);
  if (f.cost_center) q = q.where('cost_center', '=', f.cost_center);
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
