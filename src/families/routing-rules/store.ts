// The routing-rules family's queries. It writes only routing_rules. The rules of
// one scope (the account level, or one site) keep their orders 1..n with no gap:
// every write that adds, moves or removes a rule holds the scope first (an
// advisory lock on PostgreSQL; SQLite runs one transaction at a time).
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { isPostgres } from '../../kit/locks.ts';
import { wentIn } from '../../kit/constraints.ts';
import type { RoutingRuleTable } from './tables.ts';

type Db = Kysely<Database>;
export type RuleRow = Selectable<RoutingRuleTable>;

/** Holds a scope's orders until the transaction ends. Run inside a transaction. */
export async function holdScope(db: Db, accountId: string, siteId: string | null): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`select pg_advisory_xact_lock(hashtext(${`routing-rules ${accountId} ${siteId ?? ''}`}))`.execute(db);
}

const inScope = (db: Db, accountId: string, siteId: string | null) => {
  const q = db.selectFrom('routing_rules').where('account_id', '=', accountId);
  return siteId === null ? q.where('site_id', 'is', null) : q.where('site_id', '=', siteId);
};

export async function findRule(db: Db, accountId: string, id: string): Promise<RuleRow | undefined> {
  return db.selectFrom('routing_rules').selectAll().where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
}

/** The account's rules (of one site only, when given): account-level rules first, then by site, each scope in its order. */
export async function listRules(db: Db, accountId: string, siteId: string | undefined): Promise<RuleRow[]> {
  let q = db.selectFrom('routing_rules').selectAll().where('account_id', '=', accountId);
  if (siteId !== undefined) q = q.where('site_id', '=', siteId);
  const rows = await q.orderBy('site_id').orderBy('rule_order').execute();
  // NULLs sort first on SQLite and last on PostgreSQL: put the account level first on both.
  return [...rows.filter((r) => r.site_id === null), ...rows.filter((r) => r.site_id !== null)];
}

export async function countScope(db: Db, accountId: string, siteId: string | null): Promise<number> {
  const row = await inScope(db, accountId, siteId).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Adds the rule last in its scope; false when the account has its number pattern already. Run inside a transaction, scope held. */
export async function insertRule(db: Db, row: Omit<RuleRow, 'seq' | 'rule_order'>): Promise<boolean> {
  const order = (await countScope(db, row.account_id, row.site_id)) + 1;
  return wentIn(db, () => db.insertInto('routing_rules').values({ ...row, rule_order: order }).execute());
}

export type RuleChanges = Partial<Pick<RuleRow, 'name' | 'number_pattern' | 'translation' | 'type' | 'sip_group_id'>>;

/** Changes a rule; false when its new number pattern is another rule's. Run inside a transaction. */
export async function updateRule(db: Db, accountId: string, id: string, changes: RuleChanges): Promise<boolean> {
  if (Object.keys(changes).length === 0) return true;
  return wentIn(db, () => db.updateTable('routing_rules').set(changes).where('account_id', '=', accountId).where('id', '=', id).execute());
}

/**
 * Moves a rule to `to` in its scope: the rules between its old and its new place
 * shift by one toward the gap it left. Run inside a transaction, scope held.
 */
export async function moveRule(db: Db, rule: RuleRow, to: number): Promise<void> {
  const from = rule.rule_order;
  if (to === from) return;
  const scoped = (q: any) => (rule.site_id === null ? q.where('site_id', 'is', null) : q.where('site_id', '=', rule.site_id));
  const shift = db.updateTable('routing_rules').where('account_id', '=', rule.account_id).where('id', '!=', rule.id);
  if (to < from) {
    await scoped(shift.set((eb) => ({ rule_order: eb('rule_order', '+', 1) })).where('rule_order', '>=', to).where('rule_order', '<', from)).execute();
  } else {
    await scoped(shift.set((eb) => ({ rule_order: eb('rule_order', '-', 1) })).where('rule_order', '>', from).where('rule_order', '<=', to)).execute();
  }
  await db.updateTable('routing_rules').set({ rule_order: to }).where('account_id', '=', rule.account_id).where('id', '=', rule.id).execute();
}

/** Deletes a rule and closes the gap it leaves in its scope; false when it was gone. Run inside a transaction, scope held. */
export async function deleteRule(db: Db, rule: RuleRow): Promise<boolean> {
  const res = await db.deleteFrom('routing_rules').where('account_id', '=', rule.account_id).where('id', '=', rule.id).executeTakeFirst();
  if (Number(res.numDeletedRows) === 0) return false;
  const q = db
    .updateTable('routing_rules')
    .set((eb) => ({ rule_order: eb('rule_order', '-', 1) }))
    .where('account_id', '=', rule.account_id)
    .where('rule_order', '>', rule.rule_order);
  await (rule.site_id === null ? q.where('site_id', 'is', null) : q.where('site_id', '=', rule.site_id)).execute();
  return true;
}

/** A deleted site's rules follow its other assets to the transfer site, after that site's own rules, in their order. */
export async function moveSiteRules(db: Db, accountId: string, siteId: string, transferSiteId: string): Promise<void> {
  const [first, second] = [siteId, transferSiteId].sort();
  await holdScope(db, accountId, first!);
  await holdScope(db, accountId, second!);
  const moving = await inScope(db, accountId, siteId).select(['id', 'rule_order']).orderBy('rule_order').execute();
  if (moving.length === 0) return;
  const base = await countScope(db, accountId, transferSiteId);
  for (const [i, r] of moving.entries()) {
    await db.updateTable('routing_rules').set({ site_id: transferSiteId, rule_order: base + i + 1 }).where('account_id', '=', accountId).where('id', '=', r.id).execute();
  }
}
