// The sites room's tables (a core table: users and numbers point at sites).
import { owns } from '../../kit/owner.ts';
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

declare module '../../store/schema.ts' {
  interface Database extends SitesTables {}
}

/** The tables only this family writes. */
export const owner = owns('sites', ['sites']);
