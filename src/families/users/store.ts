// Phone users, scoped by account on every query. What other families read takes
// (db, accountId); what only this family's handlers use takes their AccountStore.
import { contains } from '../../kit/query.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { PhoneUserTable, UserData } from './tables.ts';
import { prepared } from '../../store/prepared.ts';
import { publish } from '../../kit/events.ts';
import { assertTransaction, locking } from '../../kit/locks.ts';
import type { AccountStore } from '../../kit/store.ts';
import { inventoryOfTypes, releasePlan } from '../billing/public.ts';
import { releaseExtensions } from '../extensions/public.ts';

export type UserRow = Omit<PhoneUserTable, 'seq'> & { seq: number };

/** The user's JSON fields; only this family writes them, always from a UserData. An empty column has none. */
export function parseUserData(row: Pick<UserRow, 'data'>): UserData {
  return JSON.parse(row.data || '{}');
}

export const userDataJson = (data: UserData): string => JSON.stringify(data);

export interface UserFilters {
  site_id?: string;
  status?: string;
  department?: string;
  cost_center?: string;
  keyword?: string;
  calling_type?: number;
}

function filtered(store: AccountStore, f: UserFilters) {
  let q = store.scoped('phone_users');
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
          .where('p.account_id', '=', store.accountId)
          .where('p.type', '=', type),
      ),
    );
  }
  if (f.keyword) {
    const keyword = f.keyword.toLowerCase();
    q = q.where((eb) => eb.or([contains(eb.fn<string>('lower', ['name']), keyword), contains(eb.fn<string>('lower', ['email']), keyword)]));
  }
  return q;
}

export async function listUsers(store: AccountStore, f: UserFilters, afterSeq: number, limit: number): Promise<UserRow[]> {
  return filtered(store, f).selectAll().where('seq', '>', afterSeq).orderBy('seq').limit(limit).execute();
}

export async function countUsers(store: AccountStore, f: UserFilters): Promise<number> {
  const row = await filtered(store, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

type Key = { accountId: string; key: string };

const userById = prepared((db, p: Key) => db.selectFrom('phone_users').selectAll().where('account_id', '=', p.accountId).where('id', '=', p.key));
const userByEmail = prepared((db, p: Key) => db.selectFrom('phone_users').selectAll().where('account_id', '=', p.accountId).where('email', '=', p.key));

/**
 * An e-mail names a user whatever its case: users' e-mails are stored lower-cased,
 * so the key is too, and the unique (account, email) index still answers.
 */
const asKey = (idOrEmail: string) => (idOrEmail.includes('@') ? idOrEmail.toLowerCase() : idOrEmail);

/**
 * By id or by email, as Zoom accepts either for `{userId}`. Ids never hold an
 * `@`, so one indexed lookup answers instead of an OR over two indexes.
 */
export async function findUser(db: Kysely<Database>, accountId: string, idOrEmail: string): Promise<UserRow | undefined> {
  const rows = await (idOrEmail.includes('@') ? userByEmail : userById)(db, { accountId, key: asKey(idOrEmail) });
  return rows[0];
}

/** A user by id or email, as another family names one it links to; id and email only. */
export async function findUserByIdOrEmail(db: Kysely<Database>, accountId: string, idOrEmail: string): Promise<{ id: string; email: string } | undefined> {
  return db
    .selectFrom('phone_users')
    .select(['id', 'email'])
    .where('account_id', '=', accountId)
    .where((eb) => eb.or([eb('id', '=', idOrEmail), eb('email', '=', asKey(idOrEmail))]))
    .executeTakeFirst();
}

/** The account's users (only these ids, when given), in the order they were added: a role's members, say. */
export async function usersOf(db: Kysely<Database>, accountId: string, ids?: string[]): Promise<UserRow[]> {
  if (ids && ids.length === 0) return [];
  let q = db.selectFrom('phone_users').selectAll().where('account_id', '=', accountId);
  if (ids) q = q.where('id', 'in', [...new Set(ids)]);
  const rows = await q.orderBy('seq').execute();
  return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
}

/** A user by email, whatever its case; id and email only. */
export async function findUserByEmail(db: Kysely<Database>, accountId: string, email: string): Promise<{ id: string; email: string } | undefined> {
  return db
    .selectFrom('phone_users')
    .select(['id', 'email'])
    .where('account_id', '=', accountId)
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst();
}

/** How many of the account's users hold each calling plan type, by type. */
export async function plansInUse(db: Kysely<Database>, accountId: string): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('phone_user_calling_plans')
    .select(['type', (eb) => eb.fn.countAll<number>().as('n')])
    .where('account_id', '=', accountId)
    .groupBy('type')
    .execute();
  return new Map(rows.map((r) => [Number(r.type), Number(r.n)]));
}

/** Groups rows by user id, keeping their order. */
function byUser<R, V>(rows: R[], userOf: (r: R) => string, value: (r: R) => V): Map<string, V[]> {
  const out = new Map<string, V[]>();
  for (const r of rows) {
    const list = out.get(userOf(r));
    if (list) list.push(value(r));
    else out.set(userOf(r), [value(r)]);
  }
  return out;
}

const planColumns = ['user_id', 'type', 'billing_account_id', 'billing_subscription_id'] as const;
const plansOfUser = prepared((db, p: Key) =>
  db.selectFrom('phone_user_calling_plans').select(planColumns).where('account_id', '=', p.accountId).where('user_id', '=', p.key).orderBy('seq'),
);

/** A user's calling plan, with the name and subscription of the account's inventory row of its type (billing's). */
export interface UserPlan {
  user_id: string;
  type: number;
  billing_account_id: string | null;
  billing_subscription_id: string | null;
  inventory_name: string | null;
  inventory_subscription_id: string | null;
  inventory_subscription_name: string | null;
}

/** The plans of these users, by user: their own rows, then one look at the inventory for the types among them. */
export async function plansByUser(store: AccountStore, userIds: string[]): Promise<Map<string, UserPlan[]>> {
  if (userIds.length === 0) return new Map();
  const { db, accountId } = store;
  const rows =
    userIds.length === 1
      ? await plansOfUser(db, { accountId, key: userIds[0] })
      : await store.scoped('phone_user_calling_plans').select(planColumns).where('user_id', 'in', userIds).orderBy('seq').execute();
  const inventory = await inventoryOfTypes(db, accountId, [...new Set(rows.map((r) => Number(r.type)))]);
  const plans = rows.map((r): UserPlan => {
    const held = inventory.get(Number(r.type));
    return {
      ...r,
      inventory_name: held?.name ?? null,
      inventory_subscription_id: held?.billing_subscription_id ?? null,
      inventory_subscription_name: held?.billing_subscription_name ?? null,
    };
  });
  return byUser(plans, (r) => r.user_id, (r) => r);
}

/**
 * Users by id or email, locked to be changed until the caller's transaction ends
 * (on PostgreSQL; see kit/locks.ts), in id order so that two writers of the same
 * users never hold one each while waiting for the other's.
 */
export async function lockUsers(store: AccountStore, idsOrEmails: string[]): Promise<UserRow[]> {
  assertTransaction(store.db, 'lockUsers');
  if (idsOrEmails.length === 0) return [];
  const emails = idsOrEmails.filter((k) => k.includes('@')).map(asKey);
  const ids = idsOrEmails.filter((k) => !k.includes('@'));
  const query = store
    .scoped('phone_users')
    .selectAll()
    .where((eb) => eb.or([...(ids.length ? [eb('id', 'in', ids)] : []), ...(emails.length ? [eb('email', 'in', emails)] : [])]))
    .orderBy('id');
  return locking(store.db, query, 'noKeyUpdate').execute();
}

/**
 * Moves users to a site; the numbers family moves the numbers assigned to them
 * (a number belongs to the site of its assignee). Run inside a transaction.
 */
export async function moveUsersToSite(store: AccountStore, userIds: string[], siteId: string): Promise<void> {
  if (userIds.length === 0) return;
  const { db, accountId } = store;
  // A list of ids is beyond the store's column = value patch.
  await db.updateTable('phone_users').set({ site_id: siteId }).where('account_id', '=', accountId).where('id', 'in', userIds).execute();
  await publish(db, 'users.moved', { accountId, userIds, siteId });
}

/** Everyone on a site that is going away moves to the transfer site. */
export async function moveSiteUsers(trx: Kysely<Database>, accountId: string, siteId: string, transferSiteId: string): Promise<void> {
  await trx.updateTable('phone_users').set({ site_id: transferSiteId }).where('account_id', '=', accountId).where('site_id', '=', siteId).execute();
}

export async function userPlan(store: AccountStore, userId: string, type: number) {
  return store.scoped('phone_user_calling_plans').select(['seq', 'type']).where('user_id', '=', userId).where('type', '=', type).executeTakeFirst();
}

/**
 * Takes a user out of Zoom Phone (the account deleted the Zoom user or took back
 * its phone licence): its calling plans go back to the inventory, its extension
 * leaves the directory (every group, queue and rule that named it mends itself on
 * extensions.released) and the families that link to the user let go on
 * users.removed. False when the account has no such user. Run inside a transaction.
 */
export async function removeUser(store: AccountStore, idOrEmail: string): Promise<boolean> {
  const [user] = await lockUsers(store, [idOrEmail]);
  if (!user) return false;
  const { db, accountId } = store;
  const plans = await store.scoped('phone_user_calling_plans').select('type').where('user_id', '=', user.id).execute();
  await store.remove('phone_user_calling_plans', { user_id: user.id });
  for (const p of plans) await releasePlan(db, accountId, p.type);
  await publish(db, 'users.removed', { accountId, userIds: [user.id] });
  await releaseExtensions(db, accountId, user.id, 'user');
  await store.remove('phone_users', { id: user.id });
  return true;
}
