// Phone numbers, as the Zoom Phone API and Number Management see them: one row each.
import type { Kysely } from 'kysely';
import type { HandlerMap, RequestContext } from '../../kit/context.ts';
import type { Database } from '../../store/schema.ts';
import { documented } from '../../kit/errors.ts';
import { queryList } from '../../kit/query.ts';
import { ZoomError } from '../../errors.ts';
import { findUser } from '../users/public.ts';
import { nmView, phoneView } from './present.ts';
import {
  BYOC_SOURCES,
  NM_BYOC_LIMIT,
  PHONE_BATCH_LIMIT,
  PHONE_PRODUCT,
  TOLL_FREE_TYPES,
  countryOf,
  isByoc,
  isE164,
  isNative,
  nmAssigneeType,
  numberTypeOf,
  planName,
  planRegion,
  toE164,
  withCallCapabilities,
} from './rules.ts';
import {
  accountSites,
  allocate,
  assignIfFree,
  countNumbers,
  deleteNumbers,
  findNumber,
  findNumbers,
  findSite,
  insertNumbers,
  listNumbers,
  moveUnassignedToSite,
  numbersOfProduct,
  numbersTaken,
  parseData,
  saveData,
  unassignFrom,
  type NewNumber,
  type NumberData,
  type NumberFilters,
  type NumberRow,
} from './store.ts';

/** Matches no documented message: the fallback (the page's own status and code) answers. */
const UNDOCUMENTED = /(?!)/;

/** The Phone pages document their state errors as 400/300 without words; these are the words. */
const badRequest = (message: string) => new ZoomError(400, 300, message);

/**
 * Some documented messages glue several sentences into one entry; answer the
 * one sentence that describes what happened, with the entry's status and code.
 */
function documentedSentence(ctx: RequestContext, entry: RegExp, sentence: RegExp, fallback: { status: number; code: number; message: string }): ZoomError {
  const found = ctx.operation.errors.find((e) => entry.test(e.message));
  if (!found) return new ZoomError(fallback.status, fallback.code, fallback.message);
  const text = found.message.match(/[^.]+\./g)?.map((s) => s.trim()).find((s) => sentence.test(s)) ?? found.message;
  return new ZoomError(found.status, found.code, text);
}

const nmNumberNotFound = (ctx: RequestContext) => documented(ctx, /phone number not found/i, { status: 404, code: 100002, message: 'Phone number not found' });

async function phoneNumberOr404(ctx: RequestContext, accountId: string): Promise<NumberRow> {
  const row = await findNumber(ctx.db, accountId, ctx.params.phoneNumberId);
  if (!row || row.allocated_product !== PHONE_PRODUCT) {
    throw documented(ctx, /phone number does not exist/i, { status: 404, code: 100002, message: 'Phone number not found' }, { phoneNumberId: ctx.params.phoneNumberId });
  }
  return row;
}

/** Resolves every requested number (id or E.164) of the account, or names the first one that is not there. */
async function resolveAll(db: Kysely<Database>, accountId: string, requested: string[], phoneOnly: boolean) {
  const rows = await findNumbers(db, accountId, requested, phoneOnly);
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
async function siteForNewNumbers(db: Kysely<Database>, accountId: string, siteId: string | undefined) {
  if (siteId) return { site: await findSite(db, accountId, siteId), sites: undefined };
  const sites = await accountSites(db, accountId);
  return { site: sites.find((s) => s.main_site === 1) ?? sites[0], sites };
}

/** Inserts, turning a unique-index race (someone added the same number meanwhile) into the caller's "already exists". */
async function insertOnce(ctx: RequestContext, accountId: string, numbers: NewNumber[], taken: (numbers: string[]) => ZoomError) {
  try {
    return await ctx.db.transaction().execute((trx) => insertNumbers(trx, accountId, numbers, () => ctx.ids.next(), ctx.clock.now()));
  } catch (err) {
    const clash = await numbersTaken(ctx.db, numbers.map((n) => n.number));
    if (clash.size > 0) throw taken([...clash]);
    throw err;
  }
}

function phoneListFilters(q: Record<string, any>): NumberFilters {
  const f: NumberFilters = { allocated_product: PHONE_PRODUCT, site_id: q.site_id };
  if (q.type === 'assigned') f.assigned = true;
  if (q.type === 'unassigned') f.assigned = false;
  if (q.type === 'byoc') f.source_in = BYOC_SOURCES;
  // An extension type with no Number Management counterpart matches nothing, not everything.
  if (q.extension_type) f.assignee_type = nmAssigneeType(q.extension_type) ?? `-${q.extension_type}`;
  if (q.number_type === 'tollfree') f.number_type_in = TOLL_FREE_TYPES;
  if (q.number_type === 'toll') f.number_type_not_in = TOLL_FREE_TYPES;
  // "Include or exclude pending numbers": false leaves them out; true or absent keeps them.
  if (q.pending_numbers === false) f.status_not = 'Pending';
  return f;
}

function nmListFilters(q: Record<string, any>): NumberFilters {
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

export const handlers: HandlerMap = {
  // ---- Zoom Phone view ------------------------------------------------------

  async listPhoneNumbers(ctx) {
    const account = await ctx.account();
    const f = phoneListFilters(ctx.query);
    const page = await ctx.page(
      ctx.query,
      { ...f, view: 'phone' },
      (after, limit) => listNumbers(ctx.db, account.id, f, after, limit),
      () => countNumbers(ctx.db, account.id, f),
    );
    return {
      next_page_token: page.next_page_token,
      page_size: page.page_size,
      total_records: page.total_records,
      phone_numbers: await phoneView(ctx.db, account.id, page.rows),
    };
  },

  async getAPhoneNumber(ctx) {
    const account = await ctx.account();
    const row = await phoneNumberOr404(ctx, account.id);
    return (await phoneView(ctx.db, account.id, [row]))[0];
  },

  async updateAPhoneNumber(ctx) {
    const account = await ctx.account();
    const row = await phoneNumberOr404(ctx, account.id);
    const body = ctx.body ?? {};
    const data = parseData(row);
    const invalid = (sentence: RegExp, fallback: string) => documentedSentence(ctx, /capability is invalid/i, sentence, { status: 400, code: 300, message: fallback });
    if (body.capability !== undefined) {
      const caps = (body.capability as string[]).map((c) => c.toLowerCase());
      if (caps.length === 0 || caps.some((c) => c !== 'incoming' && c !== 'outgoing')) {
        throw invalid(/capability is invalid/i, 'The value of capability is invalid.');
      }
      data.capability = withCallCapabilities(data.capability ?? [], caps.includes('incoming'), caps.includes('outgoing'));
    }
    if (body.emergency_address_status !== undefined || body.sip_group_id !== undefined) {
      if (!isByoc(row.source)) throw invalid(/not BYOC/i, 'The phone number is not BYOC phone number.');
      if (body.emergency_address_status !== undefined) {
        // The field exists to confirm the address: 2 is its only meaningful value.
        if (body.emergency_address_status !== 2 && body.emergency_address_status !== 1) {
          throw badRequest('The emergency_address_status can only be 2 (confirmed).');
        }
        data.emergency_address_status = body.emergency_address_status;
        data.emergency_address_update_time = ctx.clock.now();
      }
      if (body.sip_group_id !== undefined) data.sip_group = { ...data.sip_group, id: body.sip_group_id };
    }
    if (body.display_name !== undefined) data.display_name = body.display_name;
    await saveData(ctx.db, account.id, row.id, data);
    return undefined;
  },

  async deleteUnassignedPhoneNumbers(ctx) {
    const account = await ctx.account();
    const requested = queryList(ctx.query.phone_numbers);
    if (requested.length === 0) throw badRequest('phone_numbers cannot be empty.');
    if (requested.length > PHONE_BATCH_LIMIT) throw badRequest(`Up to ${PHONE_BATCH_LIMIT} phone numbers can be removed in a single request.`);
    await ctx.db.transaction().execute(async (trx) => {
      const { rows, missing } = await resolveAll(trx, account.id, requested, true);
      if (missing) throw badRequest(`Phone number does not exist: ${missing}.`);
      const held = rows.find((r) => r.assignee_id);
      if (held) throw badRequest(`Phone number has been assigned and cannot be deleted: ${held.number}.`);
      const gone = await deleteNumbers(trx, account.id, rows.map((r) => r.id), true);
      // Someone assigned one of them meanwhile: delete none.
      if (gone !== rows.length) throw badRequest('Phone number has been assigned and cannot be deleted.');
    });
    return undefined;
  },

  async updateASitesUnassignedPhoneNumbers(ctx) {
    const account = await ctx.account();
    const site = await findSite(ctx.db, account.id, ctx.params.siteId);
    if (!site) throw badRequest(`Site does not exist: ${ctx.params.siteId}.`);
    const requested = [...new Set((ctx.body?.phone_numbers ?? []) as string[])];
    if (requested.length === 0) throw badRequest('phone_numbers cannot be empty.');
    if (requested.length > PHONE_BATCH_LIMIT) throw badRequest(`Up to ${PHONE_BATCH_LIMIT} phone numbers can be updated in a single request.`);
    await ctx.db.transaction().execute(async (trx) => {
      const { rows, missing } = await resolveAll(trx, account.id, requested, true);
      if (missing) throw badRequest(`Phone number does not exist: ${missing}.`);
      // Only unassigned numbers move: an assigned one follows its assignee's site.
      const held = rows.find((r) => r.assignee_id);
      if (held) throw badRequest(`Phone number has been assigned and cannot change site: ${held.number}.`);
      const moved = await moveUnassignedToSite(trx, account.id, rows.map((r) => r.id), site.id);
      if (moved !== rows.length) throw badRequest('Phone number has been assigned and cannot change site.');
    });
    return undefined;
  },

  async assignAPhoneNumberToAUser(ctx) {
    const account = await ctx.account();
    const user = await findUser(ctx.db, account.id, ctx.params.userId);
    if (!user) throw documented(ctx, /user does not exist/i, { status: 404, code: 1001, message: 'User does not exist.' }, { userId: ctx.params.userId });
    const items = (ctx.body?.phone_numbers ?? []) as { id?: string; number?: string }[];
    if (items.length === 0) throw badRequest('phone_numbers cannot be empty.');
    const keys: string[] = [];
    for (const item of items) {
      if (item.id) keys.push(item.id);
      else if (item.number && isE164(item.number)) keys.push(item.number);
      else throw badRequest(`Invalid phone number: ${item.number ?? ''}. The value should be in E164 format.`);
    }
    return ctx.db.transaction().execute(async (trx) => {
      const { rows, missing } = await resolveAll(trx, account.id, keys, true);
      if (missing) throw badRequest(`Phone number does not exist: ${missing}.`);
      for (const row of rows) {
        if (row.assignee_id === user.id && row.assignee_type === 'User') continue;
        // A number moves to its user's site; the conditional update is what decides a race.
        const won = row.assignee_id === null && (await assignIfFree(trx, account.id, row.id, 'User', user.id, user.site_id ?? row.site_id));
        if (!won) throw badRequest(`Phone number has already been assigned: ${row.number}.`);
      }
      return { phone_numbers: rows.map((r) => ({ id: r.id, number: r.number })) };
    });
  },

  async unassignAPhoneNumberForUser(ctx) {
    const account = await ctx.account();
    const user = await findUser(ctx.db, account.id, ctx.params.userId);
    if (!user) throw documented(ctx, /user does not exist/i, { status: 404, code: 1001, message: 'User does not exist.' });
    const row = await findNumber(ctx.db, account.id, ctx.params.phoneNumberId);
    const released = row ? await unassignFrom(ctx.db, account.id, row.id, 'User', user.id) : false;
    if (!released) throw documented(ctx, /phone_number/i, { status: 404, code: 400, message: 'Invalid query parameter "phone_number".' });
    return undefined;
  },

  async addByocPhoneNumbers(ctx) {
    const account = await ctx.account();
    const body = ctx.body;
    const requested = [...new Set(body.phone_numbers as string[])];
    if (requested.length === 0) throw badRequest('phone_numbers cannot be empty.');
    const bad = requested.find((n) => !isE164(n));
    if (bad) throw badRequest(`Invalid phone number: ${bad}. The value should be in E164 format.`);
    const { site } = await siteForNewNumbers(ctx.db, account.id, body.site_id);
    if (body.site_id && !site) throw badRequest(`Site does not exist: ${body.site_id}.`);
    const taken = await numbersTaken(ctx.db, requested);
    const alreadyExists = (numbers: string[]) => documented(ctx, UNDOCUMENTED, { status: 400, code: 300, message: `Phone number already exists: ${numbers.join(', ')}.` });
    if (taken.size > 0) throw alreadyExists([...taken]);
    const data: NumberData = {
      capability: ['Incoming', 'Outgoing'],
      display_name: '',
      carrier: { name: body.carrier },
      sip_group: body.sip_group_id ? { id: body.sip_group_id } : undefined,
      emergency_address_status: 1,
      address_update_required: true,
    };
    const added = await insertOnce(
      ctx,
      account.id,
      requested.map((number) => ({
        number,
        source: 'BYOCPremises',
        number_type: numberTypeOf(number),
        allocated_product: PHONE_PRODUCT,
        site_id: site?.id ?? null,
        data: { ...data, location: { country: countryOf(number) } },
      })),
      alreadyExists,
    );
    return { phone_numbers: added };
  },

  // ---- Number Management view -----------------------------------------------

  async listPhoneNumbersForNumberManagement(ctx) {
    const account = await ctx.account();
    if (ctx.query.site_id && !(await findSite(ctx.db, account.id, ctx.query.site_id))) {
      throw documented(ctx, /site does not exist/i, { status: 400, code: 1002010, message: 'The site does not exist' });
    }
    const f = nmListFilters(ctx.query);
    const page = await ctx.page(
      ctx.query,
      { ...f, view: 'nm' },
      (after, limit) => listNumbers(ctx.db, account.id, f, after, limit),
      () => countNumbers(ctx.db, account.id, f),
    );
    return { next_page_token: page.next_page_token, page_size: page.page_size, numbers: await nmView(ctx.db, account.id, page.rows) };
  },

  async getAPhoneNumberForNumberManagement(ctx) {
    const account = await ctx.account();
    const row = await findNumber(ctx.db, account.id, ctx.params.phoneNumberId);
    if (!row) throw nmNumberNotFound(ctx);
    return (await nmView(ctx.db, account.id, [row]))[0];
  },

  async updateAPhoneNumberForNumberManagement(ctx) {
    const account = await ctx.account();
    const row = await findNumber(ctx.db, account.id, ctx.params.phoneNumberId);
    if (!row) throw nmNumberNotFound(ctx);
    const body = ctx.body ?? {};
    const data = parseData(row);
    const invalidField = (why: string) => {
      const e = documented(ctx, /invalid field/i, { status: 400, code: 999, message: 'Invalid Field' });
      return new ZoomError(e.status, e.code, e.message, [{ field: why, message: e.message }]);
    };
    if (body.caller_id_name !== undefined) {
      if (!/[A-Za-z]/.test(body.caller_id_name)) throw invalidField('caller_id_name');
      data.caller_id_name = body.caller_id_name;
    }
    if (body.capability !== undefined) {
      if (row.allocated_product !== PHONE_PRODUCT) throw documented(ctx, /capability cannot be updated/i, { status: 400, code: 200001, message: 'The capability cannot be updated' });
      const caps = data.capability ?? [];
      data.capability = withCallCapabilities(caps, body.capability.incoming ?? caps.includes('Incoming'), body.capability.outgoing ?? caps.includes('Outgoing'));
    }
    if (body.confirm_address_update !== undefined) {
      if (row.source !== 'BYOCPremises') throw invalidField('confirm_address_update');
      if (body.confirm_address_update) {
        data.address_update_required = false;
        data.emergency_address_status = 2;
        data.emergency_address_update_time = ctx.clock.now();
      }
    }
    if (body.sip_group_id !== undefined) {
      if (!isByoc(row.source)) throw invalidField('sip_group_id');
      data.sip_group = { ...data.sip_group, id: body.sip_group_id };
    }
    if (body.display_name !== undefined) data.display_name = body.display_name;
    await saveData(ctx.db, account.id, row.id, data);
    return undefined;
  },

  async deletePhoneNumbers(ctx) {
    const account = await ctx.account();
    const requested = queryList(ctx.query.numbers);
    // Deleting a number releases it from whoever held it: the assignment lives on the row.
    await ctx.db.transaction().execute(async (trx) => {
      const { rows, missing } = await resolveAll(trx, account.id, requested, false);
      if (missing || rows.length === 0) throw nmNumberNotFound(ctx);
      const gone = await deleteNumbers(trx, account.id, rows.map((r) => r.id), false);
      if (gone !== rows.length) throw nmNumberNotFound(ctx);
    });
    return undefined;
  },

  async allocateUnallocatePhoneNumbers(ctx) {
    const account = await ctx.account();
    const { allocated_product: product, site_id: siteId } = ctx.body;
    const requested = [...new Set(ctx.body.numbers as string[])];
    const unable = () => documented(ctx, /unable to switch/i, { status: 400, code: 200002, message: 'Unable to switch products for the number' });
    let site: { id: string } | undefined;
    if (product === PHONE_PRODUCT && siteId) {
      site = await findSite(ctx.db, account.id, siteId);
      if (!site) throw documented(ctx, /site does not exist/i, { status: 400, code: 1002010, message: 'The site does not exist' });
    }
    await ctx.db.transaction().execute(async (trx) => {
      const { rows, missing } = await resolveAll(trx, account.id, requested, false);
      if (missing || rows.length === 0) throw nmNumberNotFound(ctx);
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
        const sites = await accountSites(trx, account.id);
        fallbackSite = (sites.find((s) => s.main_site === 1) ?? sites[0])?.id ?? null;
      }
      for (const row of rows) {
        const target = product !== PHONE_PRODUCT ? null : (site?.id ?? (row.allocated_product === PHONE_PRODUCT ? row.site_id : null) ?? fallbackSite);
        if (row.assignee_id) continue; // already in this product and kept as it is
        const changed = await allocate(trx, account.id, [row.id], product, target);
        if (changed !== 1) throw unable();
      }
    });
    return undefined;
  },

  async addByocPhoneNumbersForNumberManagement(ctx) {
    const account = await ctx.account();
    const body = ctx.body;
    const product: string = body.allocated_product;
    const given = [...new Set(body.phone_numbers as string[])];
    if (given.length > NM_BYOC_LIMIT) throw documented(ctx, /too many numbers/i, { status: 400, code: 1003001, message: 'Too many numbers' });
    let siteId: string | null = null;
    if (product === PHONE_PRODUCT) {
      const { site, sites } = await siteForNewNumbers(ctx.db, account.id, body.site_id);
      if (body.site_id && !site) throw documented(ctx, /site does not exist/i, { status: 400, code: 1002010, message: 'The site does not exist' });
      // "If add a zoom phone number, and multiple sites is enabled, site_id is required."
      if (!body.site_id && sites && sites.length > 1) throw documented(ctx, /site cannot be empty/i, { status: 400, code: 1002003, message: 'Site cannot be empty in zoom phone' });
      siteId = site?.id ?? null;
    }
    const failures: { phoneNumber: string; reason: string }[] = [];
    const numbers: string[] = [];
    for (const input of given) {
      const e164 = toE164(input, body.country_iso);
      if (!e164) failures.push({ phoneNumber: input, reason: 'Phone Number format invalid' });
      else if (numbers.includes(e164)) failures.push({ phoneNumber: input, reason: 'Phone Number already exists' });
      else numbers.push(e164);
    }
    const someFailed = (list: { phoneNumber: string; reason: string }[]) => {
      const e = documented(ctx, /some data failed/i, { status: 400, code: 1000, message: 'Some data failed.' });
      return new ZoomError(e.status, e.code, `Some data failed. ${JSON.stringify(list)}`);
    };
    const taken = await numbersTaken(ctx.db, numbers);
    for (const n of taken) failures.push({ phoneNumber: n, reason: 'Phone Number already exists' });
    if (failures.length > 0) throw someFailed(failures);
    const capability = ['Incoming', 'Outgoing', ...(body.enable_pci_pal ? ['PCIPal'] : [])];
    await insertOnce(
      ctx,
      account.id,
      numbers.map((number) => ({
        number,
        source: 'BYOCPremises',
        number_type: numberTypeOf(number),
        allocated_product: product,
        site_id: siteId,
        data: {
          capability,
          display_name: '',
          sip_group: body.sip_group_id ? { id: body.sip_group_id } : undefined,
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
    const account = await ctx.account();
    const product: string = ctx.query.product;
    // Plans cover the numbers Zoom provides (BYOC numbers bring their own carrier's plan),
    // grouped by region and kind: what the account holds is what it subscribed, what is in use is assigned.
    const rows = await numbersOfProduct(ctx.db, account.id, product);
    const plans = new Map<string, { name: string; subscribed: number; assigned: number }>();
    for (const r of rows) {
      if (!isNative(r.source)) continue;
      const name = planName(planRegion(countryOf(r.number, parseData(r).location)), r.number_type);
      const plan = plans.get(name) ?? { name, subscribed: 0, assigned: 0 };
      plan.subscribed += 1;
      if (r.assignee_id) plan.assigned += 1;
      plans.set(name, plan);
    }
    const all = [...plans.values()]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((p, i) => ({ seq: i + 1, ...p, available: p.subscribed - p.assigned, is_unlimited: false }));
    const page = await ctx.page(
      ctx.query,
      { product },
      async (after, limit) => all.filter((p) => p.seq > after).slice(0, limit),
      async () => all.length,
    );
    return {
      next_page_token: page.next_page_token,
      page_size: page.page_size,
      plans: page.rows.map(({ name, subscribed, assigned, available, is_unlimited }) => ({ name, subscribed, assigned, available, is_unlimited })),
    };
  },
};
