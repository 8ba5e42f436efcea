// Handlers of the outbound-calling family, keyed by operationId: the outbound calling
// policy's countries and regions and its exception rules, at the account, a site, a
// user and a common area. Each level reads what the levels above it set unless it
// set its own (rules.ts); users and common areas stand on their site, sites on the
// account.
import type { Kysely } from 'kysely';
import { defineHandlers, type ItemOf, type RequestContext, type ResponseOf } from '../../kit/context.ts';
import { isUniqueViolation } from '../../kit/constraints.ts';
import type { ZoomError } from '../../errors.ts';
import type { Database } from '../../store/schema.ts';
import { findSite, holdSite } from '../sites/public.ts';
import { findUser, holdUser } from '../users/public.ts';
import { findCommonAreas, holdCommonArea } from '../common-areas/public.ts';
import { blockedAbove, exceptionNotFound, exceptionTaken, exceptionUnderBlock, invalid } from './errors.ts';
import { BLOCKED, COUNTRIES, countryCode, defaultAbove, defaultAt, exceptionRuleFor, isRule, prefixProblem, type LevelPolicy, type Rule } from './rules.ts';
import {
  exceptionCount,
  exceptionOf,
  exceptionPage,
  insertException,
  policiesOf,
  removeException,
  removeExceptionsOfCountry,
  setCountryRule,
  updateException,
  type ExceptionRow,
  type LevelRef,
} from './store.ts';
import type { PolicyLevel } from './tables.ts';

type Db = Kysely<Database>;
// The four levels' operations share their shapes; each generic step is typed as the account level's.
type AnyCtx = RequestContext<any>;
type CountriesAnswer = ResponseOf<'getAccountLevelOutboundCallingCountriesAndRegions'>;
type ExceptionsAnswer = ResponseOf<'listAccountLevelOutboundCallingExceptionRules'>;
type ExceptionItem = ItemOf<'listAccountLevelOutboundCallingExceptionRules', 'exception_rules'>;

/** The level's words in error messages. */
const LEVEL_WORDS: Record<PolicyLevel, string> = { account: 'account', site: 'site', user: 'user', commonArea: 'common area' };
const PARAM = { site: 'siteId', user: 'userId', commonArea: 'commonAreaId' } as const;
const NOT_FOUND = { site: 'siteDoesNotExist', user: 'userDoesNotExist', commonArea: 'commonAreaDoesNotExist' } as const;
/** The sandbox's longest exception rule comment (the pages give none). */
export const MAX_COMMENT = 255;

interface Target {
  ref: LevelRef;
  /** The levels the target reads from, the account first, the target last. */
  chain: LevelRef[];
}

/** The level the path names (held until the transaction ends when `hold`), with the levels above it; undefined when the account has no such site, user or common area. */
async function targetOf(db: Db, accountId: string, level: PolicyLevel, key: string, hold: boolean): Promise<Target | undefined> {
  const account: LevelRef = { level: 'account', id: accountId };
  const siteOf = (siteId: string | null): LevelRef[] => (siteId ? [{ level: 'site', id: siteId }] : []);
  switch (level) {
    case 'account':
      return { ref: account, chain: [account] };
    case 'site': {
      const site = hold ? await holdSite(db, accountId, key) : await findSite(db, accountId, key);
      if (!site) return undefined;
      const ref: LevelRef = { level, id: site.id };
      return { ref, chain: [account, ref] };
    }
    case 'user': {
      const user = hold ? await holdUser(db, accountId, key) : await findUser(db, accountId, key);
      if (!user) return undefined;
      const ref: LevelRef = { level, id: user.id };
      return { ref, chain: [account, ...siteOf(user.site_id), ref] };
    }
    case 'commonArea': {
      const area = hold ? await holdCommonArea(db, accountId, key) : (await findCommonAreas(db, accountId, [key])).get(key);
      if (!area) return undefined;
      // A common area's rows are kept by its extension id: the simulator's caller and the release of its extension name it so.
      const ref: LevelRef = { level, id: area.extensionId };
      return { ref, chain: [account, ...siteOf(area.siteId), ref] };
    }
  }
}

type Fail = (name: string, values?: Record<string, string | number>) => ZoomError;

/** The path's level, or its documented 404 (the site, user or common area does not exist). */
async function resolve(ctx: AnyCtx, level: PolicyLevel, db: Db, accountId: string, hold = false): Promise<Target> {
  if (level === 'account') return (await targetOf(db, accountId, level, accountId, hold))!;
  const key = String((ctx.params as Record<string, string>)[PARAM[level]]);
  const target = await targetOf(db, accountId, level, key, hold);
  if (!target) throw (ctx.fail as Fail)(NOT_FOUND[level], { [PARAM[level]]: key });
  return target;
}

// ---- countries and regions ------------------------------------------------------------------

async function getCountries(ctx: AnyCtx, level: PolicyLevel): Promise<CountriesAnswer> {
  const store = await ctx.store();
  const target = await resolve(ctx, level, ctx.db, store.accountId);
  const chain = await policiesOf(ctx.db, store.accountId, target.chain);
  const c = ctx as RequestContext<'getAccountLevelOutboundCallingCountriesAndRegions'>;
  return c.list({
    items: 'countries_regions',
    // The list is every country or region (src/kit/countries.ts) by name: a row's seq is its place in it.
    fetch: async (after, limit) => COUNTRIES.slice(after, after + limit).map((country, i) => ({ ...country, seq: after + i + 1 })),
    count: async () => COUNTRIES.length,
    present: (rows) => rows.map((r) => ({ name: r.name, code: r.code, iso_code: r.iso, rule: defaultAt(chain, r.iso), enabled_carrier: ['ZOOM'] })),
  });
}

interface CountryChange {
  iso: string;
  rule: Rule;
  deleteExceptions: boolean;
}

/** The body's items, checked whole before anything changes. */
function countryChanges(ctx: AnyCtx): CountryChange[] {
  const items = ((ctx.body ?? {}) as { country_regions?: { iso_code?: string; rule?: number; delete_existing_exception_rules?: boolean }[] }).country_regions ?? [];
  const seen = new Set<string>();
  return items.map((item, i) => {
    if (item.iso_code === undefined) throw invalid(`country_regions[${i}].iso_code`, 'iso_code is required.');
    const iso = countryCode(item.iso_code);
    if (!iso) throw invalid(`country_regions[${i}].iso_code`, `${item.iso_code} is not a country or region ISO code.`);
    if (seen.has(iso)) throw invalid(`country_regions[${i}].iso_code`, `${iso} is named more than once.`);
    seen.add(iso);
    if (!isRule(item.rule)) throw invalid(`country_regions[${i}].rule`, 'rule is required: 1, 2, 3 or 4.');
    return { iso, rule: item.rule, deleteExceptions: item.delete_existing_exception_rules === true };
  });
}

async function updateCountries(ctx: AnyCtx, level: PolicyLevel): Promise<void> {
  const store = await ctx.store();
  const { accountId } = store;
  const changes = countryChanges(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const target = await resolve(ctx, level, trx, accountId, true);
    if (changes.length === 0) return;
    const chain = await policiesOf(trx, accountId, target.chain);
    for (const change of changes) {
      if (defaultAbove(chain, change.iso) === BLOCKED && change.rule !== BLOCKED) {
        throw blockedAbove({ iso_code: change.iso, level: LEVEL_WORDS[level] });
      }
    }
    const now = ctx.clock.now();
    for (const change of changes) {
      const before = defaultAt(chain, change.iso);
      await setCountryRule(trx, accountId, target.ref, change.iso, change.rule, now);
      // "Whether to delete existing exception rules … only when the default outbound calling rule is changed": the level's own, of that country.
      if (change.deleteExceptions && before !== change.rule) await removeExceptionsOfCountry(trx, accountId, target.ref, change.iso);
    }
  });
}

// ---- exception rules ------------------------------------------------------------------------

const listed = (row: ExceptionRow, chain: LevelPolicy[]): ExceptionItem => ({
  id: row.id,
  match_type: row.match_type,
  prefix_number: row.prefix_number,
  rule: exceptionRuleFor(defaultAt(chain, row.country)),
  comment: row.comment ?? undefined,
  status: row.status,
});

async function listExceptions(ctx: AnyCtx, level: PolicyLevel): Promise<ExceptionsAnswer> {
  const store = await ctx.store();
  const target = await resolve(ctx, level, ctx.db, store.accountId);
  const q = (ctx.query ?? {}) as { country?: string; keyword?: string; match_type?: 'phoneNumber' | 'prefix'; status?: 'active' | 'inactive' };
  const filters = { country: q.country || undefined, keyword: q.keyword || undefined, match_type: q.match_type, status: q.status };
  const chain = await policiesOf(ctx.db, store.accountId, target.chain);
  const c = ctx as RequestContext<'listAccountLevelOutboundCallingExceptionRules'>;
  return c.list({
    items: 'exception_rules',
    filters,
    fetch: (after, limit) => exceptionPage(ctx.db, store.accountId, target.ref, filters, after, limit),
    count: () => exceptionCount(ctx.db, store.accountId, target.ref, filters),
    present: (rows) => rows.map((r) => listed(r, chain)),
  });
}

interface ExceptionInput {
  country: string;
  match_type: 'phoneNumber' | 'prefix';
  prefix_number: string;
  status: 'active' | 'inactive';
  comment?: string;
}

/** The body's exception rule, checked; undefined when the body has none. */
function exceptionInput(ctx: AnyCtx): ExceptionInput | undefined {
  const given = ((ctx.body ?? {}) as { exception_rule?: ExceptionInput }).exception_rule;
  if (!given) return undefined;
  const country = countryCode(given.country);
  if (!country) throw invalid('exception_rule.country', `${given.country} is not a country or region ISO code.`);
  const problem = prefixProblem(country, given.match_type, given.prefix_number);
  if (problem) throw invalid('exception_rule.prefix_number', problem);
  if (given.comment !== undefined && given.comment.length > MAX_COMMENT) throw invalid('exception_rule.comment', `comment must be at most ${MAX_COMMENT} characters.`);
  return { ...given, country };
}

/** Refuses an exception rule that would allow numbers of a country a level above blocks. */
function assertNotUnderBlock(chain: LevelPolicy[], country: string, level: PolicyLevel): void {
  if (defaultAbove(chain, country) === BLOCKED) throw exceptionUnderBlock({ country, level: LEVEL_WORDS[level] });
}

async function addException(ctx: AnyCtx, level: PolicyLevel): Promise<{ exception_rule_id: string }> {
  const store = await ctx.store();
  const { accountId } = store;
  const input = exceptionInput(ctx);
  const id = ctx.ids.next();
  const now = ctx.clock.now();
  try {
    await ctx.db.transaction().execute(async (trx) => {
      const target = await resolve(ctx, level, trx, accountId, true);
      if (!input) throw invalid('exception_rule', 'exception_rule is required.');
      assertNotUnderBlock(await policiesOf(trx, accountId, target.chain, input.country), input.country, level);
      await insertException(trx, {
        id,
        account_id: accountId,
        level: target.ref.level,
        target_id: target.ref.id,
        country: input.country,
        match_type: input.match_type,
        prefix_number: input.prefix_number,
        status: input.status,
        comment: input.comment ?? null,
        created_at: now,
        updated_at: now,
      });
    });
  } catch (err) {
    if (input && isUniqueViolation(err)) throw exceptionTaken({ prefix_number: input.prefix_number });
    throw err;
  }
  return { exception_rule_id: id };
}

async function changeException(ctx: AnyCtx, level: PolicyLevel): Promise<void> {
  const store = await ctx.store();
  const { accountId } = store;
  const input = exceptionInput(ctx);
  const id = String((ctx.params as { exceptionRuleId: string }).exceptionRuleId);
  try {
    await ctx.db.transaction().execute(async (trx) => {
      const target = await resolve(ctx, level, trx, accountId, true);
      // Read and written under the row's lock: concurrent updates of one rule apply one after another.
      const row = await exceptionOf(trx, accountId, target.ref, id, true);
      if (!row) throw exceptionNotFound({ exceptionRuleId: id });
      if (!input) return;
      assertNotUnderBlock(await policiesOf(trx, accountId, target.chain, input.country), input.country, level);
      await updateException(trx, accountId, id, {
        country: input.country,
        match_type: input.match_type,
        prefix_number: input.prefix_number,
        status: input.status,
        // Left out, the comment stays as it was.
        comment: input.comment !== undefined ? input.comment : row.comment,
        updated_at: ctx.clock.now(),
      });
    });
  } catch (err) {
    if (input && isUniqueViolation(err)) throw exceptionTaken({ prefix_number: input.prefix_number });
    throw err;
  }
}

async function deleteException(ctx: AnyCtx, level: PolicyLevel): Promise<void> {
  const store = await ctx.store();
  const { accountId } = store;
  const id = String((ctx.params as { exceptionRuleId: string }).exceptionRuleId);
  await ctx.db.transaction().execute(async (trx) => {
    const target = await resolve(ctx, level, trx, accountId, true);
    if (!(await removeException(trx, accountId, target.ref, id))) throw (ctx.fail as Fail)('exceptionRuleDoesNotExist', { exceptionRuleId: id });
  });
}

export const handlers = defineHandlers({
  // ---- account ----
  getAccountLevelOutboundCallingCountriesAndRegions: (ctx) => getCountries(ctx, 'account'),
  updateAccountLevelOutboundCallingCountriesOrRegions: (ctx) => updateCountries(ctx, 'account'),
  listAccountLevelOutboundCallingExceptionRules: (ctx) => listExceptions(ctx, 'account'),
  addAccountLevelOutboundCallingExceptionRule: (ctx) => addException(ctx, 'account'),
  updateAccountLevelOutboundCallingExceptionRule: (ctx) => changeException(ctx, 'account'),
  deleteAccountLevelOutboundCallingExceptionRule: (ctx) => deleteException(ctx, 'account'),
  // ---- site ----
  getSiteLevelOutboundCallingCountriesAndRegions: (ctx) => getCountries(ctx, 'site'),
  updateSiteLevelOutboundCallingCountriesOrRegions: (ctx) => updateCountries(ctx, 'site'),
  listSiteLevelOutboundCallingExceptionRules: (ctx) => listExceptions(ctx, 'site'),
  addSiteLevelOutboundCallingExceptionRule: (ctx) => addException(ctx, 'site'),
  updateSiteLevelOutboundCallingExceptionRule: (ctx) => changeException(ctx, 'site'),
  deleteSiteLevelOutboundCallingExceptionRule: (ctx) => deleteException(ctx, 'site'),
  // ---- user ----
  getUserLevelOutboundCallingCountriesAndRegions: (ctx) => getCountries(ctx, 'user'),
  updateUserLevelOutboundCallingCountriesOrRegions: (ctx) => updateCountries(ctx, 'user'),
  listUserLevelOutboundCallingExceptionRules: (ctx) => listExceptions(ctx, 'user'),
  addUserLevelOutboundCallingExceptionRule: (ctx) => addException(ctx, 'user'),
  updateUserLevelOutboundCallingExceptionRule: (ctx) => changeException(ctx, 'user'),
  deleteUserLevelOutboundCallingExceptionRule: (ctx) => deleteException(ctx, 'user'),
  // ---- common area ----
  getCommonAreaLevelOutboundCallingCountriesAndRegions: (ctx) => getCountries(ctx, 'commonArea'),
  updateCommonAreaLevelOutboundCallingCountriesOrRegions: (ctx) => updateCountries(ctx, 'commonArea'),
  listCommonAreaLevelOutboundCallingExceptionRules: (ctx) => listExceptions(ctx, 'commonArea'),
  addCommonAreaLevelOutboundCallingExceptionRule: (ctx) => addException(ctx, 'commonArea'),
  updateCommonAreaLevelOutboundCallingExceptionRule: (ctx) => changeException(ctx, 'commonArea'),
  deleteCommonAreaLevelOutboundCallingExceptionRule: (ctx) => deleteException(ctx, 'commonArea'),
});
