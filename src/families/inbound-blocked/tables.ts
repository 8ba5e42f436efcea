// The inbound-blocked family's tables: the account's block rules for inbound
// calls and messaging, each extension's own, and the statistics of what the
// extensions block. A rule keeps its target as rules.ts reads it: match type,
// country ('' for an SMS short code given without one), the number without its
// country code, and the phone_number shown (with it).
import { owns } from '../../kit/owner.ts';
import type { Generated } from 'kysely';

/** An account level rule: every extension of the account blocks what it matches while it is active. */
export interface InboundBlockAccountRuleTable {
  seq: Generated<number>;
  id: string;
  account_id: string;
  /** prefix | phoneNumber | SMS-shortCodes */
  match_type: string;
  country: string;
  blocked_number: string;
  phone_number: string;
  /** block_for_other_reasons | block_as_threat */
  type: string;
  /** active | inactive */
  status: string;
  comment: string | null;
  created_at: number;
  updated_at: number;
}

/** A rule of one extension (a user, an auto receptionist, ...) of the account's extension directory. */
export interface InboundBlockExtensionRuleTable {
  seq: Generated<number>;
  id: string;
  account_id: string;
  extension_id: string;
  match_type: string;
  country: string;
  blocked_number: string;
  phone_number: string;
  type: string;
  created_at: number;
}

/**
 * What the extensions of an account block, one row per target: how many of its
 * extensions block it for other reasons (block_count) and as a threat
 * (threat_count). The extension rules' writes keep the counts.
 */
export interface InboundBlockStatisticTable {
  seq: Generated<number>;
  id: string;
  account_id: string;
  match_type: string;
  country: string;
  blocked_number: string;
  phone_number: string;
  block_count: number;
  threat_count: number;
  created_at: number;
}

export interface InboundBlockedTables {
  inbound_block_account_rules: InboundBlockAccountRuleTable;
  inbound_block_extension_rules: InboundBlockExtensionRuleTable;
  inbound_block_statistics: InboundBlockStatisticTable;
}

declare module '../../store/schema.ts' {
  interface Database extends InboundBlockedTables {}
}

/** The tables only this family writes. */
export const owner = owns('inbound-blocked', ['inbound_block_account_rules', 'inbound_block_extension_rules', 'inbound_block_statistics']);
