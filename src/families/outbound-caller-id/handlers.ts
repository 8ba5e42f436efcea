// Handlers of the outbound-caller-id family, keyed by operationId: the customized
// outbound caller ID lists of the account, of each site and of each user — the
// account's Zoom Phone numbers its users may show when they call out. Each level
// keeps its own list; the pages do not say that one level's list shows another's.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { defineHandlers, type RequestContext } from '../../kit/context.ts';
import type { AccountStore } from '../../kit/store.ts';
import type { ZoomError } from '../../errors.ts';
import { queryList } from '../../kit/query.ts';
import { findSite, holdSite } from '../sites/public.ts';
import { multipleSitesEnabled } from '../account-settings/public.ts';
import { findUser, holdUser } from '../users/public.ts';
import { holdNumbers, numbersById, pageOfNumbers } from '../numbers/public.ts';
import {
  accountLevelNotManaged,
  customizationNotFound,
  customizeIdsRequired,
  multipleSitesDisabled,
  numberAlreadyAdded,
  numberNotFound,
  numbersRequired,
  siteNotFound,
  userNotFound,
} from './errors.ts';
import { distinctIds, EXTENSION_TYPES, holderTypeOf, keywordMatches, levelManaged, PHONE_PRODUCT } from './rules.ts';
import { neighbours, present, extensionNumberOf, type Entry, type ListItem } from './present.ts';
import { countOfList, insertRows, pageOfList, removeIds, rowsOfIds, rowsOfNumbers, wholeList, type CustomizedRow, type ListOf } from './store.ts';

type Db = Kysely<Database>;
type ListCtx = RequestContext<'listAnAccountsCustomizedOutboundCallerIdPhoneNumbers'>;
type ListQuery = NonNullable<ListCtx['query']>;

/** How many of the candidate numbers one query reads when a filtered list gathers them. */
const NUMBERS_PER_READ = 500;

// ---- whose list -------------------------------------------------------------

/** The account's list, refused while the account has multiple sites; `db` may be a transaction. */
async function accountList(db: Db, accountId: string): Promise<ListOf> {
  if (!levelManaged('account', await multipleSitesEnabled(db, accountId))) throw accountLevelNotManaged();
  return { level: 'account', ownerId: accountId };
}

/**
 * A site's list: the site must be the account's ("Site does not exist.") and the
 * account must have multiple sites. In a transaction, the site is held until it ends
 * (a concurrent delete waits, then takes the list with it).
 */
async function siteList(db: Db, accountId: string, siteId: string, missing: () => ZoomError): Promise<ListOf> {
  const site = db.isTransaction ? await holdSite(db, accountId, siteId) : await findSite(db, accountId, siteId);
  if (!site) throw missing();
  if (!levelManaged('site', await multipleSitesEnabled(db, accountId))) throw multipleSitesDisabled();
  return { level: 'site', ownerId: site.id };
}

/**
 * A user's list. "me" names no user: the sandbox's apps act for an account, not for
 * one of its users. In a transaction, the user is held until it ends (a removal of the
 * user waits, then takes the list with it).
 */
async function userList(db: Db, accountId: string, userId: string, invalid: () => ZoomError, missing: () => ZoomError): Promise<ListOf> {
  if (userId === 'me') throw invalid();
  const user = db.isTransaction ? await holdUser(db, accountId, userId) : await findUser(db, accountId, userId);
  if (!user) throw missing();
  return { level: 'user', ownerId: user.id };
}

// ---- lists ------------------------------------------------------------------

/** The entries of a list as the filters pick them, in the list's order: for a filtered page, or the numbers not yet added. */
async function filteredEntries(store: AccountStore, list: ListOf, q: ListQuery, selected: boolean): Promise<Entry[]> {
  const rows = await wholeList(store, list);
  let entries: Entry[];
  if (selected) {
    const numbers = await numbersById(store.db, store.accountId, rows.map((r) => r.number_id));
    entries = rows.flatMap((r) => {
      const number = numbers.get(r.number_id);
      return number ? [{ seq: r.seq, customizeId: r.id, number }] : [];
    });
  } else {
    const added = new Set(rows.map((r) => r.number_id));
    entries = [];
    const filters = { allocated_product: PHONE_PRODUCT, site_id: q.site_id || undefined, assignee_type: q.extension_type ? holderTypeOf(q.extension_type) : undefined };
    for (let after = 0; ; ) {
      const page = await pageOfNumbers(store.db, store.accountId, filters, after, NUMBERS_PER_READ);
      for (const number of page) if (!added.has(number.id)) entries.push({ seq: Number(number.seq), number });
      if (page.length < NUMBERS_PER_READ) break;
      after = Number(page[page.length - 1].seq);
    }
  }
  entries = entries.filter(({ number }) => {
    if (q.site_id && number.site_id !== q.site_id) return false;
    if (q.extension_type && (!number.assignee_type || EXTENSION_TYPES[number.assignee_type] !== q.extension_type)) return false;
    return true;
  });
  if (q.keyword) {
    const n = await neighbours(store.db, store.accountId, entries.map((e) => e.number));
    entries = entries.filter((e) => keywordMatches(q.keyword!, e.number.number, extensionNumberOf(n, e.number.id)));
  }
  return entries;
}

async function presentEntries(store: AccountStore, entries: Entry[]): Promise<ListItem[]> {
  const n = await neighbours(store.db, store.accountId, entries.map((e) => e.number));
  return entries.map((e) => present(e, n));
}

/**
 * A list's page. `selected` ("true: numbers already added to the custom list; false:
 * numbers not yet added") is true when left out: the list's own numbers, each with its
 * customize_id. The filters (site_id, extension_type, keyword) read each number's site
 * and holder; without them a page reads only its own numbers.
 */
async function listing(ctx: ListCtx, store: AccountStore, list: ListOf) {
  const q: ListQuery = ctx.query ?? {};
  const selected = q.selected !== false;
  const filters = { level: list.level, owner: list.ownerId, selected, site_id: q.site_id, extension_type: q.extension_type, keyword: q.keyword };
  if (selected && !q.site_id && !q.extension_type && !q.keyword) {
    return ctx.list({
      items: 'customize_numbers',
      filters,
      fetch: (after, limit) => pageOfList(store, list, after, limit),
      count: () => countOfList(store, list),
      present: async (rows: CustomizedRow[]) => {
        const numbers = await numbersById(store.db, store.accountId, rows.map((r) => r.number_id));
        const entries = rows.flatMap((r) => {
          const number = numbers.get(r.number_id);
          return number ? [{ seq: r.seq, customizeId: r.id, number }] : [];
        });
        return presentEntries(store, entries);
      },
    });
  }
  let all: Promise<Entry[]> | undefined;
  const entries = () => (all ??= filteredEntries(store, list, q, selected));
  return ctx.list({
    items: 'customize_numbers',
    filters,
    fetch: async (after, limit) => (await entries()).filter((e) => e.seq > after).slice(0, limit),
    count: async () => (await entries()).length,
    present: (page: Entry[]) => presentEntries(store, page),
  });
}

// ---- writes -----------------------------------------------------------------

/**
 * Adds the numbers to the list, all or none, in one transaction: each must be one of the
 * account's Zoom Phone numbers, held until the commit (a concurrent delete of one waits,
 * then takes it out of the list), and not in the list already (the unique index decides
 * a race of two adds).
 */
async function addToList(ctx: RequestContext, store: AccountStore, given: readonly string[] | undefined, listIn: (trx: Db) => Promise<ListOf>): Promise<void> {
  const ids = distinctIds(given);
  await ctx.db.transaction().execute(async (trx) => {
    const list = await listIn(trx);
    if (ids.length === 0) throw numbersRequired();
    const s = store.on(trx);
    const numbers = await holdNumbers(trx, store.accountId, ids);
    const unknown = ids.find((id) => numbers.get(id)?.allocated_product !== PHONE_PRODUCT);
    if (unknown !== undefined) throw numberNotFound({ 0: unknown });
    const already = async () => {
      const [first] = await rowsOfNumbers(s, list, ids);
      return numberAlreadyAdded({ 0: numbers.get(first?.number_id ?? ids[0])?.number ?? ids[0] });
    };
    if ((await rowsOfNumbers(s, list, ids)).length > 0) throw await already();
    const now = ctx.clock.now();
    const inserted = await insertRows(
      s,
      ids.map((numberId) => ({ id: ctx.ids.next(), level: list.level, owner_id: list.ownerId, number_id: numberId, created_at: now })),
    );
    // Another add of one of these numbers committed first: this one adds nothing.
    if (inserted !== ids.length) throw await already();
  });
}

/** Removes the customizations the request names from the list, all or none: an id the list does not hold refuses the request. */
async function removeFromList(ctx: RequestContext, store: AccountStore, given: unknown, listIn: (trx: Db) => Promise<ListOf>): Promise<void> {
  const ids = queryList(given);
  await ctx.db.transaction().execute(async (trx) => {
    const list = await listIn(trx);
    if (ids.length === 0) throw customizeIdsRequired();
    const s = store.on(trx);
    const found = new Set((await rowsOfIds(s, list, ids)).map((r) => r.id));
    const unknown = ids.find((id) => !found.has(id));
    if (unknown !== undefined) throw customizationNotFound({ 0: unknown });
    // A concurrent remove of the same ids got there first: what it removed is gone all the same.
    await removeIds(s, list, ids);
  });
}

export const handlers = defineHandlers({
  async listAnAccountsCustomizedOutboundCallerIdPhoneNumbers(ctx) {
    const store = await ctx.store();
    return listing(ctx, store, await accountList(store.db, store.accountId));
  },

  async addPhoneNumbersForAnAccountsCustomizedOutboundCallerId(ctx) {
    const store = await ctx.store();
    await addToList(ctx, store, ctx.body?.phone_number_ids, (trx) => accountList(trx, store.accountId));
    return undefined;
  },

  async deletePhoneNumbersForAnAccountsCustomizedOutboundCallerId(ctx) {
    const store = await ctx.store();
    await removeFromList(ctx, store, ctx.query?.customize_ids, (trx) => accountList(trx, store.accountId));
    return undefined;
  },

  async listCustomizedOutboundCallerIdPhoneNumbers(ctx) {
    const store = await ctx.store();
    const list = await siteList(store.db, store.accountId, ctx.params.siteId, () => siteNotFound());
    return listing(ctx as unknown as ListCtx, store, list);
  },

  async addCustomizedOutboundCallerIdPhoneNumbers(ctx) {
    const store = await ctx.store();
    const missing = () => ctx.fail('validationFailedSiteDoesNotExist');
    await addToList(ctx, store, ctx.body?.phone_number_ids, (trx) => siteList(trx, store.accountId, ctx.params.siteId, missing));
    return undefined;
  },

  async removeCustomizedOutboundCallerIdPhoneNumbers(ctx) {
    const store = await ctx.store();
    const missing = () => ctx.fail('validationFailedSiteDoesNotExist');
    await removeFromList(ctx, store, ctx.query?.customize_ids, (trx) => siteList(trx, store.accountId, ctx.params.siteId, missing));
    return undefined;
  },

  async listUsersPhoneNumbersForACustomizedOutboundCallerId(ctx) {
    const store = await ctx.store();
    const { userId } = ctx.params;
    const list = await userList(store.db, store.accountId, userId, () => ctx.fail('invalidUserId'), () => ctx.fail('userDoesNotExist', { userId }));
    return listing(ctx as unknown as ListCtx, store, list);
  },

  async addPhoneNumbersForUsersCustomizedOutboundCallerId(ctx) {
    const store = await ctx.store();
    const { userId } = ctx.params;
    await addToList(ctx, store, ctx.body?.phone_number_ids, (trx) =>
      userList(trx, store.accountId, userId, () => ctx.fail('invalidUserId'), () => ctx.fail('userDoesNotExist', { userId })),
    );
    return undefined;
  },

  async removeUsersCustomizedOutboundCallerIdPhoneNumbers(ctx) {
    const store = await ctx.store();
    const { userId } = ctx.params;
    // The page documents no error for the user; "me" and a user the account lacks answer as the list and add pages of the path do.
    await removeFromList(ctx, store, ctx.query?.customize_ids, (trx) => userList(trx, store.accountId, userId, () => userNotFound({ userId }), () => userNotFound({ userId })));
    return undefined;
  },
});
