// Handlers of the emergency-locations family, keyed by operationId: the account's
// emergency service locations (a tree of top locations and sub-locations on a site,
// each with an emergency address and the networks it is detected by), and the
// Dashboard's emergency-services views, which place the account's users and desk
// phones on those networks (views.ts).
import { defineHandlers } from '../../kit/context.ts';
import type { ZoomError } from '../../errors.ts';
import { undocumented } from '../../kit/errors.ts';
import { findSite } from '../sites/public.ts';
import { multipleSitesEnabled } from '../account-settings/public.ts';
import { LocationProblem, problem, refusal, WORDS, worded } from './errors.ts';
import { checkAddress, checkNetworks, elinNumber, placeUnder, sipGroup, takenProblem, written } from './check.ts';
import { countLocations, childCount, networksOf, patchLocation, takenKey, type LocationRow } from './store.ts';
import { MAX_LOCATIONS, MAX_TEXT } from './rules.ts';
import { detailedLocation, listedLocations } from './present.ts';
import { batchAdd } from './batch.ts';
import { views } from './views.ts';

const siteRequiredToList = undocumented({
  status: 400,
  code: 300,
  message: 'site_id is required when multiple sites are enabled.',
  why: "listEmergencyServiceLocations: 'When you enable multiple sites, the site_id parameter is required.'; the page documents no error for it. 300 is the validation failure's code.",
});

const siteMissingToList = undocumented({
  status: 400,
  code: 300,
  message: 'Site does not exist: {0}.',
  why: "listEmergencyServiceLocations documents no error; a site_id the account does not have is refused in the site pages' words ('Site does not exist') with the validation failure's code.",
});

/** Runs `work`, answering a LocationProblem in the operation's words. */
async function answering<T>(row: () => ZoomError, op: 'add' | 'batch' | 'update', work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof LocationProblem) throw refusal(row(), err, op);
    throw err;
  }
}

export const handlers = defineHandlers({
  async batchAddEmergencyServiceLocations(ctx) {
    const store = await ctx.store();
    return answering(
      () => ctx.fail('validationFailedLocationDoesNotExist'),
      'batch',
      () => batchAdd(ctx.db, store, ctx.body, ctx.ids, ctx.clock.now()),
    );
  },

  async listEmergencyServiceLocations(ctx) {
    const store = await ctx.store();
    const siteId = ctx.query.site_id;
    if (siteId !== undefined) {
      if (!(await findSite(store.db, store.accountId, siteId))) throw siteMissingToList({ 0: siteId });
    } else if (await multipleSitesEnabled(store.db, store.accountId)) throw siteRequiredToList();
    const where = siteId !== undefined ? { site_id: siteId } : {};
    return ctx.list({
      items: 'locations',
      filters: { site_id: siteId ?? null },
      fetch: (after, limit) => store.page('emergency_locations', where, after, limit),
      count: () => store.count('emergency_locations', where),
      present: (rows) => listedLocations(store.db, store.accountId, rows),
    });
  },

  async addAnEmergencyServiceLocation(ctx) {
    const store = await ctx.store();
    const b = ctx.body;
    const id = ctx.ids.next();
    const name = b.name.trim();
    await answering(
      () => ctx.fail('validationFailedASiteIdIs'),
      'add',
      async () => {
        if (!name) throw problem('nameRequired', 'name');
        if (name.length > MAX_TEXT) throw problem('tooLong', 'name');
        if (!b.emergency_address_id.trim()) throw problem('addressRequired', 'emergency_address_id');
        const nets = checkNetworks({ bssid: b.bssid, private_ip: b.private_ip, public_ip: b.public_ip }, 'add');
        const now = ctx.clock.now();
        await ctx.db.transaction().execute(async (trx) => {
          const t = store.on(trx);
          const placed = await placeUnder(t, b.parent_location_id || undefined, b.site_id || undefined, 'add');
          // "This parameter is required for top locations"; "required if minimum_match_criteria is true".
          if (placed.depth === 1 && !nets.publicIps?.length) throw problem('publicIpRequired', 'public_ip');
          if (b.minimum_match_criteria && !nets.privateIps?.length) throw problem('privateIpRequired', 'private_ip');
          await checkAddress(t, b.emergency_address_id);
          const elin = b.elin_phone_number_id ? await elinNumber(trx, store.accountId, b.elin_phone_number_id, 'elin_phone_number_id') : null;
          const group = b.sip_group_id ? await sipGroup(trx, store.accountId, b.sip_group_id) : null;
          if ((await countLocations(trx, store.accountId)) >= MAX_LOCATIONS) throw problem('locations');
          await written(t, {
            id,
            site_id: placed.siteId,
            name,
            identifier: null,
            parent_id: placed.parent?.id ?? null,
            parent_key: placed.parent?.id ?? '',
            depth: placed.depth,
            emergency_address_id: b.emergency_address_id,
            elin_number_id: elin,
            sip_group_id: group,
            minimum_match_criteria: b.minimum_match_criteria ? 1 : 0,
            bssids: JSON.stringify(nets.bssids ?? []),
            private_ips: JSON.stringify(nets.privateIps ?? []),
            public_ips: JSON.stringify(nets.publicIps ?? []),
            network_switches: '[]',
            created_at: now,
            updated_at: now,
          });
        });
      },
    );
    return { id, name };
  },

  async getEmergencyServiceLocationDetails(ctx) {
    const store = await ctx.store();
    const row = await store.find('emergency_locations', { id: ctx.params.locationId });
    if (!row) throw ctx.fail('locationDoesNotExist', { 0: ctx.params.locationId });
    return detailedLocation(store.db, store.accountId, row);
  },

  async updateEmergencyServiceLocation(ctx) {
    const store = await ctx.store();
    const b = ctx.body ?? {};
    const id = ctx.params.locationId;
    await answering(
      () => ctx.fail('error300'),
      'update',
      async () => {
        const name = b.name?.trim();
        if (name === '') throw problem('nameRequired', 'name');
        if (name !== undefined && name.length > MAX_TEXT) throw problem('tooLong', 'name');
        const nets = checkNetworks(b, 'update');
        // Read and written under the row's lock: concurrent patches of one location apply one after another.
        await ctx.db.transaction().execute(async (trx) => {
          const t = store.on(trx);
          const row = await t.lock('emergency_locations', { id }, 'noKeyUpdate');
          if (!row) throw problem('locationMissing', undefined, id);
          const kept = networksOf(row);
          const publicIps = nets.publicIps ?? kept.publicIps;
          const privateIps = nets.privateIps ?? kept.privateIps;
          const minimum = b.minimum_match_criteria ?? row.minimum_match_criteria === 1;
          if (row.parent_id === null && publicIps.length === 0) throw problem('publicIpRequired', 'public_ip');
          if (minimum && privateIps.length === 0) throw problem('privateIpRequired', 'private_ip');
          if (b.emergency_address_id !== undefined && b.emergency_address_id !== row.emergency_address_id) await checkAddress(t, b.emergency_address_id);
          // An empty ELIN or SIP group lets the location's go.
          const elin = b.elin_phone_number_id === undefined ? row.elin_number_id : b.elin_phone_number_id.trim() ? await elinNumber(trx, store.accountId, b.elin_phone_number_id, 'elin_phone_number_id') : null;
          const group = b.sip_group_id === undefined ? row.sip_group_id : b.sip_group_id.trim() ? await sipGroup(trx, store.accountId, b.sip_group_id) : null;
          const changes = {
            name: name ?? row.name,
            emergency_address_id: b.emergency_address_id ?? row.emergency_address_id,
            elin_number_id: elin,
            sip_group_id: group,
            minimum_match_criteria: minimum ? 1 : 0,
            bssids: JSON.stringify(nets.bssids ?? kept.bssids),
            private_ips: JSON.stringify(privateIps),
            public_ips: JSON.stringify(publicIps),
            network_switches: JSON.stringify(nets.switches ?? kept.switches),
            updated_at: ctx.clock.now(),
          };
          if (!(await patchLocation(t, id, changes))) {
            const key = await takenKey(trx, store.accountId, { id, parent_key: row.parent_key, name: changes.name, identifier: row.identifier, elin_number_id: elin });
            throw takenProblem(key ?? 'name');
          }
        });
      },
    );
    return undefined;
  },

  async deleteAnEmergencyLocation(ctx) {
    const store = await ctx.store();
    const id = ctx.params.locationId;
    await ctx.db.transaction().execute(async (trx) => {
      const t = store.on(trx);
      // Locked for deletion: an add under it waits, or is waited for and then counted.
      const row: LocationRow | undefined = await t.lock('emergency_locations', { id }, 'update');
      if (!row) throw worded(ctx.fail('error300'), WORDS.locationMissing(id));
      if ((await childCount(trx, store.accountId, id)) > 0) throw worded(ctx.fail('error300'), WORDS.hasSubLocations(id));
      await t.remove('emergency_locations', { id });
    });
    return undefined;
  },

  ...views,
});
