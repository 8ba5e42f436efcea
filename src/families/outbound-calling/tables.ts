// The outbound-calling family's tables: what each level (the account, a site, a
// user, a common area) changed of the outbound calling policy — a country's
// default rule, and exception rules for numbers or prefixes of a country. A level
// keeps only what it changed; what it reads of the rest comes from the levels
// above it (rules.ts).
import { owns } from '../../kit/owner.ts';
import type { Generated } from 'kysely';

/** The level a row belongs to; `target_id` names it: the account's id, a site's, a user's, a common area's extension id. */
export type PolicyLevel = 'account' | 'site' | 'user' | 'commonArea';

export interface OutboundCountryRuleTable {
  seq: Generated<number>;
  account_id: string;
  level: PolicyLevel;
  target_id: string;
  /** ISO 3166-1 alpha-2, upper case. */
  iso_code: string;
  /** 1 allowed, 2 blocked, 3 requires local number, caller ID or plan, 4 requires extension number and PIN code. */
  rule: number;
  updated_at: number;
}

export interface OutboundExceptionRuleTable {
  seq: Generated<number>;
  id: string;
  account_id: string;
  level: PolicyLevel;
  target_id: string;
  /** The country the rule's number or prefix belongs to (ISO 3166-1 alpha-2, upper case). */
  country: string;
  match_type: 'phoneNumber' | 'prefix';
  /** National digits, as given (without the country code). */
  prefix_number: string;
  status: 'active' | 'inactive';
  comment: string | null;
  created_at: number;
  updated_at: number;
}

export interface OutboundCallingTables {
  outbound_country_rules: OutboundCountryRuleTable;
  outbound_exception_rules: OutboundExceptionRuleTable;
}

declare module '../../store/schema.ts' {
  interface Database extends OutboundCallingTables {}
}

export const owner = owns('outbound-calling', ['outbound_country_rules', 'outbound_exception_rules']);
