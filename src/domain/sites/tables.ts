// The sites room's tables (a core table: users and numbers point at sites).
import type { Generated } from 'kysely';

export interface SiteTable {
  seq: Generated<number>;
  id: string;
  account_id: string;
  name: string;
  site_code: number | null;
  main_site: number;
  data: string; // JSON: the rest of the documented site fields
  created_at: number;
}

export interface SitesTables {
  sites: SiteTable;
}
