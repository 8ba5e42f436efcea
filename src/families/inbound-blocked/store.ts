// The inbound-blocked family's queries, each scoped to one account: through the
// request's AccountStore, or with the account a listener is told of. Writes run
// inside the caller's transaction; the unique indexes decide between concurrent
// writers of one target, and a lost race is answered, never a 500.
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { AccountStore } from '../../kit/store.ts';
import { wentIn } from '../../kit/constraints.ts';
import { isPostgres, type LockMode } from '../../kit/locks.ts';
import { contains } from '../../kit/query.ts';
import type { InboundBlockAccountRuleTable, InboundBlockExtensionRuleTable, InboundBlockStatisticTable } from './tables.ts';
import type { BlockType, Target } from './rules.ts';

type Db = Kysely<Database>;

export type AccountRuleRow = Selectable<InboundBlockAccountRuleTable>;
export type ExtensionRuleRow = Selectable<InboundBlockExtensionRuleTable>;
export type StatisticRow = Selectable<InboundBlockStatisticTable>;

/** The target columns a rule or statistic is known by. */
export type TargetKey = { match_type: string; country: string; blocked_number: string };
/** A target as stored, with the phone_number it shows. */
type StoredTarget = TargetKey & { phone_number: string };

export type RuleFilters = {
  keyword?: string;
  match_type?: string;
  type?: string;
  status?: string;
};

const withSeqNumber = <R extends { seq: number | bigint }>(rows: R[]) => rows.map((r) => ({ ...r, seq: Number(r.seq) }));

/** Whether the keyword is in the number as given or shown (and, for account rules, the comment, in any case). */
function keywordMatch(table: 'inbound_block_account_rules' | 'inbound_block_extension_rules' | 'inbound_block_statistics', keyword: string, withComment: boolean) {
  return (eb: any) => {
    const ors = [contains(eb.ref(`${table}.blocked_number`), keyword), contains(eb.ref(`${table}.phone_number`), keyword)];
    if (withComment) ors.push(contains(sql<string>`lower(${eb.ref(`${table}.comment`)})`, keyword.toLowerCase()));
    return eb.or(ors);
  };
}

// ---- account rules ---------------------------------------------------------

function accountRules(store: AccountStore, f: RuleFilters) {
  let q = store.scoped('inbound_block_account_rules');
  if (f.match_type) q = q.where('match_type', '=', f.match_type);
  if (f.type) q = q.where('type', '=', f.type);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.keyword) q = q.where(keywordMatch('inbound_block_account_rules', f.keyword, true));
  return q;
}

export async function listAccountRules(store: AccountStore, f: RuleFilters, afterSeq: number, limit: number): Promise<AccountRuleRow[]> {
  const rows = await accountRules(store, f).selectAll().where('seq', '>', afterSeq).orderBy('seq').limit(limit).execute();
  return withSeqNumber(rows);
}

export async function countAccountRules(store: AccountStore, f: RuleFilters): Promise<number> {
  const row = await accountRules(store, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export const findAccountRule = (store: AccountStore, id: string, mode?: LockMode): Promise<AccountRuleRow | undefined> =>
  mode ? store.lock('inbound_block_account_rules', { id }, mode) : store.find('inbound_block_account_rules', { id });

export const findAccountRuleByTarget = (store: AccountStore, t: TargetKey): Promise<AccountRuleRow | undefined> =>
  store.find('inbound_block_account_rules', { match_type: t.match_type, country: t.country, blocked_number: t.blocked_number });

/** Adds the rule; false when the account blocks that target already (the unique index decides). Run inside a transaction. */
export async function insertAccountRule(store: AccountStore, row: Omit<AccountRuleRow, 'seq' | 'account_id'>): Promise<boolean> {
  return wentIn(store.db, () => store.insert('inbound_block_account_rules', row));
}

/** Changes the rule; false when its new target is another rule's. Run inside a transaction. */
export async function updateAccountRule(
  store: AccountStore,
  id: string,
  changes: Partial<Omit<AccountRuleRow, 'seq' | 'account_id' | 'id' | 'created_at'>>,
): Promise<boolean> {
  return wentIn(store.db, () => store.patch('inbound_block_account_rules', { id }, changes));
}

export const removeAccountRule = (store: AccountStore, id: string): Promise<number> => store.remove('inbound_block_account_rules', { id });

/**
 * The account blocks the target for every extension: its rule is added (active),
 * or made active when the account has one already. Run inside a transaction.
 */
export async function blockForAll(store: AccountStore, target: Target, type: BlockType, id: string, now: number): Promise<void> {
  for (let tries = 0; tries < 3; tries++) {
    const existing = await findAccountRuleByTarget(store, target);
    if (existing) {
      if (existing.status !== 'active') await store.patch('inbound_block_account_rules', { id: existing.id }, { status: 'active', updated_at: now });
      return;
    }
    const added = await insertAccountRule(store, { id, ...target, type, status: 'active', comment: null, created_at: now, updated_at: now });
    if (added) return;
    // A concurrent add of the same target won: make that one active.
  }
  throw new Error(`the account rule for ${target.phone_number} of ${store.accountId} could not settle`);
}

// ---- extension rules -------------------------------------------------------

function extensionRules(store: AccountStore, extensionId: string, f: RuleFilters) {
  let q = store.scoped('inbound_block_extension_rules').where('extension_id', '=', extensionId);
  if (f.match_type) q = q.where('match_type', '=', f.match_type);
  if (f.type) q = q.where('type', '=', f.type);
  if (f.keyword) q = q.where(keywordMatch('inbound_block_extension_rules', f.keyword, false));
  return q;
}

export async function listExtensionRules(store: AccountStore, extensionId: string, f: RuleFilters, afterSeq: number, limit: number): Promise<ExtensionRuleRow[]> {
  const rows = await extensionRules(store, extensionId, f).selectAll().where('seq', '>', afterSeq).orderBy('seq').limit(limit).execute();
  return withSeqNumber(rows);
}

export async function countExtensionRules(store: AccountStore, extensionId: string, f: RuleFilters): Promise<number> {
  const row = await extensionRules(store, extensionId, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Holds the extensions' rules until the transaction ends: an add and the release
 * of the extension (extensions.released) take the same lock, so a rule added while
 * its extension goes is either seen and removed by the release, or finds the
 * extension gone. Taken in one order, before anything is written. PostgreSQL
 * only: SQLite runs one transaction at a time.
 */
export async function holdExtensionRules(db: Db, accountId: string, extensionIds: string[]): Promise<void> {
  if (!isPostgres(db)) return;
  for (const id of [...new Set(extensionIds)].sort()) {
    await sql`select pg_advisory_xact_lock(hashtext(${`inbound-blocked ${accountId} ${id}`}))`.execute(db);
  }
}

/** Adds the extension's rule and counts it in the statistics; false when the extension blocks that target already. Run inside a transaction. */
export async function addExtensionRule(db: Db, accountId: string, row: Omit<ExtensionRuleRow, 'seq' | 'account_id'>, statisticId: string): Promise<boolean> {
  const added = await wentIn(db, async () => {
    await db.insertInto('inbound_block_extension_rules').values({ ...row, account_id: accountId }).execute();
  });
  if (!added) return false;
  await countMark(db, accountId, row, row.type, statisticId, row.created_at);
  return true;
}

/**
 * Removes extension rules (one by id, or every rule of the extensions) and takes
 * them out of the statistics; returns how many went. Run inside a transaction.
 */
export async function removeExtensionRules(db: Db, accountId: string, which: { extensionIds: string[]; id?: string }): Promise<number> {
  if (which.extensionIds.length === 0) return 0;
  let q = db.deleteFrom('inbound_block_extension_rules').where('account_id', '=', accountId).where('extension_id', 'in', which.extensionIds);
  if (which.id !== undefined) q = q.where('id', '=', which.id);
  const gone = await q.returning(['match_type', 'country', 'blocked_number', 'type']).execute();
  // Statistics in one order, so that two releases sharing numbers wait for each other rather than deadlock.
  const key = (r: TargetKey) => `${r.match_type} ${r.country} ${r.blocked_number}`;
  gone.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  for (const rule of gone) await countUnmark(db, accountId, rule, rule.type);
  return gone.length;
}

// ---- statistics ------------------------------------------------------------

const targetIs = (t: TargetKey) => (eb: any) =>
  eb.and([eb('match_type', '=', t.match_type), eb('country', '=', t.country), eb('blocked_number', '=', t.blocked_number)]);

const counter = (type: string) => (type === 'block_as_threat' ? 'threat_count' : 'block_count');

/** One more extension marks the target: its statistic counts it, or starts with the marks the extensions hold now. */
async function countMark(db: Db, accountId: string, t: StoredTarget, type: string, id: string, now: number): Promise<void> {
  const column = counter(type);
  for (let tries = 0; tries < 3; tries++) {
    const bumped = await db
      .updateTable('inbound_block_statistics')
      .set((eb) => ({ [column]: eb(column, '+', 1) }))
      .where('account_id', '=', accountId)
      .where(targetIs(t))
      .executeTakeFirst();
    if (Number(bumped.numUpdatedRows) > 0) return;
    const marks = await db
      .selectFrom('inbound_block_extension_rules')
      .select(['type', (eb) => eb.fn.countAll<number>().as('n')])
      .where('account_id', '=', accountId)
      .where(targetIs(t))
      .groupBy('type')
      .execute();
    const count = (of: BlockType) => Number(marks.find((m) => m.type === of)?.n ?? 0);
    const added = await wentIn(db, async () => {
      await db
        .insertInto('inbound_block_statistics')
        .values({
          id, account_id: accountId, match_type: t.match_type, country: t.country, blocked_number: t.blocked_number, phone_number: t.phone_number,
          block_count: count('block_for_other_reasons'), threat_count: count('block_as_threat'), created_at: now,
        })
        .execute();
    });
    if (added) return;
    // A concurrent mark made the statistic first: count on it.
  }
  throw new Error(`the statistic of ${t.phone_number} of ${accountId} could not settle`);
}

/** One extension fewer marks the target; a statistic no extension marks any more goes. */
async function countUnmark(db: Db, accountId: string, t: TargetKey, type: string): Promise<void> {
  const column = counter(type);
  await db
    .updateTable('inbound_block_statistics')
    .set((eb) => ({ [column]: eb.case().when(column, '>', 0).then(eb(column, '-', 1)).else(0).end() }))
    .where('account_id', '=', accountId)
    .where(targetIs(t))
    .execute();
  await db
    .deleteFrom('inbound_block_statistics')
    .where('account_id', '=', accountId)
    .where(targetIs(t))
    .where('block_count', '=', 0)
    .where('threat_count', '=', 0)
    .execute();
}

function statistics(store: AccountStore, f: RuleFilters) {
  let q = store.scoped('inbound_block_statistics');
  if (f.match_type) q = q.where('match_type', '=', f.match_type);
  // The type shown is the stronger mark: a threat when any extension marked it so.
  if (f.type === 'block_as_threat') q = q.where('threat_count', '>', 0);
  else if (f.type === 'block_for_other_reasons') q = q.where('threat_count', '=', 0);
  else if (f.type !== undefined && f.type !== '') q = q.where(sql<boolean>`1 = 0`);
  if (f.keyword) q = q.where(keywordMatch('inbound_block_statistics', f.keyword, false));
  return q;
}

export async function listStatistics(store: AccountStore, f: RuleFilters, afterSeq: number, limit: number): Promise<StatisticRow[]> {
  const rows = await statistics(store, f).selectAll().where('seq', '>', afterSeq).orderBy('seq').limit(limit).execute();
  return withSeqNumber(rows);
}

export async function countStatistics(store: AccountStore, f: RuleFilters): Promise<number> {
  const row = await statistics(store, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export const findStatistic = (store: AccountStore, id: string, mode?: LockMode): Promise<StatisticRow | undefined> =>
  mode ? store.lock('inbound_block_statistics', { id }, mode) : store.find('inbound_block_statistics', { id });

export const removeStatistic = (store: AccountStore, id: string): Promise<number> => store.remove('inbound_block_statistics', { id });


/** The extensions left the directory: their rules go, and the statistics stop counting them. */
export async function forgetExtensions(db: Db, accountId: string, extensionIds: string[]): Promise<void> {
  await holdExtensionRules(db, accountId, extensionIds);
  await removeExtensionRules(db, accountId, { extensionIds });
}

/** The first rule that blocks a call from `caller` (E.164) to the extension: the account's active rules, then the extension's own. */
export async function ruleBlocking(db: Db, accountId: string, extensionId: string, caller: string): Promise<{ id: string; level: 'account' | 'extension' } | undefined> {
  return inboundBlockRules(db, accountId)(extensionId, caller);
}

type RuleRow = { id: string; match_type: string; phone_number: string };

/**
 * ruleBlocking for many calls of one account (a simulation's): the account's
 * rules are read once, each extension's the first time a call reaches it.
 */
export function inboundBlockRules(db: Db, accountId: string): (extensionId: string, caller: string) => Promise<{ id: string; level: 'account' | 'extension' } | undefined> {
  let account: Promise<RuleRow[]> | undefined;
  const byExtension = new Map<string, Promise<RuleRow[]>>();
  return async (extensionId, caller) => {
    const matches = (r: RuleRow) => (r.match_type === 'phoneNumber' && r.phone_number === caller) || (r.match_type === 'prefix' && caller.startsWith(r.phone_number));
    account ??= db.selectFrom('inbound_block_account_rules').select(['id', 'match_type', 'phone_number']).where('account_id', '=', accountId).where('status', '=', 'active').where('match_type', '!=', 'SMS-shortCodes').execute();
    const hit = (await account).find(matches);
    if (hit) return { id: hit.id, level: 'account' };
    let own = byExtension.get(extensionId);
    if (!own) {
      own = db.selectFrom('inbound_block_extension_rules').select(['id', 'match_type', 'phone_number']).where('account_id', '=', accountId).where('extension_id', '=', extensionId).where('match_type', '!=', 'SMS-shortCodes').execute();
      byExtension.set(extensionId, own);
    }
    const mine = (await own).find(matches);
    return mine && { id: mine.id, level: 'extension' };
  };
}
