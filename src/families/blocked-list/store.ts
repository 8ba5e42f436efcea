// The blocked-list family's queries, scoped by account on every one: through the
// request's AccountStore, or with the account a router names.
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { AccountStore } from '../../kit/store.ts';
import type { BlockedListTable } from './tables.ts';
import { BLOCK_TYPES_OF, callNumber, prefixesOf } from './rules.ts';

export type BlockedListRow = Selectable<BlockedListTable>;
export type BlockedListInsert = Omit<Insertable<BlockedListTable>, 'account_id' | 'seq'>;

/** False when the account already has an entry with that number, match type and block type (the unique index decides). */
export async function insertEntry(store: AccountStore, entry: BlockedListInsert): Promise<boolean> {
  const res = await store.db
    .insertInto('blocked_lists')
    .values({ account_id: store.accountId, ...entry })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) === 1;
}

export interface BlockingEntry {
  id: string;
  match_type: 'phoneNumber' | 'prefix';
  /** the number, or the prefix, in its stored "+digits" form */
  number: string;
  block_type: string;
  comment: string | null;
}

/**
 * The account's active entries that stop a call to or from `phoneNumber` in
 * `direction`, the most specific first: an entry of that very number, then the
 * prefixes it starts with, longest first. An inbound call is stopped by an
 * inbound or threat entry of its caller's number; an outbound call by an
 * outbound entry of the number dialled. None for a number that is no E.164.
 */
export async function blockingEntries(db: Kysely<Database>, accountId: string, phoneNumber: string, direction: 'inbound' | 'outbound'): Promise<BlockingEntry[]> {
  return (await blockingMatcher(db, accountId))(phoneNumber, direction);
}

type EntryRow = Pick<BlockedListRow, 'id' | 'match_type' | 'number' | 'block_type' | 'comment'>;

function mostSpecificFirst(rows: EntryRow[]): BlockingEntry[] {
  return rows
    .map((r) => ({ ...r, match_type: r.match_type === 'prefix' ? ('prefix' as const) : ('phoneNumber' as const) }))
    .sort((a, b) => Number(a.match_type === 'prefix') - Number(b.match_type === 'prefix') || b.number.length - a.number.length);
}

/**
 * blockingEntries for a caller that asks of many numbers (a stream of simulated
 * calls): the account's active entries are read once, and each number is matched
 * against them — the number's own entry, or a prefix it starts with, of a block
 * type that stops calls in that direction.
 */
export async function blockingMatcher(db: Kysely<Database>, accountId: string): Promise<(phoneNumber: string, direction: 'inbound' | 'outbound') => BlockingEntry[]> {
  const rows = await db.selectFrom('blocked_lists').select(['id', 'match_type', 'number', 'block_type', 'comment']).where('account_id', '=', accountId).where('status', '=', 'active').execute();
  return (phoneNumber, direction) => {
    const number = callNumber(phoneNumber);
    if (!number) return [];
    const prefixes = new Set(prefixesOf(number));
    const types: readonly string[] = BLOCK_TYPES_OF[direction];
    return mostSpecificFirst(rows.filter((r) => prefixes.has(r.number) && types.includes(r.block_type) && (r.match_type === 'prefix' || r.number === number)));
  };
}
