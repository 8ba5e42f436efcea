// The setting-templates family: the account's setting templates, named sets of policy,
// profile and user settings that users (updateAUsersProfile's template_id) and common
// areas take when one is applied to them.
import { defineFamily } from '../../kit/family.ts';
import { owner } from './tables.ts';
import { handlers } from './handlers.ts';
import { settingTemplatesMigrations } from './migrations.ts';
import { seedSettingTemplates } from './seed.ts';
import { forgetSite } from './store.ts';

export default defineFamily({
  owner,
  handlers,
  migrations: settingTemplatesMigrations,
  seed: { after: ['sites'], run: seedSettingTemplates },
  // invalidInput: the schema's enums of call handling, in the page's own words.
  invalidInput: {
    updateASettingTemplate: {
      'user_settings.call_handling.business_hours.type#enum': 'youProvidedAnInvalidValueFor300',
      'user_settings.call_handling.business_hours.business_hour_action#enum': 'youProvidedAnInvalidValueFor300_2',
      'user_settings.call_handling.close_hours.close_hour_action#enum': 'youProvidedAnInvalidValueFor300_3',
      'user_settings.call_handling.business_hours.connect_to_operator.type#enum': 'connectToOperatorTypeError',
      'user_settings.call_handling.business_hours.busy_connect_operator.type#enum': 'connectToOperatorTypeError',
      'user_settings.call_handling.close_hours.connect_to_operator.type#enum': 'connectToOperatorTypeError',
      'user_settings.call_handling.close_hours.busy_connect_operator.type#enum': 'connectToOperatorTypeError',
    },
  },
  listeners: { 'sites.deleting': (db, e) => forgetSite(db, e.accountId, e.siteId, e.transferSiteId) },
});
