// Handlers of the site-settings family, keyed by operationId: a site's settings by
// setting type. Plain settings are kept here (store.ts); the billing account is one of
// billing's (a site without one of its own shows the account's, when the site may use
// it), audio prompts name audio-library items, an overflow operator an extension.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { defineHandlers, type RequestContext, type ResponseOf } from '../../kit/context.ts';
import type { AccountStore } from '../../kit/store.ts';
import { fitToSchema, successSchema } from '../../kit/json-schema.ts';
import { deepMerge, isRecord } from '../../kit/merge.ts';
import type { ZoomError } from '../../errors.ts';
import { findSite, holdSite, siteTerms, type SiteRow } from '../sites/public.ts';
import { accountBillingAccountId, multipleSitesEnabled } from '../account-settings/public.ts';
import { billingAccountsAt } from '../billing/public.ts';
import { audioExists, audioPrompts } from '../audio-library/public.ts';
import { extensionById, extensionsByIds } from '../extensions/public.ts';
import {
  billingAccountNotFound,
  customHoursInvalid,
  deviceTypeNotFound,
  fieldRequired,
  holidayInvalid,
  holidayNotFound,
  multipleSitesDisabled,
  notAddable,
  notUpdatable,
  operatorNotFound,
  settingTypeInvalid,
  webInterfaceNeedsCustom,
} from './errors.ts';
import {
  badCustomHours,
  defaultLanguage,
  holidayProblem,
  hotDeskingValid,
  LISTED_TYPES,
  operatorId,
  PERIOD_PROMPTS,
  PERIODS,
  promptAudioIds,
  settingTypeOf,
  shownDateTime,
  SINGLE_PROMPTS,
  SITE_DEFAULTS,
  type Json,
  type SettingType,
} from './rules.ts';
import { addDeviceType, deviceTypesOf, holidaysOf, lockSetting, saveSetting, settingOf, type HolidayRow } from './store.ts';

type Ops = 'getAPhoneSiteSetting' | 'addASiteSetting' | 'updateTheSiteSetting' | 'deleteASiteSetting';
type Db = Kysely<Database>;

/** The path's site (the account's, with multiple sites on) and setting type, or the error each breaks. */
async function target(ctx: RequestContext<Ops>, store: AccountStore, siteMissing: () => ZoomError): Promise<{ site: SiteRow; type: SettingType }> {
  const site = await findSite(ctx.db, store.accountId, ctx.params.siteId);
  if (!site) throw siteMissing();
  // "Prerequisites: Multiple sites must be enabled."
  if (!(await multipleSitesEnabled(ctx.db, store.accountId))) throw multipleSitesDisabled();
  const type = settingTypeOf(ctx.params.settingType);
  if (!type) throw settingTypeInvalid({ settingType: ctx.params.settingType });
  return { site, type };
}

/** The site held in the write's transaction (a concurrent delete waits, then takes the site's settings with it). */
async function held(trx: Db, store: AccountStore, siteId: string, siteMissing: () => ZoomError): Promise<void> {
  if (!(await holdSite(trx, store.accountId, siteId))) throw siteMissing();
}

/** An overflow as the GET shows it: its operator with the extension's name, number and type (left out once the extension is gone). */
async function shownOverflow(db: Db, accountId: string, setting: Json): Promise<Json> {
  const id = operatorId(setting);
  if (!id || !isRecord(setting.overflow)) return setting;
  const ext = (await extensionsByIds(db, accountId, [id])).get(id);
  const { operator: _operator, ...overflow } = setting.overflow;
  return {
    ...setting,
    overflow: ext ? { ...overflow, operator: { display_name: ext.name, extension_id: ext.id, extension_number: ext.number, extension_type: ext.kind } } : overflow,
  };
}

const shownHoliday = (h: HolidayRow) => ({ holiday_id: h.id, name: h.name, from: shownDateTime(h.from_at), to: shownDateTime(h.to_at) });

/** The general setting as shown: `web_interface` "only returns when `setting_type` is `custom_setting`". */
function shownGeneral(own: Json | undefined): Json {
  const value = deepMerge(SITE_DEFAULTS.general_setting, own ?? {}) as Json;
  return value.setting_type === 'custom_setting' ? { setting_type: 'custom_setting', web_interface: value.web_interface === true } : { setting_type: 'account_setting' };
}

/** The audio prompts as shown: each named item with its id (marked once removed from its library) and name, and the language. */
async function shownPrompts(db: Db, accountId: string, site: SiteRow, own: Json | undefined): Promise<Json> {
  const prompts = await audioPrompts(db, accountId, promptAudioIds(own));
  const item = (v: unknown) => (isRecord(v) && typeof v.audio_id === 'string' ? prompts.get(v.audio_id) : undefined);
  const out: Json = {};
  for (const key of SINGLE_PROMPTS) {
    const shown = item(own?.[key]);
    if (shown) out[key] = { audio_id: shown.id, name: shown.name };
  }
  for (const key of PERIOD_PROMPTS) {
    const byPeriod = own?.[key];
    if (!isRecord(byPeriod)) continue;
    const periods: Json = {};
    for (const p of PERIODS) {
      const shown = item(byPeriod[p]);
      if (shown) periods[p] = { audio_id: shown.id, name: shown.name };
    }
    if (Object.keys(periods).length) out[key] = periods;
  }
  out.language = typeof own?.language === 'string' ? own.language : defaultLanguage(siteTerms(site).country);
  return out;
}

/** The site's setting of `type`, as getAPhoneSiteSetting shows it. */
async function shown(db: Db, store: AccountStore, site: SiteRow, type: SettingType): Promise<ResponseOf<'getAPhoneSiteSetting'>> {
  const own = type === 'security' ? undefined : await settingOf(store, site.id, type);
  let out: Json;
  switch (type) {
    case 'audio_prompt':
      out = { audio_prompt: await shownPrompts(db, store.accountId, site, own) };
      break;
    case 'billing_account': {
      // The site's own, else the account's; either only while the site may use it.
      const id = (typeof own?.id === 'string' ? own.id : undefined) ?? (await accountBillingAccountId(db, store.accountId));
      const found = id ? (await billingAccountsAt(db, store.accountId, site.id)).find((b) => b.id === id) : undefined;
      out = { billing_account: found ? { id: found.id, name: found.name } : {} };
      break;
    }
    case 'business_hours':
    case 'closed_hours':
    case 'holiday_hours': {
      let value = await shownOverflow(db, store.accountId, deepMerge(SITE_DEFAULTS[type], own ?? {}) as Json);
      if (type === 'holiday_hours') value = { holidays: (await holidaysOf(store, site.id)).map(shownHoliday), ...value };
      out = { [type]: value };
      break;
    }
    case 'desk_phone':
      out = { desk_phone: { general_setting: shownGeneral(await settingOf(store, site.id, 'general_setting')), ...(deepMerge(SITE_DEFAULTS.desk_phone, own ?? {}) as Json) } };
      break;
    case 'general_setting':
      // The document keeps the general setting under desk_phone.
      out = { desk_phone: { general_setting: shownGeneral(own) } };
      break;
    case 'security':
      out = { security: { device_types: await deviceTypesOf(store, site.id) } };
      break;
    default:
      out = { [type]: deepMerge(SITE_DEFAULTS[type], own ?? {}) };
  }
  return fitToSchema(successSchema('getAPhoneSiteSetting'), out) as ResponseOf<'getAPhoneSiteSetting'>;
}

type Holiday = { holiday_id?: string; name?: string; from?: string; to?: string };

/** The holidays given, each checked (a holiday_id must be one of the site's). */
function checkHolidays(holidays: Holiday[], existing: Set<string> | undefined): void {
  for (const h of holidays) {
    if (h.holiday_id !== undefined && existing && !existing.has(h.holiday_id)) throw holidayNotFound({ holidayId: h.holiday_id });
    const problem = holidayProblem(h);
    if (problem) throw holidayInvalid({ field: problem });
  }
}

/** Checks of a PATCH's value that need no lock: audio items, billing account, operator, the values' rules. */
async function checkUpdate(ctx: RequestContext<'updateTheSiteSetting'>, store: AccountStore, site: SiteRow, type: SettingType, given: Json): Promise<void> {
  if (type === 'audio_prompt') {
    const ids = promptAudioIds(given);
    const missing: string[] = [];
    for (const id of ids) if (!(await audioExists(ctx.db, store.accountId, id))) missing.push(id);
    if (missing.length) throw ctx.fail('promptFilesDoNotExistAudio', { 0: [...new Set(missing)].join(', ') });
  }
  if (type === 'billing_account' && typeof given.id === 'string') {
    const usable = await billingAccountsAt(ctx.db, store.accountId, site.id);
    if (!usable.some((b) => b.id === given.id)) throw billingAccountNotFound({ id: given.id });
  }
  const operator = operatorId(given);
  if (operator && !(await extensionById(ctx.db, store.accountId, operator))) throw operatorNotFound({ id: operator });
  if (type === 'business_hours' && Array.isArray(given.custom_hours)) {
    const day = badCustomHours(given.custom_hours as { from?: string; to?: string; type?: number; weekday?: number }[]);
    if (day !== undefined) throw customHoursInvalid({ weekday: day });
  }
  if (type === 'desk_phone' && isRecord(given.hot_desking_session_timeout)) {
    if (!hotDeskingValid(given.hot_desking_session_timeout as { number: number; unit?: string })) throw ctx.fail('hotDeskingSessionTimeoutSettingIs');
  }
}

export const handlers = defineHandlers({
  async getAPhoneSiteSetting(ctx) {
    const store = await ctx.store();
    const { site, type } = await target(ctx, store, () => ctx.fail('siteDoesNotExist'));
    return shown(ctx.db, store, site, type);
  },

  async addASiteSetting(ctx) {
    const store = await ctx.store();
    const missing = () => ctx.fail('validationFailedSiteDoesNotExist');
    const { site, type } = await target(ctx, store, missing);
    if (!LISTED_TYPES.includes(type)) throw notAddable({ settingType: type });
    const b = ctx.body ?? {};
    const now = ctx.clock.now();
    if (type === 'security') {
      const deviceType = b.device_type?.trim();
      if (!deviceType) throw fieldRequired({ field: 'device_type' });
      await ctx.db.transaction().execute(async (trx) => {
        await held(trx, store, site.id, missing);
        await addDeviceType(store.on(trx), site.id, deviceType, now);
      });
      return {};
    }
    const holidays = (b.holidays ?? []) as Holiday[];
    if (!holidays.length) throw fieldRequired({ field: 'holidays' });
    checkHolidays(holidays.map(({ holiday_id: _id, ...h }) => h), undefined);
    const rows = holidays.map((h) => ({ id: ctx.ids.next(), site_id: site.id, name: h.name!.trim(), from_at: h.from!, to_at: h.to!, created_at: now }));
    await ctx.db.transaction().execute(async (trx) => {
      await held(trx, store, site.id, missing);
      await store.on(trx).insert('site_holidays', rows);
    });
    return { holidays: rows.map((r) => shownHoliday({ ...r, account_id: store.accountId, seq: 0 })) };
  },

  async updateTheSiteSetting(ctx) {
    const store = await ctx.store();
    const missing = () => ctx.fail('validationFailedSiteDoesNotExist');
    const { site, type } = await target(ctx, store, missing);
    if (type === 'security') throw notUpdatable();
    // The body's object of the path's setting type; the others are not this setting's.
    const given = (ctx.body as Json | undefined)?.[type];
    if (!isRecord(given)) return undefined;
    await checkUpdate(ctx, store, site, type, given);
    const { holidays, ...rest } = given as Json & { holidays?: Holiday[] };
    await ctx.db.transaction().execute(async (trx) => {
      await held(trx, store, site.id, missing);
      const own = store.on(trx);
      const now = ctx.clock.now();
      const kept = await lockSetting(own, site.id, type, now);
      let value = deepMerge(kept, rest) as Json;
      if (type === 'general_setting') {
        const custom = value.setting_type === 'custom_setting';
        if (!custom && rest.web_interface !== undefined) throw webInterfaceNeedsCustom();
        if (!custom) delete value.web_interface;
      }
      if (type === 'billing_account' && isRecord(rest)) value = { id: rest.id ?? kept.id };
      if (type === 'holiday_hours' && Array.isArray(holidays)) {
        const existing = new Set((await holidaysOf(own, site.id)).map((h) => h.id));
        checkHolidays(holidays, existing);
        for (const h of holidays) {
          if (h.holiday_id) await own.patch('site_holidays', { id: h.holiday_id, site_id: site.id }, { name: h.name!.trim(), from_at: h.from!, to_at: h.to! });
          else await own.insert('site_holidays', { id: ctx.ids.next(), site_id: site.id, name: h.name!.trim(), from_at: h.from!, to_at: h.to!, created_at: now });
        }
      }
      await saveSetting(own, site.id, type, value, now);
    });
    return undefined;
  },

  async deleteASiteSetting(ctx) {
    const store = await ctx.store();
    const missing = () => ctx.fail('validationFailedSiteDoesNotExist');
    const { site, type } = await target(ctx, store, missing);
    if (!LISTED_TYPES.includes(type)) throw notAddable({ settingType: type });
    if (type === 'security') {
      const deviceType = ctx.query.device_type?.trim();
      if (!deviceType) throw fieldRequired({ field: 'device_type' });
      if ((await store.remove('site_security_devices', { site_id: site.id, device_type: deviceType })) === 0) throw deviceTypeNotFound({ deviceType });
      return undefined;
    }
    const holidayId = ctx.query.holiday_id?.trim();
    if (!holidayId) throw fieldRequired({ field: 'holiday_id' });
    if ((await store.remove('site_holidays', { site_id: site.id, id: holidayId })) === 0) throw holidayNotFound({ holidayId });
    return undefined;
  },
});
