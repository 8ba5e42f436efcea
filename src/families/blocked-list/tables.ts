// The blocked-list family's tables: the account's Blocked List, one row per
// blocked number or prefix. A row keeps the number as the request gave it (and
// its country) so that a later PATCH of either can work it out again, and the
// normalized form a call router matches against (`number`: "+" and digits).
import { owns } from '../../kit/owner.ts';
import type { Generated } from 'kysely';

export interface BlockedListTable {
  seq: Generated<number>;
  id: string;
  account_id: string;
  /** phoneNumber | prefix */
  match_type: string;
  /**
   * Normalized: the whole number in E.164 for a phoneNumber match, the leading
   * digits of the numbers it blocks ("+" country calling code and more) for a
   * prefix match. A call's number is blocked by a prefix it starts with.
   */
  number: string;
  /** phone_number as the request gave it, trimmed (national digits or E.164). */
  given_number: string;
  /** ISO 3166 alpha-2, upper case, as the request gave it; null when none was. */
  country: string | null;
  /** inbound | outbound | threat */
  block_type: string;
  /** active | inactive */
  status: string;
  comment: string | null;
  created_at: number;
  updated_at: number;
}

export interface BlockedListTables {
  blocked_lists: BlockedListTable;
}

declare module '../../store/schema.ts' {
  interface Database extends BlockedListTables {}
}

export const owner = owns('blocked-list', ['blocked_lists']);
