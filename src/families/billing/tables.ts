// The billing room's tables (the account's phone plans, calling-plan inventory
// and billing accounts).
import { owns } from '../../kit/owner.ts';
import type { Generated } from 'kysely';

/** One calling-plan subscription of an account: how many were bought and how many are in use. */
export interface CallingPlanInventoryTable {
  seq: Generated<number>;
  account_id: string;
  type: number;
  name: string;
  subscribed: number;
  /** Kept in step with phone_user_calling_plans by the only code that writes either. */
  assigned: number;
  billing_subscription_id: string | null;
  billing_subscription_name: string | null;
  billing_account_id: string | null;
  created_at: number;
}

/** A phone-number package: its use is counted live from phone_numbers of that number_type. */
export interface PhoneNumberPlanTable {
  seq: Generated<number>;
  account_id: string;
  name: string;
  number_type: string;
  subscribed: number;
  created_at: number;
}

export interface BillingAccountTable {
  seq: Generated<number>;
  id: string;
  account_id: string;
  name: string;
  /** null: usable at every site of the account */
  site_id: string | null;
  created_at: number;
}

export interface BillingTables {
  calling_plan_inventory: CallingPlanInventoryTable;
  phone_number_plans: PhoneNumberPlanTable;
  billing_accounts: BillingAccountTable;
}

declare module '../../store/schema.ts' {
  interface Database extends BillingTables {}
}

/** The tables only this family writes. */
export const owner = owns('billing', ['calling_plan_inventory', 'phone_number_plans', 'billing_accounts']);
