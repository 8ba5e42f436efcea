// Zoom Phone users: the people an account has enabled for phone, their extensions,
// sites and calling plans.
import { defineHandlers, type RequestContext, type ResponseOf } from '../../kit/context.ts';
import { deepMerge as merge } from '../../kit/merge.ts';
import { consumePlan, findBillingAccount, planTypeByName, releasePlan } from '../billing/public.ts';
import { allSites, findDefaultEmergencyAddress, holdSite } from '../sites/public.ts';
import { assignIfFree, findNumberByE164 } from '../numbers/public.ts';
import { claimExtension } from '../extensions/public.ts';
import { isUniqueViolation } from '../../kit/constraints.ts';
import {
  countUsers,
  findUser,
  listUsers,
  lockUsers,
  moveUsersToSite,
  parseUserData,
  userDataJson,
  userPlan,
  type UserRow,
} from './store.ts';
import { listedUsers, userProfile } from './present.ts';
import {
  batchUserNotFound,
  callingPlanRefused,
  emergencyAddressNotFound,
  extensionNumberInUse,
  invalidExtensionNumber,
  siteNotFound,
  tooManyUsersToUpdate,
  type Fails,
} from './errors.ts';
import { MAX_BATCH, activationFor, completeExtension, isExtension } from './rules.ts';

/** The operations under /phone/users/{userId} that document 1001 for an unknown user. */
type UserPath = Pick<RequestContext, 'db'> & Fails<'userDoesNotExist'> & { params: { userId: string } };

async function userOr404(ctx: UserPath, accountId: string): Promise<UserRow> {
  const { userId } = ctx.params;
  const row = await findUser(ctx.db, accountId, userId);
  if (!row) throw ctx.fail('userDoesNotExist', { userId });
  return row;
}

export const handlers = defineHandlers({
  async listPhoneUsers(ctx): Promise<ResponseOf<'listPhoneUsers'>> {
    const account = await ctx.account();
    const { site_id, status, department, cost_center, keyword, calling_type } = ctx.query;
    const filters = { site_id, status, department, cost_center, keyword, calling_type };
    return ctx.list({
      items: 'users',
      filters,
      fetch: (after, limit) => listUsers(ctx.db, account.id, filters, after, limit),
      count: () => countUsers(ctx.db, account.id, filters),
      present: (rows) => listedUsers(ctx.db, account.id, rows),
    });
  },

  async getAUsersProfile(ctx) {
    const account = await ctx.account();
    return userProfile(ctx.db, account.id, await userOr404(ctx, account.id));
  },

  async updateAUsersProfile(ctx) {
    const account = await ctx.account();
    const b = ctx.body ?? {};
    // The user is read, merged and written under its row lock, so concurrent patches
    // of one user apply one after another; the directory decides who gets a number.
    await ctx.db.transaction().execute(async (trx) => {
      const [user] = await lockUsers(trx, account.id, [ctx.params.userId]);
      if (!user) throw ctx.fail('userDoesNotExist', { userId: ctx.params.userId });
      const data = parseUserData(user);
      let siteId = user.site_id;
      let extension = user.extension_number === null ? null : Number(user.extension_number);
      if (b.extension_number !== undefined) {
        if (!isExtension(b.extension_number)) throw invalidExtensionNumber();
        extension = Number(b.extension_number);
        const claim = await claimExtension(trx, {
          accountId: account.id, id: user.extension_id, kind: 'user', number: extension, name: user.name, siteId: user.site_id, ownerId: user.id,
        });
        if (!claim.ok) throw extensionNumberInUse({ extension });
      }
      if (b.site_id !== undefined && b.site_id !== user.site_id) {
        // Held until this move commits: a delete of the site waits and then moves the user on,
        // or has already deleted it and the move is refused.
        if (!(await holdSite(trx, account.id, b.site_id))) throw siteNotFound();
        siteId = b.site_id;
      }
      if (b.emergency_address_id !== undefined) {
        const address = await findDefaultEmergencyAddress(trx, account.id, b.emergency_address_id);
        if (!address) throw emergencyAddressNotFound();
        data.emergency_address = address;
      }
      if (b.policy) data.policy = merge(data.policy, b.policy);
      if (b.template_id !== undefined) data.template_id = b.template_id;

      await trx.updateTable('phone_users').set({ extension_number: extension, data: userDataJson(data) }).where('account_id', '=', account.id).where('id', '=', user.id).execute();
      if (siteId && siteId !== user.site_id) await moveUsersToSite(trx, account.id, [user.id], siteId);
    });
    return undefined;
  },

  async batchAddUsers(ctx): Promise<ResponseOf<'batchAddUsers'>> {
    const account = await ctx.account();
    const entries = ctx.body?.users ?? [];
    if (entries.length > MAX_BATCH) throw ctx.fail('userSizeMustBeLessThan');
    const invalid = () => ctx.fail('validationFailed');
    if (entries.length === 0) throw invalid();
    const sites = await allSites(ctx.db, account.id);
    const emails = new Set<string>();
    const extensions = new Set<number>();
    const planned = entries.map((e) => {
      if (e.template_name) throw ctx.fail('templateIsInvalid');
      const site = sites.find(
        (s) => (e.site_code === undefined || String(s.site_code) === e.site_code) && (e.site_name === undefined || s.name === e.site_name),
      );
      if ((e.site_code === undefined && e.site_name === undefined) || !site) throw invalid();
      if (!isExtension(e.extension_number)) throw invalid();
      const email = e.email.toLowerCase();
      const extension = completeExtension(e.extension_number, site.site_code === null ? null : Number(site.site_code));
      if (emails.has(email) || extensions.has(extension)) throw invalid();
      emails.add(email);
      extensions.add(extension);
      const types = e.calling_plans.map(planTypeByName).filter((t) => t !== undefined);
      if (types.length !== e.calling_plans.length || new Set(types).size !== types.length) throw invalid();
      return { e, email, site, extension, types };
    });

    const now = ctx.clock.now();
    const added = ctx.db.transaction().execute(async (trx) => {
      const out: { id: string; email: string }[] = [];
      // The sites stay until the users are on them (a concurrent delete waits, then moves them on).
      for (const siteId of new Set(planned.map((p) => p.site.id))) if (!(await holdSite(trx, account.id, siteId))) throw invalid();
      for (const p of planned) {
        if (await findUser(trx, account.id, p.email)) throw invalid();
        const id = ctx.ids.next();
        const extensionId = ctx.ids.next();
        const status = p.e.activation_status ?? 'activate';
        const name = [p.e.first_name, p.e.last_name].filter(Boolean).join(' ') || p.email.split('@')[0];
        const claim = await claimExtension(trx, { accountId: account.id, id: extensionId, kind: 'user', number: p.extension, name, siteId: p.site.id, ownerId: id });
        if (!claim.ok) throw invalid();
        await trx
          .insertInto('phone_users')
          .values({
            id,
            account_id: account.id,
            email: p.email,
            name,
            site_id: p.site.id,
            extension_id: extensionId,
            extension_number: p.extension,
            phone_user_id: ctx.ids.next(),
            status,
            department: null,
            cost_center: null,
            data: userDataJson({
              activation_status: activationFor(status),
              outbound_caller_id: p.e.outbound_caller_id,
              select_outbound_caller_id: p.e.select_outbound_caller_id,
              desk_phones: p.e.desk_phones,
              policy: p.e.sms === undefined ? undefined : { sms: { enable: p.e.sms } },
            }),
            created_at: now,
          })
          .execute();
        for (const type of p.types) {
          if (!(await consumePlan(trx, account.id, type))) throw invalid();
          await trx.insertInto('phone_user_calling_plans').values({ account_id: account.id, user_id: id, type, billing_account_id: null, billing_subscription_id: null, created_at: now }).execute();
        }
        for (const number of p.e.phone_numbers ?? []) {
          const row = await findNumberByE164(trx, account.id, number);
          if (!row || !(await assignIfFree(trx, account.id, row.id, 'User', id, p.site.id))) throw invalid();
        }
        out.push({ id, email: p.email });
      }
      return out;
    });
    // A user of the same email added by a concurrent batch after our check: the unique index refused ours.
    return added.catch((err) => {
      throw isUniqueViolation(err) ? invalid() : err;
    });
  },

  async updateMultipleUsersPropertiesInBatch(ctx) {
    const account = await ctx.account();
    const b = ctx.body ?? {};
    const ids = [...new Set(b.user_ids ?? [])];
    // The contract's enum refuses any other batch_type before the handler; left out, there is none to do.
    if (b.batch_type === undefined) throw ctx.fail('currentBatchTypeDoesNotSupport', { 0: '' });
    if (ids.length === 0 || ids.length > MAX_BATCH) throw tooManyUsersToUpdate();
    await ctx.db.transaction().execute(async (trx) => {
      // Locked, then changed: a concurrent patch of one of them waits instead of being overwritten.
      const users = await lockUsers(trx, account.id, ids);
      const missing = ids.find((k) => !users.some((u) => u.id === k || u.email === k));
      if (missing !== undefined) throw batchUserNotFound({ userId: missing });
      if (b.batch_type === 'move_site') {
        if (!b.site_id || !(await holdSite(trx, account.id, b.site_id))) throw siteNotFound();
        await moveUsersToSite(trx, account.id, users.map((u) => u.id), b.site_id);
        return;
      }
      const status = b.batch_type === 'activate' ? (b.activation_status ?? 'activate') : 'activate';
      for (const u of users) {
        const data = parseUserData(u);
        data.activation_status = activationFor(status);
        await trx.updateTable('phone_users').set({ status, data: userDataJson(data) }).where('account_id', '=', account.id).where('id', '=', u.id).execute();
      }
    });
    return undefined;
  },

  async assignCallingPlanToAUser(ctx) {
    const account = await ctx.account();
    const user = await userOr404(ctx, account.id);
    const asked = ctx.body?.calling_plans ?? [];
    // Every plan names its type: one without is refused with the rest.
    const wanted = asked.flatMap(({ type, ...p }) => (type === undefined ? [] : [{ ...p, type }]));
    const invalid = () => ctx.fail('invalidUserIdInvalidField');
    if (wanted.length === 0 || wanted.length !== asked.length) throw invalid();
    if (new Set(wanted.map((p) => p.type)).size !== wanted.length) throw invalid();
    const now = ctx.clock.now();
    await ctx.db.transaction().execute(async (trx) => {
      for (const p of wanted) {
        const { type } = p;
        if (await userPlan(trx, account.id, user.id, type)) throw invalid();
        if (p.billing_account_id) {
          const known = await findBillingAccount(trx, account.id, p.billing_account_id);
          if (!known) throw invalid();
        }
        // No plan of this type left, or none ever bought: the conditional update takes nothing.
        if (!(await consumePlan(trx, account.id, type))) throw invalid();
        await trx
          .insertInto('phone_user_calling_plans')
          .values({ account_id: account.id, user_id: user.id, type, billing_account_id: p.billing_account_id ?? null, billing_subscription_id: p.billing_subscription_id ?? null, created_at: now })
          .execute();
      }
    });
    return undefined;
  },

  async updateUsersCallingPlan(ctx) {
    const account = await ctx.account();
    const user = await userOr404(ctx, account.id);
    const { source_type: source, target_type: target } = ctx.body;
    await ctx.db.transaction().execute(async (trx) => {
      const held = await userPlan(trx, account.id, user.id, source);
      if (!held) throw ctx.fail('userDidNotSubscribeToThe');
      if (source === target) return;
      if (await userPlan(trx, account.id, user.id, target)) throw callingPlanRefused();
      if (!(await consumePlan(trx, account.id, target))) throw callingPlanRefused();
      await releasePlan(trx, account.id, source);
      await trx
        .updateTable('phone_user_calling_plans')
        .set({ type: target, billing_subscription_id: ctx.body.target_billing_subscription_id ?? null })
        .where('account_id', '=', account.id)
        .where('seq', '=', held.seq)
        .execute();
    });
    return undefined;
  },

  async unassignUsersCallingPlan(ctx) {
    const account = await ctx.account();
    const user = await userOr404(ctx, account.id);
    const type = /^\d+$/.test(ctx.params.planType) ? Number(ctx.params.planType) : NaN;
    await ctx.db.transaction().execute(async (trx) => {
      const res = Number.isNaN(type)
        ? { numDeletedRows: 0n }
        : await trx.deleteFrom('phone_user_calling_plans').where('account_id', '=', account.id).where('user_id', '=', user.id).where('type', '=', type).executeTakeFirst();
      if (Number(res.numDeletedRows) !== 1) throw ctx.fail('invalidField');
      await releasePlan(trx, account.id, type);
    });
    return undefined;
  },
});
