// Handlers of the account-settings family, keyed by operationId: the account's Zoom Phone
// switches (/phone/settings), its settings document (/phone/account_settings) and a
// group's, which inherits the account's (locks included) and the policy framework's
// allow_emergency_calls (policies family).
import { defineHandlers, type ResponseOf } from '../../kit/context.ts';
import { fitToSchema, successSchema } from '../../kit/json-schema.ts';
import { deepMerge, isRecord } from '../../kit/merge.ts';
import { allSites, siteTerms, type SiteRow } from '../sites/public.ts';
import { findBillingAccount } from '../billing/public.ts';
import { groupPolicy, groupsOf } from '../policies/public.ts';
import { billingAccountNotFound, shortExtensionLengthInvalid, siteCodeNeedsMultipleSites, siteCodeNeedsShortLength } from './errors.ts';
import { accountDocument } from './document.ts';
import { accountPolicy, multipleSitesEnabled } from './public.ts';
import {
  GROUP_EXTRAS,
  GROUP_NAMES_OF_ACCOUNT,
  patchSwitches,
  SHORT_EXTENSION_LENGTH,
  settingTypesAsked,
  shortLengthValid,
  type AccountSwitches,
  type Json,
} from './rules.ts';
import { lockSettings, saveSettings, settingsOf } from './store.ts';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** The account's country: its main site's (the first site when none is marked main). */
function countryOf(sites: SiteRow[]): { code: string; name: string } | undefined {
  const main = sites.find((s) => Number(s.main_site) === 1) ?? sites[0];
  const code = main && siteTerms(main).country;
  return code ? { code, name: regionNames.of(code) ?? code } : undefined;
}

/** Only the setting types asked for (all of them when none is). */
const only = (doc: Json, types: string[] | undefined): Json => (types ? Object.fromEntries(types.map((t) => [t, doc[t]]).filter(([, v]) => v !== undefined)) : doc);

export const handlers = defineHandlers({
  async getPhoneAccountSettings(ctx) {
    const store = await ctx.store();
    const sites = await allSites(ctx.db, store.accountId);
    const { switches } = await settingsOf(ctx.db, store.accountId);
    const multiple = await multipleSitesEnabled(ctx.db, store.accountId, sites);
    const billing = switches.billing_account ? await findBillingAccount(ctx.db, store.accountId, switches.billing_account.id) : undefined;
    const country = countryOf(sites);
    return {
      ...(billing && { billing_account: { id: billing.id, name: billing.name } }),
      byoc: { enable: switches.byoc?.enable === true },
      ...(country && { country }),
      // Zoom's multi-party conference is on for every account; no operation turns it off.
      multiple_party_conference: { enable: true },
      // Site code needs multiple sites: with the option off it reads off.
      multiple_sites: { enabled: multiple, site_code: multiple && switches.multiple_sites?.site_code?.enable === true },
      show_device_ip_for_call_log: { enable: switches.show_device_ip_for_call_log?.enable === true },
    };
  },

  async updatePhoneAccountSettings(ctx) {
    const store = await ctx.store();
    const b = (ctx.body ?? {}) as AccountSwitches;
    const length = b.multiple_sites?.site_code?.short_extension_length;
    if (length !== undefined && !shortLengthValid(length)) throw shortExtensionLengthInvalid(SHORT_EXTENSION_LENGTH);
    if (b.billing_account?.id !== undefined && !(await findBillingAccount(ctx.db, store.accountId, b.billing_account.id))) throw billingAccountNotFound({ id: b.billing_account.id });
    await ctx.db.transaction().execute(async (trx) => {
      const own = store.on(trx);
      const now = ctx.clock.now();
      // The account's row held: concurrent updates apply one after another.
      const kept = await lockSettings(own, now);
      const switches = patchSwitches(kept.switches, b);
      const sites = await allSites(trx, store.accountId);
      const wanted = switches.multiple_sites?.enabled;
      if (b.multiple_sites?.enabled === false && sites.length > 1) throw ctx.fail('disableMultipleSitesAfterDeletingOther');
      const multiple = wanted === true || sites.length > 1;
      const siteCode = switches.multiple_sites?.site_code;
      if (b.multiple_sites?.site_code?.enable === true) {
        if (!multiple) throw siteCodeNeedsMultipleSites();
        if (siteCode?.short_extension_length === undefined) throw siteCodeNeedsShortLength();
      }
      // Multiple sites off: the site code goes off with it (it needs multiple sites).
      if (!multiple && siteCode?.enable) switches.multiple_sites = { ...switches.multiple_sites, site_code: { ...siteCode, enable: false } };
      await saveSettings(own, { ...kept, switches }, now);
    });
    return undefined;
  },

  async listAnAccountsZoomPhoneSettings(ctx) {
    const store = await ctx.store();
    const schema = successSchema('listAnAccountsZoomPhoneSettings');
    const { types, invalid } = settingTypesAsked(ctx.query.setting_types, Object.keys(schema.properties ?? {}));
    if (invalid.length) throw ctx.fail('settingTypeSSuppliedInQuery');
    return only(await accountDocument(ctx.db, store.accountId), types) as ResponseOf<'listAnAccountsZoomPhoneSettings'>;
  },

  async getGroupPhoneSettings(ctx) {
    const store = await ctx.store();
    const schema = successSchema('getGroupPhoneSettings');
    const { types, invalid } = settingTypesAsked(ctx.query.setting_types, Object.keys(schema.properties ?? {}));
    if (invalid.length) throw ctx.fail('settingTypeSSuppliedInQuery', { settingTypes: invalid.join(',') });
    const group = (await groupsOf(ctx.db, store.accountId)).find((g) => g.id === ctx.params.groupId);
    if (!group) throw ctx.fail('userGroupDoesNotExist', { groupId: ctx.params.groupId });
    // The account's document as the group page words it (accountPolicy: the beep tone's members).
    const account = (await accountPolicy(ctx.db, store.accountId)).policy;
    const doc: Json = {};
    for (const [key, s] of Object.entries(schema.properties ?? {})) {
      if (types && !types.includes(key)) continue;
      // The group inherits the account's value and lock; no operation changes a group's own value of these.
      const inherited = account[GROUP_NAMES_OF_ACCOUNT[key] ?? key];
      let value: Json = deepMerge(GROUP_EXTRAS[key] ?? {}, isRecord(inherited) ? inherited : {});
      if (key === 'allow_emergency_calls') {
        const policy = await groupPolicy(ctx.db, store.accountId, 'allow_emergency_calls', group.id);
        value = { ...policy.value, locked: policy.locked, locked_by: policy.lockedBy, modified: policy.modified };
      } else if (s.properties?.locked && value.locked === undefined) value = { ...value, locked: false, locked_by: 'invalid' };
      if (s.properties?.modified && value.modified === undefined) value = { ...value, modified: false };
      doc[key] = value;
    }
    return fitToSchema(schema, doc) as ResponseOf<'getGroupPhoneSettings'>;
  },
});

