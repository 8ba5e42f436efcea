// Handlers of the routing-rules family, keyed by operationId: the account's
// directory backup routing rules, each at the account level or on one of its
// sites, ranked in its scope (1 first), naming a SIP group of the account when its
// routing path is one. A number pattern is the account's once (a unique index).
import { defineHandlers, type ResponseOf } from '../../kit/context.ts';
import { findSipGroup } from '../sip/public.ts';
import { holdSite } from '../sites/public.ts';
import { invalidOrder, invalidPattern, ruleNotFound } from './errors.ts';
import { compiles, MAX_LENGTH, ruleType, SIP_GROUP_PRODUCT } from './rules.ts';
import { countScope, deleteRule, findRule, holdScope, insertRule, listRules, moveRule, updateRule, type RuleChanges, type RuleRow } from './store.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';

type Item = NonNullable<ResponseOf<'listDirectoryBackupRoutingRules'>>[number];

/** A rule as the list and the details show it; its SIP group's name is the sip family's. */
async function shown(db: Kysely<Database>, rows: RuleRow[]): Promise<Item[]> {
  const groups = new Map<string, { id: string; display_name: string } | undefined>();
  for (const id of new Set(rows.map((r) => r.sip_group_id).filter((id): id is string => id !== null))) {
    groups.set(id, await findSipGroup(db, rows[0]!.account_id, id, SIP_GROUP_PRODUCT));
  }
  return rows.map((r) => {
    const group = r.sip_group_id === null ? undefined : groups.get(r.sip_group_id);
    return {
      name: r.name,
      number_pattern: r.number_pattern,
      order: Number(r.rule_order),
      routing_path: { ...(group ? { sip_group: { id: group.id, name: group.display_name } } : {}), type: ruleType(r.type) },
      routing_rule_id: r.id,
      ...(r.site_id !== null ? { site_id: r.site_id } : {}),
      ...(r.translation !== null ? { translation: r.translation } : {}),
    };
  });
}

export const handlers = defineHandlers({
  // GET /phone/routing_rules
  async listDirectoryBackupRoutingRules(ctx) {
    const store = await ctx.store();
    const rows = await listRules(ctx.db, store.accountId, ctx.query.site_id || undefined);
    return shown(ctx.db, rows);
  },

  // POST /phone/routing_rules
  async addDirectoryBackupRoutingRule(ctx) {
    const store = await ctx.store();
    const { accountId } = store;
    const b = ctx.body ?? {};
    if (b.type === undefined) throw ctx.fail('typeCannotBeNull');
    if (!b.number_pattern) throw ctx.fail('numberPatternCannotBeNull');
    if (b.number_pattern.length > MAX_LENGTH) throw ctx.fail('numberPatternLengthCanBeUp');
    if (!compiles(b.number_pattern)) throw invalidPattern({ 0: b.number_pattern });
    if (!b.name?.trim()) throw ctx.fail('routingRuleNameCannotBeBlank');
    if (b.name.length > MAX_LENGTH) throw ctx.fail('routingRuleNameLengthCanBe');
    if (b.translation !== undefined && b.translation.length > MAX_LENGTH) throw ctx.fail('translationLengthCanBeUpTo');
    if (b.type === 'sip_group' && !b.sip_group_id) throw ctx.fail('sipGroupCannotBeNull');
    const siteId = b.site_id || null;
    const id = ctx.ids.next();
    const now = ctx.clock.now();
    await ctx.db.transaction().execute(async (trx) => {
      // Held against the site's deletion: a rule put on a site moves with it, never outlives it.
      if (siteId !== null && !(await holdSite(trx, accountId, siteId))) throw ctx.fail('siteDoesNotExist');
      if (b.type === 'sip_group' && !(await findSipGroup(trx, accountId, b.sip_group_id!, SIP_GROUP_PRODUCT))) throw ctx.fail('sipGroupDoesNotExist');
      await holdScope(trx, accountId, siteId);
      const added = await insertRule(trx, {
        id, account_id: accountId, site_id: siteId, name: b.name!, number_pattern: b.number_pattern!, translation: b.translation ?? null,
        type: b.type!, sip_group_id: b.type === 'sip_group' ? b.sip_group_id! : null, created_at: now,
      });
      if (!added) throw ctx.fail('numberPatternAlreadyExists', { 0: b.number_pattern! });
    });
    return { name: b.name, routing_rule_id: id };
  },

  // GET /phone/routing_rules/{routingRuleId}
  async getDirectoryBackupRoutingRule(ctx) {
    const store = await ctx.store();
    const row = await findRule(ctx.db, store.accountId, ctx.params.routingRuleId);
    if (!row) throw ruleNotFound();
    const [item] = await shown(ctx.db, [row]);
    return item!;
  },

  // PATCH /phone/routing_rules/{routingRuleId}
  async updateDirectoryBackupRoutingRule(ctx) {
    const store = await ctx.store();
    const { accountId } = store;
    const { routingRuleId } = ctx.params;
    const b = ctx.body ?? {};
    if (b.name !== undefined && b.name.length > MAX_LENGTH) throw ctx.fail('routingRuleNameLengthCanBe');
    if (b.number_pattern !== undefined && b.number_pattern.length > MAX_LENGTH) throw ctx.fail('numberPatternLengthCanBeUp');
    if (b.number_pattern && !compiles(b.number_pattern)) throw invalidPattern({ 0: b.number_pattern });
    if (b.translation !== undefined && b.translation.length > MAX_LENGTH) throw ctx.fail('translationLengthCanBeUpTo');
    await ctx.db.transaction().execute(async (trx) => {
      const seen = await findRule(trx, accountId, routingRuleId);
      if (!seen) throw ctx.fail('routingRuleDoesNotExist');
      await holdScope(trx, accountId, seen.site_id);
      // Read again under the scope's hold: a concurrent move or delete may have changed its order.
      const rule = await findRule(trx, accountId, routingRuleId);
      if (!rule) throw ctx.fail('routingRuleDoesNotExist');
      if (rule.site_id !== seen.site_id) await holdScope(trx, accountId, rule.site_id);
      const type = b.type ?? ruleType(rule.type);
      const groupId = type === 'sip_group' ? (b.sip_group_id || (b.type === undefined || rule.type === 'sip_group' ? rule.sip_group_id : null)) : null;
      if (type === 'sip_group' && !groupId) throw ctx.fail('sipGroupCannotBeNull');
      if (type === 'sip_group' && groupId !== rule.sip_group_id && !(await findSipGroup(trx, accountId, groupId!, SIP_GROUP_PRODUCT))) throw ctx.fail('sipGroupDoesNotExist');
      const changes: RuleChanges = { type, sip_group_id: groupId };
      // A blank name or pattern leaves the rule's own (the add refuses them; the update documents no refusal).
      if (b.name?.trim()) changes.name = b.name;
      if (b.number_pattern) changes.number_pattern = b.number_pattern;
      if (b.translation !== undefined) changes.translation = b.translation === '' ? null : b.translation;
      if (!(await updateRule(trx, accountId, rule.id, changes))) throw ctx.fail('numberPatternAlreadyExists', { 0: b.number_pattern! });
      if (b.order !== undefined) {
        const max = await countScope(trx, accountId, rule.site_id);
        if (b.order < 1 || b.order > max) throw invalidOrder({ max });
        await moveRule(trx, rule, b.order);
      }
    });
    return undefined;
  },

  // DELETE /phone/routing_rules/{routingRuleId}
  async deleteDirectoryBackupRoutingRule(ctx) {
    const store = await ctx.store();
    const { accountId } = store;
    const { routingRuleId } = ctx.params;
    await ctx.db.transaction().execute(async (trx) => {
      const seen = await findRule(trx, accountId, routingRuleId);
      if (!seen) throw ctx.fail('routingRuleDoesNotExist');
      await holdScope(trx, accountId, seen.site_id);
      const rule = await findRule(trx, accountId, routingRuleId);
      if (rule && rule.site_id !== seen.site_id) await holdScope(trx, accountId, rule.site_id);
      if (!rule || !(await deleteRule(trx, rule))) throw ctx.fail('routingRuleDoesNotExist');
    });
    return undefined;
  },
});
