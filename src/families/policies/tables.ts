// The policies family's tables: the account's Zoom groups (user groups, with their
// members: each user's main group) and the phone policies set at each level of the
// new policy framework — account, user group, user. A level without a row inherits.
import type { Generated } from 'kysely';
import { owns } from '../../kit/owner.ts';

export interface PhoneGroupTable {
  seq: Generated<number>;
  id: string;
  account_id: string;
  name: string;
  created_at: number;
}

/** A user's main group: the one whose policies it inherits (one per user, the unique index decides). */
export interface PhoneGroupMemberTable {
  account_id: string;
  group_id: string;
  user_id: string;
}

export type PolicyLevel = 'account' | 'user_group' | 'user';

/** One policy changed at one level: the fields given (JSON), and whether the level locks it for those below. */
export interface PhonePolicyTable {
  account_id: string;
  level: PolicyLevel;
  /** The account's id, the group's or the user's. */
  target_id: string;
  policy_type: string;
  value: string;
  locked: number;
  updated_at: number;
}

export interface PoliciesTables {
  phone_groups: PhoneGroupTable;
  phone_group_members: PhoneGroupMemberTable;
  phone_policies: PhonePolicyTable;
}

declare module '../../store/schema.ts' {
  interface Database extends PoliciesTables {}
}

export const owner = owns('policies', ['phone_groups', 'phone_group_members', 'phone_policies']);
