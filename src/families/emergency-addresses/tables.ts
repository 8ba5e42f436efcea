// The emergency-addresses family's tables: every emergency address of an account,
// at each level the pages name: company addresses (level 0), on the account or on
// one of its sites (a site's default address, made with the site, is one of them),
// and personal addresses of a user (level 1). Sites, users, common areas, Zoom Rooms
// and emergency locations read them through public.ts.
import { owns } from '../../kit/owner.ts';
import type { Generated } from 'kysely';

export interface EmergencyAddressTable {
  seq: Generated<number>;
  id: string;
  account_id: string;
  /** 0 company (account or site), 1 personal (a user's), 2 unknown company / pending. */
  level: number;
  /** The site a company address belongs to (null: the account's own); a personal address's user's site. */
  site_id: string | null;
  /** The user a personal address belongs to. */
  owner_id: string | null;
  address_line1: string;
  address_line2: string | null;
  city: string;
  state_code: string;
  zip: string;
  /** ISO 3166 alpha-2, in capitals. */
  country: string;
  /** 1 verification not required … 6 verification failed (the pages' verification status). */
  status: number;
  is_default: number;
  /**
   * What the address is the default of while it is one ('site:<id>', 'user:<id>',
   * 'account'), null otherwise: one default per site, per user and per account,
   * decided by a unique index.
   */
  default_of: string | null;
  created_at: number;
  updated_at: number;
}

export interface EmergencyAddressesTables {
  emergency_addresses: EmergencyAddressTable;
}

declare module '../../store/schema.ts' {
  interface Database extends EmergencyAddressesTables {}
}

export const owner = owns('emergency-addresses', ['emergency_addresses']);
