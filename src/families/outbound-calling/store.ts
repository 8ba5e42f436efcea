// The outbound-calling family's queries, scoped by account on every one. A level is
// named by a LevelRef: the account (its own id), a site, a user, a common area (its
// extension id).
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { locking } from '../../kit/locks.ts';
import type { OutboundExceptionRuleTable, PolicyLevel } from './tables.ts';
import { isRule, type LevelPolicy, type Rule } from './rules.ts';

type Db = Kysely<Database>;

export interface LevelRef {
  level: PolicyLevel;
  id: string;
}

export type ExceptionRow = Selectable<OutboundExceptionRuleTable> & { seq: number };

const key = (level: string, id: string) => `${level}:${id}`;

/** What each level of `chain` changed (its countries' rules, its exception rules in the order they were added), in chain order; of one country when named. */
export async function policiesOf(db: Db, accountId: string, chain: readonly LevelRef[], country?: string): Promise<LevelPolicy[]> {
  const ofChain = (eb: any) => eb.or(chain.map((r) => eb.and([eb('level', '=', r.level), eb('target_id', '=', r.id)])));
  let rulesQuery = db.selectFrom('outbound_country_rules').select(['level', 'target_id', 'iso_code', 'rule']).where('account_id', '=', accountId).where(ofChain);
  let exceptionsQuery = db.selectFrom('outbound_exception_rules').selectAll().where('account_id', '=', accountId).where(ofChain);
  if (country) {
    rulesQuery = rulesQuery.where('iso_code', '=', country);
    exceptionsQuery = exceptionsQuery.where('country', '=', country);
  }
  const [rules, exceptions] = await Promise.all([rulesQuery.execute(), exceptionsQuery.orderBy('seq').execute()]);
  return group(rules, exceptions, chain);
}

function group(
  rules: { level: string; target_id: string; iso_code: string; rule: number }[],
  exceptions: Selectable<OutboundExceptionRuleTable>[],
  chain: readonly LevelRef[],
): LevelPolicy[] {
  const byLevel = levelsOf(rules, exceptions);
  return chain.map((r) => byLevel.get(key(r.level, r.id)) ?? { rules: new Map(), exceptions: [] });
}

function levelsOf(
  rules: { level: string; target_id: string; iso_code: string; rule: number }[],
  exceptions: Selectable<OutboundExceptionRuleTable>[],
): Map<string, { rules: Map<string, Rule>; exceptions: Selectable<OutboundExceptionRuleTable>[] }> {
  const byLevel = new Map<string, { rules: Map<string, Rule>; exceptions: Selectable<OutboundExceptionRuleTable>[] }>();
  const at = (level: string, id: string) => {
    let found = byLevel.get(key(level, id));
    if (!found) byLevel.set(key(level, id), (found = { rules: new Map(), exceptions: [] }));
    return found;
  };
  for (const r of rules) if (isRule(r.rule)) at(r.level, r.target_id).rules.set(r.iso_code, r.rule);
  for (const e of exceptions) at(e.level, e.target_id).exceptions.push(e);
  return byLevel;
}

/** Every level of the account that changed something, by `level:id` (a simulation reads them once). */
export async function accountPolicies(db: Db, accountId: string): Promise<Map<string, LevelPolicy>> {
  const [rules, exceptions] = await Promise.all([
    db.selectFrom('outbound_country_rules').select(['level', 'target_id', 'iso_code', 'rule']).where('account_id', '=', accountId).execute(),
    db.selectFrom('outbound_exception_rules').selectAll().where('account_id', '=', accountId).where('status', '=', 'active').orderBy('seq').execute(),
  ]);
  return levelsOf(rules, exceptions);
}

export const levelKey = (r: LevelRef): string => key(r.level, r.id);

/** Sets the level's own rule for a country (the one row per country and level: a concurrent set of it updates the same row). */
export async function setCountryRule(db: Db, accountId: string, ref: LevelRef, iso: string, rule: Rule, now: number): Promise<void> {
  await db
    .insertInto('outbound_country_rules')
    .values({ account_id: accountId, level: ref.level, target_id: ref.id, iso_code: iso, rule, updated_at: now })
    .onConflict((oc) => oc.columns(['account_id', 'level', 'target_id', 'iso_code']).doUpdateSet({ rule, updated_at: now }))
    .execute();
}

/** Deletes the level's exception rules for a country; how many went. */
export async function removeExceptionsOfCountry(db: Db, accountId: string, ref: LevelRef, country: string): Promise<number> {
  const res = await db
    .deleteFrom('outbound_exception_rules')
    .where('account_id', '=', accountId)
    .where('level', '=', ref.level)
    .where('target_id', '=', ref.id)
    .where('country', '=', country)
    .executeTakeFirst();
  return Number(res.numDeletedRows);
}

export interface ExceptionFilters {
  country?: string;
  keyword?: string;
  match_type?: 'phoneNumber' | 'prefix';
  status?: 'active' | 'inactive';
}

function filtered(db: Db, accountId: string, ref: LevelRef, f: ExceptionFilters) {
  let q = db.selectFrom('outbound_exception_rules').where('account_id', '=', accountId).where('level', '=', ref.level).where('target_id', '=', ref.id);
  if (f.country) q = q.where('country', '=', f.country.trim().toUpperCase());
  if (f.match_type) q = q.where('match_type', '=', f.match_type);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.keyword) {
    // The keyword is found in the number or prefix, or in the comment, without case; % and _ are taken as they are.
    const pattern = `%${f.keyword.toLowerCase().replace(/[!%_]/g, '!$&')}%`;
    q = q.where((eb) => eb.or([sql<boolean>`lower(prefix_number) like ${pattern} escape '!'`, sql<boolean>`lower(coalesce(comment, '')) like ${pattern} escape '!'`]));
  }
  return q;
}

/** A page of the level's exception rules matching the filters, in the order they were added. */
export async function exceptionPage(db: Db, accountId: string, ref: LevelRef, f: ExceptionFilters, after: number, limit: number): Promise<ExceptionRow[]> {
  const rows = await filtered(db, accountId, ref, f).selectAll().where('seq', '>', after).orderBy('seq').limit(limit).execute();
  return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
}

export async function exceptionCount(db: Db, accountId: string, ref: LevelRef, f: ExceptionFilters): Promise<number> {
  const row = await filtered(db, accountId, ref, f).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The level's exception rule `id`, locked to be changed when `lock` (inside a transaction); undefined when the level has none of that id. */
export async function exceptionOf(db: Db, accountId: string, ref: LevelRef, id: string, lock = false): Promise<ExceptionRow | undefined> {
  const q = db.selectFrom('outbound_exception_rules').selectAll().where('account_id', '=', accountId).where('level', '=', ref.level).where('target_id', '=', ref.id).where('id', '=', id);
  const row = await (lock ? locking(db, q, 'noKeyUpdate') : q).executeTakeFirst();
  return row && { ...row, seq: Number(row.seq) };
}

export async function insertException(db: Db, row: Omit<Selectable<OutboundExceptionRuleTable>, 'seq'>): Promise<void> {
  await db.insertInto('outbound_exception_rules').values(row).execute();
}

export async function updateException(
  db: Db,
  accountId: string,
  id: string,
  changes: Pick<Selectable<OutboundExceptionRuleTable>, 'country' | 'match_type' | 'prefix_number' | 'status' | 'comment' | 'updated_at'>,
): Promise<void> {
  await db.updateTable('outbound_exception_rules').set(changes).where('account_id', '=', accountId).where('id', '=', id).execute();
}

/** Deletes the level's exception rule `id`; false when the level has none of that id. */
export async function removeException(db: Db, accountId: string, ref: LevelRef, id: string): Promise<boolean> {
  const res = await db
    .deleteFrom('outbound_exception_rules')
    .where('account_id', '=', accountId)
    .where('level', '=', ref.level)
    .where('target_id', '=', ref.id)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(res.numDeletedRows) === 1;
}

/** Everything these levels (one kind) changed goes: the site, user or common area is gone. */
export async function removeLevels(db: Db, accountId: string, level: PolicyLevel, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.deleteFrom('outbound_country_rules').where('account_id', '=', accountId).where('level', '=', level).where('target_id', 'in', ids).execute();
  await db.deleteFrom('outbound_exception_rules').where('account_id', '=', accountId).where('level', '=', level).where('target_id', 'in', ids).execute();
}
