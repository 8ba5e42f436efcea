// Handlers of the sites room, keyed by operationId. A site groups users and numbers;
// creating one also creates its main auto receptionist and default emergency address.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { defineHandlers, type BodyOf, type ItemOf, type ResponseOf } from '../../kit/context.ts';
import { deleteSiteMovingAssets, lockForDelete, parseSiteData, siteDataJson, type SiteRow } from './store.ts';
import { createMainReceptionist, mainReceptionistsOfSites, receptionistExists, type MainReceptionist } from '../auto-receptionists/public.ts';
import { setSiteDefaultAddress, shownAddress, siteDefaultAddress } from '../emergency-addresses/public.ts';
import { mainSiteCannotBeDeleted, multipleSitesNotEnabled, shortExtensionLengthInvalid, sourceReceptionistDoesNotExist, type Fails } from './errors.ts';
import type { SiteData } from './tables.ts';
import { forwardTarget, shownSitePolicy } from './forward.ts';
import { applyPolicyPatch, consentProblem, forwardExtensionId, lockedAbove, settingLocked, sitePolicyProblem, type Json } from './policy.ts';
import { accountPolicy, multipleSitesSwitchedOff } from '../account-settings/public.ts';
import {
  COUNTRIES,
  DEFAULT_SHORT_EXTENSION_LENGTH,
  addressComplete,
  firstReceptionistExtension,
  rangeProblem,
  shortExtensionLengthValid,
  siteCodeLengthValid,
} from './rules.ts';

type SiteItem = ItemOf<'listPhoneSites', 'sites'>;
type SiteDetails = ResponseOf<'getPhoneSiteDetails'>;
type CreateBody = BodyOf<'createAPhoneSite'>;

/** The main auto receptionist is the auto-receptionists family's: read with the page of sites. */
function summary(row: SiteRow, receptionist: MainReceptionist | undefined, data = parseSiteData(row)): SiteItem {
  return {
    id: row.id,
    name: row.name,
    site_code: row.site_code ?? undefined,
    country: data.country,
    main_auto_receptionist: receptionist,
  };
}

async function details(db: Kysely<Database>, accountId: string, row: SiteRow): Promise<SiteDetails> {
  const data = parseSiteData(row);
  const receptionist = (await mainReceptionistsOfSites(db, accountId, [row.id])).get(row.id);
  // The site's default emergency address is the emergency-addresses family's.
  const address = await siteDefaultAddress(db, accountId, row.id);
  const changes = data.policy as Json | undefined;
  return {
    // Everything the list shows of a site, and the details only one site shows.
    ...summary(row, receptionist, data),
    caller_id_name: data.caller_id_name,
    default_emergency_address: address && { ...shownAddress(address), is_default: address.is_default, level: address.level, status: address.status },
    short_extension: { length: data.short_extension?.length ?? DEFAULT_SHORT_EXTENSION_LENGTH },
    sip_zone: data.sip_zone,
    policy: (await shownSitePolicy(db, accountId, changes)) as SiteDetails['policy'],
    india_state_code: data.india_state_code,
    india_city: data.india_city,
    india_sdca_npa: data.india_sdca_npa,
    india_entity_name: data.india_entity_name,
  };
}

type IndiaFields = Pick<CreateBody, 'india_state_code' | 'india_city' | 'india_sdca_npa' | 'india_entity_name'>;

/** The documented India-site requirements ("This field only applies to India based accounts"). */
function checkIndia(ctx: Fails<'forIndiaSitesStateAndCity' | 'shortDistanceCallingAreaIsInvalid' | 'indiaEntityNameIsRequired'>, b: IndiaFields) {
  if (!b.india_state_code || !b.india_city) throw ctx.fail('forIndiaSitesStateAndCity');
  if (b.india_sdca_npa !== undefined && !/^\d{2,8}$/.test(b.india_sdca_npa)) throw ctx.fail('shortDistanceCallingAreaIsInvalid');
  if (!b.india_entity_name) throw ctx.fail('indiaEntityNameIsRequired');
}

type PolicyFails = Fails<
  | 'youDoNotEnableOpFlag'
  | 'youDoNotEnableOpFlag13800_2'
  | 'timeZoneIsInvalid'
  | 'invalidTimePeriod'
  | 'invalidEndDate'
  | 'extensionDoesNotExist'
>;

/** The site's policy changes after this PATCH, or the documented error of the first rule it breaks. */
async function patchedPolicy(ctx: PolicyFails, db: Kysely<Database>, accountId: string, kept: Json | undefined, patch: Json): Promise<SiteData['policy']> {
  const consent = consentProblem(patch);
  if (consent) throw ctx.fail(consent === 'recording_start_prompt' ? 'youDoNotEnableOpFlag' : 'youDoNotEnableOpFlag13800_2');
  // A setting the account locked is the account's for every site.
  const locked = lockedAbove((await accountPolicy(db, accountId)).policy, patch);
  if (locked) throw settingLocked(locked);
  const merged = applyPolicyPatch(kept, patch);
  const problem = sitePolicyProblem(patch, merged);
  if (problem) throw ctx.fail(problem.name, 'values' in problem ? problem.values : undefined);
  const forward = forwardExtensionId(patch);
  if (forward !== undefined && !(await forwardTarget(db, accountId, forward))) throw ctx.fail('extensionDoesNotExist', { extension_id: forward });
  return merged as SiteData['policy'];
}

export const handlers = defineHandlers({
  async listPhoneSites(ctx): Promise<ResponseOf<'listPhoneSites'>> {
    const store = await ctx.store();
    return ctx.list({
      items: 'sites',
      fetch: (after, limit) => store.page('sites', {}, after, limit),
      count: () => store.count('sites', {}),
      present: async (rows) => {
        const receptionists = await mainReceptionistsOfSites(store.db, store.accountId, rows.map((r) => r.id));
        return rows.map((row) => summary(row, receptionists.get(row.id)));
      },
    });
  },

  async createAPhoneSite(ctx): Promise<ResponseOf<'createAPhoneSite'>> {
    const store = await ctx.store();
    const b = ctx.body;
    const shortLength = b.short_extension?.length ?? DEFAULT_SHORT_EXTENSION_LENGTH;
    if (!shortExtensionLengthValid(shortLength)) throw shortExtensionLengthInvalid();
    const siteCode = b.site_code ?? null;
    if (!siteCodeLengthValid(siteCode, shortLength)) throw ctx.fail('invalidSiteCodeLength');
    const address = b.default_emergency_address;
    const country = address.country.toUpperCase();
    if (!COUNTRIES[country]) throw ctx.fail('countryInformationIsInvalid');
    if (!addressComplete(address)) throw ctx.fail('thisAddressCouldNotBeValidated');
    if (country === 'IN') checkIndia(ctx, b);

    const id = ctx.ids.next();
    await ctx.db.transaction().execute(async (trx) => {
      const sites = store.on(trx);
      // The account's switches held first: turning multiple sites off waits for this site, or this site for it.
      const switchedOff = await multipleSitesSwitchedOff(trx, store.accountId, ctx.clock.now());
      const isFirst = (await sites.count('sites', {})) === 0;
      if (!isFirst && switchedOff) throw multipleSitesNotEnabled();
      // "The ID of the auto-receptionist that you can copy": the new main one starts with its settings and IVR.
      const source = b.source_auto_receptionist_id;
      if (source !== undefined && !(await receptionistExists(trx, store.accountId, source))) throw sourceReceptionistDoesNotExist({ autoReceptionistId: source });
      // The main auto receptionist is made with the site; the directory hands out its
      // number, so neither a user nor another receptionist can hold it too.
      await createMainReceptionist(trx, {
        accountId: store.accountId, siteId: id, id: ctx.ids.next(), extensionId: ctx.ids.next(), name: b.auto_receptionist_name,
        firstExtension: firstReceptionistExtension(siteCode, shortLength), now: ctx.clock.now(), copyFrom: source,
      });
      const data: SiteData = {
        country: { code: country, name: COUNTRIES[country] },
        short_extension: { length: shortLength },
        sip_zone: b.sip_zone,
        force_off_net: b.force_off_net,
        // "This field only applies to India based accounts": another site keeps none of them.
        ...(country === 'IN'
          ? { india_state_code: b.india_state_code, india_city: b.india_city, india_sdca_npa: b.india_sdca_npa, india_entity_name: b.india_entity_name }
          : {}),
      };
      await sites.insert('sites', { id, name: b.name, site_code: siteCode, main_site: isFirst ? 1 : 0, data: siteDataJson(data), created_at: ctx.clock.now() });
      // Its default emergency address is one of the account's emergency addresses (the emergency-addresses family's).
      await setSiteDefaultAddress(trx, { accountId: store.accountId, siteId: id, id: ctx.ids.next(), lines: { ...address, country }, now: ctx.clock.now() });
    });
    return { id, name: b.name };
  },

  async getPhoneSiteDetails(ctx) {
    const store = await ctx.store();
    const row = await store.find('sites', { id: ctx.params.siteId });
    if (!row) throw ctx.fail('siteDoesNotExist');
    return details(store.db, store.accountId, row);
  },

  async updatePhoneSiteDetails(ctx) {
    const store = await ctx.store();
    const b = ctx.body ?? {};
    // Read, merged and written under the row's lock: concurrent patches of one site apply one after another.
    await ctx.db.transaction().execute(async (trx) => {
      const sites = store.on(trx);
      const row = await sites.lock('sites', { id: ctx.params.siteId }, 'noKeyUpdate');
      if (!row) throw ctx.fail('validationFailedSiteDoesNotExist');
      const data = parseSiteData(row);

      const shortLength = b.short_extension?.length ?? data.short_extension?.length ?? DEFAULT_SHORT_EXTENSION_LENGTH;
      if (!shortExtensionLengthValid(shortLength)) throw ctx.fail('invalidShortExtensionNumberLength');
      const siteCode = b.site_code !== undefined ? b.site_code : row.site_code;
      if (!siteCodeLengthValid(siteCode, shortLength)) throw ctx.fail('invalidSiteCodeLength');
      const ranges = b.short_extension?.ranges ?? (b.short_extension?.length !== undefined ? data.short_extension?.ranges : undefined);
      if (ranges) {
        const problem = rangeProblem(ranges, shortLength);
        if (problem) throw ctx.fail(problem);
      }
      if (b.default_emergency_address) {
        const a = b.default_emergency_address;
        if (a.country.toUpperCase() !== data.country?.code) throw ctx.fail('changeCountryIsNotAllowed');
        if (!addressComplete(a)) throw ctx.fail('thisAddressCouldNotBeValidated');
        // The default address keeps its id; it is the emergency-addresses family's (4100 moved it out of the site's data).
        await setSiteDefaultAddress(trx, { accountId: store.accountId, siteId: row.id, id: ctx.ids.next(), lines: a, now: ctx.clock.now() });
        delete data.default_emergency_address;
      }

      if (b.policy) data.policy = await patchedPolicy(ctx, trx, store.accountId, data.policy as Json | undefined, b.policy as Json);

      data.short_extension = { length: shortLength, ...(ranges ? { ranges } : {}) };
      // "The user can reset the caller ID name by setting it to \"\"."
      if (b.caller_id_name === '') delete data.caller_id_name;
      else if (b.caller_id_name !== undefined) data.caller_id_name = b.caller_id_name;
      if (b.sip_zone !== undefined) data.sip_zone = b.sip_zone;

      await sites.patch('sites', { id: row.id }, { name: b.name ?? row.name, site_code: siteCode, data: siteDataJson(data) });
    });
    return undefined;
  },

  async deleteAPhoneSite(ctx) {
    const store = await ctx.store();
    const siteId = ctx.params.siteId;
    const transferId = ctx.query.transfer_site_id;
    if (transferId === siteId) {
      if (!(await store.find('sites', { id: siteId }))) throw ctx.fail('siteDoesNotExist');
      throw ctx.fail('unableToTransferToTheSame');
    }
    // The site is locked before anything on it moves: a user moving in either
    // finished first (and is moved on by this delete) or waits and finds it gone.
    await ctx.db.transaction().execute(async (trx) => {
      const sites = store.on(trx);
      const { site, target } = await lockForDelete(sites, siteId, transferId);
      if (!site) throw ctx.fail('siteDoesNotExist');
      if (site.main_site) throw mainSiteCannotBeDeleted();
      if (!target) throw ctx.fail('siteDoesNotExist');
      await deleteSiteMovingAssets(sites, siteId, transferId);
    });
    return undefined;
  },
});
