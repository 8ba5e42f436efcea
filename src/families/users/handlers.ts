// Zoom Phone users: the people an account has enabled for phone, their extensions,
// sites and calling plans.
import type { HandlerMap, RequestContext } from '../../kit/context.ts';
import { documented } from '../../kit/errors.ts';
import { deepMerge as merge } from '../../kit/merge.ts';
import { consumePlan, planName, planTypeByName, releasePlan } from '../billing/public.ts';
import { allSites, holdSite } from '../sites/public.ts';
import { assignIfFree } from '../numbers/public.ts';
import { claimExtension } from '../extensions/public.ts';
import { isUniqueViolation } from '../../kit/constraints.ts';
import {
  countUsers,
  findUser,
  listUsers,
  lockUsers,
  moveUsersToSite,
  numbersByAssignee,
  plansByUser,
  userPlan,
  type UserRow,
} from './store.ts';
import { MAX_BATCH, activationFor, completeExtension, isExtension } from './rules.ts';

const bad = (message: string) => ({ status: 400, code: 300, message });

async function present(ctx: RequestContext, accountId: string, rows: UserRow[]) {
  const numbers = await numbersByAssignee(ctx.db, accountId, rows.map((r) => r.id));
  const plans = await plansByUser(ctx.db, accountId, rows.map((r) => r.id));
  return rows.map((r) => {
    const data = JSON.parse(r.data || '{}');
    return {
      id: r.id,
      phone_user_id: r.phone_user_id,
      name: r.name,
      email: r.email,
      extension_id: r.extension_id,
      extension_number: r.extension_number === null ? undefined : Number(r.extension_number),
      status: r.status,
      activation_status: data.activation_status ?? activationFor(r.status),
      calling_plans: (plans.get(r.id) ?? []).map((p) => ({
        type: Number(p.type),
        name: p.inventory_name ?? planName(Number(p.type)),
        billing_account_id: p.billing_account_id ?? undefined,
        billing_subscription_id: p.billing_subscription_id ?? p.inventory_subscription_id ?? undefined,
        billing_subscription_name: p.inventory_subscription_name ?? undefined,
      })),
      department: r.department ?? undefined,
      cost_center: r.cost_center ?? undefined,
      phone_numbers: numbers.get(r.id) ?? [],
      site: r.site_id && r.site_name !== null ? { id: r.site_id, name: r.site_name } : undefined,
      site_id: r.site_id ?? undefined,
      site_admin: false,
      emergency_address: data.emergency_address,
      policy: data.policy,
    };
  });
}

const userNotFound = (ctx: RequestContext, userId: string) =>
  documented(ctx, /user does not exist/i, { status: 404, code: 1001, message: 'User does not exist: {userId}.' }, { userId });

async function userOr404(ctx: RequestContext, accountId: string): Promise<UserRow> {
  const row = await findUser(ctx.db, accountId, ctx.params.userId);
  if (!row) throw userNotFound(ctx, ctx.params.userId);
  return row;
}

/** The error every calling-plan write answers for a plan the account cannot give. */
const invalidPlan = (ctx: RequestContext) => documented(ctx, /Invalid field/, bad('Invalid field.'));

export const handlers: HandlerMap = {
  async listPhoneUsers(ctx) {
    const account = await ctx.account();
    const { site_id, status, department, cost_center, keyword, calling_type } = ctx.query;
    const filters = { site_id, status, department, cost_center, keyword, calling_type };
    const page = await ctx.page(
      ctx.query,
      filters,
      (after, limit) => listUsers(ctx.db, account.id, filters, after, limit),
      () => countUsers(ctx.db, account.id, filters),
    );
    const users = await present(ctx, account.id, page.rows);
    return { next_page_token: page.next_page_token, page_size: page.page_size, total_records: page.total_records, users };
  },

  async getAUsersProfile(ctx) {
    const account = await ctx.account();
    const row = await userOr404(ctx, account.id);
    const [user] = await present(ctx, account.id, [row]);
    return user;
  },

  async updateAUsersProfile(ctx) {
    const account = await ctx.account();
    const b = ctx.body ?? {};
    // The user is read, merged and written under its row lock, so concurrent patches
    // of one user apply one after another; the directory decides who gets a number.
    await ctx.db.transaction().execute(async (trx) => {
      const [user] = await lockUsers(trx, account.id, [ctx.params.userId]);
      if (!user) throw userNotFound(ctx, ctx.params.userId);
      const data = JSON.parse(user.data || '{}');
      let siteId = user.site_id;
      let extension = user.extension_number === null ? null : Number(user.extension_number);
      if (b.extension_number !== undefined) {
        if (!isExtension(b.extension_number)) throw documented(ctx, /^Invalid extension/i, bad('Invalid extension number.'));
        extension = Number(b.extension_number);
        const claim = await claimExtension(trx, {
          accountId: account.id, id: user.extension_id, kind: 'user', number: extension, name: user.name, siteId: user.site_id, ownerId: user.id,
        });
        // The page documents no error for a taken extension; 409 is the code Zoom answers
        // extension conflicts with elsewhere (deleteAPhoneSite, updateCommonArea).
        if (!claim.ok) throw documented(ctx, /extension number.*(exist|use)/i, { status: 409, code: 409, message: `Extension number ${extension} is already in use.` });
      }
      if (b.site_id !== undefined && b.site_id !== user.site_id) {
        // Held until this move commits: a delete of the site waits and then moves the user on,
        // or has already deleted it and the move is refused.
        if (!(await holdSite(trx, account.id, b.site_id))) throw documented(ctx, /Site does not exist/, { status: 404, code: 404, message: 'Site does not exist.' });
        siteId = b.site_id;
      }
      if (b.emergency_address_id !== undefined) {
        // The addresses the sandbox knows are the sites' default ones.
        const address = (await allSites(trx, account.id)).map((s) => JSON.parse(s.data).default_emergency_address).find((a) => a?.id === b.emergency_address_id);
        if (!address) throw documented(ctx, /emergency address/i, bad('Emergency address does not exist.'));
        data.emergency_address = address;
      }
      if (b.policy) data.policy = merge(data.policy, b.policy);
      if (b.template_id !== undefined) data.template_id = b.template_id;

      await trx.updateTable('phone_users').set({ extension_number: extension, data: JSON.stringify(data) }).where('account_id', '=', account.id).where('id', '=', user.id).execute();
      if (siteId && siteId !== user.site_id) await moveUsersToSite(trx, account.id, [user.id], siteId);
    });
    return undefined;
  },

  async batchAddUsers(ctx) {
    const account = await ctx.account();
    const entries: any[] = ctx.body?.users ?? [];
    if (entries.length > MAX_BATCH) throw documented(ctx, /User size must be less than/, bad('User size must be less than 10.'));
    if (entries.length === 0) throw documented(ctx, /^Validation Failed\.$/, bad('Validation Failed.'));
    const invalid = () => documented(ctx, /^Validation Failed\.$/, bad('Validation Failed.'));
    const sites = await allSites(ctx.db, account.id);
    const emails = new Set<string>();
    const extensions = new Set<number>();
    const planned = entries.map((e) => {
      if (e.template_name) throw documented(ctx, /Template is invalid/, { status: 404, code: 404, message: 'Template is invalid' });
      const site = sites.find(
        (s) => (e.site_code === undefined || String(s.site_code) === e.site_code) && (e.site_name === undefined || s.name === e.site_name),
      );
      if ((e.site_code === undefined && e.site_name === undefined) || !site) throw invalid();
      if (!isExtension(e.extension_number)) throw invalid();
      const email = String(e.email).toLowerCase();
      const extension = completeExtension(e.extension_number, site.site_code === null ? null : Number(site.site_code));
      if (emails.has(email) || extensions.has(extension)) throw invalid();
      emails.add(email);
      extensions.add(extension);
      const types = (e.calling_plans as string[]).map(planTypeByName);
      if (types.some((t) => t === undefined) || new Set(types).size !== types.length) throw invalid();
      return { e, email, site, extension, types: types as number[] };
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
            data: JSON.stringify({
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
        for (const number of (p.e.phone_numbers ?? []) as string[]) {
          const row = await trx.selectFrom('phone_numbers').select('id').where('account_id', '=', account.id).where('number', '=', number).executeTakeFirst();
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
    const ids: string[] = [...new Set((b.user_ids ?? []) as string[])];
    const unsupported = () => documented(ctx, /Current batch type does not support/, bad('Current batch type does not support, batch type:{0}.'), { 0: String(b.batch_type ?? '') });
    if (!['move_site', 'assign_pending_user', 'activate'].includes(b.batch_type)) throw unsupported();
    if (ids.length === 0 || ids.length > MAX_BATCH) throw documented(ctx, /less than 10/, bad('Validation Failed. You can update 10 users at a time.'));
    await ctx.db.transaction().execute(async (trx) => {
      // Locked, then changed: a concurrent patch of one of them waits instead of being overwritten.
      const users = await lockUsers(trx, account.id, ids);
      const missing = ids.find((k) => !users.some((u) => u.id === k || u.email === k));
      if (missing !== undefined) throw userNotFound(ctx, missing);
      if (b.batch_type === 'move_site') {
        if (!b.site_id || !(await holdSite(trx, account.id, b.site_id))) throw documented(ctx, /Site does not exist/, { status: 404, code: 404, message: 'Site does not exist.' });
        await moveUsersToSite(trx, account.id, users.map((u) => u.id), b.site_id);
        return;
      }
      const status = b.batch_type === 'activate' ? (b.activation_status ?? 'activate') : 'activate';
      for (const u of users) {
        const data = JSON.parse(u.data || '{}');
        data.activation_status = activationFor(status);
        await trx.updateTable('phone_users').set({ status, data: JSON.stringify(data) }).where('account_id', '=', account.id).where('id', '=', u.id).execute();
      }
    });
    return undefined;
  },

  async assignCallingPlanToAUser(ctx) {
    const account = await ctx.account();
    const user = await userOr404(ctx, account.id);
    const wanted = (ctx.body?.calling_plans ?? []) as { type?: number; billing_account_id?: string; billing_subscription_id?: string }[];
    if (wanted.length === 0 || wanted.some((p) => p.type === undefined)) throw invalidPlan(ctx);
    if (new Set(wanted.map((p) => p.type)).size !== wanted.length) throw invalidPlan(ctx);
    const now = ctx.clock.now();
    await ctx.db.transaction().execute(async (trx) => {
      for (const p of wanted) {
        const type = p.type!;
        if (await userPlan(trx, account.id, user.id, type)) throw invalidPlan(ctx);
        if (p.billing_account_id) {
          const known = await trx.selectFrom('billing_accounts').select('id').where('account_id', '=', account.id).where('id', '=', p.billing_account_id).executeTakeFirst();
          if (!known) throw invalidPlan(ctx);
        }
        // No plan of this type left, or none ever bought: the conditional update takes nothing.
        if (!(await consumePlan(trx, account.id, type))) throw invalidPlan(ctx);
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
      if (!held) throw documented(ctx, /did not subscribe to the source plan/, { status: 400, code: 404, message: 'User did not subscribe to the source plan.' });
      if (source === target) return;
      if (await userPlan(trx, account.id, user.id, target)) throw invalidPlan(ctx);
      if (!(await consumePlan(trx, account.id, target))) throw invalidPlan(ctx);
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
      if (Number(res.numDeletedRows) !== 1) throw invalidPlan(ctx);
      await releasePlan(trx, account.id, type);
    });
    return undefined;
  },
};
