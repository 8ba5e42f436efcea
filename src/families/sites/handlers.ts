// Handlers of the sites room, keyed by operationId. A site groups users and numbers;
// creating one also creates its main auto receptionist and default emergency address.
import type { HandlerMap, RequestContext } from '../../kit/context.ts';
import { documented } from '../../kit/errors.ts';
import { countSites, deleteSiteMovingAssets, findSite, listSites, lockForDelete, lockSite, type SiteRow } from './store.ts';
import { deepMerge as merge } from '../../kit/merge.ts';
import { claimFirstFreeExtension } from '../extensions/public.ts';
import { COUNTRIES, addressComplete, firstReceptionistExtension, rangeProblem, shortExtensionLengthValid, siteCodeLengthValid, type AddressInput } from './rules.ts';

const bad = (message: string) => ({ status: 400, code: 300, message });

function summary(row: SiteRow) {
  const data = JSON.parse(row.data);
  return {
    id: row.id,
    name: row.name,
    site_code: row.site_code ?? undefined,
    country: data.country,
    main_auto_receptionist: data.main_auto_receptionist,
  };
}

function details(row: SiteRow) {
  const data = JSON.parse(row.data);
  const address = data.default_emergency_address;
  return {
    ...summary(row),
    caller_id_name: data.caller_id_name,
    default_emergency_address: address ? { is_default: true, level: 0, status: 1, ...address } : undefined,
    short_extension: data.short_extension,
    sip_zone: data.sip_zone,
    policy: data.policy,
    india_state_code: data.india_state_code,
    india_city: data.india_city,
    india_sdca_npa: data.india_sdca_npa,
    india_entity_name: data.india_entity_name,
  };
}

/** The documented India-site requirements ("This field only applies to India based accounts"). */
function checkIndia(ctx: RequestContext, b: any) {
  if (!b.india_state_code || !b.india_city) throw documented(ctx, /India sites, state and city/, bad('For India sites, state and city should not be empty.'));
  if (b.india_sdca_npa !== undefined && !/^\d{2,8}$/.test(b.india_sdca_npa)) throw documented(ctx, /Short Distance Calling Area/, bad('Short Distance Calling Area is invalid.'));
  if (!b.india_entity_name) throw documented(ctx, /India Entity Name/, bad('India Entity Name is required.'));
}

export const handlers: HandlerMap = {
  async listPhoneSites(ctx) {
    const account = await ctx.account();
    const page = await ctx.page(
      ctx.query,
      {},
      (after, limit) => listSites(ctx.db, account.id, after, limit),
      () => countSites(ctx.db, account.id),
    );
    return { next_page_token: page.next_page_token, page_size: page.page_size, total_records: page.total_records, sites: page.rows.map(summary) };
  },

  async createAPhoneSite(ctx) {
    const account = await ctx.account();
    const b = ctx.body;
    const shortLength: number = b.short_extension?.length ?? 3;
    if (!shortExtensionLengthValid(shortLength)) throw documented(ctx, /short extension number length/i, bad('Invalid short extension number length.'));
    const siteCode: number | null = b.site_code ?? null;
    if (!siteCodeLengthValid(siteCode, shortLength)) throw documented(ctx, /Invalid site code length/, bad('Invalid site code length.'));
    const address: AddressInput = b.default_emergency_address;
    const country = address.country.toUpperCase();
    if (!COUNTRIES[country]) throw documented(ctx, /Country information is invalid/, bad('Country information is invalid.'));
    if (!addressComplete(address)) throw documented(ctx, /could not be validated/, bad('This address could not be validated.'));
    if (country === 'IN') checkIndia(ctx, b);

    const id = ctx.ids.next();
    await ctx.db.transaction().execute(async (trx) => {
      const isFirst = (await countSites(trx, account.id)) === 0;
      const receptionist = { id: ctx.ids.next(), extension_id: ctx.ids.next(), name: b.auto_receptionist_name };
      // The directory hands out the number, so neither a user nor another site's receptionist can hold it too.
      const extension = await claimFirstFreeExtension(
        trx,
        { accountId: account.id, id: receptionist.extension_id, kind: 'autoReceptionist', name: receptionist.name, siteId: id, ownerId: id },
        firstReceptionistExtension(siteCode, shortLength),
      );
      const data = {
        country: { code: country, name: COUNTRIES[country] },
        short_extension: { length: shortLength },
        main_auto_receptionist: { ...receptionist, extension_number: extension },
        default_emergency_address: {
          id: ctx.ids.next(),
          address_line1: address.address_line1,
          address_line2: address.address_line2,
          city: address.city,
          state_code: address.state_code,
          zip: address.zip,
          country,
        },
        sip_zone: b.sip_zone,
        force_off_net: b.force_off_net,
        india_state_code: b.india_state_code,
        india_city: b.india_city,
        india_sdca_npa: b.india_sdca_npa,
        india_entity_name: b.india_entity_name,
      };
      await trx
        .insertInto('sites')
        .values({ id, account_id: account.id, name: b.name, site_code: siteCode, main_site: isFirst ? 1 : 0, data: JSON.stringify(data), created_at: ctx.clock.now() })
        .execute();
    });
    return { id, name: b.name };
  },

  async getPhoneSiteDetails(ctx) {
    const account = await ctx.account();
    const row = await findSite(ctx.db, account.id, ctx.params.siteId);
    if (!row) throw documented(ctx, /site does not exist/i, { status: 404, code: 404, message: 'The site does not exist.' });
    return details(row);
  },

  async updatePhoneSiteDetails(ctx) {
    const account = await ctx.account();
    const b = ctx.body ?? {};
    // Read, merged and written under the row's lock: concurrent patches of one site apply one after another.
    await ctx.db.transaction().execute(async (trx) => {
      const row = await lockSite(trx, account.id, ctx.params.siteId, 'noKeyUpdate');
      if (!row) throw documented(ctx, /Site does not exist/, bad('Validation Failed. Site does not exist.'));
      const data = JSON.parse(row.data);

      const shortLength: number = b.short_extension?.length ?? data.short_extension?.length ?? 3;
      if (!shortExtensionLengthValid(shortLength)) throw documented(ctx, /Invalid short extension number length/, bad('Invalid short extension number length.'));
      const siteCode: number | null = b.site_code !== undefined ? b.site_code : row.site_code;
      if (!siteCodeLengthValid(siteCode, shortLength)) throw documented(ctx, /Invalid site code length/, bad('Invalid site code length.'));
      const ranges = b.short_extension?.ranges ?? (b.short_extension?.length !== undefined ? data.short_extension?.ranges : undefined);
      if (ranges) {
        const problem = rangeProblem(ranges, shortLength);
        if (problem) throw documented(ctx, problem, bad('Validation Failed.'));
      }
      if (b.default_emergency_address) {
        const a: AddressInput = b.default_emergency_address;
        if (a.country.toUpperCase() !== data.country?.code) throw documented(ctx, /Change country is not allowed/, bad('Change country is not allowed.'));
        if (!addressComplete(a)) throw documented(ctx, /This address could not be validated/, bad('This address could not be validated.'));
        data.default_emergency_address = {
          id: data.default_emergency_address?.id ?? ctx.ids.next(),
          address_line1: a.address_line1,
          address_line2: a.address_line2,
          city: a.city,
          state_code: a.state_code,
          zip: a.zip,
          country: a.country.toUpperCase(),
        };
      }
      if (data.country?.code === 'IN' && ['india_state_code', 'india_city', 'india_sdca_npa', 'india_entity_name'].some((k) => b[k] !== undefined)) {
        checkIndia(ctx, { ...data, ...b });
      }

      data.short_extension = { length: shortLength, ...(ranges ? { ranges } : {}) };
      for (const k of ['caller_id_name', 'sip_zone', 'india_state_code', 'india_city', 'india_sdca_npa', 'india_entity_name']) if (b[k] !== undefined) data[k] = b[k];
      if (b.policy) data.policy = merge(data.policy, b.policy);

      await trx
        .updateTable('sites')
        .set({ name: b.name ?? row.name, site_code: siteCode, data: JSON.stringify(data) })
        .where('account_id', '=', account.id)
        .where('id', '=', row.id)
        .execute();
    });
    return undefined;
  },

  async deleteAPhoneSite(ctx) {
    const account = await ctx.account();
    const siteId = ctx.params.siteId;
    const transferId: string = ctx.query.transfer_site_id;
    const notFound = () => documented(ctx, /^Site does not exist/, { status: 400, code: 400, message: 'Site does not exist.' });
    if (transferId === siteId) {
      if (!(await findSite(ctx.db, account.id, siteId))) throw notFound();
      throw documented(ctx, /same site/, { status: 400, code: 400, message: 'Unable to transfer to the same site.' });
    }
    // The site is locked before anything on it moves: a user moving in either
    // finished first (and is moved on by this delete) or waits and finds it gone.
    await ctx.db.transaction().execute(async (trx) => {
      const { site, target } = await lockForDelete(trx, account.id, siteId, transferId);
      if (!site) throw notFound();
      // The page says the main site cannot be deleted but lists no code for it; 400 is its family's.
      if (site.main_site) throw documented(ctx, /main site/i, { status: 400, code: 400, message: 'The main site cannot be deleted.' });
      if (!target) throw notFound();
      await deleteSiteMovingAssets(trx, account.id, siteId, transferId);
    });
    return undefined;
  },
};
