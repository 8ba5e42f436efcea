// The outbound-caller-id family's table: the phone numbers an account, a site or
// a user has added to its customized outbound caller ID list (the numbers its
// users may pick to show when they call out). The number itself is the numbers
// family's; a row only names it, and goes when the number, site or user goes.
import { owns } from '../../kit/owner.ts';
import type { Generated } from 'kysely';

/** Whose list a row is in: the account's, one site's, or one user's. */
export type ListLevel = 'account' | 'site' | 'user';

export interface CustomizedNumberTable {
  seq: Generated<number>;
  /** The customization ID (customize_id) a delete names. */
  id: string;
  account_id: string;
  level: ListLevel;
  /** The site's or user's id; the account's id at account level. */
  owner_id: string;
  /** The numbers family's phone number id. */
  number_id: string;
  created_at: number;
}

export interface OutboundCallerIdTables {
  outbound_caller_id_numbers: CustomizedNumberTable;
}

declare module '../../store/schema.ts' {
  interface Database extends OutboundCallerIdTables {}
}

export const owner = owns('outbound-caller-id', ['outbound_caller_id_numbers']);
