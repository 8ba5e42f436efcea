// The users room's tables.
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

export interface UsersTables {
  phone_users: PhoneUserTable;
}
