// The sites room's tables (a core table: users and numbers point at sites).
import { owns } from '../../kit/owner.ts';
import type { Generated } from 'kysely';
import type { BodyOf } from '../../kit/context.ts';
import type { Range } from './rules.ts';

export interface SiteTable {
  seq: Generated<number>;
  id: string;
  account_id: string;
  name: string;
  site_code: number | null;
  main_site: number;
  data: string; // JSON: SiteData
  created_at: number;
}

type CreateBody = BodyOf<'createAPhoneSite'>;
type UpdateBody = BodyOf<'updatePhoneSiteDetails'>;

/** A site's default emergency address as kept: the request's lines, an id, and the country code in capitals. */
export interface SiteAddress {
  id: string;
  address_line1: string;
  address_line2?: string;
  city: string;
  state_code: string;
  zip: string;
  country: string;
}

/**
 * The `data` column: the documented site fields without a column of their own,
 * as the writes took them. The seeded sub account's site has only a country and
 * a short extension, so every field may be missing. The main auto receptionist
 * is the auto-receptionists family's (its migration 1380 moved it out of here).
 */
export interface SiteData {
  country?: { code: string; name: string };
  /** The ranges are kept although the site's details do not show them. */
  short_extension?: { length: number; ranges?: Range[] };
  /** Read no more: emergency-addresses' 4100 copied it, and the emergency-addresses family keeps the site's default address since. */
  default_emergency_address?: SiteAddress;
  caller_id_name?: string;
  sip_zone?: CreateBody['sip_zone'];
  force_off_net?: CreateBody['force_off_net'];
  /** Patched by deep merge, so it holds what the patches sent. */
  policy?: UpdateBody['policy'];
  india_state_code?: string;
  india_city?: string;
  india_sdca_npa?: string;
  india_entity_name?: string;
}

export interface SitesTables {
  sites: SiteTable;
}

declare module '../../store/schema.ts' {
  interface Database extends SitesTables {}
}

/** The tables only this family writes. */
export const owner = owns('sites', ['sites']);
