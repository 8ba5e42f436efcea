// Phone numbers, as the Zoom Phone API and Number Management see them: one row each.
import { planUses, type PlanUse } from './plans.ts';
import { defineHandlers, type ItemOf, type Operations, type RequestContext } from '../../kit/context.ts';
import type { AccountStore } from '../../kit/store.ts';
import type { LockMode } from '../../kit/locks.ts';
import { queryList } from '../../kit/query.ts';
import { ZoomError } from '../../errors.ts';
import { findUser } from '../users/public.ts';
import { findSipGroup } from '../sip/public.ts';
import { multipleSitesEnabled } from '../account-settings/public.ts';
import { nmNumbers, phoneListItems, phoneNumberDetails } from './present.ts';
import {
  alreadyAssigned,
  alreadyExists,
  assignedCannotBeDeleted,
  assignedCannotChangeSite,
  assignedMeanwhileCannotBeDeleted,
  assignedMeanwhileCannotChangeSite,
  emergencyAddressStatusInvalid,
  notE164,
  phoneNumberDoesNotExist,
  phoneNumbersEmpty,
  siteDoesNotExist,
  siteRequired,
  sipGroupNotFound,
  tooManyToRemove,
  tooManyToUpdate,
  unknownPhoneNumber,
} from './errors.ts';
import {
  BYOC_SOURCES,
  NM_BYOC_LIMIT,
  PHONE_BATCH_LIMIT,
  CONTACT_CENTER_PRODUCT,
  PHONE_PRODUCT,
  TOLL_FREE_TYPES,
  countryOf,
  isByoc,
  isE164,
  isEmergencyAddressStatus,
  isNative,
  nmAssigneeTypeOf,
  numberTypeOf,
  planName,
  planRegion,
  takesCallerIdName,
  toE164,
  withCallCapabilities,
} from './rules.ts';
import {
  accountSites,
  addNumbers,
  allocate,
  assignIfFree,
  countNumbers,
  deleteNumbers,
  findNumber,
  findNumbers,
  findSite,
  listNumbers,
  moveUnassignedToSite,
  numbersTaken,
  parseData,
  saveData,
  unassignFrom,
  type NewNumber,
  type NumberData,
  type NumberFilters,
  type NumberRow,
} from './store.ts';

/** The same two fields answer assignAPhoneNumberToAUser and addByocPhoneNumbers. */
type NumberRef = ItemOf<'assignAPhoneNumberToAUser', 'phone_numbers'> & ItemOf<'addByocPhoneNumbers', 'phone_numbers'>;
type PlanItem = ItemOf<'listPhoneNumberPlanInformation', 'plans'>;
type NmFailure = { phoneNumber: string; reason: string };

const numberRef = (n: { id: string; number: string }): NumberRef => ({ id: n.id, number: n.number });

/** A number the Zoom Phone API sees: one allocated to Zoom Phone. */
async function findPhoneNumber(store: AccountStore, idOrNumber: string, lock?: LockMode): Promise<NumberRow | undefined> {
  const row = await findNumber(store, idOrNumber, lock);
  return row?.allocated_product === PHONE_PRODUCT ? row : undefined;
}

/** Resolves every requested number (id or E.164) of the account, or names the first one that is not there. */
async function resolveAll(store: AccountStore, requested: string[], phoneOnly: boolean) {
  const rows = await findNumbers(store, requested, phoneOnly);
  const byKey = new Map<string, NumberRow>();
  for (const r of rows) {
    byKey.set(r.id, r);
    byKey.set(r.number, r);
  }
  const missing = requested.find((k) => !byKey.has(k));
  const unique = [...new Map(requested.filter((k) => byKey.has(k)).map((k) => [byKey.get(k)!.id, byKey.get(k)!])).values()];
  return { rows: unique, missing };
}

/** The site a new Zoom Phone number lands in: the one named, else the account's only or main site. */
async function siteForNewNumbers(store: AccountStore, siteId: string | undefined) {
  if (siteId) return { site: await findSite(store, siteId), sites: undefined };
  const sites = await accountSites(store);
  return { site: sites.find((s) => s.main_site === 1) ?? sites[0], sites };
}

/** Inserts, turning a unique-index race (someone added the same number meanwhile) into the caller's "already exists". */
async function insertOnce(ctx: Pick<RequestContext, 'db' | 'ids' | 'clock'>, store: AccountStore, numbers: NewNumber[], taken: (numbers: string[]) => ZoomError) {
  try {
    return await ctx.db.transaction().execute((trx) => addNumbers(store.on(trx), numbers, () => ctx.ids.next(), ctx.clock.now()));
  } catch (err) {
    const clash = await numbersTaken(ctx.db, numbers.map((n) => n.number));
    if (clash.size > 0) throw taken([...clash]);
    throw err;
  }
}

function phoneListFilters(q: Operations['listPhoneNumbers']['query']): NumberFilters {
  const f: NumberFilters = { allocated_product: PHONE_PRODUCT, site_id: q.site_id };
  if (q.type === 'assigned') f.assigned = true;
  if (q.type === 'unassigned') f.assigned = false;
  if (q.type === 'byoc') f.source_in = BYOC_SOURCES;
  // An extension type with no Number Management counterpart matches nothing, not everything.
  if (q.extension_type) f.assignee_type = nmAssigneeTypeOf(q.extension_type) ?? `-${q.extension_type}`;
  if (q.number_type === 'tollfree') f.number_type_in = TOLL_FREE_TYPES;
  if (q.number_type === 'toll') f.number_type_not_in = TOLL_FREE_TYPES;
  // "Include or exclude pending numbers": false leaves them out; true or absent keeps them.
  if (q.pending_numbers === false) f.status_not = 'Pending';
  return f;
}

function nmListFilters(q: Operations['listPhoneNumbersForNumberManagement']['query']): NumberFilters {
  const f: NumberFilters = {
    allocated_product: q.allocated_product,
    number_type: q.number_type,
    status: q.number_status,
    source_in: q.number_source ? [q.number_source] : undefined,
    site_id: q.site_id,
    keyword: q.keyword,
  };
  // The two "unassigned" kinds are per product; the others name who holds the number.
  if (q.assigned_to_type === 'PhoneUnassigned') Object.assign(f, { assigned: false, allocated_product: q.allocated_product ?? PHONE_PRODUCT });
  else if (q.assigned_to_type === 'ContactCenterUnassigned') Object.assign(f, { assigned: false, allocated_product: q.allocated_product ?? 'ZOOM_CONTACT_CENTER' });
  else if (q.assigned_to_type) f.assignee_type = q.assigned_to_type;
  return f;
}

/**
 * A BYOC number's emergency address confirmed: the Phone API's status 2 and
 * Number Management's confirm_address_update are one act, so both views agree.
 */
function confirmEmergencyAddress(data: NumberData, now: number): void {
  data.emergency_address_status = 2;
  data.emergency_address_update_time = now;
  data.address_update_required = false;
}

/**
 * The account's SIP group a BYOC number of `product` is to route through (one of
 * that product or COMMON, as the page says), kept with its name (the number views
 * show both), or `notFound`.
 */
async function sipGroupOf(store: AccountStore, id: string, product: string, notFound: () => ZoomError): Promise<{ id: string; name: string }> {
  const group = await findSipGroup(store.db, store.accountId, id, product);
  if (!group) throw notFound();
  return { id: group.id, name: group.display_name };
}

export const handlers = defineHandlers({
  // ---- Zoom Phone view ------------------------------------------------------

  async listPhoneNumbers(ctx) {
    const store = await ctx.store();
    const f = phoneListFilters(ctx.query);
    return ctx.list({
      items: 'phone_numbers',
      filters: { ...f, view: 'phone' },
      fetch: (after, limit) => listNumbers(store, f, after, limit),
      count: () => countNumbers(store, f),
      present: (rows) => phoneListItems(store, rows, ctx.query.type === 'byoc'),
    });
  },

  async getAPhoneNumber(ctx) {
    const store = await ctx.store();
    const { phoneNumberId } = ctx.params;
    const row = await findPhoneNumber(store, phoneNumberId);
    if (!row) throw ctx.fail('phoneNumberDoesNotExistPhonenumberId', { phoneNumberId });
    return phoneNumberDetails(store, row);
  },

  async updateAPhoneNumber(ctx) {
    const store = await ctx.store();
    // Read, changed and written under the row's lock: concurrent patches of one number apply one after another.
    await ctx.db.transaction().execute(async (trx) => {
      const numbers = store.on(trx);
      const row = await findPhoneNumber(numbers, ctx.params.phoneNumberId, 'noKeyUpdate');
      if (!row) throw unknownPhoneNumber();
      const body = ctx.body ?? {};
      const data = parseData(row);
      if (body.capability !== undefined) {
        const caps = body.capability.map((c) => c.toLowerCase());
        if (caps.length === 0 || caps.some((c) => c !== 'incoming' && c !== 'outgoing')) throw ctx.fail('valueOfCapabilityIsInvalidProvide');
        data.capability = withCallCapabilities(data.capability ?? [], caps.includes('incoming'), caps.includes('outgoing'));
      }
      if (body.emergency_address_status !== undefined || body.sip_group_id !== undefined) {
        if (!isByoc(row.source)) throw ctx.fail('phoneNumberIsNotByocPhone');
        if (body.emergency_address_status !== undefined) {
          if (!isEmergencyAddressStatus(body.emergency_address_status)) throw emergencyAddressStatusInvalid();
          if (body.emergency_address_status === 2) confirmEmergencyAddress(data, ctx.clock.now());
          else {
            // "1-carrier update required": Number Management's address_update_required says the same.
            data.emergency_address_status = body.emergency_address_status;
            data.emergency_address_update_time = ctx.clock.now();
            data.address_update_required = true;
          }
        }
        if (body.sip_group_id !== undefined) data.sip_group = await sipGroupOf(numbers, body.sip_group_id, row.allocated_product, () => sipGroupNotFound());
      }
      if (body.display_name !== undefined) data.display_name = body.display_name;
      await saveData(numbers, row.id, data);
    });
    return undefined;
  },

  async deleteUnassignedPhoneNumbers(ctx) {
    const store = await ctx.store();
    const requested = queryList(ctx.query.phone_numbers);
    if (requested.length === 0) throw phoneNumbersEmpty();
    if (requested.length > PHONE_BATCH_LIMIT) throw tooManyToRemove();
    await ctx.db.transaction().execute(async (trx) => {
      const numbers = store.on(trx);
      const { rows, missing } = await resolveAll(numbers, requested, true);
      if (missing) throw phoneNumberDoesNotExist({ number: missing });
      const held = rows.find((r) => r.assignee_id);
      if (held) throw assignedCannotBeDeleted({ number: held.number });
      const gone = await deleteNumbers(numbers, rows.map((r) => r.id), true);
      // Someone assigned one of them meanwhile: delete none.
      if (gone !== rows.length) throw assignedMeanwhileCannotBeDeleted();
    });
    return undefined;
  },

  async updateASitesUnassignedPhoneNumbers(ctx) {
    const store = await ctx.store();
    const site = await findSite(store, ctx.params.siteId);
    if (!site) throw siteDoesNotExist({ siteId: ctx.params.siteId });
    const requested = [...new Set(ctx.body?.phone_numbers ?? [])];
    if (requested.length === 0) throw phoneNumbersEmpty();
    if (requested.length > PHONE_BATCH_LIMIT) throw tooManyToUpdate();
    await ctx.db.transaction().execute(async (trx) => {
      const numbers = store.on(trx);
      const { rows, missing } = await resolveAll(numbers, requested, true);
      if (missing) throw phoneNumberDoesNotExist({ number: missing });
      // Only unassigned numbers move: an assigned one follows its assignee's site.
      const held = rows.find((r) => r.assignee_id);
      if (held) throw assignedCannotChangeSite({ number: held.number });
      const moved = await moveUnassignedToSite(numbers, rows.map((r) => r.id), site.id);
      if (moved !== rows.length) throw assignedMeanwhileCannotChangeSite();
    });
    return undefined;
  },

  async assignAPhoneNumberToAUser(ctx) {
    const store = await ctx.store();
    const { userId } = ctx.params;
    const user = await findUser(store.db, store.accountId, userId);
    if (!user) throw ctx.fail('thisUserDoesNotExist', { userId });
    const items = ctx.body?.phone_numbers ?? [];
    if (items.length === 0) throw phoneNumbersEmpty();
    const keys: string[] = [];
    for (const item of items) {
      if (item.id) keys.push(item.id);
      else if (item.number && isE164(item.number)) keys.push(item.number);
      else throw notE164({ number: item.number ?? '' });
    }
    return ctx.db.transaction().execute(async (trx) => {
      const numbers = store.on(trx);
      const { rows, missing } = await resolveAll(numbers, keys, true);
      if (missing) throw phoneNumberDoesNotExist({ number: missing });
      for (const row of rows) {
        if (row.assignee_id === user.id && row.assignee_type === 'User') continue;
        // A number moves to its user's site; the conditional update is what decides a race.
        const won = row.assignee_id === null && (await assignIfFree(numbers, row.id, 'User', user.id, user.site_id ?? row.site_id));
        if (!won) throw alreadyAssigned({ number: row.number });
      }
      return { phone_numbers: rows.map(numberRef) };
    });
  },

  async unassignAPhoneNumberForUser(ctx) {
    const store = await ctx.store();
    const user = await findUser(store.db, store.accountId, ctx.params.userId);
    if (!user) throw ctx.fail('userDoesNotExist');
    const row = await findNumber(store, ctx.params.phoneNumberId);
    const released = row ? await unassignFrom(store, row.id, 'User', user.id) : false;
    if (!released) throw ctx.fail('invalidQueryParameterPhoneNumber');
    return undefined;
  },

  async addByocPhoneNumbers(ctx) {
    const store = await ctx.store();
    const body = ctx.body;
    const requested = [...new Set(body.phone_numbers)];
    if (requested.length === 0) throw phoneNumbersEmpty();
    const bad = requested.find((n) => !isE164(n));
    if (bad) throw notE164({ number: bad });
    const { site, sites } = await siteForNewNumbers(store, body.site_id);
    if (body.site_id && !site) throw siteDoesNotExist({ siteId: body.site_id });
    // "This field is only required if you have enabled multiple sites in the account."
    if (!body.site_id && sites && (await multipleSitesEnabled(store.db, store.accountId, sites))) throw siteRequired();
    const sipGroup = body.sip_group_id ? await sipGroupOf(store, body.sip_group_id, PHONE_PRODUCT, () => sipGroupNotFound()) : undefined;
    const taken = await numbersTaken(ctx.db, requested);
    const exist = (numbers: string[]) => alreadyExists({ numbers: numbers.join(', ') });
    if (taken.size > 0) throw exist([...taken]);
    const data: NumberData = {
      capability: ['Incoming', 'Outgoing'],
      display_name: '',
      carrier: { name: body.carrier },
      sip_group: sipGroup,
      emergency_address_status: 1,
      address_update_required: true,
    };
    const added = await insertOnce(
      ctx,
      store,
      requested.map((number) => ({
        number,
        source: 'BYOCPremises',
        number_type: numberTypeOf(number),
        allocated_product: PHONE_PRODUCT,
        site_id: site?.id ?? null,
        data: { ...data, location: { country: countryOf(number) } },
      })),
      exist,
    );
    return { phone_numbers: added.map(numberRef) };
  },

  // ---- Number Management view -----------------------------------------------

  async listPhoneNumbersForNumberManagement(ctx) {
    const store = await ctx.store();
    if (ctx.query.site_id && !(await findSite(store, ctx.query.site_id))) throw ctx.fail('siteDoesNotExist');
    const f = nmListFilters(ctx.query);
    // Its envelope has no total_records, so nothing is counted.
    return ctx.list({
      items: 'numbers',
      filters: { ...f, view: 'nm' },
      fetch: (after, limit) => listNumbers(store, f, after, limit),
      count: () => countNumbers(store, f),
      present: (rows) => nmNumbers(store, rows),
    });
  },

  async getAPhoneNumberForNumberManagement(ctx) {
    const store = await ctx.store();
    const row = await findNumber(store, ctx.params.phoneNumberId);
    if (!row) throw unknownPhoneNumber();
    return (await nmNumbers(store, [row]))[0];
  },

  async updateAPhoneNumberForNumberManagement(ctx) {
    const store = await ctx.store();
    // Read, changed and written under the row's lock: concurrent patches of one number apply one after another.
    await ctx.db.transaction().execute(async (trx) => {
      const numbers = store.on(trx);
      const row = await findNumber(numbers, ctx.params.phoneNumberId, 'noKeyUpdate');
      if (!row) throw unknownPhoneNumber();
      const body = ctx.body ?? {};
      const data = parseData(row);
      // The page's one word for a field that does not apply; the field it is goes in errors[].
      const invalidField = (field: string) => {
        const e = ctx.fail('invalidField');
        return new ZoomError(e.status, e.code, e.message, [{ field, message: e.message }]);
      };
      if (body.caller_id_name !== undefined) {
        // "should have at least one alpha character. The Contact Center supports only US/CA Virtual Service numbers."
        if (!/[A-Za-z]/.test(body.caller_id_name) || !takesCallerIdName(row, data.location)) throw invalidField('caller_id_name');
        data.caller_id_name = body.caller_id_name;
      }
      if (body.capability !== undefined) {
        if (row.allocated_product !== PHONE_PRODUCT) throw ctx.fail('capabilityCannotBeUpdated');
        const caps = data.capability ?? [];
        data.capability = withCallCapabilities(caps, body.capability.incoming ?? caps.includes('Incoming'), body.capability.outgoing ?? caps.includes('Outgoing'));
      }
      if (body.confirm_address_update !== undefined) {
        // "for Zoom Phone BYOC Premises numbers"
        if (row.source !== 'BYOCPremises' || row.allocated_product !== PHONE_PRODUCT) throw invalidField('confirm_address_update');
        if (body.confirm_address_update) confirmEmergencyAddress(data, ctx.clock.now());
      }
      if (body.sip_group_id !== undefined) {
        // "for use with BYOC Premise phone numbers" (the Phone API's page takes any BYOC number)
        if (row.source !== 'BYOCPremises') throw invalidField('sip_group_id');
        data.sip_group = await sipGroupOf(numbers, body.sip_group_id, row.allocated_product, () => ctx.fail('sipGroupNotFound'));
      }
      if (body.display_name !== undefined) data.display_name = body.display_name;
      await saveData(numbers, row.id, data);
    });
    return undefined;
  },

  async deletePhoneNumbers(ctx) {
    const store = await ctx.store();
    const requested = queryList(ctx.query.numbers);
    // Deleting a number releases it from whoever held it: the assignment lives on the row.
    await ctx.db.transaction().execute(async (trx) => {
      const numbers = store.on(trx);
      const { rows, missing } = await resolveAll(numbers, requested, false);
      if (missing || rows.length === 0) throw ctx.fail('phoneNumberNotFound');
      const gone = await deleteNumbers(numbers, rows.map((r) => r.id), false);
      if (gone !== rows.length) throw ctx.fail('phoneNumberNotFound');
    });
    return undefined;
  },

  async allocateUnallocatePhoneNumbers(ctx) {
    const store = await ctx.store();
    const { allocated_product: product, site_id: siteId } = ctx.body;
    const requested = [...new Set(ctx.body.numbers)];
    const unable = () => ctx.fail('unableToSwitchProductsForThe');
    let site: { id: string } | undefined;
    if (product === PHONE_PRODUCT && siteId) {
      site = await findSite(store, siteId);
      if (!site) throw ctx.fail('siteDoesNotExist');
    }
    await ctx.db.transaction().execute(async (trx) => {
      const numbers = store.on(trx);
      const { rows, missing } = await resolveAll(numbers, requested, false);
      if (missing || rows.length === 0) throw ctx.fail('phoneNumberNotFound');
      // A number in use by a user, queue... cannot leave its product until it is released.
      if (rows.some((r) => r.assignee_id && r.allocated_product !== product)) throw unable();
      // "If there are any native numbers, they must belong to the same country or region, and have the same number plan."
      if (product !== 'UNALLOCATED') {
        const native = rows.filter((r) => isNative(r.source));
        const plans = new Set(native.map((r) => `${planRegion(countryOf(r.number, parseData(r).location))}|${planName('', r.number_type)}`));
        if (plans.size > 1) throw unable();
      }
      let fallbackSite: string | null = null;
      if (product === PHONE_PRODUCT && !site) {
        const sites = await accountSites(numbers);
        fallbackSite = (sites.find((s) => s.main_site === 1) ?? sites[0])?.id ?? null;
      }
      for (const row of rows) {
        const target = product !== PHONE_PRODUCT ? null : (site?.id ?? (row.allocated_product === PHONE_PRODUCT ? row.site_id : null) ?? fallbackSite);
        if (row.assignee_id) continue; // already in this product and kept as it is
        const changed = await allocate(numbers, [row.id], product, target);
        if (changed !== 1) throw unable();
      }
    });
    return undefined;
  },

  async addByocPhoneNumbersForNumberManagement(ctx) {
    const store = await ctx.store();
    const body = ctx.body;
    const product = body.allocated_product;
    const given = [...new Set(body.phone_numbers)];
    if (given.length > NM_BYOC_LIMIT) throw ctx.fail('tooManyNumbersShouldLessThan');
    let siteId: string | null = null;
    if (product === PHONE_PRODUCT) {
      const { site, sites } = await siteForNewNumbers(store, body.site_id);
      if (body.site_id && !site) throw ctx.fail('siteDoesNotExist');
      // "If add a zoom phone number, and multiple sites is enabled, site_id is required."
      if (!body.site_id && sites && (await multipleSitesEnabled(store.db, store.accountId, sites))) throw ctx.fail('siteCannotBeEmptyInZoom');
      siteId = site?.id ?? null;
    }
    // "If adding a Zoom Contact Center number, sip_group_id is required": without one, no group is found.
    if (product === CONTACT_CENTER_PRODUCT && !body.sip_group_id) throw ctx.fail('sipGroupNotFound');
    const sipGroup = body.sip_group_id ? await sipGroupOf(store, body.sip_group_id, product, () => ctx.fail('sipGroupNotFound')) : undefined;
    const failures: NmFailure[] = [];
    const numbers: string[] = [];
    for (const input of given) {
      const e164 = toE164(input, body.country_iso);
      if (!e164) failures.push({ phoneNumber: input, reason: 'Phone Number format invalid' });
      else if (numbers.includes(e164)) failures.push({ phoneNumber: input, reason: 'Phone Number already exists' });
      else numbers.push(e164);
    }
    // The page's entry shows its list "for example"; the answer lists this request's numbers.
    const someFailed = (list: NmFailure[]) => {
      const e = ctx.fail('someDataFailedForExample');
      return new ZoomError(e.status, e.code, `Some data failed. ${JSON.stringify(list)}`);
    };
    const taken = await numbersTaken(ctx.db, numbers);
    for (const n of taken) failures.push({ phoneNumber: n, reason: 'Phone Number already exists' });
    if (failures.length > 0) throw someFailed(failures);
    const capability = ['Incoming', 'Outgoing', ...(body.enable_pci_pal ? ['PCIPal'] : [])];
    await insertOnce(
      ctx,
      store,
      numbers.map((number) => ({
        number,
        source: 'BYOCPremises',
        number_type: numberTypeOf(number),
        allocated_product: product,
        site_id: siteId,
        data: {
          capability,
          display_name: '',
          sip_group: sipGroup,
          location: { country: body.country_iso?.toUpperCase() ?? countryOf(number) },
          emergency_address_status: 1,
          address_update_required: true,
        },
      })),
      (clash) => someFailed(clash.map((phoneNumber) => ({ phoneNumber, reason: 'Phone Number already exists' }))),
    );
    return undefined;
  },

  async listPhoneNumberPlanInformation(ctx) {
    const store = await ctx.store();
    const product = ctx.query.product;
    const all = (await planUses(store, product)).map((p, i) => ({ seq: i + 1, ...p }));
    const planItem = (p: PlanUse): PlanItem => ({
      name: p.name,
      subscribed: p.subscribed,
      assigned: p.assigned,
      available: p.subscribed - p.assigned,
      is_unlimited: false,
    });
    return ctx.list({
      items: 'plans',
      filters: { product },
      fetch: async (after, limit) => all.filter((p) => p.seq > after).slice(0, limit),
      count: async () => all.length,
      present: (rows) => rows.map(planItem),
    });
  },
});
