// Handlers of the policies family, keyed by operationId: the phone policies of the
// new policy framework, read and changed at the account, a user group and a user.
// A level reads what the levels above it set, unless it changed the policy itself;
// a lock set above fixes it (rules.ts).
import { defineHandlers, type RequestContext, type ResponseOf } from '../../kit/context.ts';
import type { AccountStore } from '../../kit/store.ts';
import { findUser } from '../users/public.ts';
import { policyLocked } from './errors.ts';
import { isPolicyType, lockAbove, pick, resolve, type PolicyType, type Resolved } from './rules.ts';
import { change, changesOf, findGroup, groupOfUser, resetChange } from './store.ts';
import type { PolicyLevel } from './tables.ts';

type PolicyOps = 'getAccountPolicyDetails' | 'updateAccountPolicy' | 'getUserPolicyDetails' | 'updateUserPolicy' | 'getGroupPolicyDetails' | 'updateGroupPolicy';

/** The path's policy type, or the documented 400 for one the framework does not have. */
function policyTypeOf(ctx: RequestContext<PolicyOps>): PolicyType {
  const type = ctx.params.policyType;
  if (!isPolicyType(type)) throw ctx.fail('invalidValueForParameterPolicyType');
  return type;
}

type Chain = { level: PolicyLevel; id: string }[];

/** The levels a target inherits from, the account first, the target last. */
async function chainOf(store: AccountStore, level: PolicyLevel, id: string): Promise<Chain> {
  const chain: Chain = [{ level: 'account', id: store.accountId }];
  if (level === 'user_group') chain.push({ level, id });
  if (level === 'user') {
    const group = await groupOfUser(store, id);
    if (group) chain.push({ level: 'user_group', id: group });
    chain.push({ level, id });
  }
  return chain;
}

async function resolved(store: AccountStore, type: PolicyType, chain: Chain): Promise<{ policy: Resolved; lockedAbove?: PolicyLevel }> {
  const changes = await changesOf(store, type, chain);
  const withChanges = chain.map(({ level, id }) => ({ level, change: changes.get(`${level}:${id}`) }));
  return { policy: resolve(type, withChanges), lockedAbove: lockAbove(withChanges) };
}

// The value's keys are the policy type's documented fields (rules.ts pick); only the key of
// the one policy type the pages document is known to the types, hence the casts.
const shown = (r: Resolved) => ({ ...r.value, locked: r.locked, locked_by: r.lockedBy });
const accountAnswer = (type: PolicyType, r: Resolved) => ({ [type]: shown(r) }) as ResponseOf<'getAccountPolicyDetails'>;
const levelAnswer = (type: PolicyType, r: Resolved) => ({ [type]: { ...shown(r), modified: r.modified } }) as ResponseOf<'getUserPolicyDetails'> & ResponseOf<'getGroupPolicyDetails'>;

/** The body's change of the path's policy: the object under its name, if the body has one. */
function asked(ctx: RequestContext<'updateAccountPolicy' | 'updateUserPolicy' | 'updateGroupPolicy'>, type: PolicyType): Record<string, unknown> | undefined {
  const body = (ctx.body ?? {}) as Record<string, unknown>;
  const given = body[type];
  return given && typeof given === 'object' ? (given as Record<string, unknown>) : undefined;
}

/**
 * Applies a change to one level in a transaction: a reset drops the level's change, any other
 * sets the fields given; refused when a level above locks the policy (what a reset gives back
 * is the locked value anyway, so a reset is let through).
 */
async function apply(ctx: RequestContext<'updateAccountPolicy' | 'updateUserPolicy' | 'updateGroupPolicy'>, store: AccountStore, type: PolicyType, level: PolicyLevel, id: string, given: Record<string, unknown>): Promise<void> {
  const fields = pick(type, given);
  const locked = level === 'user' || typeof given.locked !== 'boolean' ? undefined : given.locked;
  const reset = given.reset === true;
  if (!reset && !Object.keys(fields).length && locked === undefined) return;
  await ctx.db.transaction().execute(async (trx) => {
    const own = store.on(trx);
    if (reset) return void (await resetChange(own, type, level, id));
    const { lockedAbove } = await resolved(own, type, await chainOf(own, level, id));
    if (lockedAbove) throw policyLocked({ policyType: type, level: lockedAbove });
    await change(own, type, level, id, fields, locked, ctx.clock.now());
  });
}

/** Whether a reset comes with a change of a field (documented: 'Reset cannot be combined with other operations'). */
const resetWithChange = (type: PolicyType, given: Record<string, unknown>) => given.reset !== undefined && Object.keys(pick(type, given)).length > 0;

export const handlers = defineHandlers({
  async getAccountPolicyDetails(ctx) {
    const type = policyTypeOf(ctx);
    const store = await ctx.store();
    const { policy } = await resolved(store, type, await chainOf(store, 'account', store.accountId));
    return accountAnswer(type, policy);
  },

  async updateAccountPolicy(ctx) {
    const type = policyTypeOf(ctx);
    const store = await ctx.store();
    const given = asked(ctx, type);
    if (!given) return;
    if ('reset' in given && 'locked' in given) throw ctx.fail('lockAndResetOperationsCannotBe');
    if ('reset' in given) throw ctx.fail('resetFieldIsNotAllowedAt');
    await apply(ctx, store, type, 'account', store.accountId, given);
  },

  async getUserPolicyDetails(ctx) {
    const type = policyTypeOf(ctx);
    const store = await ctx.store();
    const user = await findUser(ctx.db, store.accountId, ctx.params.userId);
    if (!user) throw ctx.fail('userDoesNotExist', { userId: ctx.params.userId });
    const { policy } = await resolved(store, type, await chainOf(store, 'user', user.id));
    return levelAnswer(type, policy);
  },

  async updateUserPolicy(ctx) {
    const type = policyTypeOf(ctx);
    const store = await ctx.store();
    const user = await findUser(ctx.db, store.accountId, ctx.params.userId);
    if (!user) throw ctx.fail('userDoesNotExist', { userId: ctx.params.userId });
    const given = asked(ctx, type);
    if (!given) return;
    if (resetWithChange(type, given)) throw ctx.fail('resetCannotBeCombinedWithOther');
    await apply(ctx, store, type, 'user', user.id, given);
  },

  async getGroupPolicyDetails(ctx) {
    const type = policyTypeOf(ctx);
    const store = await ctx.store();
    const group = await findGroup(store, ctx.params.groupId);
    if (!group) throw ctx.fail('userGroupDoesNotExist', { groupId: ctx.params.groupId });
    const { policy } = await resolved(store, type, await chainOf(store, 'user_group', group.id));
    return levelAnswer(type, policy);
  },

  async updateGroupPolicy(ctx) {
    const type = policyTypeOf(ctx);
    const store = await ctx.store();
    const group = await findGroup(store, ctx.params.groupId);
    if (!group) throw ctx.fail('userGroupDoesNotExist', { groupId: ctx.params.groupId });
    const given = asked(ctx, type);
    if (!given) return;
    if (given.reset !== undefined && 'locked' in given) throw ctx.fail('lockAndResetOperationsCannotBe');
    if (resetWithChange(type, given)) throw ctx.fail('resetCannotBeCombinedWithOther');
    await apply(ctx, store, type, 'user_group', group.id, given);
  },
});
