// The routing-rules family's tables: the account's directory backup routing rules.
// A rule applies to the whole account (site_id null) or to one site; `rule_order`
// ranks the rules of one such scope, 1 first. The SIP group is the sip family's:
// only its id is kept here, its name is read from the sip family when shown.
import { owns } from '../../kit/owner.ts';
import type { Generated } from 'kysely';

export interface RoutingRuleTable {
  seq: Generated<number>;
  id: string;
  account_id: string;
  /** The site the rule belongs to; null for an account-level rule. */
  site_id: string | null;
  name: string;
  /** Unique in the account (unique index): see fidelity.ts. */
  number_pattern: string;
  translation: string | null;
  /** other_sites | pstn | sip_group */
  type: string;
  /** Set exactly when type is sip_group. */
  sip_group_id: string | null;
  /** 1..n within the rule's scope (the account level, or its site). */
  rule_order: number;
  created_at: number;
}

export interface RoutingRulesTables {
  routing_rules: RoutingRuleTable;
}

declare module '../../store/schema.ts' {
  interface Database extends RoutingRulesTables {}
}

export const owner = owns('routing-rules', ['routing_rules']);
