// The users room's tables.
import { owns } from '../../kit/owner.ts';
import type { Generated } from 'kysely';

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
  data: string;
  created_at: number;
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
