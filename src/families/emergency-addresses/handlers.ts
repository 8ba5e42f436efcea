// Handlers of the emergency-addresses family, keyed by operationId: the account's
// emergency addresses at each level — company addresses of the account or of a site
// (a site's default address, made with the site, is one of them) and personal
// addresses of a user — with what each is the default of, and its verification status.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { defineHandlers, type ItemOf, type RequestContext, type ResponseOf } from '../../kit/context.ts';
import { isUniqueViolation } from '../../kit/constraints.ts';
import { findSite, holdSite, siteNames, siteTerms } from '../sites/public.ts';
import { holdUser, usersOf } from '../users/public.ts';
import { addressesInUse } from '../emergency-locations/public.ts';
import { worded, WORDS } from './errors.ts';
import { blankLine, countryCode, defaultScope, lockedStatus, LEVEL, STATUS, type AddressLines, type Level, type Status } from './rules.ts';
import { clearDefault, countOf, insertAddress, lockAddress, pageOf, addressOf, type AddressRow, type ListFilters } from './store.ts';

type Db = Kysely<Database>;

type ListItem = ItemOf<'listEmergencyAddresses', 'emergency_addresses'>;

interface Names {
  sites: Map<string, { id: string; name: string }>;
  users: Map<string, { id: string; name: string; extension_number: number | null }>;
}

/** The names a page of addresses shows: their sites' and their owners'. */
async function namesOf(db: Db, accountId: string, rows: AddressRow[]): Promise<Names> {
  const siteIds = [...new Set(rows.map((r) => r.site_id).filter((id): id is string => id !== null))];
  const ownerIds = [...new Set(rows.filter((r) => r.level === LEVEL.personal && r.owner_id).map((r) => r.owner_id!))];
  const [sites, users] = await Promise.all([siteNames(db, accountId, siteIds), usersOf(db, accountId, ownerIds)]);
  return {
    sites,
    users: new Map(users.map((u) => [u.id, { id: u.id, name: u.name, extension_number: u.extension_number === null ? null : Number(u.extension_number) }])),
  };
}

/** An address as the list, the details and the update show it (owner.extension_number a number). */
function shown(r: AddressRow, n: Names): ListItem {
  const owner = r.level === LEVEL.personal && r.owner_id ? n.users.get(r.owner_id) : undefined;
  return {
    id: r.id,
    address_line1: r.address_line1,
    address_line2: r.address_line2 ?? undefined,
    city: r.city,
    state_code: r.state_code,
    zip: r.zip,
    country: r.country,
    is_default: r.is_default === 1,
    level: r.level as Level,
    status: r.status as Status,
    site: r.site_id ? n.sites.get(r.site_id) : undefined,
    owner: owner && { id: owner.id, name: owner.name, extension_number: owner.extension_number ?? undefined },
  };
}

async function detailsOf(db: Db, accountId: string, r: AddressRow): Promise<ListItem> {
  return shown(r, await namesOf(db, accountId, [r]));
}

/**
 * Runs a write that may make an address a default again when the database refused it
 * for another writer's default of the same site, user or account committed meanwhile
 * (the unique index on default_of): the second run sees that one and lets it go.
 */
async function retryingDefaults<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (err) {
      if (attempt >= 5 || !isUniqueViolation(err)) throw err;
    }
  }
}

/** The lines as kept (trimmed, the country in capitals), or the 400/300 of the first one that is wrong. */
function checkedLines(fail: () => ReturnType<RequestContext['fail']>, b: AddressLines, countryOfAddress: string | undefined): AddressLines {
  const country = b.country !== undefined ? countryCode(b.country) : undefined;
  const blank = blankLine(b);
  if (blank) throw worded(fail(), WORDS.required(blank, country ?? countryOfAddress), blank);
  if (b.country !== undefined && !country) throw worded(fail(), WORDS.countryInvalid, 'country');
  const trim = (v: string | undefined) => (v === undefined ? undefined : v.trim());
  return {
    address_line1: trim(b.address_line1),
    address_line2: b.address_line2,
    city: trim(b.city),
    state_code: trim(b.state_code),
    zip: trim(b.zip),
    country,
  };
}

export const handlers = defineHandlers({
  async listEmergencyAddresses(ctx) {
    const store = await ctx.store();
    const q = ctx.query;
    if (q.site_id !== undefined && !(await findSite(store.db, store.accountId, q.site_id))) throw ctx.fail('siteDoesNotExist', { site_id: q.site_id });
    const filters: ListFilters = { site_id: q.site_id, user_id: q.user_id, level: q.level, status: q.status, address_keyword: q.address_keyword };
    return ctx.list({
      items: 'emergency_addresses',
      filters: { ...filters },
      fetch: (after, limit) => pageOf(store, filters, after, limit),
      count: () => countOf(store, filters),
      present: async (rows) => {
        const names = await namesOf(store.db, store.accountId, rows);
        return rows.map((r) => shown(r, names));
      },
    });
  },

  async addAnEmergencyAddress(ctx): Promise<ResponseOf<'addAnEmergencyAddress'>> {
    const store = await ctx.store();
    const b = ctx.body;
    const fail = () => ctx.fail('error300');
    const lines = checkedLines(fail, b, undefined);
    const id = ctx.ids.next();
    const now = ctx.clock.now();
    const row = await retryingDefaults(() =>
      ctx.db.transaction().execute(async (trx) => {
        let level: number = LEVEL.company;
        let siteId: string | null = null;
        let ownerId: string | null = null;
        if (b.user_id !== undefined) {
          // A personal address: held with its user, so that a removal of the user waits and then takes it.
          const user = await holdUser(trx, store.accountId, b.user_id);
          if (!user) throw worded(fail(), WORDS.userNotFound(b.user_id), 'user_id');
          if (b.site_id !== undefined && b.site_id !== user.site_id) throw worded(fail(), WORDS.notUsersSite(b.site_id), 'site_id');
          level = LEVEL.personal;
          ownerId = user.id;
          siteId = user.site_id;
        } else if (b.site_id !== undefined) {
          // Held so that a delete of the site waits, then moves the address to its transfer site.
          const site = await holdSite(trx, store.accountId, b.site_id);
          if (!site) throw worded(fail(), WORDS.siteNotFound(b.site_id), 'site_id');
          siteId = site.id;
          const siteCountry = siteTerms(site).country;
          if (b.is_default && siteCountry && siteCountry !== lines.country) throw worded(fail(), WORDS.defaultInSiteCountry(siteCountry), 'country');
        }
        const scope = defaultScope({ level, site_id: siteId, owner_id: ownerId });
        if (b.is_default) await clearDefault(trx, store.accountId, scope);
        const values = {
          id, level, site_id: siteId, owner_id: ownerId,
          address_line1: lines.address_line1!, address_line2: lines.address_line2 ?? null, city: lines.city!, state_code: lines.state_code!, zip: lines.zip!, country: lines.country!,
          status: STATUS.notRequired, is_default: b.is_default ? 1 : 0, default_of: b.is_default ? scope : null, created_at: now, updated_at: now,
        };
        await insertAddress(trx, store.accountId, values);
        return { ...values, account_id: store.accountId, seq: 0 } as AddressRow;
      }),
    );
    const item = await detailsOf(store.db, store.accountId, row);
    // This page types the owner's extension number as a string.
    return { ...item, owner: item.owner && { ...item.owner, extension_number: item.owner.extension_number?.toString() } };
  },

  async getEmergencyAddressDetails(ctx) {
    const store = await ctx.store();
    const row = await addressOf(store.db, store.accountId, ctx.params.emergencyAddressId);
    if (!row) throw ctx.fail('emergencyAddressDoesNotExist', { emergencyAddressId: ctx.params.emergencyAddressId });
    return detailsOf(store.db, store.accountId, row);
  },

  async updateAnEmergencyAddress(ctx) {
    const store = await ctx.store();
    const b = ctx.body ?? {};
    const id = ctx.params.emergencyAddressId;
    const fail = () => ctx.fail('error300');
    const now = ctx.clock.now();
    const row = await retryingDefaults(() =>
      // Read and written under the row's lock: concurrent updates of one address apply one after another.
      ctx.db.transaction().execute(async (trx) => {
        const row = await lockAddress(trx, store.accountId, id, 'noKeyUpdate');
        if (!row) throw worded(fail(), WORDS.notFound(id));
        if (lockedStatus(row.status)) throw worded(fail(), WORDS.statusLocked(row.status));
        const lines = checkedLines(fail, b, row.country);
        const country = lines.country ?? row.country;
        const scope = defaultScope(row);
        const siteDefault = row.default_of !== null && row.level === LEVEL.company && row.site_id !== null;
        // A site's default address stays in the site's country ("Change country is not allowed.") and stays its default.
        if (siteDefault && country !== row.country) throw worded(fail(), WORDS.changeCountry, 'country');
        if (siteDefault && b.is_default === false) throw worded(fail(), WORDS.siteNeedsDefault, 'is_default');
        const makeDefault = b.is_default === true && row.is_default !== 1;
        if (makeDefault && row.level === LEVEL.company && row.site_id) {
          const site = await findSite(trx, store.accountId, row.site_id);
          const siteCountry = site ? siteTerms(site).country : undefined;
          if (siteCountry && siteCountry !== country) throw worded(fail(), WORDS.defaultInSiteCountry(siteCountry), 'country');
        }
        if (makeDefault) await clearDefault(trx, store.accountId, scope, row.id);
        const isDefault = b.is_default === undefined ? row.is_default === 1 : b.is_default;
        const changes = {
          address_line1: lines.address_line1 ?? row.address_line1,
          address_line2: b.address_line2 !== undefined ? b.address_line2 : row.address_line2,
          city: lines.city ?? row.city,
          state_code: lines.state_code ?? row.state_code,
          zip: lines.zip ?? row.zip,
          country,
          is_default: isDefault ? 1 : 0,
          default_of: isDefault ? scope : null,
          updated_at: now,
        };
        await trx.updateTable('emergency_addresses').set(changes).where('account_id', '=', store.accountId).where('id', '=', row.id).execute();
        return { ...row, ...changes };
      }),
    );
    return detailsOf(store.db, store.accountId, row);
  },

  async deleteAnEmergencyAddress(ctx) {
    const store = await ctx.store();
    const id = ctx.params.emergencyAddressId;
    const fail = () => ctx.fail('error300');
    await ctx.db.transaction().execute(async (trx) => {
      const row = await lockAddress(trx, store.accountId, id, 'update');
      if (!row) throw worded(fail(), WORDS.notFound(id));
      if (row.default_of !== null && row.level === LEVEL.company && row.site_id !== null) throw worded(fail(), WORDS.siteDefaultNotDeletable);
      // An emergency location sends it: the location must be given another address first.
      if ((await addressesInUse(trx, store.accountId, [row.id])).has(row.id)) throw worded(fail(), WORDS.inUseByLocation);
      await trx.deleteFrom('emergency_addresses').where('account_id', '=', store.accountId).where('id', '=', row.id).execute();
    });
    return undefined;
  },
});
