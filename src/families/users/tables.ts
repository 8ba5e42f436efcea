// The users room's tables.
import { owns } from '../../kit/owner.ts';
import type { Generated } from 'kysely';
import type { BodyOf } from '../../kit/context.ts';
import type { SiteAddress } from '../sites/public.ts';

export interface PhoneUserTable {
  seq: Generated<number>;
  id: string;
  account_id: string;
  email: string;
  name: string;
  site_id: string | null;
  extension_id: string;
  extension_number: number | null;
  phone_user_id: string;
  status: string;
  department: string | null;
  cost_center: string | null;
  data: string; // JSON: UserData
  created_at: number;
}

type BatchEntry = NonNullable<BodyOf<'batchAddUsers'>['users']>[number];

/** The `data` column: what the writes took that has no column of its own. */
export interface UserData {
  /** The word the list shows; a stored word the contract lacks gives way to the one its status implies. */
  activation_status?: string;
  outbound_caller_id?: BatchEntry['outbound_caller_id'];
  select_outbound_caller_id?: BatchEntry['select_outbound_caller_id'];
  desk_phones?: BatchEntry['desk_phones'];
  /** Patched by deep merge, so it holds what the patches sent. */
  policy?: BodyOf<'updateAUsersProfile'>['policy'];
  /** One of the sites' default addresses, copied when the user was given it. */
  emergency_address?: SiteAddress;
}

/**
 * The calling plans a user holds, one row per plan type: the source of a user's
 * `calling_plans` and of the `calling_type` filter. Each row consumes one unit
 * of the account's calling_plan_inventory.
 */
export interface PhoneUserCallingPlanTable {
  seq: Generated<number>;
  account_id: string;
  user_id: string;
  type: number;
  billing_account_id: string | null;
  billing_subscription_id: string | null;
  created_at: number;
}

export interface UsersTables {
  phone_users: PhoneUserTable;
  phone_user_calling_plans: PhoneUserCallingPlanTable;
}

declare module '../../store/schema.ts' {
  interface Database extends UsersTables {}
}

/** The tables only this family writes. */
export const owner = owns('users', ['phone_users', 'phone_user_calling_plans']);
