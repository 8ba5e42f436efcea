// Handlers of the blocked-list family, keyed by operationId: the account's
// Blocked List of numbers and prefixes kept from calling in (inbound, threat) or
// from being dialled (outbound). Each entry keeps its number normalized ("+"
// and digits) for a router to match calls against (public.ts).
import { defineHandlers, type ItemOf, type ResponseOf } from '../../kit/context.ts';
import { isUniqueViolation } from '../../kit/constraints.ts';
import type { ZoomError } from '../../errors.ts';
import { alreadyBlocked, badPhoneNumber, badPrefix, countryRequired, fieldRequired, phoneNumberEmpty, updateNotFound } from './errors.ts';
import { blockType, CREATE_REQUIRED, DEFAULT_STATUS, matchType, normalize, status, type EntryInput, type MatchType } from './rules.ts';
import { insertEntry, type BlockedListRow } from './store.ts';

type ListItem = ItemOf<'listBlockedLists', 'blocked_list'>;
type Details = ResponseOf<'getBlockedListDetails'>;

/** What the list and the details show of an entry: the same fields, the number in its E.164 form. */
const present = (row: BlockedListRow): ListItem & Details => ({
  id: row.id,
  match_type: matchType(row.match_type),
  phone_number: row.number,
  block_type: blockType(row.block_type),
  status: status(row.status),
  comment: row.comment ?? undefined,
});

/** The normalized number, or the error of the first rule the input breaks. */
function normalized(input: EntryInput, invalidCountry: () => ZoomError) {
  const n = normalize(input);
  if (n.ok) return n;
  switch (n.problem) {
    case 'invalidCountry':
      throw invalidCountry();
    case 'countryRequired':
      throw countryRequired('country');
    case 'badPhoneNumber':
      throw badPhoneNumber('phone_number');
    case 'badPrefix':
      throw badPrefix('phone_number');
  }
}

const conflict = (row: Pick<BlockedListRow, 'match_type' | 'number' | 'block_type'>) =>
  alreadyBlocked({ what: row.match_type === 'prefix' ? 'prefix' : 'number', number: row.number, block_type: row.block_type });

export const handlers = defineHandlers({
  async listBlockedLists(ctx) {
    const store = await ctx.store();
    return ctx.list({
      items: 'blocked_list',
      fetch: (after, limit) => store.page('blocked_lists', {}, after, limit),
      count: () => store.count('blocked_lists', {}),
      present: (rows) => rows.map(present),
    });
  },

  async createABlockedList(ctx) {
    const store = await ctx.store();
    const b = ctx.body ?? {};
    for (const field of CREATE_REQUIRED) {
      const value = b[field];
      if (value === undefined || (typeof value === 'string' && !value.trim())) throw fieldRequired(field);
    }
    const match = b.match_type as MatchType;
    const n = normalized({ match_type: match, phone_number: b.phone_number!, country: b.country }, () => ctx.fail('invalidCountry'));
    const now = ctx.clock.now();
    const entry = {
      id: ctx.ids.next(),
      match_type: match,
      number: n.number,
      given_number: n.given,
      country: n.country,
      block_type: b.block_type!,
      status: b.status ?? DEFAULT_STATUS,
      comment: b.comment ?? null,
      created_at: now,
      updated_at: now,
    };
    if (!(await insertEntry(store, entry))) throw conflict(entry);
    return { id: entry.id };
  },

  async getBlockedListDetails(ctx) {
    const store = await ctx.store();
    const row = await store.find('blocked_lists', { id: ctx.params.blockedListId });
    if (!row) throw ctx.fail('blockedNumberIdDoesNotExist', { blockedListId: ctx.params.blockedListId });
    return present(row);
  },

  async updateABlockedList(ctx) {
    const store = await ctx.store();
    const b = ctx.body ?? {};
    const id = ctx.params.blockedListId;
    if (b.phone_number !== undefined && !b.phone_number.trim()) throw phoneNumberEmpty('phone_number');
    let changed: Pick<BlockedListRow, 'match_type' | 'number' | 'block_type'> | undefined;
    try {
      // Read, worked out and written under the row's lock: concurrent patches of one entry apply one after another.
      await ctx.db.transaction().execute(async (trx) => {
        const entries = store.on(trx);
        const row = await entries.lock('blocked_lists', { id }, 'noKeyUpdate');
        if (!row) throw updateNotFound({ blockedListId: id });
        const match = b.match_type ?? (row.match_type as MatchType);
        let { number, given_number, country } = row;
        // A new number, match type or country: the number is worked out again from what the entry keeps and what changed.
        if (b.match_type !== undefined || b.phone_number !== undefined || b.country !== undefined) {
          const n = normalized(
            { match_type: match, phone_number: b.phone_number ?? row.given_number, country: b.country !== undefined ? b.country : row.country },
            () => ctx.fail('invalidCountry'),
          );
          ({ number, given: given_number, country } = n);
        }
        changed = { match_type: match, number, block_type: b.block_type ?? row.block_type };
        await entries.patch(
          'blocked_lists',
          { id },
          {
            ...changed,
            given_number,
            country,
            status: b.status ?? row.status,
            comment: b.comment !== undefined ? b.comment : row.comment,
            updated_at: ctx.clock.now(),
          },
        );
      });
    } catch (err) {
      // Another entry already blocks the same number the same way: the unique index refused the change.
      if (changed && isUniqueViolation(err)) throw conflict(changed);
      throw err;
    }
    return undefined;
  },

  async deleteABlockedList(ctx) {
    const store = await ctx.store();
    const id = ctx.params.blockedListId;
    if ((await store.remove('blocked_lists', { id })) === 0) throw ctx.fail('validationFailedBlockedNumberIdDoes', { blockedListId: id });
    return undefined;
  },
});
