// Handlers of the common-areas family, keyed by operationId. A common area is an
// extension of the account's one directory (kind 'commonArea'): its number is the
// account's once, whoever else holds extensions. Its phone numbers are the numbers
// family's rows assigned to it and its calling plans are taken from billing's
// inventory: the same single inventory users draw from.
import { defineHandlers, type RequestContext } from '../../kit/context.ts';
import type { AccountStore } from '../../kit/store.ts';
import { completeExtension, extensionBlock, isTimezone } from '../../kit/extension-numbers.ts';
import { isRecord } from '../../kit/merge.ts';
import { claimExtension, claimFirstFreeExtension, describeExtension, extensionById, extensionsOfOwners, releaseExtensions } from '../extensions/public.ts';
import { assignNumbersTo, followAssignees, phoneNumbersByKey, releaseNumberOf, unassignAllOf } from '../numbers/public.ts';
import { consumePlan, findBillingAccount, releasePlan } from '../billing/public.ts';
import { assignDeskPhone, deskPhonesOf, setHotDesking, unassignDeskPhone } from '../phone-devices/public.ts';
import { allSites, applyPolicyPatch, findSite, holdSite, lockedAbove, policyOfSite, settingLocked, siteTerms, type Json, type SiteRow } from '../sites/public.ts';
import { findEmergencyAddress } from '../emergency-addresses/public.ts';
import {
  about,
  areasRequired,
  billingAccountRefused,
  deviceNotFound,
  holidayNotFound,
  noAreas,
  noNumbers,
  noPlans,
  numberNotFound,
  numberNotHeld,
  numberTaken,
  pinAreaNotFound,
  planHeld,
  planNotHeld,
  planUnavailable,
  settingInvalid,
  templateNotFound,
  unknownSettingType,
  updateInvalid,
} from './errors.ts';
import {
  ACTIVATION_CODE_TTL_MS,
  activationCode,
  ALWAYS_OPEN,
  AREAS_PER_REQUEST,
  ASSIGNEE_TYPE,
  customDayProblem,
  displayNameOk,
  HOLIDAYS_PER_REQUEST,
  holidayInstant,
  isoSeconds,
  isSupportedCountry,
  MIN_NAME_LENGTH,
  PIN_MAX,
  PIN_MIN,
  pinProblem,
  settingType,
  type CustomHours,
} from './rules.ts';
import { areasByKeys, deleteAreaRows, findArea, holidaysOf, insertPlan, pageWithCodes, plansOf, type AreaRow } from './store.ts';
import { detailed, listed, neighbours, phonesOf, policyPatch } from './present.ts';
import { findSettingTemplate, type SettingTemplate } from '../setting-templates/public.ts';

type Db = RequestContext['db'];

/** addCommonAreaSetting desk_phone: phone-devices' refusals, in words. */
const DESK_PHONE_REFUSED = {
  site: "The desk phone's assignees are on another site: all assignees of a desk phone belong to the same site.",
  limit: 'The desk phone cannot take another assignee.',
} as const;

/** The site a common area without site_id goes to: the account's main site (the only one, without multiple sites). */
async function mainSiteId(db: Db, accountId: string): Promise<string | undefined> {
  const sites = await allSites(db, accountId);
  return (sites.find((s) => s.main_site === 1) ?? sites[0])?.id;
}

const holidayItem = (h: { id: string; name: string; starts_at: string; ends_at: string }) => ({ holiday_id: h.id, name: h.name, from: h.starts_at, to: h.ends_at });

interface PlanAsked {
  type: number;
  billing_account_id?: string;
  billing_subscription_id?: string;
}

/**
 * Gives the common area these plans, each taken from the account's inventory (the
 * conditional update decides the last one). Run in the caller's transaction: a refusal
 * rolls back every plan of the request.
 */
async function givePlans(store: AccountStore, area: AreaRow, site: SiteRow | undefined, asked: PlanAsked[], now: number): Promise<void> {
  const india = site !== undefined && siteTerms(site).country === 'IN';
  for (const p of asked) {
    // "The billing account ID. If the user is in India, the field is required."
    if (india && !p.billing_account_id) throw billingAccountRefused({ billing_account_id: '' });
    if (p.billing_account_id && !(await findBillingAccount(store.db, store.accountId, p.billing_account_id))) {
      throw billingAccountRefused({ billing_account_id: p.billing_account_id });
    }
    const added = await insertPlan(store, {
      common_area_id: area.id,
      type: p.type,
      billing_account_id: p.billing_account_id ?? null,
      billing_subscription_id: p.billing_subscription_id ?? null,
      created_at: now,
    });
    if (!added) throw planHeld({ type: p.type });
    if (!(await consumePlan(store.db, store.accountId, p.type))) throw planUnavailable({ type: p.type });
  }
}

/** A setting template of the common area type, or undefined when the account has none of that id. */
async function areaTemplate(db: Db, accountId: string, id: string): Promise<SettingTemplate | undefined> {
  const template = await findSettingTemplate(db, accountId, id);
  return template?.type === 'commonArea' ? template : undefined;
}

/** A template of no site serves every site; one of a site, that site's common areas. */
const sameSite = (template: SettingTemplate, siteId: string | null) => template.siteId === null || template.siteId === siteId;

/** The common area's policy changes with the template's policy applied over them. */
const templatePolicy = (template: SettingTemplate, kept: Json): Json => applyPolicyPatch(kept, policyPatch((template.settings.policy ?? {}) as Json));

/** "You can add up to 50 common areas at a time." */
const AREAS_PER_TEMPLATE = 50;

export const handlers = defineHandlers({
  async applyTemplateToCommonAreas(ctx) {
    const store = await ctx.store();
    const keys = [...new Set(ctx.body?.common_area_ids ?? [])];
    if (keys.length > AREAS_PER_TEMPLATE) throw ctx.fail('commonAreaSizeMustBeLess');
    if (keys.length === 0) throw areasRequired();
    await ctx.db.transaction().execute(async (trx) => {
      const template = await areaTemplate(trx, store.accountId, ctx.params.templateId);
      if (!template) throw templateNotFound({ templateId: ctx.params.templateId });
      const areas = store.on(trx);
      // Each area is locked while its policy takes the template's: all of them or none.
      const rows: AreaRow[] = [];
      for (const key of keys) {
        const row = await findArea(areas, key, 'noKeyUpdate');
        if (!row) throw ctx.fail('commonAreaDoesNotExist', { commonAreaId: key });
        if (!sameSite(template, row.site_id)) throw ctx.fail('templatesSiteIsNotTheSame');
        if (!rows.some((r) => r.id === row.id)) rows.push(row);
      }
      const now = ctx.clock.now();
      for (const row of rows) {
        await areas.patch('common_areas', { id: row.id }, { policy: JSON.stringify(templatePolicy(template, JSON.parse(row.policy) as Json)), updated_at: now });
      }
    });
    return undefined;
  },


  async listCommonAreas(ctx) {
    const store = await ctx.store();
    return ctx.list({
      items: 'common_areas',
      fetch: (after, limit) => store.page('common_areas', {}, after, limit),
      count: () => store.count('common_areas', {}),
      present: async (rows) => {
        const [n, phones] = await Promise.all([neighbours(store.db, store.accountId, rows), phonesOf(store.db, store.accountId, rows, ctx.clock.now())]);
        return rows.map((r) => listed(n, phones, r));
      },
    });
  },

  async addACommonArea(ctx) {
    const store = await ctx.store();
    const { accountId } = store;
    const b = ctx.body;
    const invalid = (field: string, message: string) => about(ctx.fail('validationFailed'), field, message);
    if (!displayNameOk(b.display_name)) throw invalid('display_name', `Enter at least ${MIN_NAME_LENGTH} characters.`);
    if (b.timezone !== undefined && !isTimezone(b.timezone)) throw ctx.fail('timezoneNotFoundInTheSystem');
    if (b.country_iso_code !== undefined && !isSupportedCountry(b.country_iso_code)) throw ctx.fail('thisCountryIsNotSupportedBy');
    const asked = b.calling_plans ?? [];
    const plans = asked.flatMap(({ type, ...p }) => (type === undefined ? [] : [{ ...p, type }]));
    if (plans.length !== asked.length) throw invalid('calling_plans', 'Each calling plan needs its type.');
    return ctx.db.transaction().execute(async (trx) => {
      const areas = store.on(trx);
      const siteId = b.site_id ?? (await mainSiteId(trx, accountId));
      // Held until the common area is written: a concurrent delete of the site waits, then moves it on.
      const site = siteId ? await holdSite(trx, accountId, siteId) : undefined;
      if (b.site_id !== undefined && !site) throw ctx.fail('siteDoesNotExist', { site_id: b.site_id });
      // "The setting template must belong to the same site": a common area template of the area's site.
      const template = b.template_id === undefined ? undefined : await areaTemplate(trx, accountId, b.template_id);
      if (b.template_id !== undefined && !template) throw ctx.fail('templateTypeErrorOrTheTemplate', { template_id: b.template_id });
      if (template && !sameSite(template, site?.id ?? null)) throw ctx.fail('templatesSiteIsNotTheSame');
      const area = { id: ctx.ids.next(), extension_id: ctx.ids.next(), display_name: b.display_name.trim() };
      const entry = { accountId, id: area.extension_id, kind: 'commonArea' as const, name: area.display_name, siteId: site?.id ?? null, ownerId: area.id };
      const terms = site ? siteTerms(site) : { siteCode: null, shortLength: 0 };
      if (b.extension_number !== undefined) {
        // "If the site code is enabled, provide the short extension number instead."
        const number = site ? completeExtension(b.extension_number, terms) : b.extension_number > 0 ? b.extension_number : undefined;
        if (number === undefined) throw invalid('extension_number', `The extension number must be ${terms.shortLength} digits long on this site.`);
        const claim = await claimExtension(trx, { ...entry, number });
        if (!claim.ok) throw invalid('extension_number', `Extension number ${number} is already used.`);
      } else {
        const block = site ? extensionBlock(terms) : { first: 1000, last: Number.MAX_SAFE_INTEGER };
        const number = await claimFirstFreeExtension(trx, entry, block.first);
        if (number > block.last) throw invalid('extension_number', `No free extension number is left on site ${site?.id}.`);
      }
      const now = ctx.clock.now();
      const row: AreaRow = {
        ...area,
        seq: 0,
        account_id: accountId,
        site_id: site?.id ?? null,
        country_iso_code: b.country_iso_code?.toUpperCase() ?? null,
        timezone: b.timezone ?? null,
        area_code: null,
        cost_center: null,
        department: null,
        default_transcription_language: null,
        emergency_address_id: null,
        outbound_caller_id: null,
        policy: JSON.stringify(template ? templatePolicy(template, {}) : {}),
        custom_hours: null,
        pin_code: null,
        activation_code: null,
        activation_code_expires_at: null,
        created_at: now,
        updated_at: now,
      };
      const { seq: _seq, account_id: _account, ...insert } = row;
      await areas.insert('common_areas', insert);
      await givePlans(areas, row, site, plans, now);
      return { id: area.id, display_name: area.display_name };
    });
  },

  async generateActivationCodesForCommonAreas(ctx) {
    const store = await ctx.store();
    const keys = ctx.body.common_area_ids;
    if (keys.length === 0) throw noAreas();
    // "You can add up to 50 common areas at a time."
    if (keys.length > AREAS_PER_REQUEST) throw ctx.fail('commonAreaSizeMustBeLess');
    const now = ctx.clock.now();
    const expires = now + ACTIVATION_CODE_TTL_MS;
    return ctx.db.transaction().execute(async (trx) => {
      const areas = store.on(trx);
      const found = await areasByKeys(trx, store.accountId, keys);
      const missing = keys.find((k) => !found.has(k));
      if (missing !== undefined) throw ctx.fail('commonAreaDoesNotExist', { commonAreaId: missing });
      const rows = [...new Map(keys.map((k) => [found.get(k)!.id, found.get(k)!])).values()];
      const extensions = await extensionsOfOwners(trx, store.accountId, rows.map((r) => r.id), 'commonArea');
      const out = [];
      for (const row of rows) {
        // A new code replaces the one before: the old one no longer activates anything.
        const code = activationCode(ctx.ids.next());
        await areas.patch('common_areas', { id: row.id }, { activation_code: code, activation_code_expires_at: expires, updated_at: now });
        out.push({
          common_area_id: row.id,
          display_name: row.display_name,
          extension_number: extensions.get(row.id)?.number,
          activation_code: code,
          activation_code_expiration: isoSeconds(expires),
        });
      }
      return { common_areas_activation_codes: out };
    });
  },

  async listActivationCodes(ctx) {
    const store = await ctx.store();
    return ctx.list({
      items: 'common_areas_activation_codes',
      fetch: (after, limit) => pageWithCodes(store, after, limit),
      count: async () => 0,
      present: async (rows) => {
        const n = await neighbours(store.db, store.accountId, rows);
        return rows.map((row) => {
          const site = n.site(row);
          return {
            common_area_id: row.id,
            display_name: row.display_name,
            extension_number: n.extension(row),
            activation_code: row.activation_code ?? undefined,
            activation_code_expiration: row.activation_code_expires_at === null ? undefined : isoSeconds(Number(row.activation_code_expires_at)),
            // No smartphone signs in through a code in the sandbox: every code is unused.
            status: 'not_used' as const,
            site: site && { site_id: site.id, name: site.name },
          };
        });
      },
    });
  },

  async getCommonAreaDetails(ctx) {
    const store = await ctx.store();
    const id = ctx.params.commonAreaId;
    const row = await findArea(store, id);
    if (!row) throw ctx.fail('commonAreaDoesNotExist', { commonAreaId: id });
    return detailed(store.db, store.accountId, row);
  },

  async updateCommonArea(ctx) {
    const store = await ctx.store();
    const { accountId } = store;
    const id = ctx.params.commonAreaId;
    const b = ctx.body ?? {};
    const invalid = (field: string, message: string) => about(updateInvalid(), field, message);
    if (b.display_name !== undefined && !displayNameOk(b.display_name)) throw invalid('display_name', `Enter at least ${MIN_NAME_LENGTH} characters.`);
    if (b.timezone !== undefined && !isTimezone(b.timezone)) throw invalid('timezone', 'Timezone not found in the system.');
    if (b.country_iso_code !== undefined && !isSupportedCountry(b.country_iso_code)) throw invalid('country_iso_code', 'This country is not supported by Zoom Phone.');
    await ctx.db.transaction().execute(async (trx) => {
      const areas = store.on(trx);
      // Read, changed and written under the row's lock: concurrent patches of one common area apply one after another.
      const row = await findArea(areas, id, 'noKeyUpdate');
      if (!row) throw ctx.fail('commonAreaDoesNotExist', { 0: id });
      const displayName = b.display_name?.trim() ?? row.display_name;
      let siteId = row.site_id;
      if (b.site_id !== undefined && b.site_id !== row.site_id) {
        const site = await holdSite(trx, accountId, b.site_id);
        if (!site) throw invalid('site_id', `Site does not exist: ${b.site_id}.`);
        siteId = site.id;
      }
      if (b.extension_number !== undefined) {
        const site = siteId ? await holdSite(trx, accountId, siteId) : undefined;
        const terms = site ? siteTerms(site) : undefined;
        const number = terms ? completeExtension(b.extension_number, terms) : b.extension_number > 0 ? b.extension_number : undefined;
        if (number === undefined) throw invalid('extension_number', `The extension number must be ${terms?.shortLength} digits long on this site.`);
        const claim = await claimExtension(trx, {
          accountId, id: row.extension_id, kind: 'commonArea', number, name: displayName, siteId, ownerId: row.id,
        });
        if (!claim.ok) throw ctx.fail('conflictOccurredWithTheTargetExtension');
      }
      if (b.emergency_address_id !== undefined && !(await findEmergencyAddress(trx, accountId, b.emergency_address_id))) {
        throw invalid('emergency_address_id', `Emergency address does not exist: ${b.emergency_address_id}.`);
      }
      if (b.outbound_caller_id !== undefined) {
        const number = (await phoneNumbersByKey(trx, accountId, [b.outbound_caller_id]))(b.outbound_caller_id);
        if (!number || number.assignee_type !== ASSIGNEE_TYPE || number.assignee_id !== row.id) {
          throw invalid('outbound_caller_id', `${b.outbound_caller_id} is not a phone number of the common area.`);
        }
      }
      let policy = row.policy;
      if (b.policy !== undefined) {
        const patch = policyPatch(b.policy as Json);
        // A setting its site or the account locked is not the common area's to change.
        const site = siteId ? await findSite(trx, accountId, siteId) : undefined;
        const locked = site && lockedAbove(await policyOfSite(trx, accountId, site), patch);
        if (locked) throw settingLocked(locked);
        const park = patch.call_park;
        const forward = isRecord(park) && typeof park.forward_to_extension_id === 'string' ? park.forward_to_extension_id : undefined;
        if (forward !== undefined && !(await extensionById(trx, accountId, forward))) {
          throw invalid('policy.call_park.forward_to_extension_id', `Extension does not exist: ${forward}.`);
        }
        policy = JSON.stringify(applyPolicyPatch(JSON.parse(row.policy) as Json, patch));
      }
      // The directory names and places the common area wherever its extension shows (its numbers' assignee, say).
      if (b.display_name !== undefined || siteId !== row.site_id) await describeExtension(trx, accountId, row.extension_id, { name: displayName, siteId });
      // Its numbers move with it to its new site.
      if (siteId && siteId !== row.site_id) await followAssignees(trx, accountId, ASSIGNEE_TYPE, [row.id], siteId);
      await areas.patch(
        'common_areas',
        { id: row.id },
        {
          display_name: displayName,
          site_id: siteId,
          country_iso_code: b.country_iso_code?.toUpperCase() ?? row.country_iso_code,
          timezone: b.timezone ?? row.timezone,
          area_code: b.area_code ?? row.area_code,
          cost_center: b.cost_center ?? row.cost_center,
          department: b.department ?? row.department,
          default_transcription_language: b.default_transcription_language ?? row.default_transcription_language,
          emergency_address_id: b.emergency_address_id ?? row.emergency_address_id,
          outbound_caller_id: b.outbound_caller_id ?? row.outbound_caller_id,
          policy,
          updated_at: ctx.clock.now(),
        },
      );
    });
    return undefined;
  },

  async deleteACommonArea(ctx) {
    const store = await ctx.store();
    const { accountId } = store;
    const id = ctx.params.commonAreaId;
    await ctx.db.transaction().execute(async (trx) => {
      const areas = store.on(trx);
      const row = await findArea(areas, id, 'update');
      if (!row) throw ctx.fail('commonAreaDoesNotExist', { 0: id });
      // Its numbers go back to the unassigned ones, its plans to the inventory, its extension number is free again.
      await unassignAllOf(trx, accountId, ASSIGNEE_TYPE, row.id);
      for (const plan of (await plansOf(trx, accountId, [row.id])).get(row.id) ?? []) await releasePlan(trx, accountId, plan.type);
      await deleteAreaRows(areas, row.id);
      await releaseExtensions(trx, accountId, row.id, 'commonArea');
    });
    return undefined;
  },

  // ---- calling plans ------------------------------------------------------------------

  async assignCallingPlansToACommonArea(ctx) {
    const store = await ctx.store();
    const id = ctx.params.commonAreaId;
    const asked = ctx.body.calling_plans;
    if (asked.length === 0) throw noPlans();
    return ctx.db.transaction().execute(async (trx) => {
      const areas = store.on(trx);
      // Held so that a concurrent delete of the common area waits, then gives these plans back too.
      const row = await findArea(areas, id, 'keyShare');
      if (!row) throw ctx.fail('commonAreaDoesNotExist', { commonAreaId: id });
      const site = row.site_id ? await holdSite(trx, store.accountId, row.site_id) : undefined;
      await givePlans(areas, row, site, asked, ctx.clock.now());
      const n = await neighbours(trx, store.accountId, [row]);
      const given = new Set(asked.map((p) => p.type));
      return {
        calling_plans: n
          .plans(row)
          .filter((p) => given.has(p.type!))
          .map((p) => ({ type: p.type, name: p.name, billing_account_id: p.billing_account_id })),
      };
    });
  },

  async unassignACallingPlanFromTheCommonArea(ctx) {
    const store = await ctx.store();
    const { commonAreaId: id, type: given } = ctx.params;
    const type = /^\d+$/.test(given) ? Number(given) : NaN;
    await ctx.db.transaction().execute(async (trx) => {
      const areas = store.on(trx);
      const row = await findArea(areas, id, 'keyShare');
      if (!row) throw ctx.fail('commonAreaDoesNotExist', { commonAreaId: id });
      // The row removed decides: of two concurrent unassignments one gives the plan back.
      const removed = Number.isNaN(type) ? 0 : await areas.remove('common_area_calling_plans', { common_area_id: row.id, type });
      if (removed !== 1) throw planNotHeld({ type: given });
      await releasePlan(trx, store.accountId, type);
    });
    return undefined;
  },

  // ---- phone numbers ------------------------------------------------------------------

  async assignPhoneNumbersToACommonArea(ctx) {
    const store = await ctx.store();
    const { accountId } = store;
    const id = ctx.params.commonAreaId;
    const keys = ctx.body.phone_numbers.map((item) => item.id ?? item.number ?? '');
    if (keys.length === 0 || keys.some((k) => !k)) throw noNumbers();
    return ctx.db.transaction().execute(async (trx) => {
      const row = await findArea(store.on(trx), id, 'keyShare');
      if (!row) throw ctx.fail('commonAreaDoesNotExist', { commonAreaId: id });
      // The same one assignment users and queues have (numbers' public.ts decides races).
      const refused = await assignNumbersTo(trx, accountId, keys, { type: ASSIGNEE_TYPE, id: row.id, siteId: row.site_id });
      if (refused?.problem === 'unknown') throw numberNotFound({ key: refused.key });
      if (refused?.problem === 'taken') throw numberTaken({ number: refused.number });
      const byKey = await phoneNumbersByKey(trx, accountId, keys);
      const given = [...new Map(keys.map((k) => [byKey(k)!.id, byKey(k)!])).values()];
      return { phone_numbers: given.map((n) => ({ id: n.id, number: n.number })) };
    });
  },

  async unassignPhoneNumbersFromCommonArea(ctx) {
    const store = await ctx.store();
    const { accountId } = store;
    const { commonAreaId: id, phoneNumberId } = ctx.params;
    await ctx.db.transaction().execute(async (trx) => {
      const row = await findArea(store.on(trx), id, 'keyShare');
      if (!row) throw ctx.fail('commonAreaDoesNotExist', { commonAreaId: id });
      const number = (await phoneNumbersByKey(trx, accountId, [phoneNumberId]))(phoneNumberId);
      if (!number) throw numberNotFound({ key: phoneNumberId });
      if (!(await releaseNumberOf(trx, accountId, number.id, ASSIGNEE_TYPE, row.id))) throw numberNotHeld({ key: phoneNumberId });
      // A number it no longer holds is no longer its outbound caller ID.
      if (row.outbound_caller_id === number.number) await store.on(trx).patch('common_areas', { id: row.id }, { outbound_caller_id: null });
    });
    return undefined;
  },

  // ---- PIN code -----------------------------------------------------------------------

  async updateCommonAreaPinCode(ctx) {
    const store = await ctx.store();
    const id = ctx.params.commonAreaId;
    const pin = ctx.body.pin_code;
    await ctx.db.transaction().execute(async (trx) => {
      const areas = store.on(trx);
      const row = await findArea(areas, id, 'noKeyUpdate');
      if (!row) throw pinAreaNotFound({ commonAreaId: id });
      const ext = await extensionById(trx, store.accountId, row.extension_id);
      const problem = pinProblem(pin, ext ? [ext.number] : []);
      if (problem === 'notDigits') throw ctx.fail('pinCodeCouldOnlyIncludeNumbers');
      if (problem === 'length') throw ctx.fail('invalidPinCodePinCodeMust400', { 0: PIN_MIN, 1: PIN_MAX });
      if (problem === 'extension') throw ctx.fail('invalidPinCodeYourPinCode');
      if (problem === 'repeated') throw ctx.fail('invalidPinCodeThePinCode');
      if (problem === 'sequence') throw ctx.fail('pinCodeCannotBeAnAscending');
      await areas.patch('common_areas', { id: row.id }, { pin_code: pin, updated_at: ctx.clock.now() });
    });
    return undefined;
  },

  // ---- settings -----------------------------------------------------------------------

  async getCommonAreaSettings(ctx) {
    const store = await ctx.store();
    const id = ctx.params.commonAreaId;
    const row = await findArea(store, id);
    if (!row) throw ctx.fail('commonAreaDoesNotExist', { commonAreaId: id });
    const holidays = await holidaysOf(store, row.id);
    const custom = row.custom_hours ? (JSON.parse(row.custom_hours) as CustomHours) : ALWAYS_OPEN;
    // The desk phones the common area is assigned to (phone-devices keeps them), as at sandbox time.
    const phones = await deskPhonesOf(store.db, store.accountId, row.id, ctx.clock.now());
    return {
      desk_phones: phones.map((d) => ({
        id: d.id,
        display_name: d.display_name,
        device_type: d.device_type,
        status: d.status,
        mac_address: d.mac_address,
        hot_desking: { status: d.policy.hot_desking.status },
        private_ip: d.private_ip,
        public_ip: d.public_ip,
      })),
      holiday_hours: holidays.map(holidayItem),
      custom_hours_settings: custom,
    } as never;
  },

  async addCommonAreaSetting(ctx) {
    const store = await ctx.store();
    const { commonAreaId: id, settingType: given } = ctx.params;
    const type = settingType(given);
    const b = (ctx.body ?? {}) as { device_id?: string; holiday_hours?: { holidays?: { name?: string; from?: string; to?: string }[] } };
    return ctx.db.transaction().execute(async (trx) => {
      const areas = store.on(trx);
      const row = await findArea(areas, id, 'noKeyUpdate');
      if (!row) throw ctx.fail('commonAreaDoesNotExist', { commonAreaId: id });
      if (type === 'desk_phone') {
        if (!b.device_id) throw about(settingInvalid(), 'device_id', 'device_id is required for the desk_phone setting type.');
        // The account's desk phone is assigned to the common area's extension, by phone-devices' own rules and locks.
        const now = ctx.clock.now();
        const refused = await assignDeskPhone(trx, store.accountId, b.device_id, row.extension_id, now);
        if (refused === 'device') throw deviceNotFound({ deviceId: b.device_id });
        if (refused === 'extension') throw ctx.fail('commonAreaDoesNotExist', { commonAreaId: id });
        if (refused) throw about(settingInvalid(), 'device_id', DESK_PHONE_REFUSED[refused]);
        const phones = await deskPhonesOf(trx, store.accountId, row.id, now);
        return { desk_phones: phones.map((d) => ({ id: d.id, display_name: d.display_name })) };
      }
      if (type !== 'holiday_hours') throw unknownSettingType({ settingType: given });
      const holidays = b.holiday_hours?.holidays ?? [];
      if (holidays.length < 1 || holidays.length > HOLIDAYS_PER_REQUEST) {
        throw about(settingInvalid(), 'holiday_hours.holidays', `Give from 1 to ${HOLIDAYS_PER_REQUEST} holidays.`);
      }
      const now = ctx.clock.now();
      for (const h of holidays) {
        const from = h.from ? holidayInstant(h.from) : undefined;
        const to = h.to ? holidayInstant(h.to) : undefined;
        if (!h.name?.trim()) throw about(settingInvalid(), 'holiday_hours.holidays.name', 'Each holiday needs a name.');
        if (from === undefined || to === undefined) throw about(settingInvalid(), 'holiday_hours.holidays', "from and to are in yyyy-MM-dd'T'HH:mm:ss'Z' format.");
        if (from >= to) throw about(settingInvalid(), 'holiday_hours.holidays', 'from must be before to.');
        await areas.insert('common_area_holidays', { id: ctx.ids.next(), common_area_id: row.id, name: h.name.trim(), starts_at: h.from!, ends_at: h.to!, created_at: now });
      }
      return { holiday_hours: { holidays: (await holidaysOf(areas, row.id)).map(holidayItem) } };
    });
  },

  async updateCommonAreaSetting(ctx) {
    const store = await ctx.store();
    const { commonAreaId: id, settingType: given } = ctx.params;
    const type = settingType(given);
    const b = (ctx.body ?? {}) as {
      desk_phones?: { id?: string; hot_desking?: { status?: 'on' | 'off' } }[];
      holiday_hours?: { holidays?: { holiday_id?: string; name?: string; from?: string; to?: string }[] };
      custom_hours_settings?: { custom_hour_type?: 1 | 2; custom_hours?: { weekday?: number; type?: number; from?: string; to?: string }[] };
    };
    await ctx.db.transaction().execute(async (trx) => {
      const areas = store.on(trx);
      const row = await findArea(areas, id, 'noKeyUpdate');
      if (!row) throw ctx.fail('commonAreaDoesNotExist', { commonAreaId: id });
      if (type === 'desk_phone') {
        const phones = b.desk_phones ?? [];
        if (phones.length === 0 || phones.some((p) => !p.id)) throw about(settingInvalid(), 'desk_phones', 'Each desk phone is named by its id.');
        // Hot desking of the common area's own desk phones; one it does not use, or a phone without hot desking, changes nothing.
        const refused = await setHotDesking(trx, store.accountId, row.id, phones.map((p) => ({ id: p.id!, status: p.hot_desking?.status })), ctx.clock.now());
        if (refused?.why === 'device') throw deviceNotFound({ deviceId: refused.id });
        if (refused) throw about(settingInvalid(), 'desk_phones.hot_desking', `Desk phone ${refused.id} does not support hot desking.`);
        return;
      }
      if (type === 'holiday_hours') {
        const holidays = b.holiday_hours?.holidays ?? [];
        if (holidays.length === 0) throw about(settingInvalid(), 'holiday_hours.holidays', 'Name at least one holiday.');
        const kept = new Map((await holidaysOf(areas, row.id)).map((h) => [h.id, h]));
        for (const h of holidays) {
          const old = h.holiday_id ? kept.get(h.holiday_id) : undefined;
          if (!old) throw holidayNotFound({ holidayId: h.holiday_id ?? '' });
          const name = h.name?.trim() ?? old.name;
          const fromText = h.from ?? old.starts_at;
          const toText = h.to ?? old.ends_at;
          const from = holidayInstant(fromText);
          const to = holidayInstant(toText);
          if (!name) throw about(settingInvalid(), 'holiday_hours.holidays.name', 'Each holiday needs a name.');
          if (from === undefined || to === undefined) throw about(settingInvalid(), 'holiday_hours.holidays', "from and to are in yyyy-MM-dd'T'HH:mm:ss'Z' format.");
          if (from >= to) throw about(settingInvalid(), 'holiday_hours.holidays', 'from must be before to.');
          await areas.patch('common_area_holidays', { id: old.id }, { name, starts_at: fromText, ends_at: toText });
        }
        return;
      }
      if (type === 'custom_hours') {
        const c = b.custom_hours_settings;
        if (!c) throw about(settingInvalid(), 'custom_hours_settings', 'custom_hours_settings is required for the custom_hours setting type.');
        const kept = row.custom_hours ? (JSON.parse(row.custom_hours) as CustomHours) : ALWAYS_OPEN;
        const hourType = c.custom_hour_type ?? kept.custom_hour_type;
        const days = new Map(kept.custom_hours.map((d) => [d.weekday, d]));
        for (const day of c.custom_hours ?? []) {
          const problem = customDayProblem(day);
          if (problem) throw about(settingInvalid(), 'custom_hours_settings.custom_hours', problem);
          days.set(day.weekday!, { weekday: day.weekday!, type: day.type ?? days.get(day.weekday!)?.type ?? 1, from: day.from, to: day.to });
        }
        const next: CustomHours = { custom_hour_type: hourType, custom_hours: [...days.values()].sort((x, y) => x.weekday - y.weekday) };
        await areas.patch('common_areas', { id: row.id }, { custom_hours: JSON.stringify(next), updated_at: ctx.clock.now() });
        return;
      }
      throw unknownSettingType({ settingType: given });
    });
    return undefined;
  },

  async deleteCommonAreaSetting(ctx) {
    const store = await ctx.store();
    const { commonAreaId: id, settingType: given } = ctx.params;
    const deviceId = (ctx.query as { device_id?: string }).device_id ?? '';
    await ctx.db.transaction().execute(async (trx) => {
      const row = await findArea(store.on(trx), id, 'keyShare');
      if (!row) throw ctx.fail('commonAreaDoesNotExist', { 0: id });
      // "Removes the common area subsetting from desk phones": the desk phone named by device_id lets go of the common area.
      if (settingType(given) !== 'desk_phone') throw unknownSettingType({ settingType: given });
      if (!(await unassignDeskPhone(trx, store.accountId, deviceId, row.extension_id, ctx.clock.now()))) throw deviceNotFound({ deviceId });
    });
    return undefined;
  },
});
