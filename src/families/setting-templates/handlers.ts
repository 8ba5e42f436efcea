// Handlers of the setting-templates family, keyed by operationId: the account's setting
// templates, named sets of policy, profile and user settings of one type (and site),
// which a user, group or common area takes when one is applied to it.
import { defineHandlers, type RequestContext, type ResponseOf } from '../../kit/context.ts';
import { deepMerge } from '../../kit/merge.ts';
import { consentProblem, findSite } from '../sites/public.ts';
import { multipleSitesEnabled } from '../account-settings/public.ts';
import { extensionById } from '../extensions/public.ts';
import { PIN_MAX, PIN_MIN } from '../../kit/pin.ts';
import { nameEmpty, siteNotFound, siteRequired, templateNotFound } from './errors.ts';
import { listedType, operatorsOf, settingsProblem, templateType, type SettingsProblem } from './rules.ts';
import { parseSettings, templateOf, type SettingTemplateRow, type TemplateSettings } from './store.ts';

const multipleSites = async (ctx: RequestContext<any>, accountId: string) => multipleSitesEnabled(ctx.db, accountId);

function refusal(ctx: RequestContext<'updateASettingTemplate'>, p: SettingsProblem) {
  switch (p.kind) {
    case 'country':
      return ctx.fail('countryCodeYouEnteredIsInvalid');
    case 'areaCode':
      return ctx.fail('areaCodeYouEnteredIsInvalid');
    case 'language':
      return ctx.fail('valueYouEnteredForTheAudio');
    case 'ringType':
      return ctx.fail('youProvidedAnInvalidValueFor');
    case 'pin':
      switch (p.pin) {
        case 'notDigits':
          return ctx.fail('pinCodeCouldOnlyIncludeNumbers');
        case 'length':
          return ctx.fail('invalidPinCodePinCodeMust300', { 0: PIN_MIN, 1: PIN_MAX });
        case 'extension':
          return ctx.fail('invalidPinCodeYourPinCode');
        case 'repeated':
          return ctx.fail('invalidPinCodeThePinCode');
        case 'sequence':
          return ctx.fail('pinCodeCannotBeAnAscending');
      }
  }
}

type Details = ResponseOf<'getSettingTemplateDetails'>;

// The parts are what PATCHes of the documented shape merged (the schema validated each one).
const details = (row: SettingTemplateRow): Details => {
  const settings = parseSettings(row);
  return {
    id: row.id,
    name: row.name,
    description: row.description ?? undefined,
    type: row.type as 'user',
    ...(settings.policy && { policy: settings.policy as Details['policy'] }),
    ...(settings.profile && { profile: settings.profile as Details['profile'] }),
    ...(settings.user_settings && { user_settings: settings.user_settings as Details['user_settings'] }),
  };
};

export const handlers = defineHandlers({
  async listSettingTemplates(ctx) {
    const store = await ctx.store();
    const siteId = ctx.query.site_id;
    if (siteId !== undefined) {
      if (!(await multipleSites(ctx, store.accountId))) throw ctx.fail('multipleSitesOptionHasBeenDisabled');
      if (!(await findSite(ctx.db, store.accountId, siteId))) throw siteNotFound({ siteId });
    }
    return ctx.list({
      items: 'templates',
      fetch: (after, limit) => store.page('setting_templates', { site_id: siteId }, after, limit),
      count: () => store.count('setting_templates', { site_id: siteId }),
      present: (rows) => rows.map((r) => ({ id: r.id, name: r.name, description: r.description ?? undefined, type: listedType(r.type) as 'user' })),
    });
  },

  async addASettingTemplate(ctx) {
    const store = await ctx.store();
    const b = ctx.body;
    const name = b.name.trim();
    if (!name) throw nameEmpty();
    const type = templateType(b.type);
    if (!type) throw ctx.fail('validationFailedYouProvidedAnIncorrect');
    if (b.site_id !== undefined) {
      if (!(await findSite(ctx.db, store.accountId, b.site_id))) throw siteNotFound({ siteId: b.site_id });
    } else if (await multipleSites(ctx, store.accountId)) throw siteRequired();
    const row = { id: ctx.ids.next(), name, description: b.description ?? null, type, site_id: b.site_id ?? null, settings: '{}', created_at: ctx.clock.now() };
    await store.insert('setting_templates', row);
    return { id: row.id, name: row.name, type: row.type as 'user', description: row.description ?? undefined };
  },

  async getSettingTemplateDetails(ctx) {
    const store = await ctx.store();
    const row = await templateOf(ctx.db, store.accountId, ctx.params.templateId);
    if (!row) throw templateNotFound({ templateId: ctx.params.templateId });
    return details(row);
  },

  async updateASettingTemplate(ctx) {
    const store = await ctx.store();
    const b = ctx.body ?? {};
    const problem = settingsProblem(b.profile, b.user_settings);
    if (problem) throw refusal(ctx, problem);
    if (consentProblem(b.policy as Record<string, unknown> | undefined)) throw ctx.fail('youDoNotEnableOpFlag');
    for (const operator of operatorsOf(b.user_settings)) {
      const found = operator.id === undefined ? undefined : await extensionById(ctx.db, store.accountId, operator.id);
      if (!found || (operator.kind !== undefined && found.kind !== operator.kind)) throw ctx.fail('connectToOperatorTypeError');
    }
    const name = b.name?.trim();
    if (name === '') throw nameEmpty();
    // Read, merged and written under the row's lock: concurrent PATCHes of different settings all survive.
    await ctx.db.transaction().execute(async (trx) => {
      const own = store.on(trx);
      const row = await own.lock('setting_templates', { id: ctx.params.templateId }, 'noKeyUpdate');
      if (!row) throw templateNotFound({ templateId: ctx.params.templateId });
      const given = Object.fromEntries(Object.entries({ policy: b.policy, profile: b.profile, user_settings: b.user_settings }).filter(([, v]) => v !== undefined));
      const settings: TemplateSettings = deepMerge(parseSettings(row), given);
      await own.patch('setting_templates', { id: row.id }, {
        name: name ?? row.name,
        description: b.description !== undefined ? b.description : row.description,
        settings: JSON.stringify(settings),
      });
    });
  },
});
