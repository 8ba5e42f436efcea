// Handlers of the inbound-blocked family, keyed by operationId: the account's
// block rules for inbound calls and messaging, each extension's own rules, and
// the statistics of what the extensions block (and blocking one for all).
import { defineHandlers, type ItemOf } from '../../kit/context.ts';
import { extensionById } from '../extensions/public.ts';
import {
  addExtensionRule,
  blockForAll,
  countAccountRules,
  countExtensionRules,
  countStatistics,
  findAccountRule,
  findStatistic,
  holdExtensionRules,
  insertAccountRule,
  listAccountRules,
  listExtensionRules,
  listStatistics,
  removeAccountRule,
  removeExtensionRules,
  removeStatistic,
  updateAccountRule,
  type AccountRuleRow,
  type ExtensionRuleRow,
  type RuleFilters,
  type StatisticRow,
} from './store.ts';
import { blockType, extensionLevelAllows, matchType, ruleStatus, statisticType, targetOf, type Fail, type Target } from './rules.ts';

type ExtensionRule = ItemOf<'listAnExtensionsInboundBlockRules', 'extension_blocked_rules'>;
type AccountRule = ItemOf<'listAnAccountsInboundBlockRules', 'account_blocked_rules'>;
type Statistic = ItemOf<'listAnAccountsInboundBlockedStatistics', 'blocked_statistic'>;

/** The country is shown where the rule has one (an SMS short code may not). */
const countryOf = (row: { country: string }) => (row.country ? { country: row.country } : {});

const extensionRule = (r: ExtensionRuleRow): ExtensionRule => ({
  id: r.id,
  match_type: matchType(r.match_type),
  phone_number: r.phone_number,
  type: blockType(r.type),
  blocked_number: r.blocked_number,
  ...countryOf(r),
});

const accountRule = (r: AccountRuleRow): AccountRule => ({
  id: r.id,
  match_type: matchType(r.match_type),
  phone_number: r.phone_number,
  type: blockType(r.type),
  status: ruleStatus(r.status),
  ...(r.comment !== null ? { comment: r.comment } : {}),
  blocked_number: r.blocked_number,
  ...countryOf(r),
});

const statistic = (r: StatisticRow): Statistic => ({
  id: r.id,
  match_type: matchType(r.match_type),
  phone_number: r.phone_number,
  type: statisticType(Number(r.threat_count)),
  block_count: Number(r.block_count),
  threat_count: Number(r.threat_count),
  blocked_number: r.blocked_number,
  ...countryOf(r),
});

/** A keyword of only spaces filters nothing. */
const keywordOf = (keyword: string | undefined) => keyword?.trim() || undefined;

/** The target a statistic counts, as an account rule takes it. */
function statisticTarget(r: StatisticRow): Target {
  const match = matchType(r.match_type);
  if (!match) throw new Error(`statistic ${r.id} holds an unknown match type ${r.match_type}`);
  return { match_type: match, country: r.country, blocked_number: r.blocked_number, phone_number: r.phone_number };
}

export const handlers = defineHandlers({
  // GET /phone/extension/{extensionId}/inbound_blocked/rules
  async listAnExtensionsInboundBlockRules(ctx) {
    const store = await ctx.store();
    const { extensionId } = ctx.params;
    if (!(await extensionById(ctx.db, store.accountId, extensionId))) throw ctx.fail('extensionDoesNotExist', { extensionId });
    const filters: RuleFilters = { keyword: keywordOf(ctx.query.keyword), match_type: ctx.query.match_type, type: ctx.query.type };
    return ctx.list({
      items: 'extension_blocked_rules',
      filters: { extensionId, ...filters },
      fetch: (after, limit) => listExtensionRules(store, extensionId, filters, after, limit),
      count: () => countExtensionRules(store, extensionId, filters),
      present: (rows) => rows.map(extensionRule),
    });
  },

  // POST /phone/extension/{extensionId}/inbound_blocked/rules
  async addAnExtensionsInboundBlockRule(ctx) {
    const store = await ctx.store();
    const { accountId } = store;
    const { extensionId } = ctx.params;
    if (!(await extensionById(ctx.db, accountId, extensionId))) throw ctx.fail('extensionDoesNotExist', { extensionId });
    const b = ctx.body;
    if (!extensionLevelAllows(b.match_type, b.type)) throw ctx.fail('matchTypeDoesNotSupportThe', { match_type: b.match_type, type: b.type });
    const fail: Fail = (name, values) => ctx.fail(name, values);
    const target = targetOf(b, fail);
    const id = ctx.ids.next();
    const statisticId = ctx.ids.next();
    const now = ctx.clock.now();
    await ctx.db.transaction().execute(async (trx) => {
      // Held against the extension's release, then looked for again: a rule never outlives its extension.
      await holdExtensionRules(trx, accountId, [extensionId]);
      if (!(await extensionById(trx, accountId, extensionId))) throw ctx.fail('extensionDoesNotExist', { extensionId });
      const added = await addExtensionRule(trx, accountId, { id, extension_id: extensionId, ...target, type: b.type, created_at: now }, statisticId);
      if (!added) throw ctx.fail('blockedPhoneNumberAlreadyExists', { blocked_number: b.blocked_number });
    });
    return { id };
  },

  // DELETE /phone/extension/{extensionId}/inbound_blocked/rules
  async deleteAnExtensionsInboundBlockRule(ctx) {
    const store = await ctx.store();
    const { accountId } = store;
    const { extensionId } = ctx.params;
    const { blocked_rule_id } = ctx.query;
    if (!(await extensionById(ctx.db, accountId, extensionId))) throw ctx.fail('extensionDoesNotExist', { extensionId });
    await ctx.db.transaction().execute(async (trx) => {
      const gone = await removeExtensionRules(trx, accountId, { extensionIds: [extensionId], id: blocked_rule_id });
      if (gone === 0) throw ctx.fail('blockedRuleDoesNotExist', { blocked_rule_id });
    });
    return undefined;
  },

  // GET /phone/inbound_blocked/extension_rules/statistics
  async listAnAccountsInboundBlockedStatistics(ctx) {
    const store = await ctx.store();
    const filters: RuleFilters = { keyword: keywordOf(ctx.query.keyword), match_type: ctx.query.match_type, type: ctx.query.type };
    return ctx.list({
      items: 'blocked_statistic',
      filters,
      fetch: (after, limit) => listStatistics(store, filters, after, limit),
      count: () => countStatistics(store, filters),
      present: (rows) => rows.map(statistic),
    });
  },

  // DELETE /phone/inbound_blocked/extension_rules/statistics
  async deleteAnAccountsInboundBlockedStatistics(ctx) {
    const store = await ctx.store();
    const { blocked_statistic_id } = ctx.query;
    if ((await removeStatistic(store, blocked_statistic_id)) === 0) throw ctx.fail('blockedStatisticDoesNotExist', { blocked_statistic_id });
    return undefined;
  },

  // PATCH /phone/inbound_blocked/extension_rules/statistics/blocked_for_all
  async markAPhoneNumberAsBlockedForAllExtensions(ctx) {
    const store = await ctx.store();
    const { blocked_statistic_id } = ctx.body;
    const id = ctx.ids.next();
    const now = ctx.clock.now();
    await ctx.db.transaction().execute(async (trx) => {
      const rules = store.on(trx);
      // Kept until the account rule is written: a concurrent delete of the statistic waits.
      const stat = await findStatistic(rules, blocked_statistic_id, 'keyShare');
      if (!stat) throw ctx.fail('blockedStatisticDoesNotExist', { blocked_statistic_id });
      await blockForAll(rules, statisticTarget(stat), statisticType(Number(stat.threat_count)), id, now);
    });
    return undefined;
  },

  // GET /phone/inbound_blocked/rules
  async listAnAccountsInboundBlockRules(ctx) {
    const store = await ctx.store();
    const filters: RuleFilters = { keyword: keywordOf(ctx.query.keyword), match_type: ctx.query.match_type, type: ctx.query.type, status: ctx.query.status };
    return ctx.list({
      items: 'account_blocked_rules',
      filters,
      fetch: (after, limit) => listAccountRules(store, filters, after, limit),
      count: () => countAccountRules(store, filters),
      present: (rows) => rows.map(accountRule),
    });
  },

  // POST /phone/inbound_blocked/rules
  async addAnAccountsInboundBlockRule(ctx) {
    const store = await ctx.store();
    const b = ctx.body;
    const fail: Fail = (name, values) => ctx.fail(name, values);
    const target = targetOf(b, fail);
    const id = ctx.ids.next();
    const now = ctx.clock.now();
    await ctx.db.transaction().execute(async (trx) => {
      const added = await insertAccountRule(store.on(trx), {
        id, ...target, type: b.type, status: b.status, comment: b.comment ?? null, created_at: now, updated_at: now,
      });
      if (!added) throw ctx.fail('blockedPhoneNumberAlreadyExists', { blocked_number: b.blocked_number });
    });
    return { id };
  },

  // DELETE /phone/inbound_blocked/rules
  async deleteAnAccountsInboundBlockRule(ctx) {
    const store = await ctx.store();
    const { blocked_rule_id } = ctx.query;
    if ((await removeAccountRule(store, blocked_rule_id)) === 0) throw ctx.fail('blockedRuleDoesNotExist', { blocked_rule_id });
    return undefined;
  },

  // PATCH /phone/inbound_blocked/rules/{blockedRuleId}
  async updateAnAccountsInboundBlockRule(ctx) {
    const store = await ctx.store();
    const { blockedRuleId } = ctx.params;
    const b = ctx.body;
    const fail: Fail = (name, values) => ctx.fail(name, values);
    const now = ctx.clock.now();
    await ctx.db.transaction().execute(async (trx) => {
      const rules = store.on(trx);
      const row = await findAccountRule(rules, blockedRuleId, 'noKeyUpdate');
      if (!row) throw ctx.fail('blockedRuleDoesNotExist', { blocked_rule_id: blockedRuleId });
      // The country the rule has stands when the request leaves it out.
      const target = targetOf({ match_type: b.match_type, blocked_number: b.blocked_number, country: b.country ?? (row.country || undefined) }, fail);
      const changed = await updateAccountRule(rules, row.id, {
        ...target,
        type: b.type,
        status: b.status ?? row.status,
        comment: b.comment !== undefined ? b.comment : row.comment,
        updated_at: now,
      });
      if (!changed) throw ctx.fail('blockedPhoneNumberAlreadyExists', { blocked_number: b.blocked_number });
    });
    return undefined;
  },
});
