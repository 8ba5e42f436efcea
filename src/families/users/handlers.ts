// Zoom Phone users: the people an account has enabled for phone, their extensions,
// sites and calling plans.
import { findSettingTemplate } from '../setting-templates/public.ts';
import { defineHandlers, type ResponseOf } from '../../kit/context.ts';
import type { AccountStore } from '../../kit/store.ts';
import { consumePlan, findBillingAccount, planTypeByName, releasePlan } from '../billing/public.ts';
import {
  allSites,
  applyPolicyPatch,
  consentProblem,
  findSite,
  forwardExtensionId,
  lockedAbove,
  settingLocked,
  withoutLocked,
  forwardTarget,
  holdSite,
  siteTerms,
  type Json,
} from '../sites/public.ts';
import { assignIfFree, findNumberByE164 } from '../numbers/public.ts';
import { findEmergencyAddress, shownAddress } from '../emergency-addresses/public.ts';
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
import { inheritedPolicy } from './policy.ts';
import {
  batchUserNotFound,
  callingPlanRefused,
  emergencyAddressNotFound,
  extensionNotComplete,
  extensionNumberInUse,
  forwardExtensionNotFound,
  invalidExtensionNumber,
  moveSiteNeedsSiteId,
  siteNotFound,
  templateNotFound,
  tooManyUsersToUpdate,
  type Fails,
} from './errors.ts';
import type { UserData } from './tables.ts';
import { MAX_BATCH, activationFor, completeExtension, isCompleteExtension, isExtension } from './rules.ts';

/** A desk phone's MAC address however it is written: "80-5e-c0-3d-eb-c4", "80:5E:C0:3D:EB:C4". */
const macKey = (mac: string) => mac.toLowerCase().replace(/[^0-9a-f]/g, '');

/** The operations under /phone/users/{userId} that document 1001 for an unknown user. */
type UserPath = Fails<'userDoesNotExist'> & { params: { userId: string } };

/**
 * "For user-level apps, pass the `me` value": the sandbox's apps are Server-to-Server
 * apps, which act for an account and not for one of its users, so `me` names no user.
 */
function notMe(ctx: Fails<'invalidUserId'> & { params: { userId: string } }): void {
  if (ctx.params.userId === 'me') throw ctx.fail('invalidUserId');
}

async function userOr404(ctx: UserPath, store: AccountStore): Promise<UserRow> {
  const { userId } = ctx.params;
  const row = await findUser(store.db, store.accountId, userId);
  if (!row) throw ctx.fail('userDoesNotExist', { userId });
  return row;
}

export const handlers = defineHandlers({
  async listPhoneUsers(ctx): Promise<ResponseOf<'listPhoneUsers'>> {
    const store = await ctx.store();
    const { site_id, status, department, cost_center, keyword, calling_type } = ctx.query;
    const filters = { site_id, status, department, cost_center, keyword, calling_type };
    return ctx.list({
      items: 'users',
      filters,
      fetch: (after, limit) => listUsers(store, filters, after, limit),
      count: () => countUsers(store, filters),
      present: (rows) => listedUsers(store, rows),
    });
  },

  async getAUsersProfile(ctx) {
    notMe(ctx);
    const store = await ctx.store();
    return userProfile(store, await userOr404(ctx, store));
  },

  async updateAUsersProfile(ctx) {
    notMe(ctx);
    const store = await ctx.store();
    const b = ctx.body ?? {};
    // The user is read, merged and written under its row lock, so concurrent patches
    // of one user apply one after another; the directory decides who gets a number.
    await ctx.db.transaction().execute(async (trx) => {
      const users = store.on(trx);
      const [user] = await lockUsers(users, [ctx.params.userId]);
      if (!user) throw ctx.fail('userDoesNotExist', { userId: ctx.params.userId });
      const data = parseUserData(user);
      let site = user.site_id ? await findSite(trx, store.accountId, user.site_id) : undefined;
      if (b.site_id !== undefined && b.site_id !== user.site_id) {
        // Held until this move commits: a delete of the site waits and then moves the user on,
        // or has already deleted it and the move is refused.
        site = await holdSite(trx, store.accountId, b.site_id);
        if (!site) throw siteNotFound();
      }
      let extension = user.extension_number === null ? null : Number(user.extension_number);
      if (b.extension_number !== undefined) {
        if (!isExtension(b.extension_number)) throw invalidExtensionNumber();
        // "The number must be complete (i.e. site number + short extension)", on the site the user ends up on.
        const terms = site && siteTerms(site);
        if (terms && !isCompleteExtension(b.extension_number, terms.siteCode, terms.shortLength)) {
          throw extensionNotComplete({ siteCode: terms.siteCode ?? 'none', length: terms.shortLength });
        }
        extension = Number(b.extension_number);
        const claim = await claimExtension(trx, {
          accountId: store.accountId, id: user.extension_id, kind: 'user', number: extension, name: user.name, siteId: user.site_id, ownerId: user.id,
        });
        if (!claim.ok) throw extensionNumberInUse({ extension });
      }
      if (b.emergency_address_id !== undefined) {
        // A company address of the account, or one of the user's own personal addresses (not another user's).
        const address = await findEmergencyAddress(trx, store.accountId, b.emergency_address_id);
        if (!address || (address.level === 1 && address.owner_id !== user.id)) throw emergencyAddressNotFound();
        data.emergency_address = shownAddress(address);
      }
      // "The template ID has precedence and the policy will be ignored"; the template is a user template
      // of the site the user ends up on ("look for the template site with the value of the site_id field").
      let templatePolicy: Json | undefined;
      if (b.template_id !== undefined) {
        const template = await findSettingTemplate(trx, store.accountId, b.template_id);
        if (!template || template.type !== 'user' || (template.siteId !== null && template.siteId !== (site?.id ?? null))) throw templateNotFound();
        templatePolicy = template.settings.policy ?? {};
      }
      if (templatePolicy ?? b.policy) {
        // A setting locked above the user (by the account or its site) is not the user's to change:
        // a template applies what it may, a policy that names one is refused.
        const inherited = await inheritedPolicy(trx, store.accountId, site);
        const patch = templatePolicy ? withoutLocked(inherited, templatePolicy) : (b.policy as Json);
        const locked = lockedAbove(inherited, patch);
        if (locked) throw settingLocked(locked);
        const consent = consentProblem(patch);
        if (consent) throw ctx.fail(consent === 'recording_start_prompt' ? 'youDoNotEnableOpFlag' : 'youDoNotEnableOpFlag13800');
        const forward = forwardExtensionId(patch);
        if (forward !== undefined && !(await forwardTarget(trx, store.accountId, forward))) throw forwardExtensionNotFound({ extension_id: forward });
        data.policy = applyPolicyPatch(data.policy as Json | undefined, patch) as UserData['policy'];
      }

      await users.patch('phone_users', { id: user.id }, { extension_number: extension, data: userDataJson(data) });
      if (site && site.id !== user.site_id) await moveUsersToSite(users, [user.id], site.id);
    });
    return undefined;
  },

  async batchAddUsers(ctx): Promise<ResponseOf<'batchAddUsers'>> {
    const store = await ctx.store();
    const entries = ctx.body?.users ?? [];
    if (entries.length > MAX_BATCH) throw ctx.fail('userSizeMustBeLessThan');
    const invalid = () => ctx.fail('validationFailed');
    if (entries.length === 0) throw invalid();
    const sites = await allSites(store.db, store.accountId);
    const emails = new Set<string>();
    const extensions = new Set<number>();
    const planned = entries.map((e) => {
      if (e.template_name) throw ctx.fail('templateIsInvalid');
      const site = sites.find(
        (s) => (e.site_code === undefined || String(s.site_code) === e.site_code) && (e.site_name === undefined || s.name === e.site_name),
      );
      if ((e.site_code === undefined && e.site_name === undefined) || !site) throw invalid();
      // "Do not include the site code in an extension number": the short extension, of the site's length.
      if (!isExtension(e.extension_number) || e.extension_number.length !== siteTerms(site).shortLength) throw invalid();
      // "Required: brand, model, and MAC address of each desk phone."
      if ((e.desk_phones ?? []).some((d) => !d.brand || !d.model || !d.mac)) throw invalid();
      const email = e.email.toLowerCase();
      const extension = completeExtension(e.extension_number, site.site_code === null ? null : Number(site.site_code));
      if (emails.has(email) || extensions.has(extension)) throw invalid();
      emails.add(email);
      extensions.add(extension);
      const types = e.calling_plans.map(planTypeByName).filter((t) => t !== undefined);
      if (types.length !== e.calling_plans.length || new Set(types).size !== types.length) throw invalid();
      return { e, email, site, extension, types };
    });
    // "All users must belong to the same site if a desk phone is assigned to multiple users."
    const phoneSites = new Map<string, string>();
    for (const p of planned) {
      for (const d of p.e.desk_phones ?? []) {
        const mac = macKey(d.mac!);
        if ((phoneSites.get(mac) ?? p.site.id) !== p.site.id) throw invalid();
        phoneSites.set(mac, p.site.id);
      }
    }
    // "You can set an extension's phone number or any company number as the outbound caller ID": a number of the account.
    for (const p of planned) {
      const callerId = p.e.outbound_caller_id;
      if (callerId && !(await findNumberByE164(store.db, store.accountId, callerId))) throw invalid();
    }

    const now = ctx.clock.now();
    const added = ctx.db.transaction().execute(async (trx) => {
      const users = store.on(trx);
      const out: { id: string; email: string }[] = [];
      // The sites stay until the users are on them (a concurrent delete waits, then moves them on).
      for (const siteId of new Set(planned.map((p) => p.site.id))) if (!(await holdSite(trx, store.accountId, siteId))) throw invalid();
      for (const p of planned) {
        if (await findUser(users.db, users.accountId, p.email)) throw invalid();
        const id = ctx.ids.next();
        const extensionId = ctx.ids.next();
        const status = p.e.activation_status ?? 'activate';
        const name = [p.e.first_name, p.e.last_name].filter(Boolean).join(' ') || p.email.split('@')[0];
        const claim = await claimExtension(trx, { accountId: store.accountId, id: extensionId, kind: 'user', number: p.extension, name, siteId: p.site.id, ownerId: id });
        if (!claim.ok) throw invalid();
        await users.insert('phone_users', {
          id,
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
        });
        for (const type of p.types) {
          if (!(await consumePlan(trx, store.accountId, type))) throw invalid();
          await users.insert('phone_user_calling_plans', { user_id: id, type, billing_account_id: null, billing_subscription_id: null, created_at: now });
        }
        for (const number of p.e.phone_numbers ?? []) {
          const row = await findNumberByE164(trx, store.accountId, number);
          if (!row || !(await assignIfFree(trx, store.accountId, row.id, 'User', id, p.site.id))) throw invalid();
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
    const store = await ctx.store();
    const b = ctx.body ?? {};
    const ids = [...new Set(b.user_ids ?? [])];
    // The contract's enum refuses any other batch_type before the handler; left out, there is none to do.
    if (b.batch_type === undefined) throw ctx.fail('currentBatchTypeDoesNotSupport', { 0: '' });
    if (ids.length === 0 || ids.length > MAX_BATCH) throw tooManyUsersToUpdate();
    if (b.batch_type === 'move_site' && !b.site_id) throw moveSiteNeedsSiteId();
    await ctx.db.transaction().execute(async (trx) => {
      const users = store.on(trx);
      // Locked, then changed: a concurrent patch of one of them waits instead of being overwritten.
      const locked = await lockUsers(users, ids);
      const missing = ids.find((k) => !locked.some((u) => u.id === k || u.email === k.toLowerCase()));
      if (missing !== undefined) throw batchUserNotFound({ userId: missing });
      if (b.batch_type === 'move_site') {
        if (!(await holdSite(trx, store.accountId, b.site_id!))) throw siteNotFound();
        await moveUsersToSite(users, locked.map((u) => u.id), b.site_id!);
        return;
      }
      if (b.batch_type === 'assign_pending_user') {
        // "The Zoom Phone feature of the Zoom One license cannot be supported for users assigned to India sites."
        const india = new Set((await allSites(trx, store.accountId)).filter((site) => siteTerms(site).country === 'IN').map((site) => site.id));
        if (locked.some((u) => u.site_id && india.has(u.site_id))) throw ctx.fail('zoomPhoneFeatureOfTheZoom');
      }
      const status = b.batch_type === 'activate' ? (b.activation_status ?? 'activate') : 'activate';
      for (const u of locked) {
        const data = parseUserData(u);
        data.activation_status = activationFor(status);
        await users.patch('phone_users', { id: u.id }, { status, data: userDataJson(data) });
      }
    });
    return undefined;
  },

  async assignCallingPlanToAUser(ctx) {
    notMe(ctx);
    const store = await ctx.store();
    const user = await userOr404(ctx, store);
    const asked = ctx.body?.calling_plans ?? [];
    // Every plan names its type: one without is refused with the rest.
    const wanted = asked.flatMap(({ type, ...p }) => (type === undefined ? [] : [{ ...p, type }]));
    const invalid = () => ctx.fail('invalidField');
    if (wanted.length === 0 || wanted.length !== asked.length) throw invalid();
    if (new Set(wanted.map((p) => p.type)).size !== wanted.length) throw invalid();
    // "The billing account ID. If the user is located in India, this field is required."
    const site = user.site_id ? await findSite(store.db, store.accountId, user.site_id) : undefined;
    if (site && siteTerms(site).country === 'IN' && wanted.some((p) => !p.billing_account_id)) throw invalid();
    const now = ctx.clock.now();
    await ctx.db.transaction().execute(async (trx) => {
      const users = store.on(trx);
      for (const p of wanted) {
        const { type } = p;
        if (await userPlan(users, user.id, type)) throw invalid();
        if (p.billing_account_id) {
          const known = await findBillingAccount(trx, store.accountId, p.billing_account_id);
          if (!known) throw invalid();
        }
        // No plan of this type left, or none ever bought: the conditional update takes nothing.
        if (!(await consumePlan(trx, store.accountId, type))) throw invalid();
        await users.insert('phone_user_calling_plans', {
          user_id: user.id,
          type,
          billing_account_id: p.billing_account_id ?? null,
          billing_subscription_id: p.billing_subscription_id ?? null,
          created_at: now,
        });
      }
    });
    return undefined;
  },

  async updateUsersCallingPlan(ctx) {
    const store = await ctx.store();
    const user = await userOr404(ctx, store);
    const { source_type: source, target_type: target } = ctx.body;
    await ctx.db.transaction().execute(async (trx) => {
      const users = store.on(trx);
      const held = await userPlan(users, user.id, source);
      if (!held) throw ctx.fail('userDidNotSubscribeToThe');
      if (source === target) return;
      if (await userPlan(users, user.id, target)) throw callingPlanRefused();
      if (!(await consumePlan(trx, store.accountId, target))) throw callingPlanRefused();
      await releasePlan(trx, store.accountId, source);
      await users.patch('phone_user_calling_plans', { seq: held.seq }, { type: target, billing_subscription_id: ctx.body.target_billing_subscription_id ?? null });
    });
    return undefined;
  },

  async unassignUsersCallingPlan(ctx) {
    notMe(ctx);
    const store = await ctx.store();
    const user = await userOr404(ctx, store);
    const type = /^\d+$/.test(ctx.params.planType) ? Number(ctx.params.planType) : NaN;
    await ctx.db.transaction().execute(async (trx) => {
      const removed = Number.isNaN(type) ? 0 : await store.on(trx).remove('phone_user_calling_plans', { user_id: user.id, type });
      if (removed !== 1) throw ctx.fail('invalidField');
      await releasePlan(trx, store.accountId, type);
    });
    return undefined;
  },
});
