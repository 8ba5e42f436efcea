// The numbers room's tables: one row per phone number, whichever API looks at it.
import type { Generated } from 'kysely';

export interface PhoneNumberTable {
  seq: Generated<number>;
  id: string;
  account_id: string;
  number: string;
  source: string; // zoom | byoc | peering | internal
  number_type: string; // toll | tollfree
  status: string;
  site_id: string | null;
  assignee_type: string | null;
  assignee_id: string | null;
  data: string;
  created_at: number;
}

export interface NumbersTables {
  phone_numbers: PhoneNumberTable;
}
